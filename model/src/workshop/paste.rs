//! Workshops: a facilitator collects the participants' result links and shows the group's picture.
//!
//! A workshop is a name and up to [`MAX_PARTICIPANTS`] complete answer sets. The facilitator pastes result
//! links as they arrive in a chat, many lines at once; [`Workshop::add_links`] finds the code on each line
//! and says which lines it could not read, and why. [`aggregate`] turns the participants into the
//! [`GroupView`] shown on the projector, [`to_csv`] exports them, and [`Workshops`] is the text the workshop
//! screen keeps in the browser's storage.
//!
//! Averages are computed from the same scores a participant sees on their own result, with integer
//! arithmetic and one rounding (half up), like the scores themselves.

use crate::answers::{Answers, CompleteAnswers, Slot, ARGUMENT_COUNT, BUSINESS_COUNT, GOAL_COUNT};
use crate::code::{self, CodeError};
use crate::config::{percent_decode, percent_encode};
use crate::content::{ARGUMENTS, BANDS, BUSINESSES, GOALS, OPTION_COUNT, WORKSHOP_UI};
use crate::scoring::{rounded_percent, Scores};
use crate::share::read_fragment;
use crate::text::Lang;

/// The most participants a workshop holds. It keeps the group view and the saved text small, and is far
/// more than a workshop room seats.
pub const MAX_PARTICIPANTS: usize = 1_000;

/// How many characters of a refused line the report repeats; enough to recognise the line in the chat.
const REJECTED_TEXT_CHARS: usize = 60;

/// The longest participant's name kept, in characters: a first name or initials, not a sentence.
pub const MAX_NAME_CHARS: usize = 40;

/// What follows the code in a result link's fragment to carry the participant's name: `#r=<code>&n=Anna`.
/// It stands beside the code, never inside it, so the code and its checksum stay the answers alone.
pub const NAME_PREFIX: &str = "&n=";

/// One participant: their answers, and the first name or initials they gave, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participant {
    pub answers: CompleteAnswers,
    /// One line of at most [`MAX_NAME_CHARS`] characters, never empty (see [`clean_name`]).
    pub name: Option<String>,
}

impl Participant {
    /// Whether `self` and `other` are the same result: the same answers, and the same name ignoring case,
    /// or no name on `self`. A bare link pasted again is always a duplicate; two people who gave identical
    /// answers count twice as long as each result carries its own name.
    fn repeats(&self, other: &Participant) -> bool {
        self.answers == other.answers
            && match (&self.name, &other.name) {
                (None, _) => true,
                (Some(name), Some(other)) => name.to_lowercase() == other.to_lowercase(),
                (Some(_), None) => false,
            }
    }
}

/// A participant's name as it is kept: whitespace of any kind folded into single spaces, trimmed, cut
/// after [`MAX_NAME_CHARS`] characters; `None` if nothing is left.
pub fn clean_name(name: &str) -> Option<String> {
    let name: String = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_NAME_CHARS)
        .collect();
    let name = name.trim_end();
    (!name.is_empty()).then(|| name.to_owned())
}

/// One named workshop and the results collected in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workshop {
    /// The name the facilitator gave it; one line, without tabs, possibly empty.
    pub name: String,
    /// Private, so that only [`Workshop::add_links`] adds participants and the limit and the absence of
    /// duplicates always hold.
    participants: Vec<Participant>,
}

/// What one paste added to a workshop, and what it could not.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AddReport {
    /// Results that are new in this workshop.
    pub added: usize,
    /// Results that were already in the workshop, or earlier in the same paste.
    pub duplicates: usize,
    /// Readable results that did not fit, because the workshop already holds [`MAX_PARTICIPANTS`].
    pub too_many: usize,
    /// The lines that hold no readable result, in the order they were pasted.
    pub rejected: Vec<Rejected>,
}

/// A pasted line without a readable result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// The line's number in the pasted text, counted from 1 as an editor does.
    pub line: usize,
    /// The line, trimmed, cut after 60 characters (marked with "…") so a long line cannot flood the report.
    pub text: String,
    /// Why the line could not be read; [`crate::share::explain`] words it for the facilitator.
    pub error: CodeError,
}

