//! Prints what the model computes for one complete answer set, as JSON, so the end-to-end tests can
//! compare the built app against the model instead of against numbers copied into the test.
//!
//! Usage: `cargo run -q -p model --example expected -- 012301230123012 [more answer sets …]`
//! (one digit per answer, as the check asks them since answer code version 3: the business, the seven
//! arguments, the seven goals on the combined scale; or 22 digits, one per slot of versions 1 and 2).
//! Several answer sets give one JSON line each, in order, so a test of a whole workshop needs one run.

use model::check::answers::Field;
use model::check::code::encode;
use model::check::scoring::{goal_is_topic, next_steps};
use model::content::arguments_as_asked;
use model::{Answers, CompleteAnswers, Scores, Slot};

fn main() {
    let sets: Vec<String> = std::env::args().skip(1).collect();
    if sets.is_empty() {
        print_expected("");
    }
    for digits in sets {
        print_expected(&digits);
    }
}

fn print_expected(digits: &str) {
    let Some(answers) = CompleteAnswers::from_digits(digits) else {
        eprintln!(
            "expected {} or {} digits from 0 to 3, got {digits:?}",
            Field::COUNT,
            Slot::COUNT
        );
        std::process::exit(2);
    };
    let scores = Scores::of(&answers);
    let list = |values: &[u8]| {
        values
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(",")
    };
    let steps = next_steps(&answers)
        .iter()
        .map(|next| next.step.index().to_string())
        .collect::<Vec<_>>()
        .join(",");
    // The result's goal chart shows only the goals that are a topic for the visitor.
    let charted: Vec<u8> = (0..scores.goals.len())
        .filter(|&i| goal_is_topic(&answers, i))
        .map(|i| scores.goals[i])
        .collect();
    // The result's argument chart, and every other list of arguments a person reads, follows the order
    // the check asks them in; `argumentSlots` says which slot each of its rows is.
    let slots: Vec<usize> = arguments_as_asked().map(|(slot, _)| slot).collect();
    let charted_arguments: Vec<u8> = slots.iter().map(|&slot| scores.arguments[slot]).collect();
    println!(
        r#"{{"code":"{}","overall":{},"bandMin":{},"arguments":[{}],"chartedArguments":[{}],"argumentSlots":[{}],"goals":[{}],"chartedGoals":[{}],"nextSteps":[{}]}}"#,
        encode(&Answers::from(answers)),
        scores.overall,
        scores.band().min,
        list(&scores.arguments),
        list(&charted_arguments),
        slots
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(","),
        list(&scores.goals),
        list(&charted),
        steps,
    );
}
