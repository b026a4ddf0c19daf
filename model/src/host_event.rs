//! The messages an embedded check sends to the page around it, as JSON text.
//!
//! Built here by hand rather than with a JSON library, which would weigh more than the whole module; the
//! app turns the text into an object with the browser's own `JSON.parse` before posting it. README.md
//! documents every field for the pages that listen.

use crate::check::answers::{CompleteAnswers, Question, Slot};
use crate::check::scoring::Scores;
use crate::content::{ARGUMENTS, BUSINESSES, GOALS};
use crate::text::Lang;

/// What every message carries in `source`, so a host page can tell the check's messages from others.
pub const SOURCE: &str = "social-media-check";

/// One message to the host page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostEvent<'a> {
    /// The content's height in CSS pixels changed; the embed loader sizes the frame to it.
    Height(u32),
    /// The visitor's answer brought up something at `top` CSS pixels from the top of the check that they
    /// should see (the debunk card); the embed loader scrolls the host page to it, since a frame as tall as
    /// its content cannot scroll itself. It travels as a height message with a `reveal` field: the new card
    /// changes the height anyway, so a host page learns nothing from it that the height does not tell.
    Reveal {
        height: u32,
        top: u32,
        /// A new screen: the loader brings the check's top to the top of the screen, wherever it is.
        screen: bool,
    },
    /// The visitor started the check.
    Started,
    /// The visitor moved to the question at this position, 0-based.
    Step(usize),
    /// The visitor reached the result.
    Completed {
        answers: &'a CompleteAnswers,
        /// The result link, to store or to send on.
        link: &'a str,
        /// The language of the band's name.
        lang: Lang,
    },
    /// The visitor shared the result: `link` (copied), `share` (the system's share sheet), `image` or `print`.
    Shared(&'static str),
    /// The visitor's progress, the line the check saves (`Quiz::to_saved`), for the loader to keep in the
    /// host page's storage when the frame's own is blocked, and to hand back after a reload.
    Progress(&'a str),
}

/// The type of the loader's handshake, its answer to the first height a check's page reports: `{source,
/// type: "host", saved}`, with the progress it kept for this check (or `null`). Its origin, checked by
/// [`is_verified_host`], tells the check which page embeds it.
pub const HANDSHAKE: &str = "host";

/// The longest progress line the check takes back from a host page; its own are far shorter.
pub const MAX_HANDED_BACK: usize = 200;

/// Whether a handshake from `origin` (the browser's `event.origin` of a message from the parent window)
/// comes from a page that may hear about the visitor: one the site owner lists in `host_origin`, and,
/// where the browser names the embedding page's origin itself (`location.ancestorOrigins`), that same
/// page. A page can write any origin it likes into its placeholder, but not into `event.origin`.
pub fn is_verified_host(origin: &str, ancestor: Option<&str>, host_origins: &[String]) -> bool {
    host_origins.iter().any(|listed| listed == origin)
        && ancestor.is_none_or(|ancestor| ancestor == origin)
}

impl HostEvent<'_> {
    /// Whether this message tells the host page what the visitor does, and so goes only to the origins the
    /// settings allow. The height and where to scroll say nothing about the visitor and go to any page that
    /// embeds the check, whose loader needs them to show it whole.
    pub fn is_private(&self) -> bool {
        !matches!(self, HostEvent::Height(_) | HostEvent::Reveal { .. })
    }

    pub fn to_json(&self) -> String {
        let mut json = Json(String::from("{"));
        json.field("source").string(SOURCE);
        let kind = match self {
            HostEvent::Height(_) => "height",
            HostEvent::Reveal { .. } => "height",
            HostEvent::Started => "started",
            HostEvent::Step(_) => "step",
            HostEvent::Completed { .. } => "completed",
            HostEvent::Shared(_) => "shared",
            HostEvent::Progress(_) => "progress",
        };
        json.field("type").string(kind);
        match *self {
            HostEvent::Height(height) => json.field("height").number(height as usize),
            HostEvent::Reveal {
                height,
                top,
                screen,
            } => {
                json.field("height").number(height as usize);
                json.field("reveal").number(top as usize);
                if screen {
                    json.field("screen").number(1);
                }
            }
            HostEvent::Started => {}
            HostEvent::Step(index) => {
                json.field("step").number(index + 1);
                json.field("total").number(Question::COUNT);
            }
            HostEvent::Completed {
                answers,
                link,
                lang,
            } => {
                let scores = Scores::of(answers);
                json.field("overall").number(usize::from(scores.overall));
                json.field("band").string(scores.band().name.get(lang));
                let business = answers.get(Slot::Business).index();
                json.field("business").string(BUSINESSES[business].key);
                json.field("arguments").0.push('{');
                for (i, argument) in ARGUMENTS.iter().enumerate() {
                    json.field(argument.key)
                        .number(usize::from(scores.arguments[i]));
                }
                json.end();
                json.field("goals").0.push('{');
                for (i, goal) in GOALS.iter().enumerate() {
                    json.field(goal.key).0.push('{');
                    json.field("importance")
                        .number(answers.get(Slot::Importance(i)).index());
                    json.field("reach").number(usize::from(scores.goals[i]));
                    json.end();
                }
                json.end();
                json.field("link").string(link);
            }
            HostEvent::Shared(method) => json.field("method").string(method),
            HostEvent::Progress(saved) => json.field("saved").string(saved),
        }
        json.end();
        json.0
    }
}

