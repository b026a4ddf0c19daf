//! Measures how long the workshop's group view takes for the largest workshop: 1,000 results.
//!
//! Usage: `cargo run --release -p model --example aggregate_bench`
//!
//! The results are pseudo-random but the same on every run, so runs on different machines or versions
//! compare like with like. The figure printed is the median of many runs, which a stray slow run (the
//! operating system scheduling something else) does not move.

use model::workshop::{aggregate, MAX_PARTICIPANTS};
use model::{Choice, CompleteAnswers, Slot};
use std::hint::black_box;
use std::time::Instant;

const RUNS: usize = 200;

/// SplitMix64: a tiny, well-mixed generator, seeded so that every run sees the same results.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

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
