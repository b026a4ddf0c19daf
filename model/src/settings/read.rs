use crate::content::CONFIG_UI;
use crate::settings::problems::Problems;
use crate::settings::Colour;
use crate::settings::Config;
use crate::settings::Place;
use crate::settings::Problem;
use crate::settings::ProblemKind;
use crate::settings::Setting;
use crate::settings::Trust;
use crate::text::Address;
use crate::text::Lang;
use crate::url::as_browser_reads;
use crate::url::authority;
use crate::url::normal_origin;
use crate::url::percent_decode;
use crate::url::query_pairs;
use crate::url::scheme;
const MAX_NAME: usize = 60;
const MAX_LABEL: usize = 40;
/// Two lines on a phone at most, so the contact button stays in the first screen.
const MAX_CONTACT_TEXT: usize = 160;
/// A short paragraph: the start screen still shows its button on a phone.
const MAX_INTRO: usize = 400;
/// How much of a bad value a message quotes; the rest would only bury the message.
const QUOTED_CHARS: usize = 60;
/// How much of `config.ini` is read, in bytes. Every setting together fits in well under 2 KB; a longer
/// file is a mistake (or an attack), and reading only this much keeps the work bounded whatever arrives.
pub const MAX_FILE_BYTES: usize = 64 * 1024;
/// How much of the query string is read, in bytes: many times what every setting needs.
pub const MAX_QUERY_BYTES: usize = 8 * 1024;
/// Keys longer than this are not compared with the known ones for a suggestion.
const MAX_SUGGESTED_KEY: usize = 32;
/// Whether `text` is an HTML page rather than settings: it begins with a tag (after a byte order mark and
/// blank space) and has one of the tags every page has. A settings line never begins with `<`.
fn is_html_page(text: &str) -> bool {
    let start = text.trim_start_matches('\u{feff}').trim_start();
    if !start.starts_with('<') {
        return false;
    }
    let lower = start.to_ascii_lowercase();
    ["<!doctype html", "<html", "<head", "<body"]
        .iter()
        .any(|tag| lower.contains(tag))
}