/// What became of one readable result.
enum Admission {
    Added,
    Duplicate,
    Full,
}

impl Workshop {
    /// A workshop without participants. The name is trimmed, and tabs and line breaks in it become spaces,
    /// so that it always fits on its line of the saved text.
    pub fn new(name: &str) -> Workshop {
        Workshop {
            name: name.replace(['\t', '\n', '\r'], " ").trim().to_owned(),
            participants: Vec::new(),
        }
    }

    /// The collected results, in the order they were added.
    pub fn participants(&self) -> &[Participant] {
        &self.participants
    }

    /// The collected answers, in the order they were added, for [`aggregate`].
    pub fn answers(&self) -> Vec<CompleteAnswers> {
        self.participants.iter().map(|p| p.answers).collect()
    }

    /// Adds every result found in `text`, one per line: a result link anywhere on a line, as chat apps
    /// paste it ("Anna (10:42): https://x.de/check/#r=10YN4TM6MCCV8J"), or a bare code on a line of its
    /// own. Blank lines are skipped; every other line without a readable result is reported with its
    /// number.
    ///
    /// The participant's name is the one their link carries after the code (`&n=Anna`), or else the
    /// sender's name the chat line starts with (see [`sender_name`]), or else the sender Microsoft Teams
    /// wrote on a line above (see [`teams_sender`]).
    pub fn add_links(&mut self, text: &str) -> AddReport {
        let mut report = AddReport::default();
        // The sender Microsoft Teams wrote on the line above a message, for a link without a name of its
        // own in that message.
        let mut teams_header = None;
        for (number, line) in (1..).zip(text.lines()) {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            if let Some(sender) = teams_sender(line) {
                teams_header = Some(sender);
            }
            let result = result_on(line).map(|participant| Participant {
                name: participant.name.or_else(|| teams_header.clone()),
                ..participant
            });
            match result {
                Ok(participant) => match self.admit(participant) {
                    Admission::Added => report.added += 1,
                    Admission::Duplicate => report.duplicates += 1,
                    Admission::Full => report.too_many += 1,
                },
                Err(error) => report.rejected.push(Rejected {
                    line: number,
                    text: shortened(line),
                    error,
                }),
            }
        }
        report
    }

    /// Removes the participant at `index`; an index out of range changes nothing.
    pub fn remove(&mut self, index: usize) {
        if index < self.participants.len() {
            self.participants.remove(index);
        }
    }

    /// Adds one result unless the workshop holds it already (see [`Participant::repeats`]) or is full.
    ///
    /// Unnamed results are told apart by their answers alone: two people who gave identical answers in all
    /// 22 slots and no names count as one. That is rare, and the facilitator sees the duplicate count,
    /// while the same link pasted twice (the common case) must not count twice.
    fn admit(&mut self, participant: Participant) -> Admission {
        if self.participants.iter().any(|p| participant.repeats(p)) {
            Admission::Duplicate
        } else if self.participants.len() >= MAX_PARTICIPANTS {
            Admission::Full
        } else {
            self.participants.push(participant);
            Admission::Added
        }
    }
}

/// Characters that may follow a link in a sentence and are never part of a code.
const CLOSING_PUNCTUATION: &[char] = &[
    '.', ',', ';', ':', '!', '?', ')', ']', '>', '»', '"', '\'', '’', '”',
];

