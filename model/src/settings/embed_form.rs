//! The embed page's form: the value the site owner has typed for each setting, what the check makes of
//! each (good, completed to a full address, or a mistake), and the values the live preview shows.
//!
//! The preview is the check itself in a frame, and it reloads whenever its values change. It therefore
//! catches up after a pause in typing or when the owner leaves a field, never at every key; the code to
//! copy follows every key. The typed values are the form's single source of truth, so a re-render can
//! never put back an older value under the owner's cursor, and a mistake stays in its field for the owner
//! to correct, while no snippet and no preview ever carries it.

use crate::settings::{Config, ProblemKind, Setting};

use crate::content::EMBED_UI;
use crate::reducer::Reducer;
use crate::settings::snippet::{cleaned, typed_query};
use crate::text::{Lang, Text};
use crate::url::authority;
use crate::url::has_scheme;
use crate::url::query_pairs;
use crate::url::without_port;
use crate::url::{is_domain, is_email_address};
use std::collections::BTreeMap;

/// A value for each of [`Setting::EMBEDDED`], empty when unset.
pub type Values = BTreeMap<Setting, String>;

/// The stylesheet's colours (`styles/main.css`, `:root`), which a colour picker shows while neither its
/// field nor `config.ini` gives one.
pub const DEFAULT_PRIMARY: &str = "#0b5cad";
pub const DEFAULT_ACCENT: &str = "#b3400e";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedForm {
    /// The values of `config.ini` alone: what the loader and the iframe need not repeat.
    pub file: Values,
    /// What the page started from (`config.ini` and the page's query string).
    pub start: Values,
    /// What the owner has typed.
    pub values: Values,
    /// The values the preview shows: `values` as of the last pause in typing or the last field left.
    pub previewed: Values,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormAction {
    /// The owner changed the value of a setting.
    Type(Setting, String),
    /// The owner paused typing, left a field or picked a choice: the preview catches up.
    Preview,
    /// Back to the values the page started from.
    Reset,
}

/// What the check makes of one field of the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field {
    /// Nothing typed: the setting comes from `config.ini`, or has its default.
    Empty,
    /// A value the check takes as it is (without control characters and surrounding spaces).
    Good(String),
    /// A web address, e-mail address or phone number typed without its `https://`, `mailto:` or `tel:`,
    /// completed; the page says so at the field.
    Completed(String),
    /// A value the check would refuse, and why. No snippet and no preview carries it.
    Mistake(ProblemKind),
}

impl Field {
    /// The value the snippets and the preview carry, if any.
    pub fn usable(&self) -> Option<&str> {
        match self {
            Field::Good(value) | Field::Completed(value) => Some(value),
            Field::Empty | Field::Mistake(_) => None,
        }
    }

    /// What the page says at the field, in plain words: the mistake and how to mend it, or what the
    /// value was completed to.
    pub fn note(&self, lang: Lang) -> Option<String> {
        let ui = &EMBED_UI;
        let (text, value, max): (&Text, &str, usize) = match self {
            Field::Empty | Field::Good(_) => return None,
            Field::Completed(value) => (&ui.completed, value, 0),
            Field::Mistake(kind) => match kind {
                ProblemKind::NotAColour { value, .. } => (&ui.not_a_colour, value, 0),
                ProblemKind::TooLong { max, .. } => (&ui.too_long, "", *max),
                ProblemKind::LinkNotAllowed { value } => (&ui.contact_link_mistake, value, 0),
                ProblemKind::LogoNotAllowed { value } => (&ui.logo_mistake, value, 0),
                ProblemKind::PrivacyLinkNotAllowed { value } => {
                    (&ui.privacy_link_mistake, value, 0)
                }
                ProblemKind::LeadEndpointNotAllowed { value } => {
                    (&ui.lead_endpoint_mistake, value, 0)
                }
                ProblemKind::LeadNeedsPrivacyLink => (&ui.lead_needs_privacy_link, "", 0),
                ProblemKind::NotAnOrigin { value } => (&ui.host_origin_mistake, value, 0),
                ProblemKind::AnalyticsEndpointNotAllowed { value } => {
                    (&ui.analytics_endpoint_mistake, value, 0)
                }
                ProblemKind::AnalyticsSiteNotAllowed { value } => {
                    (&ui.analytics_site_mistake, value, 0)
                }
                ProblemKind::AnalyticsIncomplete => (&ui.analytics_incomplete, "", 0),
                ProblemKind::UnknownLanguage { value }
                | ProblemKind::UnknownAddress { value }
                | ProblemKind::NotYesOrNo { value, .. }
                | ProblemKind::UnknownAnalytics { value }
                | ProblemKind::LogoMissing { value } => (&ui.not_offered, value, 0),
                // What the form cannot produce: every field is a known setting the form may set, and a
                // field holds one value.
                ProblemKind::NotASetting
                | ProblemKind::UnknownKey { .. }
                | ProblemKind::FileOnly { .. }
                | ProblemKind::TextTooLong { .. }
                | ProblemKind::HtmlPage
                | ProblemKind::MoreProblems { .. } => (&ui.not_offered, "", 0),
            },
        };
        Some(text.fill(lang, &[("value", value), ("max", &max.to_string())]))
    }
}