/// The start of `text` of at most `max` bytes, ending at a `separator` (or, without one, at a
/// character), and whether anything was cut off.
fn bounded(text: &str, max: usize, separator: char) -> (&str, bool) {
    if text.len() <= max {
        return (text, false);
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let end = text[..end].rfind(separator).unwrap_or(end);
    (&text[..end], true)
}

impl Config {
    /// The settings of `file` (the text of `config.ini`, empty when there is none), overridden by the
    /// presentation settings of `query` (the page's query string, with or without its `?`). At most
    /// [`MAX_FILE_BYTES`] of the file and [`MAX_QUERY_BYTES`] of the query are read, at most
    /// [`MAX_PROBLEMS`] problems listed and the rest counted in one more, so the work is bounded and
    /// linear in what is read.
    pub fn read(file: &str, query: &str) -> (Config, Vec<Problem>) {
        let mut config = Config::default();
        let mut problems = Problems::default();
        let mut lead_place = Place::Page;
        let mut analytics_place = Place::Page;
        let (mut file, mut file_cut) = bounded(file, MAX_FILE_BYTES, '\n');
        // A host that answers every missing file with its start page sends HTML for a missing `config.ini`.
        // Its lines are no settings, and a problem for each would bury the one thing the owner needs to
        // know, so it counts as one problem and as an empty file.
        if is_html_page(file) {
            problems.push(Place::Line(1), || ProblemKind::HtmlPage);
            (file, file_cut) = ("", false);
        }
        // Said first, so the owner learns of it however many other problems follow.
        if file_cut {
            let first_unread = file.matches('\n').count() + 2;
            problems.push(Place::Line(first_unread), || ProblemKind::TextTooLong {
                max: MAX_FILE_BYTES,
            });
        }
        for (index, line) in file.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with(['#', ';']) {
                continue;
            }
            let place = Place::Line(index + 1);
            match line.split_once('=') {
                Some((key, value)) => {
                    match Setting::from_key(key) {
                        Some(Setting::LeadEndpoint) => lead_place = place,
                        Some(
                            Setting::Analytics
                            | Setting::AnalyticsEndpoint
                            | Setting::AnalyticsSite,
                        ) => analytics_place = place,
                        _ => {}
                    }
                    config.set(key, unquote(value.trim()), place, &mut problems);
                }
                None => problems.push(place, || ProblemKind::NotASetting),
            }
        }
        if config.lead_endpoint.is_some() && config.privacy_link.is_none() {
            config.lead_endpoint = None;
            problems.push(lead_place, || ProblemKind::LeadNeedsPrivacyLink);
        }
        if let Err(kind) = super::counting::complete(&mut config) {
            problems.push(analytics_place, || kind);
        }
        let (query, query_cut) = bounded(query, MAX_QUERY_BYTES, '&');
        for (key, value) in query_pairs(query) {
            // A workshop's join link names the facilitator's contact; it is no setting of the site's
            // (see `crate::workshop::facilitator`), so the address may carry it without a complaint.
            if key == super::CONTACT_KEY {
                continue;
            }
            config.set(&key, value.trim(), Place::Address, &mut problems);
        }
        if query_cut {
            problems.push(Place::Address, || ProblemKind::TextTooLong {
                max: MAX_QUERY_BYTES,
            });
        }
        (config, problems.finish())
    }

    /// Applies one setting found at `place`; a bad value, or one from a place it may not come from, leaves
    /// the setting as it was and adds its problem.
    fn set(&mut self, key: &str, value: &str, place: Place, problems: &mut Problems) {
        let Some(setting) = Setting::from_key(key) else {
            problems.push(place, || ProblemKind::UnknownKey {
                suggestion: suggest(key),
                key: quote(key.trim()),
            });
            return;
        };
        if !setting.may_come_from(place) {
            problems.push(place, || ProblemKind::FileOnly { key: setting.key() });
            return;
        }
        if let Err(kind) = self.apply(setting, value) {
            problems.push(place, || kind);
        }
    }

    /// Sets `setting` to `value`, or says why it cannot.
    pub(super) fn apply(&mut self, setting: Setting, value: &str) -> Result<(), ProblemKind> {
        let key = setting.key();
        match setting {
            Setting::Name => limited(value, key, MAX_NAME).map(|name| self.name = name),
            Setting::ContactLabel => {
                limited(value, key, MAX_LABEL).map(|label| self.contact_label = label)
            }
            Setting::ContactLabelEn => {
                limited(value, key, MAX_LABEL).map(|label| self.contact_label_en = label)
            }
            Setting::ContactText => {
                limited(value, key, MAX_CONTACT_TEXT).map(|text| self.contact_text = text)
            }
            Setting::ContactTextDu => {
                limited(value, key, MAX_CONTACT_TEXT).map(|text| self.contact_text_du = text)
            }
            Setting::ContactTextEn => {
                limited(value, key, MAX_CONTACT_TEXT).map(|text| self.contact_text_en = text)
            }
            Setting::Intro => limited(value, key, MAX_INTRO).map(|text| self.intro = text),
            Setting::IntroDu => limited(value, key, MAX_INTRO).map(|text| self.intro_du = text),
            Setting::IntroEn => limited(value, key, MAX_INTRO).map(|text| self.intro_en = text),
            Setting::Analytics => optional(value, |value| {
                super::counting::Service::from_key(value).ok_or_else(|| {
                    ProblemKind::UnknownAnalytics {
                        value: quote(value),
                    }
                })
            })
            .map(|service| self.analytics = service),
            Setting::AnalyticsEndpoint => optional(value, |value| {
                allowed_endpoint(value).ok_or_else(|| ProblemKind::AnalyticsEndpointNotAllowed {
                    value: quote(value),
                })
            })
            .map(|endpoint| self.analytics_endpoint = endpoint),
            Setting::AnalyticsSite => optional(value, |value| {
                super::counting::is_site(value)
                    .then(|| value.to_owned())
                    .ok_or_else(|| ProblemKind::AnalyticsSiteNotAllowed {
                        value: quote(value),
                    })
            })
            .map(|site| self.analytics_site = site),
            Setting::Logo => optional(value, |value| {
                beside_app_or(value, &["https"]).ok_or_else(|| ProblemKind::LogoNotAllowed {
                    value: quote(value),
                })
            })
            .map(|logo| self.logo = logo),
            Setting::Primary | Setting::Accent => optional(value, |value| {
                Colour::parse(value).ok_or_else(|| ProblemKind::NotAColour {
                    key,
                    value: quote(value),
                })
            })
            .map(|colour| match setting {
                Setting::Primary => self.primary = colour,
                _ => self.accent = colour,
            }),
            Setting::ContactLink => optional(value, |value| {
                allowed_link(value).ok_or_else(|| ProblemKind::LinkNotAllowed {
                    value: quote(value),
                })
            })
            .map(|link| self.contact_link = link),
            Setting::PrivacyLink => optional(value, |value| {
                beside_app_or(value, &["https", "http"]).ok_or_else(|| {
                    ProblemKind::PrivacyLinkNotAllowed {
                        value: quote(value),
                    }
                })
            })
            .map(|link| self.privacy_link = link),
            Setting::LeadEndpoint => optional(value, |value| {
                allowed_endpoint(value).ok_or_else(|| ProblemKind::LeadEndpointNotAllowed {
                    value: quote(value),
                })
            })
            .map(|endpoint| self.lead_endpoint = endpoint),
            Setting::Lang => match Lang::from_code(value) {
                Some(lang) if lang != Lang::DeDu => Ok(lang),
                _ => Err(ProblemKind::UnknownLanguage {
                    value: quote(value),
                }),
            }
            .map(|lang| self.lang = Some(lang)),
            Setting::Address => match value.to_ascii_lowercase().as_str() {
                "sie" => Ok(Address::Sie),
                "du" => Ok(Address::Du),
                _ => Err(ProblemKind::UnknownAddress {
                    value: quote(value),
                }),
            }
            .map(|address| self.address = address),
            // One bad origin drops the whole list: a destination is used exactly as the owner meant it,
            // or not at all, and the owner learns of it in the preview notice.
            Setting::HostOrigin => value
                .split([',', ' '])
                .filter(|origin| !origin.is_empty())
                .map(|origin| {
                    normal_origin(origin).ok_or_else(|| ProblemKind::NotAnOrigin {
                        value: quote(origin),
                    })
                })
                .collect::<Result<Vec<_>, _>>()
                .map(|origins| self.host_origins = origins),
            Setting::Preview => match value.to_ascii_lowercase().as_str() {
                "" | "1" | "yes" | "ja" | "true" | "on" => Ok(true),
                "0" | "no" | "nein" | "false" | "off" => Ok(false),
                _ => Err(ProblemKind::NotYesOrNo {
                    key,
                    value: quote(value),
                }),
            }
            .map(|preview| self.preview = preview),
        }
    }

    /// The contact button's label on a page in `lang`: the owner's label for that language, else the
    /// product's default in that language. The German label never stands on an English page.
    pub fn contact_label(&self, lang: Lang) -> &str {
        self.owners_contact_label(lang)
            .unwrap_or(CONFIG_UI.contact_default.get(lang))
    }

    /// The owner's line above the contact button in `lang`'s form (Sie, du or English), if `config.ini`
    /// gives one for it. No form stands in for another.
    pub fn contact_text(&self, lang: Lang) -> Option<&str> {
        in_form(
            lang,
            [
                &self.contact_text,
                &self.contact_text_du,
                &self.contact_text_en,
            ],
        )
    }

    /// The owner's start screen text in `lang`'s form, if `config.ini` gives one for it; else the start
    /// screen shows the product's own text.
    pub fn intro(&self, lang: Lang) -> Option<&str> {
        in_form(lang, [&self.intro, &self.intro_du, &self.intro_en])
    }

    /// The owner's own label for the contact button in `lang`, if `config.ini` gives one.
    pub fn owners_contact_label(&self, lang: Lang) -> Option<&str> {
        if lang.is_german() {
            self.contact_label.as_deref()
        } else {
            self.contact_label_en.as_deref()
        }
    }

    /// The value of `setting` as `config.ini` would write it, or `None` when it has its default.
    pub fn value(&self, setting: Setting) -> Option<String> {
        match setting {
            Setting::Name => self.name.clone(),
            Setting::Logo => self.logo.clone(),
            Setting::Primary => self.primary.map(Colour::css),
            Setting::Accent => self.accent.map(Colour::css),
            Setting::ContactLabel => self.contact_label.clone(),
            Setting::ContactLabelEn => self.contact_label_en.clone(),
            Setting::ContactLink => self.contact_link.clone(),
            Setting::ContactText => self.contact_text.clone(),
            Setting::ContactTextDu => self.contact_text_du.clone(),
            Setting::ContactTextEn => self.contact_text_en.clone(),
            Setting::Intro => self.intro.clone(),
            Setting::IntroDu => self.intro_du.clone(),
            Setting::IntroEn => self.intro_en.clone(),
            Setting::Lang => self.lang.map(|lang| lang.code().to_owned()),
            Setting::Address => (self.address == Address::Du).then(|| "du".to_owned()),
            Setting::HostOrigin => {
                (!self.host_origins.is_empty()).then(|| self.host_origins.join(", "))
            }
            Setting::PrivacyLink => self.privacy_link.clone(),
            Setting::LeadEndpoint => self.lead_endpoint.clone(),
            Setting::Analytics => self.analytics.map(|service| service.key().to_owned()),
            Setting::AnalyticsEndpoint => self.analytics_endpoint.clone(),
            Setting::AnalyticsSite => self.analytics_site.clone(),
            Setting::Preview => self.preview.then(|| "ja".to_owned()),
        }
    }
}