/// The result on one trimmed, non-empty pasted line.
///
/// A line with a result link is read from the link's fragment up to the next whitespace, so chat text
/// around the link does no harm; a `#` that does not start a result fragment (such as "#1") is passed over.
/// A line without a link must be a bare code: a line with spaces in it is chat text, not a code.
fn result_on(line: &str) -> Result<Participant, CodeError> {
    let link = line.match_indices('#').find_map(|(start, _)| {
        let fragment = line[start..].split(char::is_whitespace).next()?;
        // Chat text often ends a sentence or closes a bracket right after a link.
        let fragment = fragment.trim_end_matches(CLOSING_PUNCTUATION);
        let (code, name) = match fragment.split_once(NAME_PREFIX) {
            Some((code, name)) => (code, clean_name(&percent_decode(name))),
            None => (fragment, None),
        };
        let answers = read_fragment(code)?;
        // The link's own start: the whitespace-separated word the fragment belongs to.
        let link_start = line[..start]
            .rfind(char::is_whitespace)
            .map_or(0, |space| space + 1);
        let name = name.or_else(|| sender_name(&line[..link_start]));
        Some(answers.map(|answers| Participant { answers, name }))
    });
    match link {
        Some(result) => result,
        None if !line.contains(char::is_whitespace) => {
            code::decode_complete(line).map(|answers| Participant {
                answers,
                name: None,
            })
        }
        None => Err(CodeError::NotACode),
    }
}

/// The sender's name in the chat text before a link: the name before the first colon, after a time stamp
/// where the chat app writes one. The rest of the message ("hier mein Ergebnis", "Mein Ergebnis:") is
/// never part of the name. What chat apps write, and this reads:
///
/// - a plain line: "Anna: …";
/// - a time after the name: "Anna (10:42): …";
/// - WhatsApp on iPhone: "[05.12.26, 10:10:03] Anna: …"; Signal's exports by the common backup tools:
///   "[2026-12-05 10:10] Anna: …"; any time in square brackets first: "[10:10] Anna: …";
/// - WhatsApp on Android: "05.12.26, 10:10 - Anna: …" (also "12/5/26, 10:10 AM - Anna: …").
///
/// Without a colon after the name the text is part of a sentence ("schau mal https://…"), and there is no
/// sender. Microsoft Teams writes the sender on a line of its own, above the message ("[10:10] Anna
/// Schmidt"); [`teams_sender`] reads such a line.
pub fn sender_name(before_link: &str) -> Option<String> {
    let message = without_time_stamp(before_link);
    // The first colon outside brackets ends the name; the colons of "(10:42)" are inside them.
    let mut depth = 0_usize;
    let end = message.char_indices().find_map(|(at, c)| {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ':' if depth == 0 => return Some(at),
            _ => {}
        }
        None
    })?;
    let sender = message[..end].trim_end();
    let sender = match sender.strip_suffix(')') {
        Some(rest) => rest.rsplit_once('(').map_or(sender, |(name, _)| name),
        None => sender,
    };
    clean_name(sender)
}

/// The sender of the next message, if `line` is a line Microsoft Teams writes above a message when a
/// conversation is copied: a time in square brackets, then the name, and nothing else ("[10:10] Anna
/// Schmidt", "[9:35 AM] Schmidt, Anna"). A line with a colon after the time is a message of its own.
pub fn teams_sender(line: &str) -> Option<String> {
    let rest = line.trim().strip_prefix('[')?;
    let (stamp, name) = rest.split_once(']')?;
    let is_time = stamp.contains(':') && stamp.chars().all(is_time_stamp_char);
    (is_time && !name.contains([':', '#', '/'])).then(|| clean_name(name))?
}

/// Whether `c` may stand in a chat app's date and time: digits, separators and "AM"/"PM".
fn is_time_stamp_char(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            '.' | ',' | ':' | '/' | '-' | ' ' | '\u{202f}' | 'A' | 'P' | 'M' | 'a' | 'p' | 'm'
        )
}

/// `text` without the date and time a chat app writes before the sender: in square brackets, or followed
/// by " - " (WhatsApp on Android).
fn without_time_stamp(text: &str) -> &str {
    let text = text.trim();
    if let Some((_, after)) = text.strip_prefix('[').and_then(|rest| rest.split_once(']')) {
        return after.trim_start();
    }
    match text.split_once(" - ") {
        Some((stamp, after))
            if stamp.starts_with(|c: char| c.is_ascii_digit())
                && stamp.chars().all(is_time_stamp_char) =>
        {
            after.trim_start()
        }
        _ => text,
    }
}

