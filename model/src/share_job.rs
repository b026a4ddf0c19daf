//! The work the share worker does for the app: QR codes and share cards.
//!
//! These two need code the check's first view does not (a QR encoder, the card's layout), so they run in a
//! Web Worker with a wasm module of its own, which the browser fetches only when a result is shown. The app
//! and the worker talk in single-line text messages; this module writes and reads them on both sides, so
//! the app's bundle holds only the messages, never the work.

use crate::answers::{Answers, CompleteAnswers};
use crate::card::{result_card_svg, CardBrand, CardColours};
use crate::code::{decode_complete, encode};
use crate::config::Colour;
use crate::qr::{qr_svg, QrSvg};
use crate::scoring::Scores;
use crate::text::Lang;

/// Separates the fields of a message; it cannot occur in a link, a code or an SVG we write.
const SEPARATOR: char = '\u{1f}';

/// A job for the share worker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareJob {
    /// The QR code of a link.
    Qr { text: String },
    /// The share card of a result, in a language and the site owner's colours.
    Card {
        lang: Lang,
        answers: CompleteAnswers,
        primary: Option<Colour>,
        accent: Option<Colour>,
        /// Whose check it is: the consultant, the check's address and the contact.
        brand: CardBrand,
    },
}

/// What the share worker sends back. Each reply repeats what it answers, so that it can be matched to its
/// job whatever the order in which the worker finishes them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareReply {
    /// The worker has started and takes jobs. A worker drops messages that arrive before its wasm has
    /// loaded, so the app sends nothing before this.
    Ready,
    Qr {
        text: String,
        qr: Option<QrSvg>,
    },
    Card {
        lang: Lang,
        answers: CompleteAnswers,
        svg: String,
    },
}

impl ShareJob {
    pub fn to_message(&self) -> String {
        match self {
            ShareJob::Qr { text } => join(&["qr", text]),
            ShareJob::Card {
                lang,
                answers,
                primary,
                accent,
                brand,
            } => {
                let [primary, accent] = [primary, accent].map(|c| c.map(Colour::css));
                join(&[
                    "card",
                    lang.code(),
                    &encode(&Answers::from(*answers)),
                    primary.as_deref().unwrap_or_default(),
                    accent.as_deref().unwrap_or_default(),
                    brand.name.as_deref().unwrap_or_default(),
                    &brand.check_address,
                    brand.contact.as_deref().unwrap_or_default(),
                ])
            }
        }
    }

    pub fn from_message(message: &str) -> Option<ShareJob> {
        let fields: Vec<&str> = message.split(SEPARATOR).collect();
        match fields.as_slice() {
            ["qr", text] => Some(ShareJob::Qr {
                text: (*text).to_owned(),
            }),
            ["card", lang, code, primary, accent, name, check_address, contact] => {
                let given = |text: &str| (!text.is_empty()).then(|| text.to_owned());
                Some(ShareJob::Card {
                    lang: Lang::from_code(lang)?,
                    answers: decode_complete(code).ok()?,
                    primary: Colour::parse(primary),
                    accent: Colour::parse(accent),
                    brand: CardBrand {
                        name: given(name),
                        check_address: (*check_address).to_owned(),
                        contact: given(contact),
                    },
                })
            }
            _ => None,
        }
    }

    /// Does the job; this runs in the worker.
    pub fn run(&self) -> ShareReply {
        match self {
            ShareJob::Qr { text } => ShareReply::Qr {
                text: text.clone(),
                qr: qr_svg(text),
            },
            ShareJob::Card {
                lang,
                answers,
                primary,
                accent,
                brand,
            } => ShareReply::Card {
                lang: *lang,
                answers: *answers,
                svg: result_card_svg(
                    *lang,
                    &Scores::of(answers),
                    CardColours::brand(*primary, *accent),
                    brand,
                ),
            },
        }
    }
}

