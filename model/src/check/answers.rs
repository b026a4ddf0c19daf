//! What the user answered, and the order in which the check asks.
//!
//! Two layers: a [`Slot`] is one stored fact about the visitor (the kind of business, each argument, and
//! for each goal its importance and its reach), a [`Field`] one answer the visitor gives. Since answer
//! code version 3 the check asks each goal on one combined scale (not a topic / important but not yet /
//! partly / well), which sets both of the goal's slots at once ([`GOAL_LEVELS`]); links of versions 1 and
//! 2 asked importance and reach apart and keep their own pairs. Everything after the answers (scores,
//! charts, the workshop, exports and host events) speaks of importance and reach, for both.

use crate::content::{BUSINESS_COUNT, OPTION_COUNT};

pub const ARGUMENT_COUNT: usize = 7;
pub const GOAL_COUNT: usize = 7;

/// The index of a chosen option: 0 is the first option (the least ready, or the least important), 3 the
/// last of a scale. Only the situation question has more options, one per kind of business.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Choice(u8);

impl Choice {
    pub const LOWEST: Choice = Choice(0);
    /// The top of a scale: the most ready, or the most important.
    pub const HIGHEST: Choice = Choice(OPTION_COUNT as u8 - 1);
    /// The four levels of a scale, from the lowest to the highest.
    pub const ALL: [Choice; OPTION_COUNT] = [Choice(0), Choice(1), Choice(2), Choice(3)];

    /// The choice of option `index`, in any slot; whether a slot offers that many options is
    /// [`Slot::option_count`]'s to say.
    pub fn new(index: usize) -> Option<Choice> {
        (index < BUSINESS_COUNT.max(OPTION_COUNT)).then_some(Choice(index as u8))
    }

    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The choice one step higher on a scale, or `None` at the top of the scale.
    pub fn raised(self) -> Option<Choice> {
        (self < Choice::HIGHEST).then_some(Choice(self.0 + 1))
    }
}

/// What the combined goal scale of version 3 stores, per level: the goal's importance and its reach.
/// Level 0, "not a topic for us", is importance 0 ("Unwichtig"), which the scoring of version 3 leaves out
/// of the goal part; the other three are "Wichtig" with reach 0 ("gar nicht"), 2 ("teilweise") and 3
/// ("gut"). Reach 1 ("kaum") has no level of its own: with one scale for both questions, "not yet" and
/// "hardly" are one answer to a visitor.
pub const GOAL_LEVELS: [(Choice, Choice); OPTION_COUNT] = [
    (Choice(0), Choice(0)),
    (Choice(2), Choice(0)),
    (Choice(2), Choice(2)),
    (Choice(2), Choice(3)),
];

/// How the goals were asked, and so which scoring rules apply (ARCHITECTURE.md, "Scoring").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum GoalScale {
    /// Versions 1 and 2: importance and reach, each on its own four-level scale.
    Separate,
    /// Version 3: one combined scale per goal ([`GOAL_LEVELS`]).
    #[default]
    Combined,
}

/// The level of the combined scale that stands for a goal's importance and reach. For a pair asked apart
/// (versions 1 and 2) it is the nearest level: below "Wichtig" is "not a topic", reach "kaum" is "not yet".
pub fn goal_level(importance: Choice, reach: Choice) -> Choice {
    Choice(match (importance.0, reach.0) {
        (0 | 1, _) => 0,
        (_, 0 | 1) => 1,
        (_, 2) => 2,
        _ => 3,
    })
}

/// One stored fact of the check. A goal has two (importance and reach), everything else one; 22 in all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// The situation question: what kind of business the user runs.
    Business,
    /// How far the user's situation already reflects argument `i`.
    Argument(usize),
    /// How important goal `i` is to the user.
    Importance(usize),
    /// How well the user reaches goal `i` through social media today.
    Reach(usize),
}

impl Slot {
    pub const COUNT: usize = 1 + ARGUMENT_COUNT + 2 * GOAL_COUNT;

    /// The slot's fixed position, which is also its position in codes of versions 1 and 2 and must never
    /// change.
    pub fn index(self) -> usize {
        match self {
            Slot::Business => 0,
            Slot::Argument(i) => 1 + i,
            Slot::Importance(i) => 1 + ARGUMENT_COUNT + 2 * i,
            Slot::Reach(i) => 2 + ARGUMENT_COUNT + 2 * i,
        }
    }

    /// How many options this slot offers: one per kind of business for the situation question, the four
    /// levels of a scale for every other slot.
    pub fn option_count(self) -> usize {
        match self {
            Slot::Business => BUSINESS_COUNT,
            Slot::Argument(_) | Slot::Importance(_) | Slot::Reach(_) => OPTION_COUNT,
        }
    }

