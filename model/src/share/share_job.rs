//! The work the share worker does for the app: QR codes and share cards.
//!
//! These two need code the check's first view does not (a QR encoder, the card's layout), so they run in a
//! Web Worker with a wasm module of its own, which the browser fetches only when a result is shown. The app
//! and the worker talk in single-line text messages; this module writes and reads them on both sides, so
//! the app's bundle holds only the messages, never the work. A card job carries the card's words
//! ([`CardContent`]), not the answers: the page has every text already, and a worker that looked them up
//! itself would carry a second copy of all the check's content.

use super::card::{draw_card, CardColours, CardContent, CardFooter};
use super::qr::{qr_svg, QrSvg};
use crate::settings::Colour;

/// Separates the fields of a message; it cannot occur in a link, a code or an SVG we write.
const SEPARATOR: char = '\u{1f}';

/// A job for the share worker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareJob {
    /// The QR code of a link.
    Qr { text: String },
    /// The share card of a result, with what it says and the site owner's colours.
    Card {
        content: Box<CardContent>,
        primary: Option<Colour>,
        accent: Option<Colour>,
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
    /// The card of the one card job: each set of jobs has a worker of its own (see the app's
    /// `use_share_worker`), so there is nothing to tell apart.
    Card {
        svg: String,
    },
}

impl ShareJob {
    pub fn to_message(&self) -> String {
        match self {
            ShareJob::Qr { text } => join(&["qr", text]),
            ShareJob::Card {
                content,
                primary,
                accent,
            } => {
                let [primary, accent] = [primary, accent].map(|c| c.map(Colour::css));
                let score = content.score.to_string();
                let footer = content.footer.as_ref();
                let mut fields = vec![
                    "card",
                    primary.as_deref().unwrap_or_default(),
                    accent.as_deref().unwrap_or_default(),
                    &content.title,
                    &content.kicker,
                    &score,
                    &content.unit,
                    &content.label,
                    &content.heading,
                    footer.map_or("", |footer| footer.address.as_str()),
                    footer
                        .and_then(|footer| footer.contact.as_deref())
                        .unwrap_or_default(),
                    footer.map_or("", |footer| footer.qr.as_str()),
                ];
                let scores: Vec<String> = content
                    .bars
                    .iter()
                    .map(|(_, score)| score.to_string())
                    .collect();
                for ((label, _), score) in content.bars.iter().zip(&scores) {
                    fields.extend([label.as_str(), score.as_str()]);
                }
                join(&fields)
            }
        }
    }

    pub fn from_message(message: &str) -> Option<ShareJob> {
        let fields: Vec<&str> = message.split(SEPARATOR).collect();
        match fields.as_slice() {
            ["qr", text] => Some(ShareJob::Qr {
                text: (*text).to_owned(),
            }),
            ["card", primary, accent, title, kicker, score, unit, label, heading, address, contact, qr, bars @ ..] =>
            {
                let given = |text: &str| (!text.is_empty()).then(|| text.to_owned());
                let bars = bars
                    .chunks(2)
                    .map(|pair| match pair {
                        [label, score] => Some(((*label).to_owned(), score.parse().ok()?)),
                        _ => None,
                    })
                    .collect::<Option<Vec<_>>>()?;
                Some(ShareJob::Card {
                    content: Box::new(CardContent {
                        title: (*title).to_owned(),
                        kicker: (*kicker).to_owned(),
                        score: score.parse().ok()?,
                        unit: (*unit).to_owned(),
                        label: (*label).to_owned(),
                        heading: (*heading).to_owned(),
                        bars,
                        // A result card always names the check's address; without one there is no footer.
                        footer: given(qr).map(|qr| CardFooter {
                            address: (*address).to_owned(),
                            contact: given(contact),
                            qr,
                        }),
                    }),
                    primary: Colour::parse(primary),
                    accent: Colour::parse(accent),
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
                content,
                primary,
                accent,
            } => ShareReply::Card {
                svg: draw_card(content, CardColours::brand(*primary, *accent)),
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
            ShareReply::Card { svg } => join(&["card", svg]),
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
            ["card", svg] => Some(ShareReply::Card {
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
    use crate::check::answers::{Choice, CompleteAnswers};
    use crate::check::scoring::Scores;
    use crate::share::card::CardBrand;
    use crate::text::Lang;

    fn card_job(lang: Lang, primary: Option<Colour>, brand: &CardBrand) -> ShareJob {
        let scores = Scores::of(&CompleteAnswers::uniform(Choice::new(1).unwrap()));
        ShareJob::Card {
            content: Box::new(CardContent::result(lang, &scores, brand)),
            primary,
            accent: None,
        }
    }

    #[test]
    fn jobs_and_replies_survive_their_messages() {
        let mut without_footer = card_job(Lang::En, None, &CardBrand::default());
        if let ShareJob::Card { content, .. } = &mut without_footer {
            content.footer = None;
        }
        let jobs = [
            ShareJob::Qr {
                text: "https://example.org/check/?lang=en#r=123RCY1JDTP863".to_owned(),
            },
            card_job(
                Lang::En,
                None,
                &CardBrand {
                    check_address: "https://example.org/check/".to_owned(),
                    ..CardBrand::default()
                },
            ),
            card_job(
                Lang::DeDu,
                Colour::parse("#1a6b4f"),
                &CardBrand {
                    name: Some("Muster Beratung".to_owned()),
                    check_address: "https://example.org/check/".to_owned(),
                    contact: Some("hallo@example.org".to_owned()),
                },
            ),
            without_footer,
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
    fn the_worker_draws_the_card_the_page_would() {
        let brand = CardBrand {
            name: Some("Muster Beratung".to_owned()),
            check_address: "https://example.org/check/".to_owned(),
            contact: Some("hallo@example.org".to_owned()),
        };
        let scores = Scores::of(&CompleteAnswers::uniform(Choice::new(2).unwrap()));
        let job = ShareJob::from_message(
            &ShareJob::Card {
                content: Box::new(CardContent::result(Lang::De, &scores, &brand)),
                primary: Colour::parse("#1a6b4f"),
                accent: None,
            }
            .to_message(),
        )
        .expect("a card job reads back");
        let ShareReply::Card { svg } = job.run() else {
            panic!("a card job gets a card");
        };
        assert_eq!(
            svg,
            draw_card(
                &CardContent::result(Lang::De, &scores, &brand),
                CardColours::brand(Colour::parse("#1a6b4f"), None)
            )
        );
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
