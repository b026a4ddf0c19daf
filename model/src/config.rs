//! The site owner's settings: whose check it is, how it looks and speaks, and which host page hears its
//! events.
//!
//! They come from `config.ini` beside the app and from the page's query string; a query parameter
//! overrides the file's value, so every embed can differ. A bad value never stops the check: it keeps its
//! default, and a [`Problem`] says exactly what was wrong, for the console and the preview notice.

use crate::content::CONFIG_UI;
use crate::text::{Address, Lang, Text};

/// The name of the settings file, beside `index.html`.
pub const FILE_NAME: &str = "config.ini";

/// The settings in effect after reading the file and the query string.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// The consultant's or company's name, shown in the header.
    pub name: Option<String>,
    /// The address of the logo image: a path beside the app, or an `http(s)` address.
    pub logo: Option<String>,
    pub primary: Option<Colour>,
    pub accent: Option<Colour>,
    /// The label of the contact button on the result screen; without one, a default label.
    pub contact_label: Option<String>,
    /// Where the contact button leads: an `https`, `http`, `mailto` or `tel` link. Without one, there is no
    /// contact button.
    pub contact_link: Option<String>,
    /// The line beside the contact button, e.g. „Im kostenlosen Erstgespräch gehen wir Ihr Ergebnis
    /// gemeinsam durch.“ Only `config.ini` sets it: it is the owner's words, which no link may change.
    pub contact_text: Option<String>,
    /// The language a first-time visitor sees; the visitor can still switch.
    pub lang: Option<Lang>,
    /// How the German texts address the reader.
    pub address: Address,
    /// The origins of the pages allowed to receive the check's events, e.g. `https://blog.example.org`.
    pub host_origins: Vec<String>,
    /// Shows the owner's notice with every problem of the settings.
    pub preview: bool,
}

/// One setting that could not be used as given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub place: Place,
    pub kind: ProblemKind,
}

/// Where a problem was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A line of `config.ini`, counted from 1.
    Line(usize),
    /// The page's query string, as set by an embed.
    Address,
    /// The browser, while showing the setting (a logo that does not load).
    Page,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// A line of the file that is not `key = value`.
    NotASetting,
    UnknownKey {
        key: String,
        /// A known key that differs by a typo or two.
        suggestion: Option<&'static str>,
    },
    NotAColour {
        key: &'static str,
        value: String,
    },
    /// A contact link with a scheme other than `https`, `http`, `mailto` or `tel` (`javascript:` included).
    LinkNotAllowed {
        value: String,
    },
    /// A logo address that is neither a path beside the app nor an `http(s)` address.
    LogoNotAllowed {
        value: String,
    },
    LogoMissing {
        value: String,
    },
    UnknownLanguage {
        value: String,
    },
    UnknownAddress {
        value: String,
    },
    NotAnOrigin {
        value: String,
    },
    TooLong {
        key: &'static str,
        max: usize,
    },
    NotYesOrNo {
        key: &'static str,
        value: String,
    },
}

/// A colour given as `#rrggbb` or `#rgb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colour([u8; 3]);

/// The site owner's settings, in the order the embed page offers them. A file or query string may name
/// these and `preview`, which switches the owner's notice on rather than setting anything. Hyphens count
/// as underscores, so an embed's `data-contact-link` reaches `contact_link`.
pub const SETTINGS: [&str; 9] = [
    "name",
    "logo",
    "primary",
    "accent",
    "contact_label",
    "contact_link",
    "lang",
    "address",
    "host_origin",
];

/// The settings only `config.ini` may set: the owner's own words. A query string naming one gets the
/// message for an unknown key.
pub const FILE_ONLY_SETTINGS: [&str; 1] = ["contact_text"];

/// Every key a file or query string may name.
fn known_keys() -> impl Iterator<Item = &'static str> {
    SETTINGS.into_iter().chain(["preview"])
}