impl ShareReply {
    pub fn to_message(&self) -> String {
        match self {
            ShareReply::Ready => "ready".to_owned(),
            ShareReply::Qr { text, qr: Some(qr) } => {
                join(&["qr", text, &qr.size.to_string(), &qr.path])
            }
            ShareReply::Qr { text, qr: None } => join(&["qr", text, "", ""]),
            ShareReply::Card { lang, answers, svg } => {
                join(&["card", lang.code(), &encode(&Answers::from(*answers)), svg])
            }
        }
    }

    pub fn from_message(message: &str) -> Option<ShareReply> {
        let fields: Vec<&str> = message.split(SEPARATOR).collect();
        match fields.as_slice() {
            ["ready"] => Some(ShareReply::Ready),
            ["qr", text, "", ""] => Some(ShareReply::Qr {
                text: (*text).to_owned(),
                qr: None,
            }),
            ["qr", text, size, path] => Some(ShareReply::Qr {
                text: (*text).to_owned(),
                qr: Some(QrSvg {
                    size: size.parse().ok()?,
                    path: (*path).to_owned(),
                }),
            }),
            ["card", lang, code, svg] => Some(ShareReply::Card {
                lang: Lang::from_code(lang)?,
                answers: decode_complete(code).ok()?,
                svg: (*svg).to_owned(),
            }),
            _ => None,
        }
    }
}

fn join(fields: &[&str]) -> String {
    let mut message = String::new();
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            message.push(SEPARATOR);
        }
        message.push_str(field);
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Choice;

    #[test]
    fn jobs_and_replies_survive_their_messages() {
        let answers = CompleteAnswers::uniform(Choice::new(1).unwrap());
        let jobs = [
            ShareJob::Qr {
                text: "https://example.org/check/?lang=en#r=123RCY1JDTP863".to_owned(),
            },
            ShareJob::Card {
                lang: Lang::En,
                answers,
                primary: None,
                accent: None,
                brand: CardBrand::default(),
            },
            ShareJob::Card {
                lang: Lang::DeDu,
                answers,
                primary: Colour::parse("#1a6b4f"),
                accent: Colour::parse("#fc0"),
                brand: CardBrand {
                    name: Some("Muster Beratung".to_owned()),
                    check_address: "https://example.org/check/".to_owned(),
                    contact: Some("hallo@example.org".to_owned()),
                },
            },
        ];
        let ready = ShareReply::Ready;
        assert_eq!(ShareReply::from_message(&ready.to_message()), Some(ready));
        for job in jobs {
            assert_eq!(ShareJob::from_message(&job.to_message()), Some(job.clone()));
            let reply = job.run();
            assert_eq!(ShareReply::from_message(&reply.to_message()), Some(reply));
        }
    }

    #[test]
    fn the_card_wears_the_site_owners_colours() {
        let job = ShareJob::Card {
            lang: Lang::De,
            answers: CompleteAnswers::uniform(Choice::LOWEST),
            primary: Colour::parse("#1a6b4f"),
            accent: None,
            brand: CardBrand::default(),
        };
        let ShareReply::Card { svg, .. } = job.run() else {
            panic!("a card job gets a card");
        };
        assert!(svg.contains("#1A6B4F"));
        assert!(svg.contains(&CardColours::default().accent));
    }

    #[test]
    fn a_text_too_long_for_a_qr_code_gets_a_reply_without_one() {
        let reply = ShareJob::Qr {
            text: "x".repeat(5_000),
        }
        .run();
        assert!(matches!(reply, ShareReply::Qr { qr: None, .. }));
        assert_eq!(ShareReply::from_message(&reply.to_message()), Some(reply));
    }

    #[test]
    fn foreign_messages_are_ignored() {
        for message in [
            "",
            "qr",
            "card\u{1f}xx\u{1f}123",
            "png\u{1f}x",
            "qr\u{1f}a\u{1f}big\u{1f}M",
        ] {
            assert_eq!(ShareJob::from_message(message), None, "{message:?}");
            assert_eq!(ShareReply::from_message(message), None, "{message:?}");
        }
    }
}
