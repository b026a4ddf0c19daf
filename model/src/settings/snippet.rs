//! The code a site owner copies from the embed page: the loader's element, a plain iframe, and the lines
//! of `config.ini`. Each is built from the same list of settings, so all three always say the same,
//! within what each may carry: the loader's attributes and the iframe's address only presentation
//! ([`Trust::Presentation`](crate::settings::Trust::Presentation)), `config.ini` everything. A value the check would not accept is never copied,
//! and no value keeps a control character or line break, which could add a line of its own to
//! `config.ini` while the form's one-line field hides it.

use crate::settings::{Place, Setting};

use crate::markup::escape;
use crate::url::percent_encode;

/// Settings as `(setting, value)` pairs, as typed (`&str`) or as the embed form completed them
/// (`String`); pairs with an empty value are left out.
pub type Settings<V> = [(Setting, V)];

/// `value` without control characters, line breaks and the spaces around it: what a snippet would copy
/// of it, and so what the embed form checks.
pub fn cleaned(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '\u{2028}' | '\u{2029}'))
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The settings a snippet may carry when the check reads them at `place`: cleaned, and only those the
/// check accepts from there.
fn given<V: AsRef<str>>(
    settings: &Settings<V>,
    place: Place,
) -> impl Iterator<Item = (Setting, String)> + '_ {
    settings
        .iter()
        .filter(move |(setting, _)| setting.may_come_from(place))
        .map(|(setting, value)| (*setting, cleaned(value.as_ref())))
        .filter(|(setting, value)| !value.is_empty() && setting.accepts(value))
}

/// `pairs` as a query string, `?key=value&…`, or nothing when there are none.
fn query_of<V: AsRef<str>>(pairs: impl Iterator<Item = (Setting, V)>) -> String {
    let mut query = String::new();
    for (setting, value) in pairs {
        query.push(if query.is_empty() { '?' } else { '&' });
        query.push_str(setting.key());
        query.push('=');
        query.push_str(&percent_encode(value.as_ref()));
    }
    query
}

/// The presentation settings as the check's query string, as a page address or an embed gives them.
pub fn query<V: AsRef<str>>(settings: &Settings<V>) -> String {
    query_of(given(settings, Place::Address))
}

/// Every non-empty value exactly as typed, mistakes included, for keeping the owner's form.
pub fn typed_query<V: AsRef<str>>(settings: &Settings<V>) -> String {
    query_of(
        settings
            .iter()
            .map(|(setting, value)| (*setting, value.as_ref()))
            .filter(|(_, value)| !value.is_empty()),
    )
}

/// The element the loader turns into the check, and the loader itself, served from `app` (the check's
/// folder, ending in `/`). Inside the element stands a link to the check with the same presentation,
/// reading `link_text`: the loader replaces it with the check, and a reader without scripts (or a page
/// whose scripts failed) still finds the way there.
pub fn loader_snippet<V: AsRef<str>>(app: &str, settings: &Settings<V>, link_text: &str) -> String {
    let mut html = String::from("<div data-social-media-check");
    for (setting, value) in given(settings, Place::Address) {
        html.push_str(" data-");
        html.push_str(&setting.key().replace('_', "-"));
        html.push_str("=\"");
        html.push_str(&escape(&value));
        html.push('"');
    }
    html.push_str(">\n  <a href=\"");
    html.push_str(&escape(app));
    html.push_str(&escape(&query(settings)));
    html.push_str("\">");
    html.push_str(&escape(&cleaned(link_text)));
    html.push_str("</a>\n</div>\n<script src=\"");
    html.push_str(&escape(app));
    html.push_str("embed.js\" async></script>");
    html
}

/// A plain iframe of the check, for pages that allow no scripts: it has a fixed height and scrolls inside.
pub fn iframe_snippet<V: AsRef<str>>(app: &str, settings: &Settings<V>, title: &str) -> String {
    let mut html = String::from("<iframe src=\"");
    html.push_str(&escape(app));
    html.push_str(&escape(&query(settings)));
    html.push_str("\" title=\"");
    html.push_str(&escape(title));
    html.push_str(
        "\" loading=\"lazy\" allow=\"clipboard-write; web-share\" style=\"width:100%;height:720px;border:0\"></iframe>",
    );
    html
}

