//! The answer code: an answer set in 14 characters, for result links and for the progress saved in the
//! browser.
//!
//! A code is written in Crockford's base 32 (digits and capitals without I, L, O and U), so it survives
//! being read aloud or typed from a projector: decoding ignores case, spaces and hyphens and reads `O` as
//! `0` and `I`/`L` as `1`. Its layout:
//!
//! ```text
//! 2  G5XR7T2M0KA  4Z
//! |  |            checksum: 2 symbols, (Σ (position + 1) × symbol) mod 1021 over everything before it
//! |  payload: 11 symbols, the answers as one number in mixed radix (0 = unanswered, n = option n − 1)
//! format version: 1 symbol
//! ```
//!
//! Version 3 holds the 15 fields the check asks since then (the kind of business, seven arguments, seven
//! goals on the combined scale, [`crate::check::answers::Field`]); versions 1 and 2 held the 22 slots of the
//! checks that asked each goal's importance and reach apart ([`crate::check::answers::Slot`]), and decode with
//! [`GoalScale::Separate`], so that they keep their own scoring rules. The payload's least significant
//! digit is the business, then the others in field (or slot) order. The business digit has radix 8 (seven
//! kinds of business) and every other digit radix 5 (four options); version 1, which knew four kinds of
//! business, used radix 5 throughout. All fit in the 55 bits of 11 symbols: 8 × 5²¹ < 2⁵⁵.
//!
//! The checksum is a weighted sum modulo a prime larger than any weight times any symbol difference, so
//! it rejects every change of a single symbol and every swap of two neighbouring symbols. Every code of
//! an earlier version must keep decoding to the same answers in every later version:
//! `tests/code_vectors.rs` holds the vectors of all three.

use crate::check::answers::{Answers, Choice, CompleteAnswers, Field, GoalScale, Slot};
use crate::content::BUSINESS_COUNT;
use crate::content::OPTION_COUNT;

/// The format version [`encode`] writes for answers asked with the combined goal scale; answers of
/// versions 1 and 2 (a result link opened again, a workshop participant) are written as version 2, so they
/// keep their pairs.
pub const VERSION: u8 = 3;
/// The length of a code, in every version so far.
pub const CODE_LENGTH: usize = 1 + PAYLOAD_SYMBOLS + CHECKSUM_SYMBOLS;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const PAYLOAD_SYMBOLS: usize = 11;
const CHECKSUM_SYMBOLS: usize = 2;
const CHECKSUM_MODULUS: u32 = 1021;
/// Each scale slot holds "unanswered" or one of the four options.
const SLOT_STATES: u64 = OPTION_COUNT as u64 + 1;
/// The business slot holds "unanswered" or one kind of business: seven in version 2.
const BUSINESS_STATES: u64 = BUSINESS_COUNT as u64 + 1;
/// The kinds of business of version 1, in its order, as indices into version 2's list. Version 2 kept
/// them in their places and added three, so this is the identity; it is spelled out because it is a
/// promise to every version-1 link.
const VERSION_1_BUSINESSES: [usize; OPTION_COUNT] = [0, 1, 2, 3];

// Every answer set must fit into the payload's 55 bits.
const _: () = assert!(
    (BUSINESS_STATES as u128) * (SLOT_STATES as u128).pow(Slot::COUNT as u32 - 1)
        <= 1u128 << (5 * PAYLOAD_SYMBOLS)
);
/// Longer input is rejected before any work is done on it, however it was produced.
const MAX_INPUT_LENGTH: usize = 64;

/// Why a text is not a valid answer code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodeError {
    /// There is no code at all.
    Empty,
    /// Characters that never appear in a code, or far too many of them.
    NotACode,
    /// The code is too short or too long for its version.
    WrongLength,
    /// A character was changed, left out or swapped.
    Checksum,
    /// The code was made by a version of the check that this one does not know.
    UnknownVersion,
    /// The code is well formed, but the answers it holds are impossible.
    Invalid,
    /// The code holds an unfinished check, where a finished one is needed.
    Incomplete,
}

/// The code of an answer set, complete or not.
pub fn encode(answers: &Answers) -> String {
    let (version, digits): (u8, Vec<Option<Choice>>) = match answers.goal_scale() {
        GoalScale::Combined => (VERSION, Field::all().map(|f| answers.field(f)).collect()),
        GoalScale::Separate => (2, answers.by_index().to_vec()),
    };
    let [business, rest @ ..] = digits.as_slice() else {
        unreachable!("every version holds the business first")
    };
    let rest = rest
        .iter()
        .rev()
        .fold(0u64, |value, slot| value * SLOT_STATES + state_of(*slot));
    let payload = rest * BUSINESS_STATES + state_of(*business);
    let mut symbols = Vec::with_capacity(CODE_LENGTH);
    symbols.push(u32::from(version));
    symbols.extend(
        (0..PAYLOAD_SYMBOLS)
            .rev()
            .map(|position| ((payload >> (5 * position)) & 31) as u32),
    );
    spelled_with_checksum(symbols)
}

/// A slot's digit in the payload: 0 for unanswered, the option's index + 1 otherwise.
fn state_of(slot: Option<Choice>) -> u64 {
    slot.map_or(0, |choice| choice.index() as u64 + 1)
}

/// The code of a version symbol and payload: the symbols spelled out, with their checksum appended.
fn spelled_with_checksum(mut symbols: Vec<u32>) -> String {
    let checksum = checksum(&symbols);
    symbols.extend([checksum >> 5, checksum & 31]);
    symbols
        .into_iter()
        .map(|symbol| char::from(ALPHABET[symbol as usize]))
        .collect()
}

