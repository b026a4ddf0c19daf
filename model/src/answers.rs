//! What the user answered, and the order in which the check asks.

use crate::content::OPTION_COUNT;

pub const ARGUMENT_COUNT: usize = 7;
pub const GOAL_COUNT: usize = 7;
/// How many kinds of business the situation question offers. Answer codes of format version 2 hold up to
/// seven; a longer list needs a new format version.
pub const BUSINESS_COUNT: usize = 7;

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

/// One answerable field of the check. A question has one slot, a goal question two.
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

    /// The slot's fixed position, which is also its position in share codes and must never change.
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

    pub fn all() -> impl Iterator<Item = Slot> {
        Question::all().flat_map(|question| question.slots())
    }
}

/// A step of the check, in the order it is asked: the situation, the seven arguments, the seven goals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    Business,
    Argument(usize),
    Goal(usize),
}

impl Question {
    pub const COUNT: usize = 1 + ARGUMENT_COUNT + GOAL_COUNT;

    /// The question at position `index` (0-based), if there is one.
    pub fn at(index: usize) -> Option<Question> {
        match index {
            0 => Some(Question::Business),
            i if i <= ARGUMENT_COUNT => Some(Question::Argument(i - 1)),
            i if i < Question::COUNT => Some(Question::Goal(i - 1 - ARGUMENT_COUNT)),
            _ => None,
        }
    }

    pub fn all() -> impl Iterator<Item = Question> {
        (0..Question::COUNT).filter_map(Question::at)
    }

    /// The slots this question fills.
    pub fn slots(self) -> impl Iterator<Item = Slot> {
        let (first, second) = match self {
            Question::Business => (Slot::Business, None),
            Question::Argument(i) => (Slot::Argument(i), None),
            Question::Goal(i) => (Slot::Importance(i), Some(Slot::Reach(i))),
        };
        std::iter::once(first).chain(second)
    }
}

/// Every answer given so far; unanswered slots are `None`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    slots: [Option<Choice>; Slot::COUNT],
}

impl Answers {
    pub fn get(&self, slot: Slot) -> Option<Choice> {
        self.slots[slot.index()]
    }

    pub fn set(&mut self, slot: Slot, choice: Choice) {
        self.slots[slot.index()] = Some(choice);
    }

    /// Whether every slot of `question` has an answer.
    pub fn is_answered(&self, question: Question) -> bool {
        question.slots().all(|slot| self.get(slot).is_some())
    }

    /// The answers as a complete set, if every question is answered.
    pub fn complete(&self) -> Option<CompleteAnswers> {
        let mut choices = [Choice::LOWEST; Slot::COUNT];
        for (choice, slot) in choices.iter_mut().zip(self.slots) {
            *choice = slot?;
        }
        Some(CompleteAnswers { choices })
    }

    /// The answers in slot order, for the share code.
    pub(crate) fn by_index(&self) -> &[Option<Choice>; Slot::COUNT] {
        &self.slots
    }

    pub(crate) fn from_index(slots: [Option<Choice>; Slot::COUNT]) -> Answers {
        Answers { slots }
    }
}

/// An answer for every slot: what scores and share links are made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CompleteAnswers {
    choices: [Choice; Slot::COUNT],
}

impl CompleteAnswers {
    /// The same choice in every slot.
    pub fn uniform(choice: Choice) -> CompleteAnswers {
        CompleteAnswers {
            choices: [choice; Slot::COUNT],
        }
    }

    pub fn get(&self, slot: Slot) -> Choice {
        self.choices[slot.index()]
    }

    pub fn set(&mut self, slot: Slot, choice: Choice) {
        self.choices[slot.index()] = choice;
    }

    /// Reads an answer set written as one digit per slot, in slot order (`"0123…"`), as the test vectors
    /// and the end-to-end tests write them: the kind of business from 0 to 6, every other slot from 0 to
    /// 3. Anything else is `None`.
    pub fn from_digits(digits: &str) -> Option<CompleteAnswers> {
        if digits.len() != Slot::COUNT {
            return None;
        }
        let mut answers = CompleteAnswers::uniform(Choice::LOWEST);
        for (slot, digit) in Slot::all().zip(digits.chars()) {
            let choice = Choice::new(digit.to_digit(10)? as usize)?;
            if !slot.accepts(choice) {
                return None;
            }
            answers.set(slot, choice);
        }
        Some(answers)
    }
}

impl From<CompleteAnswers> for Answers {
    fn from(complete: CompleteAnswers) -> Answers {
        Answers {
            slots: complete.choices.map(Some),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_cover_every_slot_once_in_index_order() {
        let indices: Vec<usize> = Slot::all().map(Slot::index).collect();
        assert_eq!(indices, (0..Slot::COUNT).collect::<Vec<_>>());
        assert_eq!(Question::all().count(), 15);
        assert_eq!(Question::at(15), None);
    }

    #[test]
    fn answers_are_complete_only_when_every_slot_is_answered() {
        let mut answers = Answers::default();
        for slot in Slot::all() {
            assert_eq!(answers.complete(), None);
            answers.set(slot, Choice::HIGHEST);
        }
        assert_eq!(
            answers.complete(),
            Some(CompleteAnswers::uniform(Choice::HIGHEST))
        );
    }

    #[test]
    fn only_the_situation_question_offers_more_than_four_options() {
        let seventh = Choice::new(BUSINESS_COUNT - 1).unwrap();
        assert!(Slot::Business.accepts(seventh));
        assert!(!Slot::Argument(0).accepts(seventh));
        assert!(!Slot::Reach(6).accepts(Choice::new(OPTION_COUNT).unwrap()));
        assert_eq!(Choice::new(BUSINESS_COUNT), None);
        assert!(CompleteAnswers::from_digits("6000000000000000000000").is_some());
        assert_eq!(CompleteAnswers::from_digits("0400000000000000000000"), None);
    }

    #[test]
    fn a_goal_question_needs_both_of_its_answers() {
        let mut answers = Answers::default();
        answers.set(Slot::Importance(2), Choice::LOWEST);
        assert!(!answers.is_answered(Question::Goal(2)));
        answers.set(Slot::Reach(2), Choice::LOWEST);
        assert!(answers.is_answered(Question::Goal(2)));
    }
}
