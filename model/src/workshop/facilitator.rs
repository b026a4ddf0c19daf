//! Sending a result to a workshop's facilitator: the contact the facilitator gives on the workshop screen,
//! carried in the join link's query string, and the link or e-mail that sends a participant's result there.
//!
//! This is the one destination a link may name, an exception to "only the site owner decides where results
//! go" (see ARCHITECTURE.md's invariants). It is safe because nothing is ever sent by itself: the
//! participant sees the address (or the chat's host) as text first, and an e-mail opens in their own mail
//! program, where they send it or not. A chat link must be `https`.

use super::paste::{clean_name, NAME_PREFIX};
use crate::settings::CONTACT_KEY;
use crate::url::authority;
use crate::url::is_email_address;
use crate::url::{percent_encode, query_pairs};

/// The longest contact accepted, in bytes: the longest e-mail address is 254, and chat links are shorter.
const MAX_CONTACT_LEN: usize = 254;

/// Where a participant may send their result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Contact {
    /// An e-mail address, checked for its shape only.
    Email(String),
    /// An `https` link to a chat (a group or a person), and its host, which the participant is shown.
    Chat { link: String, host: String },
}

/// Why a contact was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactError {
    Empty,
    /// Neither an e-mail address nor an `https` link.
    Unreadable,
}

impl Contact {
    /// Reads what the facilitator typed: an e-mail address (with or without `mailto:`) or an `https` link.
    pub fn parse(text: &str) -> Result<Contact, ContactError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(ContactError::Empty);
        }
        if text.len() > MAX_CONTACT_LEN || text.contains(char::is_whitespace) {
            return Err(ContactError::Unreadable);
        }
        if let Some(rest) = strip_prefix_ignoring_case(text, "https://") {
            let authority = authority(rest);
            // A user name before the host ("https://bank.de@evil.example") would hide the real host.
            let host_chars = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '.';
            if authority.contains('.') && authority.chars().all(host_chars) {
                return Ok(Contact::Chat {
                    link: text.to_owned(),
                    host: authority.to_ascii_lowercase(),
                });
            }
            return Err(ContactError::Unreadable);
        }
        let address = strip_prefix_ignoring_case(text, "mailto:").unwrap_or(text);
        if is_email_address(address) {
            Ok(Contact::Email(address.to_owned()))
        } else {
            Err(ContactError::Unreadable)
        }
    }

    /// The contact in a query string, as [`join_link`] puts it there; `None` without one or with one that
    /// does not read.
    pub fn from_query(query: &str) -> Option<Contact> {
        let (_, value) = query_pairs(query).find(|(key, _)| key == CONTACT_KEY)?;
        Contact::parse(&value).ok()
    }

    /// What the participant is shown before anything happens: the e-mail address, or the chat's host.
    pub fn shown(&self) -> &str {
        match self {
            Contact::Email(address) => address,
            Contact::Chat { host, .. } => host,
        }
    }

    /// The text the facilitator typed, as it is kept in the join link.
    fn as_text(&self) -> &str {
        match self {
            Contact::Email(address) => address,
            Contact::Chat { link, .. } => link,
        }
    }
}

fn strip_prefix_ignoring_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// The check's address with the facilitator's contact in its query string, for the join QR code and link.
pub fn join_link(check_address: &str, contact: Option<&Contact>) -> String {
    let Some(contact) = contact else {
        return check_address.to_owned();
    };
    let separator = if check_address.contains('?') {
        '&'
    } else {
        '?'
    };
    format!(
        "{check_address}{separator}{CONTACT_KEY}={}",
        percent_encode(contact.as_text())
    )
}

/// The result link with the participant's first name or initials beside the code, if they gave one.
pub fn named_result_link(result_link: &str, name: &str) -> String {
    match clean_name(name) {
        Some(name) => format!("{result_link}{NAME_PREFIX}{}", percent_encode(&name)),
        None => result_link.to_owned(),
    }
}

/// The `mailto:` link that opens the participant's own mail program with the result link in the body; the
/// subject is `subject`, the body `body` followed by the link.
pub fn mailto_href(address: &str, subject: &str, body: &str, result_link: &str) -> String {
    format!(
        "mailto:{address}?subject={}&body={}",
        percent_encode(subject),
        percent_encode(&format!("{body}\n\n{result_link}")),
    )
}
