//! The embed page's form: the value the site owner has typed for each setting, and the values the live
//! preview shows.
//!
//! The preview is the check itself in a frame, and it reloads whenever its values change. It therefore
//! catches up when the owner leaves a field or picks a choice, never at every key; the code to copy follows
//! every key. The typed values are the form's single source of truth, so a re-render can never put back an
//! older value under the owner's cursor.

use crate::config::{query_pairs, Config, Setting};
use crate::snippet::typed_query;
use std::collections::BTreeMap;

/// A value for each of [`Setting::EMBEDDED`], empty when unset.
pub type Values = BTreeMap<Setting, String>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedForm {
    /// What the page started from (`config.ini` and the page's query string).
    pub start: Values,
    /// What the owner has typed.
    pub values: Values,
    /// The values the preview shows: `values` as of the last field the owner left.
    pub previewed: Values,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormAction {
    /// The owner changed the value of a setting.
    Type(Setting, String),
    /// The owner left a field or picked a choice: the preview catches up with the typed values.
    Preview,
    /// Back to the values the page started from.
    Reset,
}

/// An empty value for every setting of the form.
fn empty() -> Values {
    Setting::EMBEDDED
        .iter()
        .copied()
        .map(|setting| (setting, String::new()))
        .collect()
}

impl EmbedForm {
    /// A form showing the settings in effect. The default form of address stays unset, so the code names
    /// only what differs from the defaults.
    pub fn new(config: &Config) -> EmbedForm {
        let start: Values = Setting::EMBEDDED
            .iter()
            .copied()
            .map(|setting| (setting, config.value(setting).unwrap_or_default()))
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
            start: self.start,
        }
    }

    /// The typed values as one line, or `None` when they are those the page started from: then nothing
    /// needs keeping, and a later change of `config.ini` shows.
    pub fn to_saved(&self) -> Option<String> {
        self.is_changed().then(|| typed_query(&self.settings()))
    }

    /// Whether the owner has changed any value.
    pub fn is_changed(&self) -> bool {
        self.values != self.start
    }

    pub fn apply(mut self, action: FormAction) -> EmbedForm {
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

    /// The typed value of `setting`, empty when unset.
    pub fn value(&self, setting: Setting) -> &str {
        self.values.get(&setting).map_or("", String::as_str)
    }

    /// The typed values as `(setting, value)` pairs, for the code to copy.
    pub fn settings(&self) -> Vec<(Setting, &str)> {
        pairs(&self.values)
    }

    /// The previewed values as `(setting, value)` pairs, for the preview's address.
    pub fn previewed_settings(&self) -> Vec<(Setting, &str)> {
        pairs(&self.previewed)
    }
}

fn pairs(values: &Values) -> Vec<(Setting, &str)> {
    values
        .iter()
        .map(|(setting, value)| (*setting, value.as_str()))
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
    }

    #[test]
    fn typing_changes_the_code_and_leaving_the_field_changes_the_preview() {
        let typed = form().apply(FormAction::Type(Setting::Name, "Beratung Beispiel".into()));
        assert_eq!(typed.value(Setting::Name), "Beratung Beispiel");
        assert_eq!(typed.previewed[&Setting::Name], "Muster Beratung");
        assert!(typed
            .settings()
            .contains(&(Setting::Name, "Beratung Beispiel")));
        assert!(typed
            .previewed_settings()
            .contains(&(Setting::Name, "Muster Beratung")));

        let previewed = typed.apply(FormAction::Preview);
        assert_eq!(previewed.previewed[&Setting::Name], "Beratung Beispiel");

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
        let mut changed = form();
        let odd = [
            (Setting::Name, "Müller & Söhne = 100% + mehr?"),
            (Setting::Accent, "orange"),
            (Setting::Address, "du"),
            (Setting::Primary, ""),
        ];
        for (setting, text) in odd {
            changed = changed.apply(FormAction::Type(setting, text.into()));
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
            assert_eq!(restored.values.len(), Setting::EMBEDDED.len());
        }
        assert_eq!(form().restored("name=%zz%").value(Setting::Name), "%zz%");
    }
}