/// Of the owner's words in the Sie, du and English forms, the one for `lang`.
fn in_form(lang: Lang, [sie, du, en]: [&Option<String>; 3]) -> Option<&str> {
    match lang {
        Lang::De => sie,
        Lang::DeDu => du,
        Lang::En => en,
    }
    .as_deref()
}

/// An empty value resets the setting to its default; any other goes through `check`.
fn optional<T>(
    value: &str,
    check: impl FnOnce(&str) -> Result<T, ProblemKind>,
) -> Result<Option<T>, ProblemKind> {
    if value.is_empty() {
        Ok(None)
    } else {
        check(value).map(Some)
    }
}

/// A text setting of at most `max` characters.
fn limited(value: &str, key: &'static str, max: usize) -> Result<Option<String>, ProblemKind> {
    optional(value, |value| {
        if value.chars().count() <= max {
            Ok(value.to_owned())
        } else {
            Err(ProblemKind::TooLong { key, max })
        }
    })
}

/// The value without one pair of surrounding double quotes, which people add out of habit.
fn unquote(value: &str) -> &str {
    value
        .strip_prefix('"')
        .and_then(|inner| inner.strip_suffix('"'))
        .unwrap_or(value)
}

/// The beginning of a value, for quoting it in a message.
fn quote(value: &str) -> String {
    match value.char_indices().nth(QUOTED_CHARS) {
        Some((end, _)) => {
            let mut quoted = value[..end].to_owned();
            quoted.push('…');
            quoted
        }
        None => value.to_owned(),
    }
}

