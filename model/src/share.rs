//! Result links: a finished check travels in the URL fragment, which browsers never send to a server.
//!
//! A result link is the page's address with `#r=` and the answer code (see [`crate::code`]). Scores are
//! not in the link; the recipient's copy of the check recomputes them from the answers.

use crate::answers::{Answers, CompleteAnswers};
use crate::code::{self, CodeError};
use crate::config::percent_decode;
use crate::content::UI;
use crate::text::Text;

/// What comes after `#` in a result link, before the code.
pub const RESULT_PREFIX: &str = "r=";

/// The fragment of a result link for these answers, without the `#`.
pub fn result_fragment(answers: &CompleteAnswers) -> String {
    format!("{RESULT_PREFIX}{}", code::encode(&Answers::from(*answers)))
}

/// Reads a URL fragment (with or without its `#`). `None` means it is not a result link at all, so the
/// page shows the user's own check; `Some` is a result link, good or bad.
pub fn read_fragment(fragment: &str) -> Option<Result<CompleteAnswers, CodeError>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let code = fragment.strip_prefix(RESULT_PREFIX)?;
    // Parts after the code, such as a workshop participant's name (`&n=Anna`), are not the answers.
    let code = code.split('&').next().unwrap_or_default();
    Some(code::decode_complete(&percent_decode(code)))
}

/// What to tell a user whose result link does not open.
pub fn explain(error: CodeError) -> &'static Text {
    match error {
        CodeError::Empty | CodeError::NotACode | CodeError::WrongLength | CodeError::Invalid => {
            &UI.link_unreadable
        }
        CodeError::Checksum => &UI.link_changed,
        CodeError::UnknownVersion => &UI.link_newer,
        CodeError::Incomplete => &UI.link_unfinished,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Choice;

    #[test]
    fn a_result_fragment_reads_back_with_or_without_its_hash() {
        let answers = CompleteAnswers::uniform(Choice::new(2).unwrap());
        let fragment = result_fragment(&answers);
        assert!(fragment.len() <= 32, "{fragment}");
        assert_eq!(read_fragment(&fragment), Some(Ok(answers)));
        assert_eq!(read_fragment(&format!("#{fragment}")), Some(Ok(answers)));
    }

    #[test]
    fn a_name_after_the_code_does_not_change_the_answers() {
        let answers = CompleteAnswers::uniform(Choice::HIGHEST);
        let fragment = format!("#{}&n=Anna%20M.", result_fragment(&answers));
        assert_eq!(read_fragment(&fragment), Some(Ok(answers)));
    }

    #[test]
    fn percent_encoded_spaces_and_hyphens_are_forgiven() {
        let answers = CompleteAnswers::uniform(Choice::LOWEST);
        let code = result_fragment(&answers)[RESULT_PREFIX.len()..].to_owned();
        let spaced = format!("#r={}%20{}-{}", &code[..4], &code[4..9], &code[9..]);
        assert_eq!(read_fragment(&spaced), Some(Ok(answers)));
    }

    #[test]
    fn other_fragments_are_not_result_links() {
        assert_eq!(read_fragment(""), None);
        assert_eq!(read_fragment("#"), None);
        assert_eq!(read_fragment("#top"), None);
    }

    #[test]
    fn bad_result_links_say_why() {
        assert_eq!(read_fragment("#r="), Some(Err(CodeError::Empty)));
        assert_eq!(
            read_fragment("#r=%3Cscript%3Ealert(1)%3C/script%3E"),
            Some(Err(CodeError::NotACode))
        );
        assert_eq!(read_fragment("#r=%E2%82"), Some(Err(CodeError::NotACode)));
        assert_eq!(read_fragment("#r=%G1"), Some(Err(CodeError::NotACode)));
        assert_eq!(read_fragment("#r=12%"), Some(Err(CodeError::NotACode)));
    }
}