    /// Whether this slot offers `choice`.
    pub fn accepts(self, choice: Choice) -> bool {
        choice.index() < self.option_count()
    }

    /// Whether a higher choice in this slot means a business is more ready for social media.
    /// Importance is a priority, not readiness; the business type is neither.
    pub fn measures_readiness(self) -> bool {
        matches!(self, Slot::Argument(_) | Slot::Reach(_))
    }

    /// Every slot, in index order.
    pub fn all() -> impl Iterator<Item = Slot> {
        std::iter::once(Slot::Business)
            .chain((0..ARGUMENT_COUNT).map(Slot::Argument))
            .chain((0..GOAL_COUNT).flat_map(|i| [Slot::Importance(i), Slot::Reach(i)]))
    }
}

/// One answer the visitor gives: the kind of business, an argument, or a goal on the combined scale.
/// 15 in all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Business,
    Argument(usize),
    Goal(usize),
}

impl Field {
    pub const COUNT: usize = 1 + ARGUMENT_COUNT + GOAL_COUNT;

    /// The field's fixed position: its place in codes of version 3 and in the names of its radios.
    pub fn index(self) -> usize {
        match self {
            Field::Business => 0,
            Field::Argument(i) => 1 + i,
            Field::Goal(i) => 1 + ARGUMENT_COUNT + i,
        }
    }

    /// The field at position `index`, if there is one.
    pub fn at(index: usize) -> Option<Field> {
        match index {
            0 => Some(Field::Business),
            i if i <= ARGUMENT_COUNT => Some(Field::Argument(i - 1)),
            i if i < Field::COUNT => Some(Field::Goal(i - 1 - ARGUMENT_COUNT)),
            _ => None,
        }
    }

    /// Every field, in index order.
    pub fn all() -> impl Iterator<Item = Field> {
        (0..Field::COUNT).filter_map(Field::at)
    }

    /// How many options this field offers.
    pub fn option_count(self) -> usize {
        match self {
            Field::Business => BUSINESS_COUNT,
            Field::Argument(_) | Field::Goal(_) => OPTION_COUNT,
        }
    }

    /// Whether this field offers `choice`.
    pub fn accepts(self, choice: Choice) -> bool {
        choice.index() < self.option_count()
    }
}

/// The goals each goal screen asks, by position in [`crate::content::GOALS`]: two screens, so that a
/// phone shows a screen's scales without a long scroll.
pub const GOAL_SCREENS: [std::ops::Range<usize>; 2] = [0..4, 4..GOAL_COUNT];

/// A screen of the check, in the order it is asked: the situation, the seven arguments in the order of
/// [`crate::content::ASKED_ORDER`], the goals on two screens: ten in all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    Business,
    /// The argument at this index in [`crate::content::ARGUMENTS`] (its slot), not its place on screen.
    Argument(usize),
    /// The goals of [`GOAL_SCREENS`]`[i]`.
    Goals(usize),
}

impl Question {
    pub const COUNT: usize = 1 + ARGUMENT_COUNT + GOAL_SCREENS.len();

    /// The question at position `index` (0-based), if there is one.
    pub fn at(index: usize) -> Option<Question> {
        match index {
            0 => Some(Question::Business),
            i if i <= ARGUMENT_COUNT => {
                Some(Question::Argument(crate::content::asked_argument(i - 1)))
            }
            i if i < Question::COUNT => Some(Question::Goals(i - 1 - ARGUMENT_COUNT)),
            _ => None,
        }
    }

    pub fn all() -> impl Iterator<Item = Question> {
        (0..Question::COUNT).filter_map(Question::at)
    }

    /// The answers this question asks for.
    pub fn fields(self) -> impl Iterator<Item = Field> {
        let (single, goals) = match self {
            Question::Business => (Some(Field::Business), 0..0),
            Question::Argument(i) => (Some(Field::Argument(i)), 0..0),
            Question::Goals(screen) => (None, GOAL_SCREENS[screen].clone()),
        };
        single.into_iter().chain(goals.map(Field::Goal))
    }
}

/// Every answer given so far; unanswered slots are `None`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    slots: [Option<Choice>; Slot::COUNT],
    goal_scale: GoalScale,
}

impl Answers {
    pub fn get(&self, slot: Slot) -> Option<Choice> {
        self.slots[slot.index()]
    }

    /// The visitor's answer to `field`; for a goal, the level of the combined scale.
    pub fn field(&self, field: Field) -> Option<Choice> {
        match field {
            Field::Business => self.get(Slot::Business),
            Field::Argument(i) => self.get(Slot::Argument(i)),
            Field::Goal(i) => Some(goal_level(
                self.get(Slot::Importance(i))?,
                self.get(Slot::Reach(i))?,
            )),
        }
    }