/// The known key `key` was probably meant to be: one at most two typing mistakes away. A key far longer
/// than any known one is no typo of one, and is not compared.
fn suggest(key: &str) -> Option<&'static str> {
    let key = key.trim();
    if key.len() > MAX_SUGGESTED_KEY {
        return None;
    }
    let normal = key.to_ascii_lowercase().replace('-', "_");
    Setting::ALL
        .into_iter()
        .map(|known| (edit_distance(&normal, known.key()), known.key()))
        .filter(|(distance, _)| *distance <= 2)
        .min()
        .map(|(_, known)| known)
}

/// The Levenshtein distance between two short strings.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substituted = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substituted.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}
/// A contact link as the browser reads it, if it is a web page, an e-mail address or a phone number.
/// Everything else, `javascript:` first of all, could run code in the visitor's page.
fn allowed_link(link: &str) -> Option<String> {
    let link = as_browser_reads(link);
    let allowed = !link.contains(char::is_control)
        && matches!(
            scheme(&link).as_deref(),
            Some("https" | "http" | "mailto" | "tel")
        );
    allowed.then_some(link)
}

/// `value` as the browser reads it, if it is a path beside the app or an address with one of `schemes`.
/// A logo may only be `https`: nothing that makes the visitor's browser ask a server in plain text, or
/// another server than the owner named. A privacy policy may also be `http`: it is only ever a link the
/// visitor follows.
fn beside_app_or(value: &str, schemes: &[&str]) -> Option<String> {
    let value = as_browser_reads(value);
    let allowed = !value.contains(char::is_control)
        && match scheme(&value).as_deref() {
            Some(scheme) => schemes.contains(&scheme),
            None => !value.starts_with("//") && !value.contains(['"', '<', '>']),
        };
    allowed.then_some(value)
}

