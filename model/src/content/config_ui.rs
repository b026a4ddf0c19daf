//! What the check tells the site owner about their settings: in the console, and in the preview notice.
//! The owner is addressed impersonally, so these texts read the same whichever form the visitors get.

use crate::text::Text;

/// The owner's messages. Placeholders: `{line}`, `{key}`, `{value}`, `{max}` and `{count}`.
pub struct ConfigUi {
    pub place_line: Text,
    pub place_address: Text,
    pub place_page: Text,
    pub not_a_setting: Text,
    pub unknown_key: Text,
    pub did_you_mean: Text,
    /// A setting only `config.ini` may set, found in the page's address or the loader's attributes.
    pub file_only: Text,
    pub not_a_colour: Text,
    pub link_not_allowed: Text,
    pub logo_not_allowed: Text,
    pub privacy_link_not_allowed: Text,
    pub lead_endpoint_not_allowed: Text,
    pub lead_needs_privacy_link: Text,
    pub unknown_analytics: Text,
    pub analytics_endpoint_not_allowed: Text,
    pub analytics_site_not_allowed: Text,
    pub analytics_incomplete: Text,
    pub logo_missing: Text,
    pub unknown_language: Text,
    pub unknown_address: Text,
    pub not_an_origin: Text,
    pub too_long: Text,
    pub not_yes_or_no: Text,
    pub text_too_long: Text,
    /// `config.ini` is an HTML page (a host's fallback page for a missing file): the one problem of the file.
    pub html_page: Text,
    /// The one line after the listed problems, counting the others.
    pub more_problems: Text,
    pub preview_heading: Text,
    pub preview_fine: Text,
    /// Said instead of `preview_fine` in the embed page's own preview, whose form may hold mistakes the
    /// preview never receives: there the form, not the preview, says whether every field is fine.
    pub preview_fine_embed_page: Text,
    pub preview_problems: Text,
    /// The link from the preview notice to the embed page.
    pub preview_embed_link: Text,
    /// The contact button's label when the settings give a link but no label.
    pub contact_default: Text,
}