/// An empty value for every setting of the form.
fn empty() -> Values {
    values_of(&Config::default())
}

/// The values of `config` for every setting of the form, empty where it has the default. The default
/// form of address stays unset, so the code names only what differs from the defaults.
fn values_of(config: &Config) -> Values {
    Setting::EMBEDDED
        .iter()
        .map(|&setting| (setting, config.value(setting).unwrap_or_default()))
        .collect()
}

impl EmbedForm {
    /// A form showing the settings in effect (`config`: `config.ini` with the page's query string), that
    /// compares with `file` (`config.ini` alone) to leave out of the embed code what the file already says.
    pub fn new(config: &Config, file: &Config) -> EmbedForm {
        let start = values_of(config);
        EmbedForm {
            file: values_of(file),
            values: start.clone(),
            previewed: start.clone(),
            start,
        }
    }

    /// The form as the owner left it, from the text [`EmbedForm::to_saved`] wrote; settings the text does
    /// not name are empty, as the owner had cleared them. Any text reads, so nothing can fail here.
    pub fn restored(self, saved: &str) -> EmbedForm {
        let mut values = empty();
        for (key, value) in query_pairs(saved) {
            if let Some(slot) = Setting::from_key(&key).and_then(|setting| values.get_mut(&setting))
            {
                *slot = value;
            }
        }
        EmbedForm {
            previewed: values.clone(),
            values,
            ..self
        }
    }

    /// The typed values as one line, or `None` when they are those the page started from: then nothing
    /// needs keeping, and a later change of `config.ini` shows.
    pub fn to_saved(&self) -> Option<String> {
        let typed: Vec<(Setting, &str)> = self
            .values
            .iter()
            .map(|(setting, value)| (*setting, value.as_str()))
            .collect();
        self.is_changed().then(|| typed_query(&typed))
    }

    /// Whether the owner has changed any value.
    pub fn is_changed(&self) -> bool {
        self.values != self.start
    }

    /// The typed value of `setting`, empty when unset.
    pub fn value(&self, setting: Setting) -> &str {
        self.values.get(&setting).map_or("", String::as_str)
    }

    /// What the check makes of the typed value of `setting`.
    pub fn field(&self, setting: Setting) -> Field {
        field_of(&self.values, setting)
    }

    /// Whether any field holds a mistake, which the code then leaves out.
    pub fn has_mistakes(&self) -> bool {
        self.mistakes() > 0
    }

    /// How many fields hold a mistake.
    pub fn mistakes(&self) -> usize {
        Setting::EMBEDDED
            .iter()
            .filter(|&&setting| matches!(self.field(setting), Field::Mistake(_)))
            .count()
    }

    /// The page's status line: that every field is fine only while none holds a mistake, else how many
    /// do. It is derived from the same fields as the notes beside them, so the two never disagree.
    pub fn status(&self, lang: Lang) -> String {
        match self.mistakes() {
            0 => EMBED_UI.status_fine.get(lang).to_owned(),
            1 => EMBED_UI.status_one_mistake.get(lang).to_owned(),
            count => EMBED_UI
                .status_mistakes
                .fill(lang, &[("count", &count.to_string())]),
        }
    }