/// Every key that may appear at `place`.
fn keys_at(place: Place) -> impl Iterator<Item = &'static str> {
    let file_only = match place {
        Place::Address => &[][..],
        Place::Line(_) | Place::Page => &FILE_ONLY_SETTINGS[..],
    };
    known_keys().chain(file_only.iter().copied())
}

const MAX_NAME: usize = 60;
const MAX_LABEL: usize = 40;
/// Two lines on a phone at most, so the contact button stays in the first screen.
const MAX_CONTACT_TEXT: usize = 160;
/// How much of a bad value a message quotes; the rest would only bury the message.
const QUOTED_CHARS: usize = 60;

impl Config {
    /// The settings of `file` (the text of `config.ini`, empty when there is none), overridden by the
    /// parameters of `query` (the page's query string, with or without its `?`).
    pub fn read(file: &str, query: &str) -> (Config, Vec<Problem>) {
        let mut config = Config::default();
        let mut problems = Vec::new();
        for (index, line) in file.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with(['#', ';']) {
                continue;
            }
            let place = Place::Line(index + 1);
            match line.split_once('=') {
                Some((key, value)) => config.set(key, unquote(value.trim()), place, &mut problems),
                None => problems.push(Problem {
                    place,
                    kind: ProblemKind::NotASetting,
                }),
            }
        }
        for (key, value) in query_pairs(query) {
            config.set(&key, value.trim(), Place::Address, &mut problems);
        }
        (config, problems)
    }

    /// Applies one setting; a bad value leaves the setting as it was and adds its problem.
    fn set(&mut self, key: &str, value: &str, place: Place, problems: &mut Vec<Problem>) {
        let normal = key.trim().to_ascii_lowercase().replace('-', "_");
        let Some(key) = keys_at(place).find(|known| *known == normal) else {
            problems.push(Problem {
                place,
                kind: ProblemKind::UnknownKey {
                    suggestion: suggest(&normal),
                    key: quote(key.trim()),
                },
            });
            return;
        };
        let outcome = match key {
            "name" => limited(value, key, MAX_NAME).map(|name| self.name = name),
            "contact_label" => {
                limited(value, key, MAX_LABEL).map(|label| self.contact_label = label)
            }
            "contact_text" => {
                limited(value, key, MAX_CONTACT_TEXT).map(|text| self.contact_text = text)
            }
            "logo" => optional(value, |value| {
                is_allowed_logo(value)
                    .then(|| value.to_owned())
                    .ok_or_else(|| ProblemKind::LogoNotAllowed {
                        value: quote(value),
                    })
            })
            .map(|logo| self.logo = logo),
            "primary" | "accent" => optional(value, |value| {
                Colour::parse(value).ok_or_else(|| ProblemKind::NotAColour {
                    key,
                    value: quote(value),
                })
            })
            .map(|colour| match key {
                "primary" => self.primary = colour,
                _ => self.accent = colour,
            }),
            "contact_link" => optional(value, |value| {
                is_allowed_link(value)
                    .then(|| value.to_owned())
                    .ok_or_else(|| ProblemKind::LinkNotAllowed {
                        value: quote(value),
                    })
            })
            .map(|link| self.contact_link = link),
            "lang" => match Lang::from_code(value) {
                Some(lang) if lang != Lang::DeDu => Ok(lang),
                _ => Err(ProblemKind::UnknownLanguage {
                    value: quote(value),
                }),
            }
            .map(|lang| self.lang = Some(lang)),
            "address" => match value.to_ascii_lowercase().as_str() {
                "sie" => Ok(Address::Sie),
                "du" => Ok(Address::Du),
                _ => Err(ProblemKind::UnknownAddress {
                    value: quote(value),
                }),
            }
            .map(|address| self.address = address),
            "host_origin" => {
                let mut origins = Vec::new();
                let mut outcome = Ok(());
                for origin in value.split([',', ' ']).filter(|o| !o.is_empty()) {
                    match normal_origin(origin) {
                        Some(origin) => origins.push(origin),
                        None => {
                            outcome = Err(ProblemKind::NotAnOrigin {
                                value: quote(origin),
                            })
                        }
                    }
                }
                self.host_origins = origins;
                outcome
            }
            _ => match value.to_ascii_lowercase().as_str() {
                "" | "1" | "yes" | "ja" | "true" | "on" => Ok(true),
                "0" | "no" | "nein" | "false" | "off" => Ok(false),
                _ => Err(ProblemKind::NotYesOrNo {
                    key,
                    value: quote(value),
                }),
            }
            .map(|preview| self.preview = preview),
        };
        if let Err(kind) = outcome {
            problems.push(Problem { place, kind });
        }
    }
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

