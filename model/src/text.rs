//! Languages, the German forms of address, and the texts written in each.

/// A language the check is offered in, and for German the form it addresses the reader in. German is the
/// primary language; formal German („Sie“) is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// German, addressing the reader as „Sie“.
    #[default]
    De,
    /// German, addressing the reader as „du“.
    DeDu,
    En,
}

/// How German texts address the reader. A consultant's brand picks one; English has only "you".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Address {
    #[default]
    Sie,
    Du,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::De, Lang::DeDu, Lang::En];

    /// The BCP 47 tag, as used in the `lang` attribute and in saved state. Informal German is `de-x-du`, a
    /// private-use extension that every reader of tags still takes for German.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::DeDu => "de-x-du",
            Lang::En => "en",
        }
    }

    /// Reads a language tag such as `de`, `de-x-du`, `en` or `en-GB`; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        if code.eq_ignore_ascii_case(Lang::DeDu.code()) {
            return Some(Lang::DeDu);
        }
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        [Lang::De, Lang::En]
            .into_iter()
            .find(|lang| lang.code() == primary)
    }

    /// This language in the given form of address: German follows `address`, English stays English.
    pub fn with_address(self, address: Address) -> Lang {
        match (self, address) {
            (Lang::En, _) => Lang::En,
            (_, Address::Sie) => Lang::De,
            (_, Address::Du) => Lang::DeDu,
        }
    }

    pub fn is_german(self) -> bool {
        self != Lang::En
    }

    /// The language the language switch offers: English for German, German for English. Going back to
    /// German gives `De`; the app turns it into the form of address the settings ask for.
    pub fn other(self) -> Lang {
        if self.is_german() {
            Lang::En
        } else {
            Lang::De
        }
    }
}

/// One piece of user-facing text in every language the check is offered in.
///
/// Keeping every language in one value means a text cannot exist in one language only: the compiler
/// refuses a `Text` with a language missing. A German text that addresses the reader carries its „du“
/// form beside the „Sie“ form; `model/tests/content.rs` checks that none is left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// German, in the „Sie“ form where the text addresses the reader.
    pub de: &'static str,
    /// German in the „du“ form, for texts that address the reader; `None` where `de` reads the same in both.
    pub du: Option<&'static str>,
    pub en: &'static str,
}

impl Text {
    /// A text that does not address the reader, so its German reads the same for „du“ and „Sie“.
    pub const fn new(de: &'static str, en: &'static str) -> Text {
        Text { de, du: None, en }
    }

    /// A text that addresses the reader: German as „Sie“, German as „du“, and English.
    pub const fn addressed(sie: &'static str, du: &'static str, en: &'static str) -> Text {
        Text {
            de: sie,
            du: Some(du),
            en,
        }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::De => self.de,
            Lang::DeDu => self.du.unwrap_or(self.de),
            Lang::En => self.en,
        }
    }

    /// The text with each `{name}` placeholder replaced by its value.
    pub fn fill(&self, lang: Lang, values: &[(&str, &str)]) -> String {
        let mut text = self.get(lang).to_owned();
        for (name, value) in values {
            text = text.replace(&["{", name, "}"].concat(), value);
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
        assert_eq!(Lang::from_code("de-CH"), Some(Lang::De));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn the_form_of_address_applies_to_german_only() {
        assert_eq!(Lang::De.with_address(Address::Du), Lang::DeDu);
        assert_eq!(Lang::DeDu.with_address(Address::Sie), Lang::De);
        assert_eq!(Lang::En.with_address(Address::Du), Lang::En);
        let text = Text::addressed("Wählen Sie", "Wähle", "Choose");
        assert_eq!(text.get(Lang::DeDu), "Wähle");
        assert_eq!(Text::new("Zurück", "Back").get(Lang::DeDu), "Zurück");
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
