//! The answer code: round trips, every single-character change, and random input.

mod common;

use common::random::SplitMix64;
use common::{complete_answers, partial_answers};
use model::check::code::{decode, decode_complete, encode, CodeError, CODE_LENGTH};
use model::{Answers, Scores};
use proptest::prelude::*;

/// Every character a changed code might contain: the alphabet, its look-alikes and some that never occur.
const REPLACEMENTS: &str =
    "0123456789ABCDEFGHJKMNPQRSTVWXYZabcdefghijklmnopqrstuvwxyzILOU#%&<>=/?+ -_.äß€";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn every_answer_set_round_trips(answers in partial_answers()) {
        let code = encode(&answers);
        prop_assert_eq!(code.len(), CODE_LENGTH);
        prop_assert_eq!(decode(&code), Ok(answers));
    }

    #[test]
    fn complete_answer_sets_round_trip_with_their_scores(answers in complete_answers()) {
        let decoded = decode_complete(&encode(&Answers::from(answers)));
        prop_assert_eq!(decoded, Ok(answers));
        prop_assert_eq!(Scores::of(&decoded.unwrap()), Scores::of(&answers));
    }

}

proptest! {
    // Each case tries every replacement at every position: about 1,100 decodes.
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    /// A changed character is either caught or harmless: the forgiving reading of look-alikes and case
    /// may map it back to the same code, but it can never produce different answers.
    #[test]
    fn every_single_character_change_is_rejected_or_decodes_to_the_same_answers(
        answers in partial_answers(),
    ) {
        let code = encode(&answers);
        for position in 0..code.len() {
            for replacement in REPLACEMENTS.chars() {
                let mut changed: Vec<char> = code.chars().collect();
                changed[position] = replacement;
                let changed: String = changed.into_iter().collect();
                match decode(&changed) {
                    Ok(decoded) => prop_assert_eq!(&decoded, &answers, "{} -> {}", code, changed),
                    Err(error) => prop_assert_ne!(error, CodeError::Empty),
                }
            }
        }
    }

    #[test]
    fn dropping_or_swapping_characters_is_caught(answers in partial_answers(), position in 0..CODE_LENGTH - 1) {
        let code: Vec<char> = encode(&answers).chars().collect();
        let mut dropped = code.clone();
        dropped.remove(position);
        prop_assert!(decode(&dropped.iter().collect::<String>()).is_err());
        if code[position] != code[position + 1] {
            let mut swapped = code.clone();
            swapped.swap(position, position + 1);
            prop_assert!(decode(&swapped.iter().collect::<String>()).is_err());
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = decode(&text);
    }
}

/// One million inputs shaped like codes (mostly code characters, near the right length) plus noise.
/// Decoding must answer every one without panicking, and anything it accepts must encode back to a code
/// that decodes to the same answers.
#[test]
fn a_million_random_inputs_never_panic_and_accepted_ones_are_consistent() {
    let alphabet: Vec<char> = REPLACEMENTS.chars().collect();
    let mut random = SplitMix64(0x5EED_C0DE);
    let mut accepted = 0;
    for _ in 0..1_000_000 {
        let length = (random.next() % (CODE_LENGTH as u64 + 6)) as usize;
        let text: String = (0..length)
            .map(|_| alphabet[(random.next() % alphabet.len() as u64) as usize])
            .collect();
        if let Ok(answers) = decode(&text) {
            accepted += 1;
            assert_eq!(decode(&encode(&answers)), Ok(answers), "{text}");
        }
    }
    // About one random code in a thousand passes a 10-bit checksum; nearly all of those then fail the
    // version check. The count only shows that the decoder was exercised, so it is bounded loosely.
    assert!(accepted < 1_000, "{accepted} random inputs were accepted");
}

#[test]
fn garbage_of_ten_kilobytes_is_refused_at_once() {
    let garbage: String = "1ABCDEFGHJKMNPQRSTVWXYZ".repeat(500);
    assert!(garbage.len() > 10_000);
    assert_eq!(decode(&garbage), Err(CodeError::NotACode));
}
