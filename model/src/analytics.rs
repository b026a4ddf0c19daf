//! Anonymous counting for the site owner, in their own analytics: how many start the check, reach each
//! question, complete it and press the contact button (README, "Counting visits").
//!
//! Off by default, and set in `config.ini` only (`analytics`, `analytics_endpoint`, `analytics_site`),
//! since it names a destination. [`Analytics::request`] is the one request an [`Event`] makes, in the
//! documented shape of the owner's service: Plausible's Events API, Umami's `/api/send` or Matomo's HTTP
//! Tracking API. It carries the event, its one property, the check's address without query or fragment,
//! the referrer's origin and what the service requires: never an answer, the answer code, a score, a name
//! or anything that identifies the visitor. The app sends it without cookies; [`may_count`] says when it
//! sends nothing at all.

use crate::check::scoring::Scores;
use crate::content::COUNTING_UI;
use crate::host_event::{HostEvent, Json};
use crate::lead::recipient;
use crate::settings::counting::Service;
use crate::settings::Config;
use crate::text::Lang;
use crate::url::authority;
use crate::url::form_encoded;
use crate::url::without_port;

/// The owner's counting, when `config.ini` sets it up completely.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Analytics<'a> {
    pub service: Service,
    pub endpoint: &'a str,
    pub site: &'a str,
}

impl<'a> Analytics<'a> {
    pub fn of(config: &'a Config) -> Option<Analytics<'a>> {
        Some(Analytics {
            service: config.analytics?,
            endpoint: config.analytics_endpoint.as_deref()?,
            site: config.analytics_site.as_deref()?,
        })
    }
}

/// What the check counts. Each has one name and at most one property.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// The visitor left the start screen for the first question.
    CheckStarted,
    /// The visitor reached the question of this number, 1 to 10: the funnel's steps.
    QuestionReached(usize),
    /// The visitor reached the result, in the band of this key (never the score).
    CheckCompleted(&'static str),
    /// The visitor pressed the owner's contact button.
    ContactClicked,
    /// The visitor shared the result: `link`, `share`, `image` or `print`.
    ResultShared(&'static str),
    /// The lead form's request arrived at the owner's service.
    LeadSent,
    /// Someone opened a result link.
    SharedResultOpened,
}

/// An event's one property.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Property {
    Number(&'static str, usize),
    Word(&'static str, &'static str),
}

impl Event {
    pub fn name(self) -> &'static str {
        match self {
            Event::CheckStarted => "check-started",
            Event::QuestionReached(_) => "question-reached",
            Event::CheckCompleted(_) => "check-completed",
            Event::ContactClicked => "contact-clicked",
            Event::ResultShared(_) => "result-shared",
            Event::LeadSent => "lead-sent",
            Event::SharedResultOpened => "shared-result-opened",
        }
    }

    /// The count that goes with a message to the host page, so the check has one place for each moment
    /// it reports: starting, reaching a question, completing, sharing. The height and the progress line
    /// are for the loader and count nothing.
    pub fn of(host_event: &HostEvent) -> Option<Event> {
        match *host_event {
            HostEvent::Started => Some(Event::CheckStarted),
            HostEvent::Step(index) => Some(Event::QuestionReached(index + 1)),
            HostEvent::Completed { answers, .. } => {
                Some(Event::CheckCompleted(Scores::of(answers).band().key))
            }
            HostEvent::Shared(method) => Some(Event::ResultShared(method)),
            HostEvent::Height(_) | HostEvent::Reveal { .. } | HostEvent::Progress(_) => None,
        }
    }

    fn property(self) -> Option<Property> {
        match self {
            Event::QuestionReached(number) => Some(Property::Number("question", number)),
            Event::CheckCompleted(band) => Some(Property::Word("band", band)),
            Event::ResultShared(method) => Some(Property::Word("method", method)),
            Event::CheckStarted
            | Event::ContactClicked
            | Event::LeadSent
            | Event::SharedResultOpened => None,
        }
    }
}

/// Where the event happened, as the page knows it.
#[derive(Clone, Copy, Debug)]
pub struct Page<'a> {
    /// The page's address (`location.href`); only its part before the query and fragment is sent.
    pub address: &'a str,
    /// The page's referrer (`document.referrer`), empty without one; only its origin is sent.
    pub referrer: &'a str,
    pub lang: Lang,
}