    /// Every usable typed value, for the lines of `config.ini`.
    pub fn file_settings(&self) -> Vec<(Setting, String)> {
        usable(&self.values).collect()
    }

    /// The usable typed values that differ from `config.ini`, for the loader and the iframe: what they
    /// leave out comes from the file, so a later change there reaches every embed.
    pub fn embed_settings(&self) -> Vec<(Setting, String)> {
        self.differing(&self.values)
    }

    /// What the preview shows: the previewed values as the embed code would carry them, so the preview is
    /// exactly what a visitor of the embed will see.
    pub fn preview_settings(&self) -> Vec<(Setting, String)> {
        self.differing(&self.previewed)
    }

    /// The usable values of `values` that `config.ini` does not already give: compared as the check reads
    /// them, so `#1a6b4f` equals the file's `#1A6B4F`, and „sie“ the default form of address.
    fn differing(&self, values: &Values) -> Vec<(Setting, String)> {
        usable(values)
            .filter(|(setting, value)| {
                let read = setting.normal(value).ok().flatten().unwrap_or_default();
                self.file.get(setting).map_or("", String::as_str) != read
            })
            .collect()
    }

    /// The colour a picker shows for `setting` (primary or accent): the typed colour, else the file's,
    /// else the stylesheet's, as `#rrggbb` in lower case as `<input type="color">` takes it.
    pub fn picker_colour(&self, setting: Setting) -> String {
        let default = match setting {
            Setting::Accent => DEFAULT_ACCENT,
            _ => DEFAULT_PRIMARY,
        };
        [
            self.field(setting).usable(),
            self.file.get(&setting).map(String::as_str),
        ]
        .into_iter()
        .flatten()
        .find_map(|value| setting.normal(value).ok().flatten())
        .unwrap_or_else(|| default.to_owned())
        .to_ascii_lowercase()
    }
}

/// The usable values of `values`, in the form's order.
fn usable(values: &Values) -> impl Iterator<Item = (Setting, String)> + '_ {
    values.keys().filter_map(|&setting| {
        field_of(values, setting)
            .usable()
            .map(|value| (setting, value.to_owned()))
    })
}

/// What the check makes of the value of `setting` in `values`.
fn field_of(values: &Values, setting: Setting) -> Field {
    let value = cleaned(values.get(&setting).map_or("", String::as_str));
    if value.is_empty() {
        return Field::Empty;
    }
    let field = match completed(setting, &value) {
        Some(full) if setting.accepts(&full) => Field::Completed(full),
        _ => match setting.normal(&value) {
            Ok(_) => Field::Good(value),
            Err(kind) => Field::Mistake(kind),
        },
    };
    // The lead form is offered only beside a privacy policy, so an endpoint without one is a mistake.
    let lacks_privacy_link = setting == Setting::LeadEndpoint
        && field_of(values, Setting::PrivacyLink).usable().is_none();
    match field {
        Field::Good(_) | Field::Completed(_) if lacks_privacy_link => {
            Field::Mistake(ProblemKind::LeadNeedsPrivacyLink)
        }
        Field::Good(_) | Field::Completed(_) => match analytics_problem(values, setting) {
            Some(kind) => Field::Mistake(kind),
            None => field,
        },
        field => field,
    }
}

/// What keeps the counting settings of `values` from counting, for a field of `setting` among them: all
/// three are needed, and the site must fit the service (`crate::analytics`). Read from the raw values, so
/// a field never asks its siblings' fields, which would ask it back.
fn analytics_problem(values: &Values, setting: Setting) -> Option<ProblemKind> {
    const COUNTING: [Setting; 3] = [
        Setting::Analytics,
        Setting::AnalyticsEndpoint,
        Setting::AnalyticsSite,
    ];
    if !COUNTING.contains(&setting) {
        return None;
    }
    let mut file = String::new();
    for sibling in COUNTING {
        let value = cleaned(values.get(&sibling).map_or("", String::as_str));
        let value = completed(sibling, &value).unwrap_or(value);
        file.push_str(&[sibling.key(), " = ", &value, "\n"].concat());
    }
    let (_, problems) = Config::read(&file, "");
    problems
        .into_iter()
        .map(|problem| problem.kind)
        .find(|kind| {
            matches!(
                kind,
                ProblemKind::AnalyticsIncomplete | ProblemKind::AnalyticsSiteNotAllowed { .. }
            )
        })
}

