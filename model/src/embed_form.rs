//! The embed page's form: the value the site owner has typed for each setting, and the values the live
//! preview shows.
//!
//! The preview is the check itself in a frame, and it reloads whenever its values change. It therefore
//! catches up when the owner leaves a field or picks a choice, never at every key; the code to copy follows
//! every key. The typed values are the form's single source of truth, so a re-render can never put back an
//! older value under the owner's cursor.

use crate::config::{query_pairs, Config, SETTINGS};
use crate::snippet::query;
use crate::text::Address;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedForm {
    /// What the page started from (`config.ini` and the page's query string), one value per setting in the
    /// order of [`SETTINGS`]; empty when unset.
    pub start: Vec<String>,
    /// What the owner has typed, in the same order.
    pub values: Vec<String>,
    /// The values the preview shows: `values` as of the last field the owner left.
    pub previewed: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormAction {
    /// The owner changed the value of setting `index` (an index into [`SETTINGS`]).
    Type(usize, String),
    /// The owner left a field or picked a choice: the preview catches up with the typed values.
    Preview,
    /// Back to the values the page started from.
    Reset,
}

impl EmbedForm {
    /// A form showing the settings in effect.
    pub fn new(config: &Config) -> EmbedForm {
        let start: Vec<String> = SETTINGS
            .iter()
            .map(|key| match *key {
                "name" => config.name.clone(),
                "logo" => config.logo.clone(),
                "primary" => config.primary.map(|colour| colour.css()),
                "accent" => config.accent.map(|colour| colour.css()),
                "contact_label" => config.contact_label.clone(),
                "contact_link" => config.contact_link.clone(),
                "lang" => config.lang.map(|lang| lang.code().to_owned()),
                // The default stays unset, so the code names only what differs from it.
                "address" => (config.address == Address::Du).then(|| "du".to_owned()),
                _ => (!config.host_origins.is_empty()).then(|| config.host_origins.join(", ")),
            })
            .map(Option::unwrap_or_default)
            .collect();
        EmbedForm {
            values: start.clone(),
            previewed: start.clone(),
            start,
        }
    }

    /// The form as the owner left it, from the text [`EmbedForm::to_saved`] wrote; settings the text does
    /// not name are empty, as the owner had cleared them. Any text reads, so nothing can fail here.
    pub fn restored(self, saved: &str) -> EmbedForm {
        let mut values = vec![String::new(); SETTINGS.len()];
        for (key, value) in query_pairs(saved) {
            if let Some(index) = SETTINGS.iter().position(|setting| *setting == key) {
                values[index] = value;
            }
        }
        EmbedForm {
            previewed: values.clone(),
            values,
            start: self.start,
        }
    }

    /// The typed values as one line, or `None` when they are those the page started from: then nothing
    /// needs keeping, and a later change of `config.ini` shows.
    pub fn to_saved(&self) -> Option<String> {
        self.is_changed().then(|| query(&self.settings()))
    }

    /// Whether the owner has changed any value.
    pub fn is_changed(&self) -> bool {
        self.values != self.start
    }

    pub fn apply(mut self, action: FormAction) -> EmbedForm {
        match action {
            FormAction::Type(index, value) => {
                if let Some(slot) = self.values.get_mut(index) {
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

    /// The typed values as `(key, value)` pairs, for the code to copy.
    pub fn settings(&self) -> Vec<(&'static str, &str)> {
        pairs(&self.values)
    }

    /// The previewed values as `(key, value)` pairs, for the preview's address.
    pub fn previewed_settings(&self) -> Vec<(&'static str, &str)> {
        pairs(&self.previewed)
    }
}

fn pairs(values: &[String]) -> Vec<(&'static str, &str)> {
    SETTINGS
        .into_iter()
        .zip(values.iter().map(String::as_str))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> EmbedForm {
        let (config, problems) = Config::read(
            "name = Muster Beratung\nprimary = #1a6b4f\naddress = sie\nhost_origin = https://Blog.example.org",
            "",
        );
        assert!(problems.is_empty(), "{problems:?}");
        EmbedForm::new(&config)
    }

    fn value<'a>(values: &'a [String], key: &str) -> &'a str {
        &values[SETTINGS.iter().position(|setting| *setting == key).unwrap()]
    }

    #[test]
    fn the_form_starts_from_the_settings_in_effect() {
        let form = form();
        assert_eq!(value(&form.values, "name"), "Muster Beratung");
        assert_eq!(value(&form.values, "primary"), "#1A6B4F");
        // The default form of address is left unset, so the code does not repeat it.
        assert_eq!(value(&form.values, "address"), "");
        assert_eq!(
            value(&form.values, "host_origin"),
            "https://blog.example.org"
        );
        assert_eq!(form.values, form.previewed);
        assert!(!form.is_changed());
        assert_eq!(form.to_saved(), None);
    }

    #[test]
    fn typing_changes_the_code_and_leaving_the_field_changes_the_preview() {
        let name = SETTINGS.iter().position(|key| *key == "name").unwrap();
        let typed = form().apply(FormAction::Type(name, "Beratung Beispiel".into()));
        assert_eq!(value(&typed.values, "name"), "Beratung Beispiel");
        assert_eq!(value(&typed.previewed, "name"), "Muster Beratung");
        assert!(typed.settings().contains(&("name", "Beratung Beispiel")));
        assert!(typed
            .previewed_settings()
            .contains(&("name", "Muster Beratung")));

        let previewed = typed.apply(FormAction::Preview);
        assert_eq!(value(&previewed.previewed, "name"), "Beratung Beispiel");

        let reset = previewed.apply(FormAction::Reset);
        assert_eq!(reset, form());
    }

    #[test]
    fn an_index_beyond_the_settings_changes_nothing() {
        assert_eq!(
            form().apply(FormAction::Type(SETTINGS.len(), "x".into())),
            form()
        );
    }

    #[test]
    fn the_typed_values_survive_a_reload_as_typed_mistakes_included() {
        let mut changed = form();
        let odd = [
            ("name", "Müller & Söhne = 100% + mehr?"),
            ("accent", "orange"),
            ("address", "du"),
            ("primary", ""),
        ];
        for (key, text) in odd {
            let index = SETTINGS.iter().position(|setting| *setting == key).unwrap();
            changed = changed.apply(FormAction::Type(index, text.into()));
        }
        let saved = changed.to_saved().expect("a changed form is kept");
        let restored = form().restored(&saved);
        assert_eq!(restored.values, changed.values);
        assert_eq!(restored.previewed, changed.values);
        assert_eq!(restored.start, form().start);
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
            assert_eq!(restored.values.len(), SETTINGS.len());
        }
        assert_eq!(value(&form().restored("name=%zz%").values, "name"), "%zz%");
    }
}