    /// Records the visitor's answer to `field`. A choice the field does not offer changes nothing.
    pub fn answer(&mut self, field: Field, choice: Choice) {
        if !field.accepts(choice) {
            return;
        }
        match field {
            Field::Business => self.slots[Slot::Business.index()] = Some(choice),
            Field::Argument(i) => self.slots[Slot::Argument(i).index()] = Some(choice),
            Field::Goal(i) => {
                let (importance, reach) = GOAL_LEVELS[choice.index()];
                self.slots[Slot::Importance(i).index()] = Some(importance);
                self.slots[Slot::Reach(i).index()] = Some(reach);
            }
        }
    }

    pub fn goal_scale(&self) -> GoalScale {
        self.goal_scale
    }

    /// No answer yet, in a set whose goals are asked apart, as versions 1 and 2 did.
    pub fn asked_apart() -> Answers {
        Answers {
            goal_scale: GoalScale::Separate,
            ..Answers::default()
        }
    }

    /// Sets one slot. A goal's importance or reach alone is what versions 1 and 2 asked: the set then
    /// counts as asked apart.
    pub fn set(&mut self, slot: Slot, choice: Choice) {
        self.slots[slot.index()] = Some(choice);
        if matches!(slot, Slot::Importance(_) | Slot::Reach(_)) {
            self.goal_scale = GoalScale::Separate;
        }
    }

    /// Whether every field of `question` has an answer.
    pub fn is_answered(&self, question: Question) -> bool {
        question.fields().all(|field| self.field(field).is_some())
    }

    /// The answers as a complete set, if every slot is answered.
    pub fn complete(&self) -> Option<CompleteAnswers> {
        let mut choices = [Choice::LOWEST; Slot::COUNT];
        for (choice, slot) in choices.iter_mut().zip(self.slots) {
            *choice = slot?;
        }
        Some(CompleteAnswers {
            choices,
            goal_scale: self.goal_scale,
        })
    }

    /// The answers in slot order, for the answer code.
    pub(crate) fn by_index(&self) -> &[Option<Choice>; Slot::COUNT] {
        &self.slots
    }

    pub(crate) fn from_index(
        slots: [Option<Choice>; Slot::COUNT],
        goal_scale: GoalScale,
    ) -> Answers {
        Answers { slots, goal_scale }
    }
}

/// An answer for every slot: what scores and share links are made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CompleteAnswers {
    choices: [Choice; Slot::COUNT],
    goal_scale: GoalScale,
}

impl CompleteAnswers {
    /// The same choice in every slot, as versions 1 and 2 could store it.
    pub fn uniform(choice: Choice) -> CompleteAnswers {
        CompleteAnswers {
            choices: [choice; Slot::COUNT],
            goal_scale: GoalScale::Separate,
        }
    }

    pub fn get(&self, slot: Slot) -> Choice {
        self.choices[slot.index()]
    }

    /// The visitor's answer to `field`; for a goal, the level of the combined scale.
    pub fn field(&self, field: Field) -> Choice {
        match field {
            Field::Business => self.get(Slot::Business),
            Field::Argument(i) => self.get(Slot::Argument(i)),
            Field::Goal(i) => goal_level(self.get(Slot::Importance(i)), self.get(Slot::Reach(i))),
        }
    }

    /// How the goals were asked, and so which scoring rules apply.
    pub fn goal_scale(&self) -> GoalScale {
        self.goal_scale
    }

    /// Sets one slot. A goal's importance or reach alone is what versions 1 and 2 asked: the set then
    /// counts as asked apart.
    pub fn set(&mut self, slot: Slot, choice: Choice) {
        self.choices[slot.index()] = choice;
        if matches!(slot, Slot::Importance(_) | Slot::Reach(_)) {
            self.goal_scale = GoalScale::Separate;
        }
    }

    /// Records an answer to `field` as the check asks it; a goal takes both slots of its level on the
    /// combined scale. A choice the field does not offer changes nothing.
    pub fn answer(&mut self, field: Field, choice: Choice) {
        let mut answers = Answers::from(*self);
        answers.answer(field, choice);
        if let Some(complete) = answers.complete() {
            *self = complete;
        }
    }

