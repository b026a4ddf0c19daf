//! Languages and bilingual texts.

/// A language the check is offered in. German is the primary language and the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// The BCP 47 code, as used in the `lang` attribute and in saved state.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// Reads a language code such as `de`, `en` or `en-GB`; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }
}

/// One piece of user-facing text in every language the check is offered in.
///
/// Keeping both languages in one value means a text cannot exist in one language only:
/// the compiler refuses a `Text` with a language missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub de: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(de: &'static str, en: &'static str) -> Text {
        Text { de, en }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::De => self.de,
            Lang::En => self.en,
        }
    }

    /// The text with each `{name}` placeholder replaced by its value.
    pub fn fill(&self, lang: Lang, values: &[(&str, &str)]) -> String {
        let mut text = self.get(lang).to_owned();
        for (name, value) in values {
            // Built by hand rather than with `format!`: this runs in the app's first view, where every
            // kilobyte of formatting code counts.
            let mut placeholder = String::with_capacity(name.len() + 2);
            placeholder.push('{');
            placeholder.push_str(name);
            placeholder.push('}');
            text = text.replace(&placeholder, value);
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_round_trip_and_accept_regions() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("DE_at"), Some(Lang::De));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        let text = Text::new("Frage {n} von {total}", "Question {n} of {total}");
        assert_eq!(
            text.fill(Lang::De, &[("n", "3"), ("total", "15")]),
            "Frage 3 von 15"
        );
        assert_eq!(
            text.fill(Lang::En, &[("n", "3"), ("total", "15")]),
            "Question 3 of 15"
        );
    }
}