/// One request to the counting service: a `POST` of `body` to `url`, as `content_type`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub url: String,
    pub content_type: &'static str,
    pub body: String,
}

/// The category of the check's events in Matomo, which groups events by category.
const MATOMO_CATEGORY: &str = "social-media-check";

impl Analytics<'_> {
    /// The request that counts `event` on `page`, in the service's documented shape.
    pub fn request(&self, event: Event, page: &Page) -> Request {
        let url = page_address(page.address);
        let referrer = origin(page.referrer);
        let property = event.property();
        match self.service {
            // https://plausible.io/docs/events-api: name, url and domain required, referrer and props
            // optional. Sent as text/plain, as Plausible's own script does: a simple request, without a
            // preflight that a leaving page might not wait for.
            Service::Plausible => {
                let mut json = Json(String::from("{"));
                json.field("name").string(event.name());
                json.field("url").string(url);
                json.field("domain").string(self.site);
                if let Some(referrer) = referrer {
                    json.field("referrer").string(referrer);
                }
                if let Some(property) = property {
                    json.field("props").0.push('{');
                    property.write(&mut json);
                    json.end();
                }
                json.end();
                self.post("text/plain", json.0)
            }
            // https://umami.is/docs/api/sending-stats: `type` "event" and a payload with the website id,
            // hostname, url, name and data. The language is the page's, not the browser's.
            Service::Umami => {
                let mut json = Json(String::from("{"));
                json.field("type").string("event");
                json.field("payload").0.push('{');
                json.field("website").string(self.site);
                json.field("hostname").string(host(url));
                json.field("language").string(lang_code(page.lang));
                json.field("url").string(url);
                json.field("referrer").string(referrer.unwrap_or_default());
                json.field("name").string(event.name());
                if let Some(property) = property {
                    json.field("data").0.push('{');
                    property.write(&mut json);
                    json.end();
                }
                json.end();
                json.end();
                self.post("text/plain", json.0)
            }
            // https://developer.matomo.org/api-reference/tracking-api: idsite and rec required; an event
            // is e_c (category) and e_a (action), with e_n (a name) or e_v (a number). send_image=0 asks
            // for an empty answer instead of a GIF.
            Service::Matomo => {
                let mut fields = vec![
                    ("idsite", self.site),
                    ("rec", "1"),
                    ("apiv", "1"),
                    ("send_image", "0"),
                    ("url", url),
                    ("e_c", MATOMO_CATEGORY),
                    ("e_a", event.name()),
                ];
                if let Some(referrer) = referrer {
                    fields.push(("urlref", referrer));
                }
                let number;
                match property {
                    Some(Property::Number(_, value)) => {
                        number = value.to_string();
                        fields.push(("e_v", &number));
                    }
                    Some(Property::Word(_, word)) => fields.push(("e_n", word)),
                    None => {}
                }
                self.post("application/x-www-form-urlencoded", form_encoded(&fields))
            }
        }
    }

    fn post(&self, content_type: &'static str, body: String) -> Request {
        Request {
            url: self.endpoint.to_owned(),
            content_type,
            body,
        }
    }
}

impl Property {
    fn write(self, json: &mut Json) {
        match self {
            Property::Number(name, value) => json.field(name).number(value),
            Property::Word(name, word) => json.field(name).string(word),
        }
    }
}

/// `address` without its query and fragment: a result link's `#r=` (the answers), a progress line's
/// `#p=` and whatever a link put into the query never reach the service.
pub fn page_address(address: &str) -> &str {
    address.split(['?', '#']).next().unwrap_or_default()
}