/// The answer set a code holds, complete or not.
pub fn decode(code: &str) -> Result<Answers, CodeError> {
    let symbols = symbols_of(code)?;
    let (body, check) = symbols.split_at(symbols.len() - CHECKSUM_SYMBOLS);
    if check[0] * 32 + check[1] != checksum(body) {
        return Err(CodeError::Checksum);
    }
    let (business_states, digit_count) = match body[0] {
        1 => (SLOT_STATES, Slot::COUNT),
        2 => (BUSINESS_STATES, Slot::COUNT),
        3 => (BUSINESS_STATES, Field::COUNT),
        _ => return Err(CodeError::UnknownVersion),
    };
    if symbols.len() != CODE_LENGTH {
        return Err(CodeError::WrongLength);
    }
    let mut payload = body[1..]
        .iter()
        .fold(0u64, |value, &symbol| value << 5 | u64::from(symbol));
    let mut digits = vec![None; digit_count];
    let business = (payload % business_states) as usize;
    payload /= business_states;
    digits[0] = business.checked_sub(1).and_then(|index| {
        let index = if body[0] == 1 {
            VERSION_1_BUSINESSES[index]
        } else {
            index
        };
        Choice::new(index)
    });
    for digit in &mut digits[1..] {
        let state = (payload % SLOT_STATES) as usize;
        payload /= SLOT_STATES;
        *digit = state.checked_sub(1).and_then(Choice::new);
    }
    // 55 payload bits hold more than the answers' states; whatever is left over must be zero.
    if payload != 0 {
        return Err(CodeError::Invalid);
    }
    if digit_count == Slot::COUNT {
        let slots = std::array::from_fn(|i| digits[i]);
        return Ok(Answers::from_index(slots, GoalScale::Separate));
    }
    let mut answers = Answers::default();
    for (field, digit) in Field::all().zip(digits) {
        if let Some(choice) = digit {
            answers.answer(field, choice);
        }
    }
    Ok(answers)
}

/// The complete answer set a result link holds.
pub fn decode_complete(code: &str) -> Result<CompleteAnswers, CodeError> {
    decode(code)?.complete().ok_or(CodeError::Incomplete)
}

/// The code's symbol values, after the forgiving normalisation described in the module documentation.
fn symbols_of(code: &str) -> Result<Vec<u32>, CodeError> {
    if code.len() > MAX_INPUT_LENGTH {
        return Err(CodeError::NotACode);
    }
    let symbols = code
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(symbol_value)
        .collect::<Option<Vec<u32>>>()
        .ok_or(CodeError::NotACode)?;
    match symbols.len() {
        0 => Err(CodeError::Empty),
        n if n <= CHECKSUM_SYMBOLS + 1 => Err(CodeError::WrongLength),
        _ => Ok(symbols),
    }
}

fn symbol_value(c: char) -> Option<u32> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    };
    ALPHABET
        .iter()
        .position(|&symbol| char::from(symbol) == c)
        .map(|value| value as u32)
}

fn checksum(symbols: &[u32]) -> u32 {
    symbols
        .iter()
        .zip(1..)
        .map(|(&symbol, weight)| symbol * weight)
        .sum::<u32>()
        % CHECKSUM_MODULUS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_answer_set_has_a_code_too() {
        let code = encode(&Answers::default());
        assert_eq!(code.len(), CODE_LENGTH);
        assert_eq!(decode(&code), Ok(Answers::default()));
    }

    #[test]
    fn decoding_forgives_case_spaces_hyphens_and_look_alike_letters() {
        let mut answers = Answers::default();
        answers.answer(Field::Argument(3), Choice::HIGHEST);
        let code = encode(&answers);
        let relaxed: String = code
            .to_lowercase()
            .replace('0', "o")
            .replace('1', "l")
            .chars()
            .enumerate()
            .flat_map(|(i, c)| (i % 5 == 4).then_some('-').into_iter().chain([c]))
            .collect();
        assert_eq!(decode(&format!(" {relaxed} ")), Ok(answers));
    }

    #[test]
    fn bad_codes_are_told_apart() {
        let valid = encode(&Answers::default());
        assert_eq!(decode(""), Err(CodeError::Empty));
        assert_eq!(decode(" - "), Err(CodeError::Empty));
        assert_eq!(decode("<script>"), Err(CodeError::NotACode));
        assert_eq!(decode(&"A".repeat(10_000)), Err(CodeError::NotACode));
        assert_eq!(decode("1AB"), Err(CodeError::WrongLength));
        assert_eq!(decode(&valid[..CODE_LENGTH - 1]), Err(CodeError::Checksum));
        assert_eq!(
            decode_complete(&valid),
            Err(CodeError::Incomplete),
            "an empty answer set is no result"
        );
    }

    #[test]
    fn a_code_of_an_unknown_version_says_so() {
        let code = spelled_with_checksum(vec![4; CODE_LENGTH - CHECKSUM_SYMBOLS]);
        assert_eq!(decode(&code), Err(CodeError::UnknownVersion));
    }

    #[test]
    fn payload_beyond_the_answer_space_is_invalid() {
        for version in [1, 2, 3] {
            let mut symbols = vec![version];
            symbols.extend([31; PAYLOAD_SYMBOLS]);
            assert_eq!(
                decode(&spelled_with_checksum(symbols)),
                Err(CodeError::Invalid)
            );
        }
    }
}
