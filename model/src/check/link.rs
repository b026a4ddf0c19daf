//! Result links: a finished check travels in the URL fragment, which browsers never send to a server.
//!
//! A result link is the page's address with `#r=` and the answer code (see [`crate::check::code`]). Scores are
//! not in the link; the recipient's copy of the check recomputes them from the answers.

use crate::check::answers::{Answers, CompleteAnswers};
use crate::check::code::{self, CodeError};
use crate::content::UI;
use crate::text::Text;
use crate::url::percent_decode;

/// What comes after `#` in a result link, before the code.
pub const RESULT_PREFIX: &str = "r=";

/// What comes after `#` in the page's own address, before the progress line, where the browser refuses
/// to store it (see `src/storage.rs`). It differs from [`RESULT_PREFIX`], so progress is never read as a
/// result link, nor a result link as progress.
pub const PROGRESS_PREFIX: &str = "p=";

/// The fragment, without the `#`, that keeps `saved` (whatever [`crate::Quiz::to_saved`] wrote) in the
/// page's address.
pub fn progress_fragment(saved: &str) -> String {
    format!("{PROGRESS_PREFIX}{}", crate::url::percent_encode(saved))
}

/// The progress line kept in a URL fragment (with or without its `#`) by [`progress_fragment`], unread:
/// it is the saved state's to judge (`Quiz::from_saved`). `None` for any other fragment.
pub fn read_progress_fragment(fragment: &str) -> Option<String> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.strip_prefix(PROGRESS_PREFIX).map(percent_decode)
}

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
    use crate::check::answers::Choice;
    use crate::reducer::Reducer;

    #[test]
    fn a_result_fragment_reads_back_with_or_without_its_hash() {
        let answers = CompleteAnswers::uniform(Choice::new(2).unwrap());
        let fragment = result_fragment(&answers);
        // The code goes into the address as it is: only characters that need no percent-coding, which a
        // chat app or a QR code carries unchanged.
        let code = fragment.strip_prefix(RESULT_PREFIX).expect(&fragment);
        assert!(
            code.bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()),
            "{fragment}"
        );
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
    fn progress_in_the_address_is_never_a_result_link_nor_a_result_link_progress() {
        let quiz = crate::Quiz::default().apply(crate::QuizAction::Start);
        let saved = quiz.to_saved();
        let fragment = format!("#{}", progress_fragment(&saved));
        assert_eq!(
            read_progress_fragment(&fragment).as_deref(),
            Some(saved.as_str())
        );
        assert_eq!(
            crate::Quiz::from_saved(&read_progress_fragment(&fragment).unwrap()),
            Ok(quiz)
        );
        assert_eq!(read_fragment(&fragment), None);
        let link = format!(
            "#{}",
            result_fragment(&CompleteAnswers::uniform(Choice::HIGHEST))
        );
        assert_eq!(read_progress_fragment(&link), None);
        assert_eq!(read_progress_fragment("#top"), None);
        // Whatever the line holds travels unchanged, even characters a fragment cannot carry as they are.
        let odd = "x.y z#%&ü";
        assert_eq!(
            read_progress_fragment(&progress_fragment(odd)).as_deref(),
            Some(odd)
        );
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
