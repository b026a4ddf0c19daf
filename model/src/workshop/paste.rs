//! Pasting results: the participants of a workshop, and what the facilitator's paste added and refused.
//!
//! The facilitator pastes result links as they arrive in a chat, many lines at once;
//! [`Workshop::add_links`] finds the code on each line, takes the participant's name from the link or the
//! chat line's sender, and says which lines it could not read, and why.

use crate::check::answers::CompleteAnswers;
use crate::check::code::{self, CodeError};
use crate::check::link::read_fragment;
use crate::url::percent_decode;

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
    /// Why the line could not be read; [`crate::check::link::explain`] words it for the facilitator.
    pub error: CodeError,
}

/// What became of one readable result.
pub(super) enum Admission {
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

    /// The collected answers, in the order they were added, for [`aggregate`](super::aggregate::aggregate).
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
    ///
    /// Reading saved workshops ([`super::saved`]) admits through here too, so a saved text cannot hold
    /// what a paste could not have added.
    pub(super) fn admit(&mut self, participant: Participant) -> Admission {
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