/// The known key `key` was probably meant to be: one at most two typing mistakes away.
fn suggest(key: &str) -> Option<&'static str> {
    known_keys()
        .map(|known| (edit_distance(key, known), known))
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

/// The scheme of `link` in lower case, if it has one: the part before a `:` that comes before any `/`,
/// `?` or `#`.
fn scheme(link: &str) -> Option<String> {
    let end = link.find([':', '/', '?', '#'])?;
    link[end..]
        .starts_with(':')
        .then(|| link[..end].trim().to_ascii_lowercase())
}

/// A contact link: a web page, an e-mail address or a phone number. Everything else, `javascript:` first
/// of all, could run code in the visitor's page.
fn is_allowed_link(link: &str) -> bool {
    matches!(
        scheme(link).as_deref(),
        Some("https" | "http" | "mailto" | "tel")
    )
}

/// A logo: a path beside the app or an `http(s)` address.
fn is_allowed_logo(logo: &str) -> bool {
    match scheme(logo).as_deref() {
        Some(scheme) => scheme == "https" || scheme == "http",
        None => !logo.starts_with("//") && !logo.contains(['"', '<', '>', '\\']),
    }
}

/// `https://host[:port]`, as a browser writes the origin of a page, or `None` for anything else.
fn normal_origin(origin: &str) -> Option<String> {
    let origin = origin.strip_suffix('/').unwrap_or(origin);
    let (scheme, rest) = origin.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let host_ok = !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    ((scheme == "https" || scheme == "http") && host_ok).then(|| {
        let mut normal = scheme;
        normal.push_str("://");
        normal.push_str(&rest.to_ascii_lowercase());
        normal
    })
}

/// The decoded `(key, value)` pairs of a query string, with or without its `?`; a key without `=` has an
/// empty value.
pub fn query_pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(key), percent_decode(value))
        })
}

/// Decodes `%xx` escapes and `+` (a space in query strings); broken escapes stay as they are.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (bytes[i], escaped) {
            (_, Some(byte)) => {
                decoded.push(byte);
                i += 3;
                continue;
            }
            (b'+', None) => decoded.push(b' '),
            (byte, None) => decoded.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// Encodes everything but the unreserved characters of RFC 3986, for a value inside a URL.
pub fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push('%');
            push_hex(&mut encoded, byte);
        }
    }
    encoded
}

/// Appends `byte` as two upper-case hex digits, as RFC 3986 recommends for escapes.
fn push_hex(text: &mut String, byte: u8) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    text.push(char::from(DIGITS[usize::from(byte >> 4)]));
    text.push(char::from(DIGITS[usize::from(byte & 15)]));
}

/// The contact button's address: a `mailto:` link gets the result link into the mail's body, so the
/// consultant sees the result the visitor writes about; other links stay as they are.
pub fn contact_href(link: &str, result_link: &str) -> String {
    if scheme(link).as_deref() != Some("mailto") || link.contains("body=") {
        return link.to_owned();
    }
    let mut href = link.to_owned();
    href.push(if link.contains('?') { '&' } else { '?' });
    href.push_str("body=");
    href.push_str(&percent_encode(result_link));
    href
}