/// A refused line as the report repeats it: at most [`REJECTED_TEXT_CHARS`] characters, and "…" if cut.
fn shortened(line: &str) -> String {
    let mut chars = line.chars();
    let mut text: String = chars.by_ref().take(REJECTED_TEXT_CHARS).collect();
    if chars.next().is_some() {
        text.push('…');
    }
    text
}

/// All workshops of this browser, kept in `localStorage` by the app as one text (one line per workshop).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Workshops {
    /// The workshops in the order they were created.
    pub list: Vec<Workshop>,
}

/// The first line of the saved workshops: the format's name and version. Version 2 adds names after
/// codes; version 1 (codes alone) is still read, since it may be kept in a facilitator's browser.
const SAVED_FORMAT: &str = "smcw2";
const SAVED_FORMATS: [&str; 2] = ["smcw1", SAVED_FORMAT];

impl Workshops {
    /// The workshops as text for the browser's storage: the line `smcw2`, then one line per workshop with
    /// its name, a tab, and its participants separated by spaces: each an answer code, followed by
    /// `&n=` and the percent-encoded name where there is one, as in a link.
    pub fn to_saved(&self) -> String {
        let mut saved = SAVED_FORMAT.to_owned();
        for workshop in &self.list {
            let codes: Vec<String> = workshop
                .participants
                .iter()
                .map(|participant| {
                    let code = code::encode(&Answers::from(participant.answers));
                    match &participant.name {
                        Some(name) => format!("{code}{NAME_PREFIX}{}", percent_encode(name)),
                        None => code,
                    }
                })
                .collect();
            saved.push('\n');
            saved.push_str(&workshop.name);
            saved.push('\t');
            saved.push_str(&codes.join(" "));
        }
        saved
    }

    /// Reads a text written by [`Workshops::to_saved`]. Anything [`Workshops::to_saved`] cannot have written
    /// (another format, a line without a tab, a bad code, a duplicate, too many participants) refuses the
    /// whole text: the app then keeps it aside and tells the facilitator, rather than silently dropping a
    /// workshop's results.
    pub fn from_saved(saved: &str) -> Result<Workshops, SavedWorkshopsError> {
        let mut lines = saved.lines();
        if !lines
            .next()
            .is_some_and(|format| SAVED_FORMATS.contains(&format))
        {
            return Err(SavedWorkshopsError);
        }
        let list = lines
            .map(|line| {
                let (name, codes) = line.split_once('\t').ok_or(SavedWorkshopsError)?;
                let mut workshop = Workshop::new(name);
                for saved in codes.split_whitespace() {
                    let (code, name) = match saved.split_once(NAME_PREFIX) {
                        Some((code, name)) => (code, Some(percent_decode(name))),
                        None => (saved, None),
                    };
                    let answers = code::decode_complete(code).map_err(|_| SavedWorkshopsError)?;
                    let name = name.map(|name| clean_name(&name).ok_or(SavedWorkshopsError));
                    let participant = Participant {
                        answers,
                        name: name.transpose()?,
                    };
                    let Admission::Added = workshop.admit(participant) else {
                        return Err(SavedWorkshopsError);
                    };
                }
                Ok(workshop)
            })
            .collect::<Result<Vec<Workshop>, SavedWorkshopsError>>()?;
        Ok(Workshops { list })
    }
}

/// Saved workshops that cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SavedWorkshopsError;

/// An average and how far the group's scores spread around it, both in points from 0 to 100, and the
/// lowest and highest score in the group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stat {
    /// The mean score, rounded half up.
    pub mean: u8,
    /// The population standard deviation of the scores, rounded half up: how far from the mean a typical
    /// score lies. 0 means everyone scored the same; half of the group at 0 and half at 100 gives 50.
    pub spread: u8,
    /// The lowest and the highest score someone in the group has: so, for an argument or a goal, a level
    /// of its scale (0, 33, 67 or 100), never a figure between them. What the group is told of where its
    /// scores lie is this range, since "most between 4 and 90" (the mean ± the spread) names scores
    /// nobody can have.
    pub low: u8,
    pub high: u8,
}