/// A lead or analytics endpoint as the browser reads it, if it is an `https` address, or a plain `http`
/// one on this computer (`localhost`, `127.0.0.1`, `[::1]`: what a browser counts as secure, for trying a
/// service out). A visitor's name and email, or what they do in the check, never travel in plain text
/// across a network.
fn allowed_endpoint(endpoint: &str) -> Option<String> {
    let endpoint = as_browser_reads(endpoint);
    let host_of = |rest: &str| {
        let authority = authority(rest);
        let host = authority
            .rsplit_once('@')
            .map_or(authority, |(_, host)| host);
        match host.strip_prefix('[') {
            Some(bracketed) => bracketed.split(']').next().unwrap_or_default().to_owned(),
            None => host.split(':').next().unwrap_or_default().to_owned(),
        }
    };
    let allowed = !endpoint.contains(char::is_control)
        && !endpoint.contains(['"', '<', '>', ' '])
        && match (scheme(&endpoint).as_deref(), endpoint.split_once("://")) {
            (Some("https"), Some((_, rest))) => !host_of(rest).is_empty(),
            (Some("http"), Some((_, rest))) => {
                matches!(host_of(rest).as_str(), "localhost" | "127.0.0.1" | "::1")
            }
            _ => false,
        };
    allowed.then_some(endpoint)
}
/// The part of a query string (with or without its `?`) that a page passes on, to its result page and into
/// result links: the presentation settings, as they were written. What only `config.ini` may set, and
/// anything unknown, is dropped, so a crafted link's values never travel on with every result a visitor
/// shares.
pub fn presentation_query(query: &str) -> String {
    let (query, _) = bounded(query, MAX_QUERY_BYTES, '&');
    let mut kept = String::new();
    for pair in query.trim_start_matches('?').split('&') {
        let key = percent_decode(pair.split_once('=').map_or(pair, |(key, _)| key));
        if Setting::from_key(&key).is_some_and(|setting| setting.trust() == Trust::Presentation) {
            kept.push(if kept.is_empty() { '?' } else { '&' });
            kept.push_str(pair);
        }
    }
    kept
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::problems::MAX_PROBLEMS;

    fn kinds(problems: &[Problem]) -> Vec<&ProblemKind> {
        problems.iter().map(|problem| &problem.kind).collect()
    }

    #[test]
    fn a_good_file_sets_everything() {
        let file = "# Branding\n\
            name = Muster Beratung\n\
            logo = logo.svg\n\
            primary = #1A6B4F\n\
            accent = #c60\n\
            contact_label = \"Termin vereinbaren\"\n\
            contact_link = mailto:hallo@example.org\n\
            lang = en\n\
            address = du\n\
            host_origin = https://Blog.Example.org/, http://127.0.0.1:8081\n";
        let (config, problems) = Config::read(file, "");
        assert_eq!(problems, []);
        assert_eq!(config.name.as_deref(), Some("Muster Beratung"));
        assert_eq!(config.logo.as_deref(), Some("logo.svg"));
        assert_eq!(config.primary.map(Colour::css).as_deref(), Some("#1A6B4F"));
        assert_eq!(config.accent.map(Colour::css).as_deref(), Some("#CC6600"));
        assert_eq!(config.contact_label.as_deref(), Some("Termin vereinbaren"));
        assert_eq!(
            config.contact_link.as_deref(),
            Some("mailto:hallo@example.org")
        );
        assert_eq!(config.lang, Some(Lang::En));
        assert_eq!(config.address, Address::Du);
        assert_eq!(
            config.host_origins,
            ["https://blog.example.org", "http://127.0.0.1:8081"]
        );
        assert!(!config.preview);
    }

    #[test]
    fn a_lead_endpoint_is_an_https_address_with_a_privacy_link_beside_it() {
        let (config, problems) = Config::read(
            "lead_endpoint = https://formspree.io/f/abc123\nprivacy_link = datenschutz.html",
            "",
        );
        assert_eq!(problems, []);
        assert_eq!(
            config.lead_endpoint.as_deref(),
            Some("https://formspree.io/f/abc123")
        );
        assert_eq!(config.privacy_link.as_deref(), Some("datenschutz.html"));

        for local in [
            "http://127.0.0.1:9000/lead",
            "http://localhost/lead",
            "http://[::1]:8000/",
        ] {
            let (config, problems) = Config::read(
                &format!("privacy_link = https://e.org/p\nlead_endpoint = {local}"),
                "",
            );
            assert_eq!(problems, [], "{local}");
            assert_eq!(config.lead_endpoint.as_deref(), Some(local));
        }
        for refused in [
            "http://crm.example.org/hook",
            "http://127.0.0.1.evil.example/",
            "http://localhost@evil.example/",
            "javascript:alert(1)",
            "/lead",
            "https://",
            "ftp://example.org",
        ] {
            let (config, problems) = Config::read(
                &format!("privacy_link = https://e.org/p\nlead_endpoint = {refused}"),
                "",
            );
            assert_eq!(config.lead_endpoint, None, "{refused}");
            assert!(
                matches!(
                    problems[..],
                    [Problem {
                        place: Place::Line(2),
                        kind: ProblemKind::LeadEndpointNotAllowed { .. }
                    }]
                ),
                "{refused}: {problems:?}"
            );
        }
    }

    #[test]
    fn a_lead_endpoint_without_a_privacy_link_offers_no_form() {
        let (config, problems) = Config::read(
            "name = Muster\nlead_endpoint = https://formspree.io/f/abc123\nprivacy_link = javascript:alert(1)",
            "",
        );
        assert_eq!(config.lead_endpoint, None);
        assert_eq!(config.privacy_link, None);
        assert_eq!(
            kinds(&problems),
            [
                &ProblemKind::PrivacyLinkNotAllowed {
                    value: "javascript:alert(1)".into()
                },
                &ProblemKind::LeadNeedsPrivacyLink
            ]
        );
        assert_eq!(problems[1].place, Place::Line(2));
        assert!(problems[1].describe(Lang::De).contains("privacy_link"));
    }

    #[test]
    fn no_link_may_name_where_leads_go() {
        let file = "lead_endpoint = https://formspree.io/f/abc123\nprivacy_link = https://muster.de/datenschutz";
        let (from_file, _) = Config::read(file, "");
        let (config, problems) = Config::read(
            file,
            "?lead_endpoint=https%3A%2F%2Fevil.example%2Fcollect&privacy_link=https%3A%2F%2Fevil.example",
        );
        assert_eq!(config, from_file);
        assert_eq!(
            kinds(&problems),
            [
                &ProblemKind::FileOnly {
                    key: "lead_endpoint"
                },
                &ProblemKind::FileOnly {
                    key: "privacy_link"
                }
            ]
        );
    }

    #[test]
    fn the_query_string_overrides_the_presentation_only() {
        let (config, problems) = Config::read(
            "name = Datei\naddress = sie\nprimary = #111111\ncontact_link = https://example.org/termin",
            "?address=du&primary=%23ff0000&lang=en&preview",
        );
        assert_eq!(problems, []);
        assert_eq!(config.name.as_deref(), Some("Datei"));
        assert_eq!(config.address, Address::Du);
        assert_eq!(config.primary, Colour::parse("ff0000"));
        assert_eq!(config.lang, Some(Lang::En));
        assert!(config.preview);
    }

    #[test]
    fn the_contact_label_follows_the_page_language_and_never_puts_german_on_an_english_page() {
        let (german_only, problems) = Config::read("contact_label = Termin vereinbaren", "");
        assert_eq!(problems, []);
        assert_eq!(german_only.contact_label(Lang::De), "Termin vereinbaren");
        assert_eq!(german_only.contact_label(Lang::DeDu), "Termin vereinbaren");
        assert_eq!(
            german_only.contact_label(Lang::En),
            CONFIG_UI.contact_default.en
        );
        assert_ne!(CONFIG_UI.contact_default.en, "Termin vereinbaren");

        let (both, problems) = Config::read(
            "contact_label = Termin vereinbaren\ncontact_label_en = \"Book a meeting\"",
            "",
        );
        assert_eq!(problems, []);
        assert_eq!(both.contact_label(Lang::De), "Termin vereinbaren");
        assert_eq!(both.contact_label(Lang::En), "Book a meeting");

        let (english_only, _) = Config::read("contact_label_en = Book a meeting", "");
        assert_eq!(
            english_only.contact_label(Lang::De),
            CONFIG_UI.contact_default.de
        );
        assert_eq!(english_only.contact_label(Lang::En), "Book a meeting");
        assert_eq!(
            Config::default().contact_label(Lang::En),
            CONFIG_UI.contact_default.en
        );

        // The owner's words, like the German label: no link may set them, and they have the same limit.
        let (crafted, problems) = Config::read(
            "contact_label_en = Book a meeting",
            "?contact_label_en=Unlock%20now&Contact-Label-En=Unlock",
        );
        assert_eq!(crafted.contact_label(Lang::En), "Book a meeting");
        assert_eq!(
            kinds(&problems),
            [
                &ProblemKind::FileOnly {
                    key: "contact_label_en"
                },
                &ProblemKind::FileOnly {
                    key: "contact_label_en"
                }
            ]
        );
        let (long, problems) = Config::read(&format!("contact_label_en = {}", "x".repeat(41)), "");
        assert_eq!(long.contact_label_en, None);
        assert_eq!(
            kinds(&problems),
            [&ProblemKind::TooLong {
                key: "contact_label_en",
                max: MAX_LABEL
            }]
        );
    }

    #[test]
    fn the_example_file_explains_every_setting_and_offers_per_embed_only_the_presentation() {
        let example = include_str!("../../../config.example.ini");
        for setting in Setting::ALL {
            let line = format!("# {} = ", setting.key());
            assert!(example.contains(&line), "{line} is missing");
        }
        // Every line the owner uncomments must read without a problem.
        let uncommented: String = example
            .lines()
            .filter_map(|line| line.strip_prefix("# "))
            .filter(|line| {
                line.split_once(" = ")
                    .is_some_and(|(key, _)| Setting::from_key(key).is_some())
            })
            .map(|line| format!("{line}\n"))
            .collect();
        let (_, problems) = Config::read(&uncommented, "");
        assert_eq!(problems, []);
        // An embed's attribute of a setting only the file may set is ignored, so the example must not
        // offer one.
        for setting in Setting::ALL {
            let attribute = format!("data-{}", setting.key().replace('_', "-"));
            if setting.trust() == Trust::FileOnly {
                assert!(!example.contains(&attribute), "{attribute}");
            }
        }
    }

    #[test]
    fn a_crafted_link_cannot_rebrand_the_check_or_name_a_destination() {
        let file = "name = Muster Beratung\ncontact_label = Termin\ncontact_link = mailto:hallo@example.org\n\
            logo = logo.svg\nhost_origin = https://blog.example.org";
        let (from_file, _) = Config::read(file, "");
        let (config, problems) = Config::read(
            file,
            "?name=Sicherheitswarnung&contact_label=Jetzt%20entsperren&Contact-Link=https%3A%2F%2Fevil.example\
             &logo=https%3A%2F%2Fevil.example%2Fpixel.gif&data-host-origin=https%3A%2F%2Fevil.example&host_origin=",
        );
        assert_eq!(config, from_file);
        assert_eq!(
            problems,
            [
                "name",
                "contact_label",
                "contact_link",
                "logo",
                "host_origin",
                "host_origin"
            ]
            .map(|key| Problem {
                place: Place::Address,
                kind: ProblemKind::FileOnly { key }
            })
            .to_vec()
            .into_iter()
            .enumerate()
            // `data-host-origin` is no key at all: the loader strips `data-`, a link cannot.
            .map(|(i, problem)| if i == 4 {
                Problem {
                    place: Place::Address,
                    kind: ProblemKind::UnknownKey {
                        key: "data-host-origin".into(),
                        suggestion: None,
                    },
                }
            } else {
                problem
            })
            .collect::<Vec<_>>()
        );
        assert!(problems[0].describe(Lang::De).starts_with(
            "Einbettung (Parameter der Seitenadresse): „name“ lässt sich nur in config.ini festlegen"
        ));
    }

    #[test]
    fn every_setting_says_where_it_may_come_from() {
        for setting in Setting::ALL {
            assert_eq!(Setting::from_key(setting.key()), Some(setting));
            assert!(setting.may_come_from(Place::Line(1)));
            let presentation = matches!(
                setting,
                Setting::Primary
                    | Setting::Accent
                    | Setting::Lang
                    | Setting::Address
                    | Setting::Preview
            );
            assert_eq!(
                setting.may_come_from(Place::Address),
                presentation,
                "{setting:?}"
            );
            assert_eq!(
                setting.may_come_from(Place::Page),
                presentation,
                "{setting:?}"
            );
        }
        assert_eq!(
            Setting::from_key(" Contact-Link"),
            Some(Setting::ContactLink)
        );
        assert_eq!(
            Setting::EMBEDDED,
            Setting::ALL
                .into_iter()
                .filter(|setting| *setting != Setting::Preview)
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn every_mistake_keeps_the_default_and_is_reported_where_it_is() {
        let file = "nmae = Tippfehler\n\
            primary = blau\n\
            accent = #12345g\n\
            contact_link = javascript:alert(1)\n\
            logo = javascript:alert(1)\n\
            lang = fr\n\
            address = ihr\n\
            host_origin = blog.example.org\n\
            just some words\n\
            preview = vielleicht\n";
        let (config, problems) = Config::read(file, "");
        assert_eq!(config, Config::default());
        assert_eq!(
            problems.iter().map(|p| p.place).collect::<Vec<_>>(),
            (1..=10).map(Place::Line).collect::<Vec<_>>()
        );
        assert_eq!(
            kinds(&problems)[..2],
            [
                &ProblemKind::UnknownKey {
                    key: "nmae".into(),
                    suggestion: Some("name")
                },
                &ProblemKind::NotAColour {
                    key: "primary",
                    value: "blau".into()
                },
            ]
        );
        for lang in Lang::ALL {
            for problem in &problems {
                let text = problem.describe(lang);
                assert!(!text.contains(['{', '}']), "{text}");
            }
        }
        assert_eq!(
            problems[0].describe(Lang::De),
            "config.ini, Zeile 1: Die Einstellung „nmae“ gibt es nicht; sie wird übergangen. Gemeint ist vielleicht „name“."
        );
    }

    #[test]
    fn links_and_logos_are_checked_as_the_browser_reads_them() {
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "java%0Ascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "data:text/html,<script>",
            "vbscript:x",
            "ftp://example.org",
            "//evil.example",
            "\\\\evil.example",
            "/%09/evil.example",
            "example.org/termin",
        ] {
            assert_eq!(allowed_link(bad), None, "{bad}");
        }
        for (good, read) in [
            ("https://example.org/termin", "https://example.org/termin"),
            (
                " HTTPS://example.org/\ttermin ",
                "HTTPS://example.org/termin",
            ),
            ("mailto:a@b.de", "mailto:a@b.de"),
            ("tel:+4930", "tel:+4930"),
        ] {
            assert_eq!(allowed_link(good).as_deref(), Some(read), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "http://tracker.example/pixel.gif",
            " HTTP://tracker.example/pixel.gif",
            "hTtP:tracker.example/pixel.gif",
            "//evil.example/logo.svg",
            "/\t/evil.example/logo.svg",
            "/%09/evil.example/logo.svg",
            "/%0A/evil.example/logo.svg",
            "/%0d/evil.example/logo.svg",
            "\\/evil.example/logo.svg",
            "/\\evil.example/logo.svg",
            "\u{0}//evil.example/logo.svg",
            " //evil.example/logo.svg",
            "data:image/svg+xml,<svg/>",
            "logo\u{7f}.svg",
        ] {
            assert_eq!(beside_app_or(bad, &["https"]), None, "{bad:?}");
        }
        for (good, read) in [
            ("img/logo.png", "img/logo.png"),
            ("/check/logo.svg", "/check/logo.svg"),
            ("img\\logo.png", "img/logo.png"),
            (
                " HTTPS://cdn.example.org/logo.svg",
                "HTTPS://cdn.example.org/logo.svg",
            ),
        ] {
            assert_eq!(
                beside_app_or(good, &["https"]).as_deref(),
                Some(read),
                "{good}"
            );
        }
    }

    #[test]
    fn long_values_are_refused_and_quoted_short() {
        let long = "x".repeat(500);
        let (config, problems) =
            Config::read(&["name = ", &long, "\nprimary = ", &long].concat(), "");
        assert_eq!(config.name, None);
        assert_eq!(
            problems[0].kind,
            ProblemKind::TooLong {
                key: "name",
                max: MAX_NAME
            }
        );
        assert!(problems[1].describe(Lang::En).chars().count() < 300);
    }

    #[test]
    fn problems_are_listed_up_to_the_limit_then_counted() {
        let file = "x\n".repeat(240_000);
        let (_, problems) = Config::read(&file, "");
        assert_eq!(problems.len(), MAX_PROBLEMS + 1);
        assert_eq!(
            problems[0],
            Problem {
                place: Place::Line(MAX_FILE_BYTES / 2 + 1),
                kind: ProblemKind::TextTooLong {
                    max: MAX_FILE_BYTES
                }
            }
        );
        // The rest of the first 64 KB, 32,768 lines of "x", less the 49 that are listed.
        assert_eq!(
            problems[MAX_PROBLEMS].kind,
            ProblemKind::MoreProblems {
                count: MAX_FILE_BYTES / 2 - (MAX_PROBLEMS - 1)
            }
        );
        assert_eq!(
            problems[MAX_PROBLEMS].describe(Lang::De),
            "Weitere Probleme, hier nicht einzeln aufgeführt: 32719."
        );
        let (_, few) = Config::read("x\n".repeat(MAX_PROBLEMS).as_str(), "");
        assert_eq!(few.len(), MAX_PROBLEMS);
        assert!(few
            .iter()
            .all(|problem| problem.kind == ProblemKind::NotASetting));
    }

    #[test]
    fn only_presentation_is_passed_on() {
        assert_eq!(
            presentation_query(
                "?name=Phish&address=du&contact-link=https%3A%2F%2Fevil.example&primary=%231a6b4f&x=1&preview"
            ),
            "?address=du&primary=%231a6b4f&preview"
        );
        assert_eq!(presentation_query("name=Phish&logo=x"), "");
        assert_eq!(presentation_query(""), "");
    }
}