impl Colour {
    /// Reads `#rrggbb` or `#rgb`; the `#` may be left out, since it has to be escaped in a URL.
    pub fn parse(text: &str) -> Option<Colour> {
        let hex = text.strip_prefix('#').unwrap_or(text);
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
        let channel = |i: usize| match hex.len() {
            3 => digit(i).map(|d| d * 17),
            6 => Some(digit(2 * i)? * 16 + digit(2 * i + 1)?),
            _ => None,
        };
        Some(Colour([channel(0)?, channel(1)?, channel(2)?]))
    }

    /// The colour as CSS, `#RRGGBB`.
    pub fn css(self) -> String {
        let mut css = String::from("#");
        for channel in self.0 {
            push_hex(&mut css, channel);
        }
        css
    }

    /// The colour, darkened just enough to be read as text on white (a contrast of 4.5:1, WCAG AA), so a
    /// light brand colour still gives readable links, outlines and white button labels.
    pub fn readable_on_white(self) -> Colour {
        let mut colour = self;
        while contrast_with_white(colour) < 4.5 {
            colour = Colour(colour.0.map(|c| (u16::from(c) * 9 / 10) as u8));
        }
        colour
    }
}

/// The contrast ratio of `colour` with white, as WCAG defines it but with the sRGB curve taken as a plain
/// square. That never overstates the contrast of a colour light enough to matter (it errs towards darker
/// colours), and spares the first view the code of a general power function.
fn contrast_with_white(colour: Colour) -> f32 {
    let [r, g, b] = colour.0.map(|c| {
        let c = f32::from(c) / 255.0;
        c * c
    });
    let luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    1.05 / (luminance + 0.05)
}