/// How the group answered one argument, or how well it reaches one goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemStat {
    /// How many participants chose each option, from the first (index 0) to the last.
    pub distribution: [usize; OPTION_COUNT],
    /// The average and spread of the participants' scores for this item (0, 33, 67 or 100 each, as in
    /// [`Scores`]).
    pub stat: Stat,
}

/// How the group rated one goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GoalStat {
    /// How many participants chose each importance, from "not important" (index 0) to "very important".
    pub importance: [usize; OPTION_COUNT],
    /// How well the participants reach the goal today.
    pub reach: ItemStat,
    /// The mean importance level as 0 to 100 (all "not important" is 0, all "very important" 100).
    pub importance_mean: u8,
}

impl GoalStat {
    /// Whether the goal is "important, but not reached yet" for the group: its mean importance is at least
    /// that of "Wichtig" (67), and its mean reach is clearly lower, by more than a whole level (at least 34
    /// points) below the importance. So a goal the group finds "Wichtig" counts when its reach averages
    /// "Gelingt mir kaum" (33) or less, as on a single result, and one it finds "Sehr wichtig" when its reach
    /// averages below "teilweise" (67). A goal at importance 57 and reach 57 is neither.
    pub fn is_important_unreached(&self) -> bool {
        self.importance_mean >= IMPORTANT_FROM
            && u16::from(self.reach.stat.mean) + u16::from(CLEARLY_LOWER_BY)
                <= u16::from(self.importance_mean)
    }

    /// How important the group finds the goal, in plain words: the mean importance and the range of the
    /// levels chosen, each as 0 to 100 like the importance levels themselves.
    pub fn importance_summary(&self, lang: Lang) -> String {
        let (low, high) = level_range(&self.importance);
        summary(lang, self.importance_mean, low, high)
    }
}

/// A question for the group's discussion, derived from its weakest arguments and most important goals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prompt {
    /// Argument `i` is the group's weakest.
    WeakArgument(usize),
    /// Goal `i` is among the group's three most important and, on average, not reached.
    ImportantUnreachedGoal(usize),
    /// The group is divided on argument `i`: some are far along, others have hardly started.
    DividedArgument(usize),
}

/// The group's picture, for the projector.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupView {
    /// How many results it is made of; never 0.
    pub participants: usize,
    /// The participants' overall scores.
    pub overall: Stat,
    /// How many participants fall into each band, in the order of [`BANDS`].
    pub bands: [usize; 4],
    /// How many participants run each kind of business, in the order of [`BUSINESSES`].
    pub businesses: [usize; BUSINESS_COUNT],
    /// Per argument, in the order of [`ARGUMENTS`].
    pub arguments: [ItemStat; ARGUMENT_COUNT],
    /// Per goal, in the order of [`GOALS`].
    pub goals: [GoalStat; GOAL_COUNT],
    /// The indices of the three arguments with the lowest mean, the weakest first; on equal means the
    /// earlier argument comes first.
    pub weakest_arguments: Vec<usize>,
    /// The indices of the three goals with the highest `importance_mean`, the most important first; on
    /// equal means the earlier goal comes first.
    pub most_important_goals: Vec<usize>,
    /// One to three questions for the discussion, see [`aggregate`].
    pub prompts: Vec<Prompt>,
}

/// How many weakest arguments and most important goals the group view names.
const HIGHLIGHTS: usize = 3;
/// A goal whose importance averages at least this is important to the group: the level of "Wichtig"
/// (the third of four, 67 out of 100).
const IMPORTANT_FROM: u8 = 67;
/// How far below its importance a goal's reach must average to count as not reached: more than a whole
/// level (33 points).
const CLEARLY_LOWER_BY: u8 = 34;
/// From this spread on, an argument divides the group: 30 points is nearly a whole answer level (33), so a
/// typical participant answered about a level away from the group's average.
const DIVIDED_FROM: u8 = 30;