    /// Reads an answer set written as one digit per answer, as the test vectors and the end-to-end tests
    /// write them: 15 digits are the fields of version 3 in field order (the kind of business from 0 to 6,
    /// every other field from 0 to 3); 22 digits are the slots of versions 1 and 2 in slot order. Anything
    /// else is `None`.
    pub fn from_digits(digits: &str) -> Option<CompleteAnswers> {
        let values = digits
            .chars()
            .map(|digit| Choice::new(digit.to_digit(10)? as usize))
            .collect::<Option<Vec<Choice>>>()?;
        if values.len() == Field::COUNT {
            let mut answers = Answers::default();
            for (field, &choice) in Field::all().zip(&values) {
                if !field.accepts(choice) {
                    return None;
                }
                answers.answer(field, choice);
            }
            answers.complete()
        } else if values.len() == Slot::COUNT {
            let mut answers = CompleteAnswers::uniform(Choice::LOWEST);
            for (slot, &choice) in Slot::all().zip(&values) {
                if !slot.accepts(choice) {
                    return None;
                }
                answers.set(slot, choice);
            }
            Some(answers)
        } else {
            None
        }
    }
}

impl From<CompleteAnswers> for Answers {
    fn from(complete: CompleteAnswers) -> Answers {
        Answers {
            slots: complete.choices.map(Some),
            goal_scale: complete.goal_scale,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_and_fields_are_listed_in_index_order() {
        let slots: Vec<usize> = Slot::all().map(Slot::index).collect();
        assert_eq!(slots, (0..Slot::COUNT).collect::<Vec<_>>());
        let fields: Vec<usize> = Field::all().map(Field::index).collect();
        assert_eq!(fields, (0..Field::COUNT).collect::<Vec<_>>());
        // The screens ask every field once: the arguments in the order the content chooses, each in its
        // own slot.
        let mut asked: Vec<usize> = Question::all()
            .flat_map(Question::fields)
            .map(Field::index)
            .collect();
        assert_eq!(asked[1..=ARGUMENT_COUNT], {
            (0..ARGUMENT_COUNT)
                .map(|position| 1 + crate::content::asked_argument(position))
                .collect::<Vec<_>>()
        });
        asked.sort_unstable();
        assert_eq!(asked, (0..Field::COUNT).collect::<Vec<_>>());
        assert_eq!(Question::all().count(), 10);
        assert_eq!(Question::at(10), None);
        assert_eq!(Field::COUNT, 15);
    }

    #[test]
    fn answers_are_complete_only_when_every_field_is_answered() {
        let mut answers = Answers::default();
        for field in Field::all() {
            assert_eq!(answers.complete(), None);
            answers.answer(field, Choice::HIGHEST);
        }
        let complete = answers.complete().expect("every field answered");
        assert_eq!(complete.goal_scale(), GoalScale::Combined);
        assert_eq!(complete.get(Slot::Importance(3)), Choice::new(2).unwrap());
        assert_eq!(complete.get(Slot::Reach(3)), Choice::HIGHEST);
    }

    #[test]
    fn every_level_of_the_combined_scale_reads_back_as_itself() {
        for choice in Choice::ALL {
            let mut answers = Answers::default();
            answers.answer(Field::Goal(5), choice);
            assert_eq!(answers.field(Field::Goal(5)), Some(choice));
            let (importance, reach) = GOAL_LEVELS[choice.index()];
            assert_eq!(goal_level(importance, reach), choice);
        }
    }

    #[test]
    fn only_the_situation_question_offers_more_than_four_options() {
        let seventh = Choice::new(BUSINESS_COUNT - 1).unwrap();
        assert!(Slot::Business.accepts(seventh));
        assert!(Field::Business.accepts(seventh));
        assert!(!Slot::Argument(0).accepts(seventh));
        assert!(!Field::Goal(6).accepts(Choice::new(OPTION_COUNT).unwrap()));
        assert_eq!(Choice::new(BUSINESS_COUNT), None);
        assert!(CompleteAnswers::from_digits("6000000000000000000000").is_some());
        assert!(CompleteAnswers::from_digits("600000000000000").is_some());
        assert_eq!(CompleteAnswers::from_digits("0400000000000000000000"), None);
        assert_eq!(CompleteAnswers::from_digits("000000000000004"), None);
        assert_eq!(CompleteAnswers::from_digits("0000"), None);
    }

    #[test]
    fn a_goal_screen_needs_every_goal_on_it() {
        let mut answers = Answers::default();
        for i in GOAL_SCREENS[1].clone().skip(1) {
            answers.answer(Field::Goal(i), Choice::LOWEST);
        }
        assert!(!answers.is_answered(Question::Goals(1)));
        answers.answer(Field::Goal(GOAL_SCREENS[1].start), Choice::LOWEST);
        assert!(answers.is_answered(Question::Goals(1)));
        assert!(!answers.is_answered(Question::Goals(0)));
    }
}
