//! Prints what the model computes for one complete answer set, as JSON, so the end-to-end tests can
//! compare the built app against the model instead of against numbers copied into the test.
//!
//! Usage: `cargo run -q -p model --example expected -- 0123012301230123012301 [more answer sets …]`
//! (one digit per slot, in slot order: the business, the seven arguments, then importance and reach of
//! each goal). Several answer sets give one JSON line each, in order, so a test of a whole workshop needs
//! one run.

use model::code::encode;
use model::scoring::next_steps;
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
            "expected {} digits from 0 to 3, got {digits:?}",
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
    println!(
        r#"{{"code":"{}","overall":{},"bandMin":{},"arguments":[{}],"goals":[{}],"nextSteps":[{}]}}"#,
        encode(&Answers::from(answers)),
        scores.overall,
        scores.band().min,
        list(&scores.arguments),
        list(&scores.goals),
        steps,
    );
}
