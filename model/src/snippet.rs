//! The code a site owner copies from the embed page: the loader's element, a plain iframe, and the lines
//! of `config.ini`. Each is built from the same list of settings, so all three always say the same.

use crate::config::percent_encode;

/// Settings as `(key, value)` pairs with the keys of `config.ini`; pairs with an empty value are left out.
pub type Settings<'a> = [(&'a str, &'a str)];

fn given<'a>(settings: &'a Settings<'a>) -> impl Iterator<Item = (&'a str, &'a str)> {
    settings
        .iter()
        .map(|&(key, value)| (key, value.trim()))
        .filter(|(_, value)| !value.is_empty())
}

/// The settings as a query string, `?key=value&…`, or nothing when there are none.
pub fn query(settings: &Settings) -> String {
    let mut query = String::new();
    for (key, value) in given(settings) {
        query.push(if query.is_empty() { '?' } else { '&' });
        query.push_str(key);
        query.push('=');
        query.push_str(&percent_encode(value));
    }
    query
}

/// The element the loader turns into the check, and the loader itself, served from `app` (the check's
/// folder, ending in `/`).
pub fn loader_snippet(app: &str, settings: &Settings) -> String {
    let mut html = String::from("<div data-social-media-check");
    for (key, value) in given(settings) {
        html.push_str(" data-");
        html.push_str(&key.replace('_', "-"));
        html.push_str("=\"");
        html.push_str(&escape_attribute(value));
        html.push('"');
    }
    html.push_str("></div>\n<script src=\"");
    html.push_str(&escape_attribute(app));
    html.push_str("embed.js\" async></script>");
    html
}

/// A plain iframe of the check, for pages that allow no scripts: it has a fixed height and scrolls inside.
pub fn iframe_snippet(app: &str, settings: &Settings, title: &str) -> String {
    let mut html = String::from("<iframe src=\"");
    html.push_str(&escape_attribute(app));
    html.push_str(&escape_attribute(&query(settings)));
    html.push_str("\" title=\"");
    html.push_str(&escape_attribute(title));
    html.push_str(
        "\" loading=\"lazy\" allow=\"clipboard-write; web-share\" style=\"width:100%;height:720px;border:0\"></iframe>",
    );
    html
}

/// The settings as lines of `config.ini`.
pub fn config_file(settings: &Settings) -> String {
    let mut file = String::new();
    for (key, value) in given(settings) {
        file.push_str(key);
        file.push_str(" = ");
        file.push_str(value);
        file.push('\n');
    }
    file
}

/// `text` safe inside a double-quoted HTML attribute.
fn escape_attribute(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '"' => escaped.push_str("&quot;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    const SETTINGS: [(&str, &str); 5] = [
        ("name", "Müller & Söhne \"Beratung\""),
        ("primary", "#1a6b4f"),
        ("contact_link", "mailto:hallo@example.org"),
        ("address", "du"),
        ("logo", " "),
    ];

    #[test]
    fn all_three_snippets_carry_the_same_settings() {
        let app = "https://example.org/check/";
        let (from_query, problems) = Config::read("", &query(&SETTINGS));
        assert_eq!(problems, []);
        let (from_file, problems) = Config::read(&config_file(&SETTINGS), "");
        assert_eq!(problems, []);
        assert_eq!(from_query, from_file);
        assert_eq!(
            from_file.name.as_deref(),
            Some("Müller & Söhne \"Beratung\"")
        );
        assert_eq!(from_file.logo, None);

        let loader = loader_snippet(app, &SETTINGS);
        assert_eq!(
            loader,
            "<div data-social-media-check data-name=\"Müller &amp; Söhne &quot;Beratung&quot;\" \
             data-primary=\"#1a6b4f\" data-contact-link=\"mailto:hallo@example.org\" data-address=\"du\">\
             </div>\n<script src=\"https://example.org/check/embed.js\" async></script>"
        );
        let iframe = iframe_snippet(app, &SETTINGS, "Social-Media-Check");
        assert!(iframe.starts_with(
            "<iframe src=\"https://example.org/check/?name=M%C3%BCller%20%26%20S%C3%B6hne%20%22Beratung%22&amp;primary=%231a6b4f&amp;"
        ));
    }

    #[test]
    fn no_settings_make_a_bare_snippet() {
        assert_eq!(query(&[]), "");
        assert_eq!(config_file(&[("name", "")]), "");
        assert!(loader_snippet("./", &[]).starts_with("<div data-social-media-check></div>"));
    }
}