/// The group's picture, or `None` for a workshop without participants.
///
/// The prompts are, in this order: the weakest argument; the first of the three most important goals that
/// the group finds important but does not reach ([`GoalStat::is_important_unreached`]), if there is one (a
/// goal outside the three matters too little to the group to be put to it as important); and the argument with the largest spread (the earlier one on equal
/// spreads), if that spread is at least 30 and it is not the weakest argument, already asked about.
pub fn aggregate(participants: &[CompleteAnswers]) -> Option<GroupView> {
    if participants.is_empty() {
        return None;
    }
    let scores: Vec<Scores> = participants.iter().map(Scores::of).collect();
    let arguments: [ItemStat; ARGUMENT_COUNT] = std::array::from_fn(|i| {
        let item_scores = scores.iter().map(|s| s.arguments[i]);
        item_stat(participants, Slot::Argument(i), item_scores)
    });
    let goals: [GoalStat; GOAL_COUNT] = std::array::from_fn(|i| {
        let importance = distribution(participants, Slot::Importance(i));
        let reach_scores = scores.iter().map(|s| s.goals[i]);
        GoalStat {
            importance,
            reach: item_stat(participants, Slot::Reach(i), reach_scores),
            importance_mean: mean_level(&importance),
        }
    });

    // Stable sorts keep the earlier index first among equal means.
    let mut weakest_arguments: Vec<usize> = (0..ARGUMENT_COUNT).collect();
    weakest_arguments.sort_by_key(|&i| arguments[i].stat.mean);
    weakest_arguments.truncate(HIGHLIGHTS);
    let mut most_important_goals: Vec<usize> = (0..GOAL_COUNT).collect();
    most_important_goals.sort_by_key(|&i| std::cmp::Reverse(goals[i].importance_mean));
    most_important_goals.truncate(HIGHLIGHTS);

    let weakest = weakest_arguments[0];
    let unreached_goal = most_important_goals
        .iter()
        .copied()
        .find(|&i| goals[i].is_important_unreached());
    // `max_by_key` returns the last of equal maxima, so the indices are reversed to prefer the earlier one.
    let divided_argument = (0..ARGUMENT_COUNT)
        .rev()
        .max_by_key(|&i| arguments[i].stat.spread)
        .filter(|&i| arguments[i].stat.spread >= DIVIDED_FROM && i != weakest);
    let prompts = std::iter::once(Prompt::WeakArgument(weakest))
        .chain(unreached_goal.map(Prompt::ImportantUnreachedGoal))
        .chain(divided_argument.map(Prompt::DividedArgument))
        .collect();

    Some(GroupView {
        participants: participants.len(),
        overall: Stat::of(scores.iter().map(|s| s.overall)),
        bands: BANDS.each_ref().map(|band| {
            scores
                .iter()
                .filter(|s| std::ptr::eq(s.band(), band))
                .count()
        }),
        businesses: distribution(participants, Slot::Business),
        arguments,
        goals,
        weakest_arguments,
        most_important_goals,
        prompts,
    })
}

impl GroupView {
    /// The arguments from the weakest (lowest mean) to the strongest; the earlier one first on equal means.
    pub fn arguments_weakest_first(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..ARGUMENT_COUNT).collect();
        order.sort_by_key(|&i| self.arguments[i].stat.mean);
        order
    }

    /// The goals the group finds important but does not reach yet ([`GoalStat::is_important_unreached`]),
    /// the most important first.
    pub fn important_unreached_goals(&self) -> Vec<usize> {
        let mut goals: Vec<usize> = (0..GOAL_COUNT)
            .filter(|&i| self.goals[i].is_important_unreached())
            .collect();
        goals.sort_by_key(|&i| std::cmp::Reverse(self.goals[i].importance_mean));
        goals
    }
}

/// "Durchschnitt 54 · von 33 bis 100", or "Durchschnitt 67 · alle bei 67": an average and the range of the
/// scores the group has, in plain words. The range names only scores someone in the group has.
pub fn summary(lang: Lang, mean: u8, low: u8, high: u8) -> String {
    let range = if low == high {
        WORKSHOP_UI
            .all_at
            .fill(lang, &[("value", &low.to_string())])
    } else {
        WORKSHOP_UI.range.fill(
            lang,
            &[("low", &low.to_string()), ("high", &high.to_string())],
        )
    };
    format!("{} {mean} · {range}", WORKSHOP_UI.average.get(lang))
}