pub static CONFIG_UI: ConfigUi = ConfigUi {
    place_line: Text::new("config.ini, Zeile {line}", "config.ini, line {line}"),
    place_address: Text::new(
        "Einbettung (Parameter der Seitenadresse)",
        "Embed (parameters of the page address)",
    ),
    place_page: Text::new("Beim Anzeigen", "While showing the page"),
    not_a_setting: Text::new(
        "Diese Zeile hat nicht die Form „name = Wert“ und wird übergangen.",
        "This line is not of the form “name = value” and is skipped.",
    ),
    unknown_key: Text::new(
        "Die Einstellung „{key}“ gibt es nicht; sie wird übergangen.",
        "There is no setting “{key}”; it is skipped.",
    ),
    did_you_mean: Text::new(
        "Gemeint ist vielleicht „{key}“.",
        "Perhaps “{key}” was meant.",
    ),
    file_only: Text::new(
        "„{key}“ lässt sich nur in config.ini festlegen: Was die Seite im Namen ihrer Betreiberin oder ihres Betreibers sagt und wohin etwas geht, bestimmt kein Link und keine einbettende Seite. Der Wert wird übergangen.",
        "“{key}” is taken from config.ini only: no link and no embedding page decides what the page says in the owner’s name or where anything goes. The value is skipped.",
    ),
    not_a_colour: Text::new(
        "„{value}“ ist keine Farbe. „{key}“ erwartet einen Hex-Wert wie #1a6b4f; bis dahin gilt die Standardfarbe.",
        "“{value}” is not a colour. “{key}” takes a hex value such as #1a6b4f; until then the default colour applies.",
    ),
    link_not_allowed: Text::new(
        "Der Kontaktlink „{value}“ ist nicht erlaubt, nur Links mit https:, http:, mailto: oder tel:. Der Kontaktknopf entfällt.",
        "The contact link “{value}” is not allowed, only links starting with https:, http:, mailto: or tel:. There is no contact button.",
    ),
    logo_not_allowed: Text::new(
        "Die Logo-Adresse „{value}“ ist nicht erlaubt, nur eine Bilddatei neben dem Check (z. B. logo.svg) oder eine https:-Adresse. Es wird kein Logo gezeigt.",
        "The logo address “{value}” is not allowed, only an image file beside the check (e.g. logo.svg) or an https: address. No logo is shown.",
    ),
    privacy_link_not_allowed: Text::new(
        "Der Datenschutz-Link „{value}“ ist nicht erlaubt, nur eine https:- oder http:-Adresse oder eine Seite neben dem Check.",
        "The privacy link “{value}” is not allowed, only an https: or http: address or a page beside the check.",
    ),
    lead_endpoint_not_allowed: Text::new(
        "Die Adresse für Ergebnisse „{value}“ ist nicht erlaubt, nur eine https:-Adresse. Das Formular zum Senden des Ergebnisses entfällt.",
        "The address for results “{value}” is not allowed, only an https: address. There is no form for sending the result.",
    ),
    lead_needs_privacy_link: Text::new(
        "lead_endpoint braucht auch privacy_link (die Adresse der Datenschutzerklärung), denn das Formular verlinkt sie bei der Einwilligung. Bis dahin entfällt das Formular.",
        "lead_endpoint also needs privacy_link (the address of your privacy policy), since the form links it beside the consent. Until then there is no form.",
    ),
    unknown_analytics: Text::new(
        "„{value}“ ist kein Zähldienst, den der Check kennt: analytics erwartet plausible, umami oder matomo. Bis dahin wird nichts gezählt.",
        "“{value}” is not a counting service the check knows: analytics expects plausible, umami or matomo. Until then nothing is counted.",
    ),
    analytics_endpoint_not_allowed: Text::new(
        "Die Adresse des Zähldienstes „{value}“ ist nicht erlaubt, nur eine https:-Adresse. Bis dahin wird nichts gezählt.",
        "The counting service’s address “{value}” is not allowed, only an https: address. Until then nothing is counted.",
    ),
    analytics_site_not_allowed: Text::new(
        "„{value}“ ist für diesen Zähldienst keine Website: Plausible erwartet die Domain (muster-beratung.de), Umami die Website-ID, Matomo die Zahl idsite. Bis dahin wird nichts gezählt.",
        "“{value}” is not a valid site for this counting service: Plausible expects the domain (muster-beratung.de), Umami the website id, Matomo the idsite number. Until then nothing is counted.",
    ),
    analytics_incomplete: Text::new(
        "Zum Zählen braucht es alle drei: analytics, analytics_endpoint und analytics_site. Bis dahin wird nichts gezählt.",
        "Counting needs all three: analytics, analytics_endpoint and analytics_site. Until then nothing is counted.",
    ),
    logo_missing: Text::new(
        "Das Logo „{value}“ lässt sich nicht laden; fehlt die Datei? Es wird kein Logo gezeigt.",
        "The logo “{value}” does not load; is the file missing? No logo is shown.",
    ),
    unknown_language: Text::new(
        "„{value}“ ist keine der Sprachen „de“ und „en“; die Einstellung wird übergangen.",
        "“{value}” is neither “de” nor “en”; the setting is skipped.",
    ),
    unknown_address: Text::new(
        "„{value}“ ist weder „du“ noch „sie“; die Einstellung wird übergangen.",
        "“{value}” is neither “du” nor “sie”; the setting is skipped.",
    ),
    not_an_origin: Text::new(
        "„{value}“ ist keine Website-Adresse wie https://blog.example.org; diese Website erfährt nichts über Besuche und Ergebnisse.",
        "“{value}” is not a website address such as https://blog.example.org; that website learns nothing of visitors and results.",
    ),
    too_long: Text::new(
        "„{key}“ ist länger als {max} Zeichen; die Einstellung wird übergangen.",
        "“{key}” is longer than {max} characters; the setting is skipped.",
    ),
    not_yes_or_no: Text::new(
        "„{key}“ erwartet „ja“ oder „nein“, nicht „{value}“; die Einstellung wird übergangen.",
        "“{key}” takes “yes” or “no”, not “{value}”; the setting is skipped.",
    ),
    text_too_long: Text::new(
        "Ab hier wird nichts mehr gelesen: Einstellungen dürfen höchstens {max} Bytes lang sein.",
        "Nothing is read from here on: settings may be at most {max} bytes long.",
    ),
    html_page: Text::new(
        "config.ini ist eine HTML-Seite (vermutlich die Ersatzseite des Hosts für eine fehlende Datei); es gelten die Standardeinstellungen.",
        "config.ini is an HTML page (probably the host’s fallback page for a missing file); the default settings apply.",
    ),
    more_problems: Text::new(
        "Weitere Probleme, hier nicht einzeln aufgeführt: {count}.",
        "Further problems, not listed one by one: {count}.",
    ),
    preview_heading: Text::new("Vorschau der Einstellungen", "Settings preview"),
    preview_fine: Text::new(
        "Alle Einstellungen sind in Ordnung.",
        "All settings are fine.",
    ),
    preview_fine_embed_page: Text::new(
        "Diese Vorschau zeigt nur Felder ohne Fehler; ob ein Feld einen Fehler hat, zeigt das Formular.",
        "This preview shows only fields without mistakes; the form shows whether any field has a mistake.",
    ),
    preview_problems: Text::new(
        "Diese Einstellungen gelten nicht:",
        "These settings do not apply:",
    ),
    preview_embed_link: Text::new(
        "Einstellungen ausprobieren und Code zum Einbinden holen",
        "Try settings and get the code to embed the check",
    ),
    contact_default: Text::new("Kontakt aufnehmen", "Get in touch"),
};
