//! Measures how long the workshop's group view takes for the largest workshop: 1,000 results.
//!
//! Usage: `cargo run --release -p model --example aggregate_bench`
//!
//! The results are pseudo-random but the same on every run, so runs on different machines or versions
//! compare like with like. The figure printed is the median of many runs, which a stray slow run (the
//! operating system scheduling something else) does not move.

use model::workshop::aggregate::aggregate;
use model::workshop::paste::MAX_PARTICIPANTS;
use model::{Choice, CompleteAnswers, Slot};
use std::hint::black_box;
use std::time::Instant;

const RUNS: usize = 200;

// The tests' generator, so the benchmark's inputs are as reproducible as theirs.
#[path = "../tests/common/random.rs"]
mod random;
use random::SplitMix64;

fn main() {
    let mut random = SplitMix64(2024);
    let participants: Vec<CompleteAnswers> = (0..MAX_PARTICIPANTS)
        .map(|_| {
            let mut answers = CompleteAnswers::uniform(Choice::LOWEST);
            for slot in Slot::all() {
                answers.set(
                    slot,
                    Choice::ALL[(random.next() % Choice::ALL.len() as u64) as usize],
                );
            }
            answers
        })
        .collect();

    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(aggregate(black_box(&participants)));
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "aggregate {} results: {:.2} ms (median of {RUNS} runs)",
        participants.len(),
        times[RUNS / 2]
    );
}