/// The origin of `address` (`https://host[:port]`), without user, path, query or fragment; `None` for an
/// empty or unreadable one.
fn origin(address: &str) -> Option<&str> {
    let (scheme, rest) = address.split_once("://")?;
    let authority = authority(rest);
    if authority.is_empty() || authority.contains('@') || scheme.is_empty() {
        return None;
    }
    Some(&address[..scheme.len() + 3 + authority.len()])
}

/// The host of a page address, without its port: Umami's `hostname`.
fn host(address: &str) -> &str {
    without_port(
        address
            .split_once("://")
            .map_or("", |(_, rest)| authority(rest)),
    )
}

fn lang_code(lang: Lang) -> &'static str {
    if lang.is_german() {
        Lang::De.code()
    } else {
        Lang::En.code()
    }
}

/// Whether anything may be counted: never when the browser signals Global Privacy Control
/// (`navigator.globalPrivacyControl`) or Do Not Track (`navigator.doNotTrack` is `"1"`), and never in the
/// embed page's preview, where the owner tries settings and is no visitor.
pub fn may_count(global_privacy_control: bool, do_not_track: Option<&str>, preview: bool) -> bool {
    !global_privacy_control && do_not_track != Some("1") && !preview
}

/// The start screen's privacy line: what leaves the browser, given whether an embedding page may receive
/// the result (`host_origin`), with a lead endpoint the owner the visitor may send it to (`lead_owner` is
/// `Some(name)`, the inner `None` for an owner without a name), and whether the check counts visits.
pub fn privacy_line(
    lang: Lang,
    result_goes_to_host: bool,
    lead_owner: Option<Option<&str>>,
    counting: bool,
) -> String {
    if !counting {
        return crate::lead::privacy_line(lang, result_goes_to_host, lead_owner);
    }
    let ui = &COUNTING_UI;
    match (lead_owner, result_goes_to_host) {
        (None, false) => ui.privacy.get(lang).to_owned(),
        (None, true) => ui.privacy_host.get(lang).to_owned(),
        (Some(owner), host) => {
            let text = if host {
                &ui.privacy_lead_host
            } else {
                &ui.privacy_lead
            };
            text.fill(lang, &[("recipient", &recipient(lang, owner))])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{BANDS, LEAD_UI, UI};
    use crate::settings::ProblemKind;

    const ADDRESS: &str = "https://beratung.example/check/?intro=x&address=du#r=30000ZFM1YDC0X";

    fn page() -> Page<'static> {
        Page {
            address: ADDRESS,
            referrer: "https://www.google.com/search?q=social+media+check",
            lang: Lang::DeDu,
        }
    }

    fn read(file: &str) -> Config {
        let (config, problems) = Config::read(file, "");
        assert_eq!(problems, [], "{file}");
        config
    }

    #[test]
    fn plausible_gets_its_events_api_body() {
        let config = read(
            "analytics = Plausible\nanalytics_endpoint = https://plausible.io/api/event\n\
             analytics_site = muster-beratung.de",
        );
        let analytics = Analytics::of(&config).expect("complete");
        let request = analytics.request(Event::QuestionReached(3), &page());
        assert_eq!(request.url, "https://plausible.io/api/event");
        assert_eq!(request.content_type, "text/plain");
        let body: serde_json::Value = serde_json::from_str(&request.body).unwrap();
        assert_eq!(
            body,
            serde_json::json!({
                "name": "question-reached",
                "url": "https://beratung.example/check/",
                "domain": "muster-beratung.de",
                "referrer": "https://www.google.com",
                "props": {"question": 3},
            })
        );
        let started = analytics.request(
            Event::CheckStarted,
            &Page {
                referrer: "",
                ..page()
            },
        );
        let body: serde_json::Value = serde_json::from_str(&started.body).unwrap();
        assert_eq!(
            body,
            serde_json::json!({
                "name": "check-started",
                "url": "https://beratung.example/check/",
                "domain": "muster-beratung.de",
            })
        );
    }

    #[test]
    fn umami_gets_its_send_body() {
        let config = read(
            "analytics = umami\nanalytics_endpoint = https://cloud.umami.is/api/send\n\
             analytics_site = 4fb7fa4c-5b46-438d-94b3-3a8fb9bc2e8b",
        );
        let request = Analytics::of(&config)
            .unwrap()
            .request(Event::CheckCompleted(BANDS[1].key), &page());
        assert_eq!(request.url, "https://cloud.umami.is/api/send");
        let body: serde_json::Value = serde_json::from_str(&request.body).unwrap();
        assert_eq!(
            body,
            serde_json::json!({
                "type": "event",
                "payload": {
                    "website": "4fb7fa4c-5b46-438d-94b3-3a8fb9bc2e8b",
                    "hostname": "beratung.example",
                    "language": "de",
                    "url": "https://beratung.example/check/",
                    "referrer": "https://www.google.com",
                    "name": "check-completed",
                    "data": {"band": "building-up"},
                },
            })
        );
    }

    #[test]
    fn matomo_gets_its_tracking_api_parameters() {
        let config = read(
            "analytics = matomo\nanalytics_endpoint = http://localhost:8080/matomo.php\nanalytics_site = 7",
        );
        let analytics = Analytics::of(&config).unwrap();
        let request = analytics.request(Event::ResultShared("link"), &page());
        assert_eq!(request.url, "http://localhost:8080/matomo.php");
        assert_eq!(request.content_type, "application/x-www-form-urlencoded");
        assert_eq!(
            request.body,
            "idsite=7&rec=1&apiv=1&send_image=0&url=https%3A%2F%2Fberatung.example%2Fcheck%2F\
             &e_c=social-media-check&e_a=result-shared&urlref=https%3A%2F%2Fwww.google.com&e_n=link"
        );
        let question = analytics.request(Event::QuestionReached(10), &page());
        assert!(question
            .body
            .ends_with("&e_a=question-reached&urlref=https%3A%2F%2Fwww.google.com&e_v=10"));
    }

    #[test]
    fn no_request_carries_the_query_the_fragment_or_a_score() {
        for file in [
            "analytics = plausible\nanalytics_endpoint = https://p.example/api/event\nanalytics_site = a.example",
            "analytics = umami\nanalytics_endpoint = https://u.example/api/send\nanalytics_site = 4fb7fa4c-5b46-438d-94b3-3a8fb9bc2e8b",
            "analytics = matomo\nanalytics_endpoint = https://m.example/matomo.php\nanalytics_site = 1",
        ] {
            let config = read(file);
            let analytics = Analytics::of(&config).unwrap();
            for event in [
                Event::CheckStarted,
                Event::QuestionReached(1),
                Event::CheckCompleted(BANDS[3].key),
                Event::ContactClicked,
                Event::ResultShared("share"),
                Event::LeadSent,
                Event::SharedResultOpened,
            ] {
                let body = analytics.request(event, &page()).body;
                for secret in ["30000ZFM1YDC0X", "intro", "address=du", "search", "social+media"] {
                    assert!(!body.contains(secret), "{secret} in {body}");
                }
                assert!(body.contains(event.name()), "{body}");
            }
        }
    }

    #[test]
    fn the_three_settings_count_only_together_and_only_from_the_file() {
        let (config, problems) = Config::read("analytics = plausible", "");
        assert_eq!(Analytics::of(&config), None);
        assert_eq!(
            problems.iter().map(|p| &p.kind).collect::<Vec<_>>(),
            [&ProblemKind::AnalyticsIncomplete]
        );
        let (config, problems) = Config::read(
            "analytics = matomo\nanalytics_endpoint = https://m.example/matomo.php\nanalytics_site = muster.de",
            "",
        );
        assert_eq!((config.analytics, problems.len()), (None, 1));
        for (file, kind) in [
            ("analytics = fathom", "UnknownAnalytics"),
            (
                "analytics_endpoint = http://stats.example/api/event",
                "AnalyticsEndpointNotAllowed",
            ),
            ("analytics_site = <script>", "AnalyticsSiteNotAllowed"),
        ] {
            let (_, problems) = Config::read(file, "");
            assert!(
                format!("{:?}", problems[0].kind).starts_with(kind),
                "{file}"
            );
        }
        let file = "analytics = plausible\nanalytics_endpoint = https://p.example/api/event\nanalytics_site = a.example";
        let (crafted, problems) = Config::read(
            file,
            "?analytics_endpoint=https%3A%2F%2Fevil.example%2Fapi%2Fevent&analytics=umami&analytics_site=evil.example",
        );
        assert_eq!(crafted, read(file));
        assert_eq!(problems.len(), 3);
        assert!(problems
            .iter()
            .all(|p| matches!(p.kind, ProblemKind::FileOnly { .. })));
    }

    #[test]
    fn nothing_is_counted_with_a_privacy_signal_or_in_the_embed_pages_preview() {
        assert!(may_count(false, None, false));
        assert!(may_count(false, Some("0"), false));
        assert!(!may_count(true, None, false));
        assert!(!may_count(false, Some("1"), false));
        assert!(!may_count(false, None, true));
    }

    #[test]
    fn the_privacy_line_says_what_leaves_the_browser_in_every_configuration() {
        for lang in Lang::ALL {
            for host in [false, true] {
                for lead in [None, Some(None), Some(Some("Muster Beratung"))] {
                    let quiet = privacy_line(lang, host, lead, false);
                    let counted = privacy_line(lang, host, lead, true);
                    assert_eq!(quiet, crate::lead::privacy_line(lang, host, lead));
                    let counts = if lang.is_german() {
                        "zählt anonym, ohne Cookies und ohne die Antworten"
                    } else {
                        "counts anonymously, without cookies and without your answers"
                    };
                    assert!(counted.contains(counts), "{counted}");
                    assert!(!quiet.contains(counts), "{quiet}");
                    // Counting is never "no tracking", and never "nothing is sent".
                    for untrue in ["Tracking", "tracking", "Nichts wird", "Nothing is sent"] {
                        assert!(!counted.contains(untrue), "{counted}");
                    }
                    let embedded = if lang.is_german() {
                        "eingebunden"
                    } else {
                        "embedded"
                    };
                    assert_eq!(counted.contains(embedded), host, "{counted}");
                    match lead {
                        None => assert!(!counted.contains("{recipient}")),
                        Some(None) => assert!(
                            counted.contains(LEAD_UI.recipient_unnamed.get(lang)),
                            "{counted}"
                        ),
                        Some(Some(name)) => assert!(counted.contains(name), "{counted}"),
                    }
                }
            }
            assert_eq!(privacy_line(lang, false, None, false), UI.privacy.get(lang));
        }
        // Like the other privacy lines, these address nobody in German, so the app's line never changes
        // the form of address of the static start screen's.
        let ui = &COUNTING_UI;
        for text in [
            &ui.privacy,
            &ui.privacy_host,
            &ui.privacy_lead,
            &ui.privacy_lead_host,
        ] {
            assert_eq!(text.du, None);
        }
    }

    #[test]
    fn each_host_event_about_the_visitor_counts_once_and_never_with_its_score() {
        let answers = crate::CompleteAnswers::uniform(crate::Choice::HIGHEST);
        let completed = HostEvent::Completed {
            answers: &answers,
            link: "https://e.org/#r=X",
            lang: Lang::En,
        };
        assert_eq!(Event::of(&HostEvent::Started), Some(Event::CheckStarted));
        assert_eq!(
            Event::of(&HostEvent::Step(0)),
            Some(Event::QuestionReached(1))
        );
        assert_eq!(
            Event::of(&completed),
            Some(Event::CheckCompleted("front-runner"))
        );
        assert_eq!(
            Event::of(&HostEvent::Shared("print")),
            Some(Event::ResultShared("print"))
        );
        assert_eq!(Event::of(&HostEvent::Height(10)), None);
        assert_eq!(Event::of(&HostEvent::Progress("smc2.de.q1.X")), None);
    }

    #[test]
    fn bands_have_lasting_keys() {
        let keys: Vec<&str> = BANDS.iter().map(|band| band.key).collect();
        assert_eq!(
            keys,
            ["first-steps", "building-up", "well-placed", "front-runner"]
        );
    }
}
