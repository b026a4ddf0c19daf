//! Helpers shared by the model's integration tests.

// Every test binary compiles this module and uses only some of its helpers.
#![allow(dead_code)]

pub mod random;

use model::{Answers, Choice, CompleteAnswers, Slot};
use proptest::prelude::*;

/// Any complete answer set.
pub fn complete_answers() -> impl Strategy<Value = CompleteAnswers> {
    proptest::collection::vec(0..Choice::ALL.len(), Slot::COUNT).prop_map(|choices| {
        let mut answers = CompleteAnswers::uniform(Choice::LOWEST);
        for (slot, choice) in Slot::all().zip(choices) {
            answers.set(slot, Choice::ALL[choice]);
        }
        answers
    })
}

/// Any answer set, complete or not.
pub fn partial_answers() -> impl Strategy<Value = Answers> {
    proptest::collection::vec(proptest::option::of(0..Choice::ALL.len()), Slot::COUNT).prop_map(
        |choices| {
            let mut answers = Answers::default();
            for (slot, choice) in Slot::all().zip(choices) {
                if let Some(choice) = choice {
                    answers.set(slot, Choice::ALL[choice]);
                }
            }
            answers
        },
    )
}
