//! Helpers shared by the model's integration tests.

// Every test binary compiles this module and uses only some of its helpers.
#![allow(dead_code)]

pub mod frames;
pub mod random;

use model::check::answers::Field;
use model::{Answers, Choice, CompleteAnswers, Slot};
use proptest::prelude::*;

/// The fields of `value`, a struct of type `$type`, as a list of references. The pattern names every field
/// without `..`, so a new field fails to compile until it is listed here, and so checked.
#[macro_export]
macro_rules! every_field {
    ($type:ident, $value:expr, [$($field:ident),* $(,)?]) => {{
        let $type { $($field),* } = $value;
        vec![$($field),*]
    }};
}

/// Any choice `slot` offers.
fn choice_in(slot: Slot) -> impl Strategy<Value = Choice> {
    (0..slot.option_count()).prop_map(|index| Choice::new(index).expect("an offered option"))
}

/// Any complete answer set: asked with the combined goal scale of version 3, or with importance and reach
/// apart, as a result link of versions 1 and 2 holds them.
pub fn complete_answers() -> impl Strategy<Value = CompleteAnswers> {
    prop_oneof![combined_answers(), answers_asked_apart()]
}

/// Any complete answer set of version 3.
pub fn combined_answers() -> impl Strategy<Value = CompleteAnswers> {
    Field::all()
        .map(|field| {
            (0..field.option_count())
                .prop_map(|index| Choice::new(index).expect("an offered option"))
        })
        .collect::<Vec<_>>()
        .prop_map(|choices| {
            let mut answers = Answers::default();
            for (field, choice) in Field::all().zip(choices) {
                answers.answer(field, choice);
            }
            answers.complete().expect("every field answered")
        })
}

/// Any complete answer set of versions 1 and 2.
pub fn answers_asked_apart() -> impl Strategy<Value = CompleteAnswers> {
    Slot::all()
        .map(choice_in)
        .collect::<Vec<_>>()
        .prop_map(|choices| {
            let mut answers = CompleteAnswers::uniform(Choice::LOWEST);
            for (slot, choice) in Slot::all().zip(choices) {
                answers.set(slot, choice);
            }
            answers
        })
}

/// Any answer set, complete or not.
pub fn partial_answers() -> impl Strategy<Value = Answers> {
    Slot::all()
        .map(|slot| proptest::option::of(choice_in(slot)))
        .collect::<Vec<_>>()
        .prop_map(|choices| {
            let mut answers = Answers::default();
            for (slot, choice) in Slot::all().zip(choices) {
                if let Some(choice) = choice {
                    answers.set(slot, choice);
                }
            }
            answers
        })
}

/// The words that address a reader as „Sie“. At the start of a sentence „Sie“ and „Ihr…“ may also mean
/// "they" and "their", so only words inside a sentence count as proof of the formal form.
const FORMAL_WORDS: [&str; 8] = [
    "Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres",
];

/// The formal words of `text` that stand inside a sentence, where they can only address the reader.
pub fn formal_words_inside_sentences(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut sentence_start = true;
    for token in text.split(|c: char| !c.is_alphabetic() && !".!?:".contains(c)) {
        let word = token.trim_end_matches(['.', '!', '?', ':']);
        if !word.is_empty() {
            if !sentence_start && FORMAL_WORDS.contains(&word) {
                found.push(word);
            }
            sentence_start = false;
        }
        if token.len() != word.len() || token.starts_with(['.', '!', '?', ':']) {
            sentence_start = true;
        }
    }
    found
}

/// Checks the German forms of address of `text`: a text that addresses the reader as „Sie“ must have a
/// „du“ form, that form must really be informal, and a text without the formal address needs no „du“
/// form (one would only be a copy to keep in step).
pub fn assert_both_forms_of_address(text: &model::Text) {
    let formal_in_sie = FORMAL_WORDS.iter().any(|word| {
        text.de
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w == *word)
    });
    match text.du {
        None => assert!(
            formal_words_inside_sentences(text.de).is_empty(),
            "{:?} addresses the reader as „Sie“ but has no „du“ form",
            text.de
        ),
        Some(du) => {
            assert!(
                formal_in_sie,
                "{:?} has a „du“ form but does not address the reader as „Sie“",
                text.de
            );
            assert_ne!(du, text.de, "the „du“ form of {:?} is a copy", text.de);
            let formal = formal_words_inside_sentences(du);
            assert!(
                formal.is_empty(),
                "the „du“ form {du:?} still says {formal:?}"
            );
        }
    }
}