/// The scores of the lowest and the highest level chosen in a non-empty distribution: 0, 33, 67 or 100.
fn level_range(distribution: &[usize; OPTION_COUNT]) -> (u8, u8) {
    let chosen = || (0..OPTION_COUNT).filter(|&level| distribution[level] > 0);
    let score = |level: usize| rounded_percent(100 * level as u64, OPTION_COUNT as u64 - 1);
    (
        chosen().next().map_or(0, score),
        chosen().next_back().map_or(0, score),
    )
}

impl Stat {
    /// The average and the range of the scores, in plain words (see [`summary`]).
    pub fn summary(&self, lang: Lang) -> String {
        summary(lang, self.mean, self.low, self.high)
    }

    /// The mean and spread of a non-empty list of scores, in exact integer arithmetic.
    fn of(scores: impl Iterator<Item = u8>) -> Stat {
        let (mut low, mut high) = (u8::MAX, 0);
        let (n, sum, squares) = scores.fold((0, 0, 0), |(n, sum, squares), score| {
            low = low.min(score);
            high = high.max(score);
            let score = u64::from(score);
            (n + 1, sum + score, squares + score * score)
        });
        // The population variance is v / n² with v = n·Σx² − (Σx)², so the standard deviation is √v / n, and
        // rounded half up it is ⌊(√(4v) + n) / 2n⌋. Flooring √(4v) first changes nothing, because the divisor
        // is a whole number: ⌊y / d⌋ = ⌊⌊y⌋ / d⌋. So the exact integer square root gives the exact result.
        let v = n * squares - sum * sum;
        Stat {
            mean: rounded_percent(sum, n),
            spread: rounded_percent((4 * v).isqrt(), 2 * n),
            low: low.min(high),
            high,
        }
    }
}

/// The distribution of the answers in `slot`, and the average and spread of the matching scores.
fn item_stat(
    participants: &[CompleteAnswers],
    slot: Slot,
    scores: impl Iterator<Item = u8>,
) -> ItemStat {
    ItemStat {
        distribution: distribution(participants, slot),
        stat: Stat::of(scores),
    }
}

/// How many participants chose each option in `slot`.
fn distribution<const OPTIONS: usize>(
    participants: &[CompleteAnswers],
    slot: Slot,
) -> [usize; OPTIONS] {
    let mut counts = [0; OPTIONS];
    for answers in participants {
        counts[answers.get(slot).index()] += 1;
    }
    counts
}

/// The mean level of a non-empty distribution as 0 to 100, where the lowest option is 0 and the highest 100.
fn mean_level(distribution: &[usize; OPTION_COUNT]) -> u8 {
    let top = OPTION_COUNT as u64 - 1;
    let (count, levels) = (0..)
        .zip(distribution)
        .fold((0, 0), |(count, levels), (level, &n)| {
            (count + n as u64, levels + level * n as u64)
        });
    rounded_percent(100 * levels, top * count)
}

/// The two kinds of CSV a workshop exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvFormat {
    /// RFC 4180, for tools: comma-separated, UTF-8 without a byte order mark, band names in English.
    Plain,
    /// What Excel opens as columns where the decimal separator is a comma (German settings): semicolons,
    /// a UTF-8 byte order mark so that umlauts show, and band names in the workshop's language. A name
    /// that Excel would take for a formula is prefixed with an apostrophe.
    Spreadsheet(Lang),
}

impl CsvFormat {
    fn separator(self) -> char {
        match self {
            CsvFormat::Plain => ',',
            CsvFormat::Spreadsheet(_) => ';',
        }
    }
}

