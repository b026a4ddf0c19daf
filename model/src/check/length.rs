//! How long the check takes to read and answer: the estimate the start screen states.

use crate::check::answers::{Field, GOAL_SCREENS};
use crate::content::{ARGUMENTS, BUSINESSES, BUSINESS_QUESTION, GOALS, GOAL_OPTIONS, UI};
use crate::text::{Lang, Text};

/// How fast the check assumes a visitor reads, in words per minute: a common average for attentive
/// reading on a screen, at the lower end of the 200 to 250 usually given for running text.
pub const READING_WORDS_PER_MINUTE: u32 = 200;
/// How long the check assumes a visitor takes to choose one answer, in seconds, beyond reading.
pub const SECONDS_PER_ANSWER: u32 = 4;

/// The minutes the start screen states: the German („Sie“) words a visitor reads on the way through the
/// check without unfolding anything (every question with its options; every debunk card with its longest
/// first line, its fact and its source, but not the explanation, meaning, caveat and quote folded behind
/// "Warum?"; the goal screens with their goals and their scale, read once per screen because every goal on
/// it repeats the same four options), read at [`READING_WORDS_PER_MINUTE`], plus [`SECONDS_PER_ANSWER`]
/// for each of the 15 answers, rounded up to whole minutes. German is longer than English, so the estimate
/// holds for both.
pub fn reading_minutes() -> u32 {
    reading_seconds().div_ceil(60)
}

/// The estimate of [`reading_minutes`], in seconds.
pub fn reading_seconds() -> u32 {
    reading_words() * 60 / READING_WORDS_PER_MINUTE + Field::COUNT as u32 * SECONDS_PER_ANSWER
}

/// The words [`reading_minutes`] counts.
pub fn reading_words() -> u32 {
    let words = |text: &Text| text.de.split_whitespace().count() as u32;
    let mut read = words(&UI.situation_heading)
        + words(&BUSINESS_QUESTION)
        + BUSINESSES
            .iter()
            .map(|business| words(&business.label))
            .sum::<u32>();
    for argument in &ARGUMENTS {
        read += words(&argument.title)
            + words(&argument.question)
            + argument.options.iter().map(words).sum::<u32>()
            + argument.responses.iter().map(words).max().unwrap_or(0)
            + words(&UI.why_label)
            + words(&argument.fact.statement)
            + words(&UI.source_label)
            + argument.fact.source(Lang::De).split_whitespace().count() as u32;
    }
    for screen in GOAL_SCREENS {
        read += words(&UI.goals_heading)
            + words(&UI.goals_intro)
            + GOAL_OPTIONS.iter().map(words).sum::<u32>()
            + GOALS[screen]
                .iter()
                .map(|goal| words(&goal.title))
                .sum::<u32>();
    }
    read
}