/// A JSON text being written, one object member at a time; also the counting services' bodies
/// (`crate::analytics`), so the crate has one JSON writer and one escaper.
pub(crate) struct Json(pub(crate) String);

impl Json {
    /// Starts the member `name`, after a comma unless it is the first of its object.
    pub(crate) fn field(&mut self, name: &str) -> &mut Json {
        if !self.0.ends_with('{') {
            self.0.push(',');
        }
        self.string(name);
        self.0.push(':');
        self
    }

    pub(crate) fn number(&mut self, value: usize) {
        self.0.push_str(&value.to_string());
    }

    pub(crate) fn string(&mut self, value: &str) {
        self.0.push('"');
        for c in value.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                // Only our own texts and a page address get here, which have no control characters; a
                // space keeps the JSON valid should one ever slip in.
                c if c.is_control() => self.0.push(' '),
                c => self.0.push(c),
            }
        }
        self.0.push('"');
    }

    pub(crate) fn end(&mut self) {
        self.0.push('}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::answers::Choice;

    #[test]
    fn completed_carries_the_scores_the_model_computes() {
        let mut answers = CompleteAnswers::uniform(Choice::ALL[2]);
        answers.set(Slot::Argument(0), Choice::LOWEST);
        answers.set(Slot::Importance(6), Choice::HIGHEST);
        let link = "https://example.org/check/#r=\"quoted\"";
        let json = HostEvent::Completed {
            answers: &answers,
            link,
            lang: Lang::En,
        }
        .to_json();
        let value: serde_json::Value = serde_json::from_str(&json).expect(&json);
        let scores = Scores::of(&answers);
        assert_eq!(value["source"], SOURCE);
        assert_eq!(value["type"], "completed");
        assert_eq!(value["overall"], u64::from(scores.overall));
        assert_eq!(value["band"], scores.band().name.en);
        assert_eq!(value["link"], link);
        for (i, argument) in ARGUMENTS.iter().enumerate() {
            assert_eq!(
                value["arguments"][argument.key],
                u64::from(scores.arguments[i])
            );
        }
        for (i, goal) in GOALS.iter().enumerate() {
            assert_eq!(
                value["goals"][goal.key]["reach"],
                u64::from(scores.goals[i])
            );
        }
        assert_eq!(value["goals"][GOALS[6].key]["importance"], 3);
    }

    #[test]
    fn every_event_is_valid_json_and_only_the_height_is_public() {
        for (event, kind) in [
            (HostEvent::Height(812), "height"),
            (
                HostEvent::Reveal {
                    height: 2000,
                    top: 640,
                    screen: false,
                },
                "height",
            ),
            (HostEvent::Started, "started"),
            (HostEvent::Step(2), "step"),
            (HostEvent::Shared("link"), "shared"),
            (HostEvent::Progress("smc3.de.q3.30000ZFM1YDC0X"), "progress"),
        ] {
            let value: serde_json::Value = serde_json::from_str(&event.to_json()).unwrap();
            assert_eq!(value["type"], kind);
            assert_eq!(event.is_private(), kind != "height");
        }
        let reveal = HostEvent::Reveal {
            height: 2000,
            top: 640,
            screen: false,
        };
        let reveal: serde_json::Value = serde_json::from_str(&reveal.to_json()).unwrap();
        assert!(reveal.get("screen").is_none());
        let screen = HostEvent::Reveal {
            height: 2000,
            top: 0,
            screen: true,
        };
        let screen: serde_json::Value = serde_json::from_str(&screen.to_json()).unwrap();
        assert_eq!(
            (screen["reveal"].as_u64(), screen["screen"].as_u64()),
            (Some(0), Some(1))
        );
        assert_eq!(
            (reveal["height"].as_u64(), reveal["reveal"].as_u64()),
            (Some(2000), Some(640))
        );
        let step: serde_json::Value = serde_json::from_str(&HostEvent::Step(2).to_json()).unwrap();
        assert_eq!(
            (step["step"].as_u64(), step["total"].as_u64()),
            (Some(3), Some(10))
        );
    }

    #[test]
    fn only_a_listed_origin_that_really_embeds_the_check_is_verified() {
        let listed = ["https://blog.example.org".to_owned()];
        assert!(is_verified_host("https://blog.example.org", None, &listed));
        assert!(is_verified_host(
            "https://blog.example.org",
            Some("https://blog.example.org"),
            &listed
        ));
        // A page not listed, whatever it writes into its placeholder.
        assert!(!is_verified_host("https://evil.example", None, &listed));
        // A message from a listed origin while the browser says another page embeds the check.
        assert!(!is_verified_host(
            "https://blog.example.org",
            Some("https://evil.example"),
            &listed
        ));
        assert!(!is_verified_host("https://blog.example.org", None, &[]));
        assert!(!is_verified_host("null", None, &listed));
    }
}