impl Problem {
    /// The problem in one or two sentences for the site owner, with where it was found.
    pub fn describe(&self, lang: Lang) -> String {
        let ui = &CONFIG_UI;
        let line = match self.place {
            Place::Line(line) => line.to_string(),
            Place::Address | Place::Page => String::new(),
        };
        let mut text = match self.place {
            Place::Line(_) => ui.place_line.fill(lang, &[("line", &line)]),
            Place::Address => ui.place_address.get(lang).to_owned(),
            Place::Page => ui.place_page.get(lang).to_owned(),
        };
        text.push_str(": ");
        let (message, key, value): (&Text, &str, &str) = match &self.kind {
            ProblemKind::NotASetting => (&ui.not_a_setting, "", ""),
            ProblemKind::UnknownKey { key, .. } => (&ui.unknown_key, key, ""),
            ProblemKind::NotAColour { key, value } => (&ui.not_a_colour, key, value),
            ProblemKind::LinkNotAllowed { value } => (&ui.link_not_allowed, "", value),
            ProblemKind::LogoNotAllowed { value } => (&ui.logo_not_allowed, "", value),
            ProblemKind::LogoMissing { value } => (&ui.logo_missing, "", value),
            ProblemKind::UnknownLanguage { value } => (&ui.unknown_language, "", value),
            ProblemKind::UnknownAddress { value } => (&ui.unknown_address, "", value),
            ProblemKind::NotAnOrigin { value } => (&ui.not_an_origin, "", value),
            ProblemKind::TooLong { key, .. } => (&ui.too_long, key, ""),
            ProblemKind::NotYesOrNo { key, value } => (&ui.not_yes_or_no, key, value),
        };
        let max = match self.kind {
            ProblemKind::TooLong { max, .. } => max.to_string(),
            _ => String::new(),
        };
        text.push_str(&message.fill(lang, &[("key", key), ("value", value), ("max", &max)]));
        if let ProblemKind::UnknownKey {
            suggestion: Some(suggestion),
            ..
        } = self.kind
        {
            text.push(' ');
            text.push_str(&ui.did_you_mean.fill(lang, &[("key", suggestion)]));
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn the_contact_text_comes_from_the_file_only() {
        let line = "Im kostenlosen Erstgespräch gehen wir Ihr Ergebnis gemeinsam durch.";
        let (config, problems) = Config::read(
            &format!("contact_text = \"{line}\""),
            "?contact-text=Gewinnspiel",
        );
        assert_eq!(config.contact_text.as_deref(), Some(line));
        assert_eq!(
            kinds(&problems),
            [&ProblemKind::UnknownKey {
                key: "contact-text".to_owned(),
                suggestion: None
            }]
        );
        let (config, problems) = Config::read(&format!("contact_text = {}", "a".repeat(161)), "");
        assert_eq!(config.contact_text, None);
        assert_eq!(
            kinds(&problems),
            [&ProblemKind::TooLong {
                key: "contact_text",
                max: 160
            }]
        );
    }

    #[test]
    fn the_query_string_overrides_the_file() {
        let (config, problems) = Config::read(
            "name = Datei\naddress = sie\nprimary = #111111",
            "?name=Einbettung%20A%26B&address=du&primary=%23ff0000&contact-link=tel%3A%2B49301234&preview",
        );
        assert_eq!(problems, []);
        assert_eq!(config.name.as_deref(), Some("Einbettung A&B"));
        assert_eq!(config.address, Address::Du);
        assert_eq!(config.primary, Colour::parse("ff0000"));
        assert_eq!(config.contact_link.as_deref(), Some("tel:+49301234"));
        assert!(config.preview);
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
        let (config, problems) = Config::read(file, "name=");
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
    fn links_keep_their_scheme_rules_whatever_the_spelling() {
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,<script>",
            "vbscript:x",
            "ftp://example.org",
            "//evil.example",
        ] {
            assert!(!is_allowed_link(bad), "{bad}");
        }
        for good in ["https://example.org/termin", "mailto:a@b.de", "tel:+4930"] {
            assert!(is_allowed_link(good), "{good}");
        }
        assert!(is_allowed_logo("img/logo.png"));
        assert!(is_allowed_logo("https://cdn.example.org/logo.svg"));
        assert!(!is_allowed_logo("javascript:alert(1)"));
        assert!(!is_allowed_logo("//evil.example/logo.svg"));
    }

    #[test]
    fn a_mailto_link_carries_the_result_link_in_its_body() {
        let result = "https://example.org/check/#r=10YN4TM6MCCV8J";
        assert_eq!(
            contact_href("mailto:hallo@example.org", result),
            "mailto:hallo@example.org?body=https%3A%2F%2Fexample.org%2Fcheck%2F%23r%3D10YN4TM6MCCV8J"
        );
        assert_eq!(
            contact_href("mailto:a@b.de?subject=Check", result),
            "mailto:a@b.de?subject=Check&body=https%3A%2F%2Fexample.org%2Fcheck%2F%23r%3D10YN4TM6MCCV8J"
        );
        assert_eq!(
            contact_href("https://example.org/termin", result),
            "https://example.org/termin"
        );
        assert_eq!(percent_decode(&percent_encode("ä ü/#&=+")), "ä ü/#&=+");
    }

    #[test]
    fn colours_are_read_strictly_and_made_readable() {
        assert_eq!(Colour::parse("#fff"), Some(Colour([255, 255, 255])));
        for bad in ["", "#", "#ff", "#ffff", "red", "#ggg", "#1234567", "#ä12"] {
            assert_eq!(Colour::parse(bad), None, "{bad}");
        }
        // The exact WCAG 2 formula, to check the cheaper one the app uses.
        let wcag_contrast = |colour: Colour| {
            let [r, g, b] = colour.0.map(|c| {
                let c = f64::from(c) / 255.0;
                if c <= 0.04045 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            });
            1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)
        };
        for value in 0..=0xfffu32 {
            let colour = Colour(
                [value >> 8, (value >> 4) & 15, value & 15].map(|nibble| (nibble * 17) as u8),
            );
            let readable = colour.readable_on_white();
            assert!(
                wcag_contrast(readable) >= 4.5,
                "{colour:?} became {readable:?}"
            );
            if wcag_contrast(colour) >= 5.5 {
                assert_eq!(readable, colour, "{colour:?} was readable already");
            }
        }
        let dark = Colour::parse("#0b5cad").unwrap();
        assert_eq!(dark.readable_on_white(), dark);
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
}