/// The settings as lines of `config.ini`.
pub fn config_file<V: AsRef<str>>(settings: &Settings<V>) -> String {
    let mut file = String::new();
    for (setting, value) in given(settings, Place::Line(1)) {
        file.push_str(setting.key());
        file.push_str(" = ");
        file.push_str(&value);
        file.push('\n');
    }
    file
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Config;

    const SETTINGS: [(Setting, &str); 6] = [
        (Setting::Name, "Müller & Söhne \"Beratung\""),
        (Setting::Primary, "#1a6b4f"),
        (Setting::ContactLink, "mailto:hallo@example.org"),
        (Setting::Address, "du"),
        (Setting::Logo, " "),
        (Setting::Accent, "orange"),
    ];

    #[test]
    fn each_snippet_carries_what_its_place_may_set() {
        let app = "https://example.org/check/";
        let (from_query, problems) = Config::read("", &query(&SETTINGS));
        assert_eq!(problems, []);
        let (from_file, problems) = Config::read(&config_file(&SETTINGS), "");
        assert_eq!(problems, []);
        assert_eq!(from_query.primary, from_file.primary);
        assert_eq!(from_query.address, from_file.address);
        assert_eq!(from_query.name, None);
        assert_eq!(
            from_file.name.as_deref(),
            Some("Müller & Söhne \"Beratung\"")
        );
        assert_eq!(
            from_file.contact_link.as_deref(),
            Some("mailto:hallo@example.org")
        );
        assert_eq!(from_file.logo, None);
        // "orange" is no colour: no snippet copies it.
        assert_eq!(from_file.accent, None);

        let loader = loader_snippet(app, &SETTINGS, "Zum Social-Media-Check");
        assert_eq!(
            loader,
            "<div data-social-media-check data-primary=\"#1a6b4f\" data-address=\"du\">\n  \
             <a href=\"https://example.org/check/?primary=%231a6b4f&amp;address=du\">Zum Social-Media-Check</a>\n\
             </div>\n<script src=\"https://example.org/check/embed.js\" async></script>"
        );
        let iframe = iframe_snippet(app, &SETTINGS, "Social-Media-Check");
        assert!(iframe.starts_with(
            "<iframe src=\"https://example.org/check/?primary=%231a6b4f&amp;address=du\" title="
        ));
    }

    #[test]
    fn a_line_break_cannot_add_a_line_to_config_ini() {
        let injected = [
            (
                Setting::Name,
                "Muster\nhost_origin = https://attacker.example",
            ),
            (Setting::ContactLabel, "Termin\r\u{2028}\u{1b}[0m"),
            (Setting::Address, "d\tu"),
        ];
        let file = config_file(&injected);
        assert_eq!(
            file,
            "name = Musterhost_origin = https://attacker.example\ncontact_label = Termin[0m\naddress = du\n"
        );
        let (config, problems) = Config::read(&file, "");
        assert_eq!(problems, []);
        assert!(config.host_origins.is_empty());
        assert_eq!(
            loader_snippet("./", &injected, "Zum <Check>\n"),
            "<div data-social-media-check data-address=\"du\">\n  <a href=\"./?address=du\">Zum &lt;Check&gt;</a>\n\
             </div>\n<script src=\"./embed.js\" async></script>"
        );
    }

    #[test]
    fn no_settings_make_a_bare_snippet() {
        assert_eq!(query::<&str>(&[]), "");
        assert_eq!(config_file(&[(Setting::Name, "")]), "");
        assert!(loader_snippet::<&str>("./", &[], "Zum Check")
            .starts_with("<div data-social-media-check>\n  <a href=\"./\">Zum Check</a>\n</div>"));
    }
}