/// `value` as the full address the owner meant, when they left out its beginning: a web address without
/// `https://` (`www.muster-beratung.de/termin`), and in the contact link an e-mail address without
/// `mailto:` or a phone number without `tel:`. `None` when there is nothing to complete.
///
/// A logo or a privacy policy may also be a file beside the check, so there a bare file name
/// (`logo.svg`, `datenschutz.html`, `img/logo.png`) stays a file, and only something that begins with
/// `www.`, or a domain followed by a path (`muster-beratung.de/logo.svg`), counts as a web address.
pub fn completed(setting: Setting, value: &str) -> Option<String> {
    let value = value.trim();
    if has_scheme(value) {
        return None;
    }
    let web = |address: &str| ["https://", address].concat();
    match setting {
        Setting::ContactLink if is_email_address(value) => Some(["mailto:", value].concat()),
        Setting::ContactLink if is_phone(value) => Some(
            [
                "tel:",
                &value.replace(|c: char| !c.is_ascii_digit() && c != '+', ""),
            ]
            .concat(),
        ),
        Setting::ContactLink | Setting::LeadEndpoint | Setting::AnalyticsEndpoint => {
            is_domain(host_of(value)).then(|| web(value))
        }
        Setting::Logo | Setting::PrivacyLink => {
            let host = host_of(value);
            let www = host.to_ascii_lowercase().starts_with("www.");
            (is_domain(host) && (www || value.len() > host.len())).then(|| web(value))
        }
        Setting::HostOrigin => {
            let items: Vec<&str> = value
                .split([',', ' '])
                .filter(|item| !item.is_empty())
                .collect();
            let bare = |item: &str| !item.contains("://") && is_domain(host_of(item));
            items.iter().any(|item| bare(item)).then(|| {
                items
                    .iter()
                    .map(|item| {
                        if bare(item) {
                            web(item)
                        } else {
                            (*item).to_owned()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            })
        }
        _ => None,
    }
}

/// The host part of an address without scheme: up to the first `/`, `?` or `#`, without a port.
fn host_of(value: &str) -> &str {
    without_port(authority(value))
}

/// Whether `value` is a phone number: at least six digits, an optional `+` in front, and the spaces,
/// hyphens, slashes, dots and brackets people write between them.
fn is_phone(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let rest = value.strip_prefix('+').unwrap_or(value);
    digits >= 6
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '/' | '.' | '(' | ')'))
}

impl Reducer for EmbedForm {
    type Action = FormAction;

    fn apply(mut self, action: Self::Action) -> Self {
        match action {
            FormAction::Type(setting, value) => {
                if let Some(slot) = self.values.get_mut(&setting) {
                    *slot = value;
                }
            }
            FormAction::Preview => self.previewed = self.values.clone(),
            FormAction::Reset => {
                self.values = self.start.clone();
                self.previewed = self.start.clone();
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::snippet::{config_file, iframe_snippet, loader_snippet};

    const FILE: &str =
        "name = Muster Beratung\nprimary = #1a6b4f\naddress = sie\nhost_origin = https://Blog.example.org";

    fn form() -> EmbedForm {
        let (config, problems) = Config::read(FILE, "");
        assert!(problems.is_empty(), "{problems:?}");
        EmbedForm::new(&config, &config)
    }

    fn typed(pairs: &[(Setting, &str)]) -> EmbedForm {
        pairs.iter().fold(form(), |form, (setting, value)| {
            form.apply(FormAction::Type(*setting, (*value).to_owned()))
        })
    }

    /// Every snippet the page shows for `form`, in one text.
    fn every_snippet(form: &EmbedForm) -> String {
        let app = "https://example.org/check/";
        [
            loader_snippet(app, &form.embed_settings(), "Zum Social-Media-Check"),
            iframe_snippet(app, &form.embed_settings(), "Social-Media-Check"),
            config_file(&form.file_settings()),
            crate::settings::snippet::query(&form.preview_settings()),
        ]
        .join("\n")
    }

    #[test]
    fn the_form_starts_from_the_settings_in_effect() {
        let form = form();
        assert_eq!(form.value(Setting::Name), "Muster Beratung");
        assert_eq!(form.value(Setting::Primary), "#1A6B4F");
        // The default form of address is left unset, so the code does not repeat it.
        assert_eq!(form.value(Setting::Address), "");
        assert_eq!(form.value(Setting::HostOrigin), "https://blog.example.org");
        assert_eq!(form.values.len(), Setting::EMBEDDED.len());
        assert_eq!(form.values, form.previewed);
        assert!(!form.is_changed());
        assert_eq!(form.to_saved(), None);
        assert!(!form.has_mistakes());
    }

    #[test]
    fn typing_changes_the_code_and_a_pause_changes_the_preview() {
        let typed = form()
            .apply(FormAction::Type(Setting::Name, "Beratung Beispiel".into()))
            .apply(FormAction::Type(Setting::Accent, "#c60".into()));
        assert_eq!(typed.value(Setting::Name), "Beratung Beispiel");
        assert_eq!(typed.previewed[&Setting::Name], "Muster Beratung");
        assert!(typed
            .file_settings()
            .contains(&(Setting::Name, "Beratung Beispiel".into())));
        assert_eq!(typed.preview_settings(), []);

        let previewed = typed.apply(FormAction::Preview);
        assert_eq!(previewed.previewed[&Setting::Name], "Beratung Beispiel");
        // The preview's address carries the presentation only; the name shows once it is in config.ini.
        assert_eq!(
            crate::settings::snippet::query(&previewed.preview_settings()),
            "?accent=%23c60"
        );

        let reset = previewed.apply(FormAction::Reset);
        assert_eq!(reset, form());
    }

    #[test]
    fn a_setting_outside_the_form_changes_nothing() {
        assert_eq!(
            form().apply(FormAction::Type(Setting::Preview, "ja".into())),
            form()
        );
    }

    #[test]
    fn the_typed_values_survive_a_reload_as_typed_mistakes_included() {
        let changed = typed(&[
            (Setting::Name, "Müller & Söhne = 100% + mehr?"),
            (Setting::Accent, "orange"),
            (Setting::Address, "du"),
            (Setting::Primary, ""),
        ]);
        let saved = changed.to_saved().expect("a changed form is kept");
        let restored = form().restored(&saved);
        assert_eq!(restored.values, changed.values);
        assert_eq!(restored.previewed, changed.values);
        assert_eq!(restored.start, form().start);
        assert_eq!(restored.file, form().file);
    }

    #[test]
    fn any_saved_text_restores_without_failing() {
        for saved in [
            "",
            "?",
            "&&=",
            "unknown=1&name",
            "name=%zz%",
            "preview&lang=fr",
        ] {
            let restored = form().restored(saved);
            assert_eq!(restored.values.len(), Setting::EMBEDDED.len());
        }
        assert_eq!(form().restored("name=%zz%").value(Setting::Name), "%zz%");
        assert!(matches!(
            form().restored("lang=fr").field(Setting::Lang),
            Field::Mistake(_)
        ));
    }

    #[test]
    fn the_embed_code_carries_only_what_differs_from_config_ini() {
        // Unchanged, the loader and the iframe carry nothing: config.ini says it all.
        let unchanged = form();
        assert_eq!(unchanged.embed_settings(), []);
        let loader = loader_snippet("./", &unchanged.embed_settings(), "Zum Check");
        assert!(
            loader.starts_with(
                "<div data-social-media-check>\n  <a href=\"./\">Zum Check</a>\n</div>"
            ),
            "{loader}"
        );
        // The config.ini lines still carry every setting.
        let file = config_file(&unchanged.file_settings());
        assert_eq!(
            file,
            "name = Muster Beratung\nprimary = #1A6B4F\nhost_origin = https://blog.example.org\n"
        );

        // The same colour written otherwise, and „sie“, which config.ini means by leaving it out, are no
        // difference either.
        let same = typed(&[(Setting::Primary, "#1A6b4F"), (Setting::Address, "sie")]);
        assert_eq!(same.embed_settings(), []);

        let changed = typed(&[
            (Setting::Primary, "#c60"),
            (Setting::Address, "du"),
            (Setting::Name, "Andere Beratung"),
        ]);
        assert_eq!(
            changed.embed_settings(),
            [
                (Setting::Name, "Andere Beratung".to_owned()),
                (Setting::Primary, "#c60".to_owned()),
                (Setting::Address, "du".to_owned()),
            ]
        );
        assert_eq!(
            loader_snippet("./", &changed.embed_settings(), "Zum Check"),
            "<div data-social-media-check data-primary=\"#c60\" data-address=\"du\">\n  \
             <a href=\"./?primary=%23c60&amp;address=du\">Zum Check</a>\n</div>\n\
             <script src=\"./embed.js\" async></script>"
        );
        assert!(config_file(&changed.file_settings()).contains("name = Andere Beratung\n"));
    }

    #[test]
    fn the_base_is_config_ini_not_the_page_address() {
        // The embed page opened with ?primary=… starts from that colour, which config.ini does not have:
        // so the loader carries it.
        let (config, _) = Config::read(FILE, "?primary=%23c60&address=du");
        let (file, _) = Config::read(FILE, "");
        let form = EmbedForm::new(&config, &file);
        assert_eq!(form.value(Setting::Primary), "#CC6600");
        assert_eq!(
            form.embed_settings(),
            [
                (Setting::Primary, "#CC6600".to_owned()),
                (Setting::Address, "du".to_owned()),
            ]
        );
        assert!(!form.is_changed());
    }

    #[test]
    fn mistakes_never_reach_a_snippet_or_the_preview() {
        let bad = [
            (Setting::Primary, "grün"),
            (Setting::Accent, "#12345"),
            (Setting::Logo, "http://muster.de/logo.svg"),
            (Setting::ContactLink, "javascript:alert(1)"),
            (Setting::PrivacyLink, "ftp://muster.de/privacy"),
            (Setting::HostOrigin, "https://blog.muster.de/post"),
            (Setting::LeadEndpoint, "http://crm.muster.de/hook"),
            (
                Setting::Name,
                "Sehr lange Namen sind hier nicht erlaubt, denn sie passen nicht in die Kopfzeile",
            ),
            (Setting::Lang, "fr"),
            (Setting::Address, "ihr"),
        ];
        let form = typed(&bad).apply(FormAction::Preview);
        assert!(form.has_mistakes());
        let code = every_snippet(&form);
        for (setting, value) in bad {
            assert!(
                matches!(form.field(setting), Field::Mistake(_)),
                "{setting:?}: {:?}",
                form.field(setting)
            );
            let note = form
                .field(setting)
                .note(Lang::De)
                .expect("a mistake is said");
            assert!(!note.is_empty());
            // A short value such as „fr“ may stand inside a word of the code („iframe“); its key not.
            assert!(
                (value.len() < 4 || !code.contains(value)) && !code.contains(setting.key()),
                "{value} reached the code:\n{code}"
            );
        }
        // The fields without mistakes still reach the file's lines.
        assert_eq!(config_file(&form.file_settings()), "");
    }

    #[test]
    fn the_status_says_all_is_fine_only_while_no_field_holds_a_mistake() {
        let fine = EMBED_UI.status_fine;
        assert_eq!(form().status(Lang::De), fine.de);
        let good = typed(&[
            (Setting::Primary, "#c60"),
            (Setting::ContactLink, "muster.de"),
        ]);
        assert_eq!(good.status(Lang::En), fine.en);
        let one = typed(&[(Setting::Accent, "grün")]);
        assert_eq!(one.mistakes(), 1);
        let two = typed(&[(Setting::Accent, "grün"), (Setting::Logo, "javascript:x")]);
        assert_eq!(two.mistakes(), 2);
        for lang in Lang::ALL {
            for form in [&one, &two] {
                let status = form.status(lang);
                assert_ne!(status, fine.get(lang));
                assert!(
                    !status.contains("in Ordnung") && !status.contains("fine"),
                    "{status}"
                );
            }
            assert!(two.status(lang).starts_with('2'), "{}", two.status(lang));
        }
        // Mended, the status says so again.
        let mended = one.apply(FormAction::Type(Setting::Accent, "#0a0".into()));
        assert_eq!(mended.status(Lang::De), fine.de);
    }

    #[test]
    fn a_mistake_is_said_in_plain_words_in_each_form_of_address() {
        let form = typed(&[(Setting::Primary, "grün")]);
        let field = form.field(Setting::Primary);
        assert_eq!(
            field.note(Lang::De).as_deref(),
            Some("„grün“ ist keine Farbe. Wählen Sie eine mit dem Farbwähler oder schreiben Sie sie als #1a6b4f.")
        );
        assert!(field.note(Lang::DeDu).unwrap().contains("Wähl eine"));
        assert!(field
            .note(Lang::En)
            .unwrap()
            .starts_with("“grün” is not a colour."));
        let long = typed(&[(Setting::ContactLabel, &"x".repeat(41))]);
        assert!(long
            .field(Setting::ContactLabel)
            .note(Lang::De)
            .unwrap()
            .contains("40"));
    }

    #[test]
    fn a_lead_endpoint_needs_a_privacy_link_beside_it() {
        let alone = typed(&[(Setting::LeadEndpoint, "https://formspree.io/f/abc")]);
        assert_eq!(
            alone.field(Setting::LeadEndpoint),
            Field::Mistake(ProblemKind::LeadNeedsPrivacyLink)
        );
        assert!(!config_file(&alone.file_settings()).contains("lead_endpoint"));
        let with_privacy = typed(&[
            (Setting::LeadEndpoint, "formspree.io/f/abc"),
            (Setting::PrivacyLink, "datenschutz.html"),
        ]);
        assert_eq!(
            config_file(&with_privacy.file_settings()),
            "name = Muster Beratung\nprimary = #1A6B4F\nhost_origin = https://blog.example.org\n\
             privacy_link = datenschutz.html\nlead_endpoint = https://formspree.io/f/abc\n"
        );
    }

    #[test]
    fn counting_reaches_the_code_only_with_all_three_fields_fitting_each_other() {
        let alone = typed(&[(Setting::Analytics, "plausible")]);
        assert_eq!(
            alone.field(Setting::Analytics),
            Field::Mistake(ProblemKind::AnalyticsIncomplete)
        );
        assert!(!config_file(&alone.file_settings()).contains("analytics"));
        let wrong_site = typed(&[
            (Setting::Analytics, "matomo"),
            (Setting::AnalyticsEndpoint, "statistik.muster.de/matomo.php"),
            (Setting::AnalyticsSite, "muster.de"),
        ]);
        assert!(matches!(
            wrong_site.field(Setting::AnalyticsSite),
            Field::Mistake(ProblemKind::AnalyticsSiteNotAllowed { .. })
        ));
        let complete = typed(&[
            (Setting::Analytics, "plausible"),
            (Setting::AnalyticsEndpoint, "plausible.io/api/event"),
            (Setting::AnalyticsSite, "muster-beratung.de"),
        ]);
        assert!(!complete.has_mistakes());
        assert!(config_file(&complete.file_settings()).ends_with(
            "analytics = plausible\nanalytics_endpoint = https://plausible.io/api/event\n\
             analytics_site = muster-beratung.de\n"
        ));
        // Counting names a destination: no embed code carries it, only the lines for config.ini.
        assert!(!loader_snippet(
            "https://example.org/check/",
            &complete.embed_settings(),
            "Zum Check"
        )
        .contains("analytics"));
    }

    #[test]
    fn web_addresses_without_their_beginning_are_completed() {
        let cases = [
            (
                Setting::ContactLink,
                "www.muster-beratung.de/termin",
                Some("https://www.muster-beratung.de/termin"),
            ),
            (
                Setting::ContactLink,
                "muster-beratung.de",
                Some("https://muster-beratung.de"),
            ),
            (
                Setting::ContactLink,
                "hallo@muster.de",
                Some("mailto:hallo@muster.de"),
            ),
            (
                Setting::ContactLink,
                "+49 30 123 456-7",
                Some("tel:+49301234567"),
            ),
            (
                Setting::ContactLink,
                "030 / 1234567",
                Some("tel:0301234567"),
            ),
            (Setting::ContactLink, "https://muster.de", None),
            (Setting::ContactLink, "mailto:hallo@muster.de", None),
            (Setting::ContactLink, "Termin", None),
            (Setting::ContactLink, "12345", None),
            (
                Setting::PrivacyLink,
                "www.muster.de",
                Some("https://www.muster.de"),
            ),
            (
                Setting::PrivacyLink,
                "muster.de/datenschutz",
                Some("https://muster.de/datenschutz"),
            ),
            (Setting::PrivacyLink, "datenschutz.html", None),
            (Setting::PrivacyLink, "/datenschutz", None),
            (
                Setting::Logo,
                "www.muster-beratung.de/logo.svg",
                Some("https://www.muster-beratung.de/logo.svg"),
            ),
            (
                Setting::Logo,
                "muster-beratung.de/img/logo.png",
                Some("https://muster-beratung.de/img/logo.png"),
            ),
            (
                Setting::Logo,
                "WWW.Muster.de:8443/logo.svg",
                Some("https://WWW.Muster.de:8443/logo.svg"),
            ),
            (Setting::Logo, "logo.svg", None),
            (Setting::Logo, "img/logo.png", None),
            (Setting::Logo, "./logo.svg", None),
            (Setting::Logo, "../logo.svg", None),
            (Setting::Logo, "/img/logo.png", None),
            (Setting::Logo, "logo.v2.svg", None),
            (Setting::Logo, "https://cdn.muster.de/logo.svg", None),
            (
                Setting::LeadEndpoint,
                "formspree.io/f/abc",
                Some("https://formspree.io/f/abc"),
            ),
            (
                Setting::HostOrigin,
                "blog.muster.de, https://www.muster.de",
                Some("https://blog.muster.de, https://www.muster.de"),
            ),
            (Setting::HostOrigin, "https://blog.muster.de", None),
            (Setting::Primary, "1a6b4f", None),
            (Setting::Name, "muster.de", None),
        ];
        for (setting, typed, expected) in cases {
            assert_eq!(
                completed(setting, typed).as_deref(),
                expected,
                "{setting:?} {typed}"
            );
        }
    }

    #[test]
    fn the_page_says_what_an_address_was_completed_to_and_the_code_carries_it() {
        let form = typed(&[
            (Setting::ContactLink, " www.muster-beratung.de/termin "),
            (Setting::Logo, "logo.svg"),
        ]);
        let field = form.field(Setting::ContactLink);
        assert_eq!(
            field,
            Field::Completed("https://www.muster-beratung.de/termin".into())
        );
        assert_eq!(
            field.note(Lang::De).as_deref(),
            Some("Ergänzt zu https://www.muster-beratung.de/termin")
        );
        assert_eq!(form.field(Setting::Logo), Field::Good("logo.svg".into()));
        let file = config_file(&form.file_settings());
        assert!(
            file.contains("contact_link = https://www.muster-beratung.de/termin\n"),
            "{file}"
        );
        assert!(file.contains("logo = logo.svg\n"), "{file}");
    }

    #[test]
    fn a_picker_shows_the_colour_in_effect() {
        assert_eq!(form().picker_colour(Setting::Primary), "#1a6b4f");
        assert_eq!(form().picker_colour(Setting::Accent), DEFAULT_ACCENT);
        let typed = typed(&[(Setting::Primary, "#C60"), (Setting::Accent, "grün")]);
        assert_eq!(typed.picker_colour(Setting::Primary), "#cc6600");
        assert_eq!(typed.picker_colour(Setting::Accent), DEFAULT_ACCENT);
    }

    #[test]
    fn the_default_colours_are_the_stylesheets() {
        let css = include_str!("../../../styles/main.css");
        assert!(css.contains(&format!("--primary: {DEFAULT_PRIMARY};")));
        assert!(css.contains(&format!("--accent: {DEFAULT_ACCENT};")));
    }
}