/// The workshop's results as CSV (CRLF line ends, UTF-8, a field quoted only where it needs to be), in
/// one of two [`CsvFormat`]s.
///
/// The first line names the columns, then there is one line per participant:
///
/// - `participant`: the participant's number in the list, from 1;
/// - `name`: the first name or initials they gave, or nothing;
/// - `code`: their answer code, which opens their result as `#r=<code>`;
/// - `overall`: the overall score, 0 to 100;
/// - `band`: the band's name, such as `Well placed` (in the workshop's language for a spreadsheet);
/// - `business`: the kind of business, as the key of [`BUSINESSES`], such as `local`;
/// - one column per argument, headed by its key (see [`ARGUMENTS`]): its score, 0, 33, 67 or 100;
/// - two columns per goal, headed `<key>-importance` and `<key>-reach` (see [`GOALS`]): the importance
///   level from 0 (not important) to 3 (very important), and the reach score, 0, 33, 67 or 100.
pub fn to_csv(workshop: &Workshop, format: CsvFormat) -> String {
    let mut header: Vec<String> = ["participant", "name", "code", "overall", "band", "business"]
        .map(String::from)
        .to_vec();
    header.extend(ARGUMENTS.iter().map(|argument| argument.key.to_owned()));
    for goal in &GOALS {
        header.push(format!("{}-importance", goal.key));
        header.push(format!("{}-reach", goal.key));
    }
    let mut csv = match format {
        CsvFormat::Plain => String::new(),
        CsvFormat::Spreadsheet(_) => "\u{feff}".to_owned(),
    };
    csv.push_str(&csv_line(&header, format));
    for (number, participant) in (1..).zip(&workshop.participants) {
        let answers = &participant.answers;
        let scores = Scores::of(answers);
        let mut row = vec![
            number.to_string(),
            match (&participant.name, format) {
                (Some(name), CsvFormat::Spreadsheet(_)) if name.starts_with(FORMULA_STARTS) => {
                    format!("'{name}")
                }
                (name, _) => name.clone().unwrap_or_default(),
            },
            code::encode(&Answers::from(*answers)),
            scores.overall.to_string(),
            match format {
                CsvFormat::Plain => scores.band().name.en,
                CsvFormat::Spreadsheet(lang) => scores.band().name.get(lang),
            }
            .to_owned(),
            BUSINESSES[answers.get(Slot::Business).index()]
                .key
                .to_owned(),
        ];
        row.extend(scores.arguments.iter().map(u8::to_string));
        for (i, reach) in scores.goals.iter().enumerate() {
            row.push(answers.get(Slot::Importance(i)).index().to_string());
            row.push(reach.to_string());
        }
        csv.push_str(&csv_line(&row, format));
    }
    csv
}

/// The characters with which a spreadsheet cell starts a formula.
const FORMULA_STARTS: &[char] = &['=', '+', '-', '@'];

/// One CSV line, with its CRLF.
fn csv_line(fields: &[String], format: CsvFormat) -> String {
    let separator = format.separator();
    let fields: Vec<String> = fields
        .iter()
        .map(|field| csv_field(field, separator))
        .collect();
    fields.join(&separator.to_string()) + "\r\n"
}

/// A field as RFC 4180 writes it: in quotes, with its quotes doubled, if it holds the separator, a quote
/// or a line break, and as it is otherwise. Keys and band names need no quotes; a participant's name may.
fn csv_field(field: &str, separator: char) -> String {
    if field.contains([separator, '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("Well placed", ','), "Well placed");
        assert_eq!(csv_field("a,b", ','), "\"a,b\"");
        assert_eq!(csv_field("a,b", ';'), "a,b");
        assert_eq!(csv_field("a;b", ';'), "\"a;b\"");
        assert_eq!(csv_field("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines", ';'), "\"two\nlines\"");
    }

    #[test]
    fn spreads_round_half_up() {
        // 0 and 1: a standard deviation of exactly 0.5.
        let spread = |scores: &[u8]| Stat::of(scores.iter().copied()).spread;
        assert_eq!(spread(&[0, 1]), 1);
        // 0, 0 and 1: mean 1/3, standard deviation √2 / 3 ≈ 0.47.
        assert_eq!(spread(&[0, 0, 1]), 0);
        // 0, 33, 67 and 100: n·Σx² − (Σx)² = 22,312, and √22,312 / 4 ≈ 37.34.
        assert_eq!(
            Stat::of([0, 33, 67, 100].into_iter()),
            Stat {
                mean: 50,
                spread: 37,
                low: 0,
                high: 100
            }
        );
    }
}
