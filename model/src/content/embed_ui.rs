//! The texts of the embed page (`embed.html`), where a site owner sets up the check for their pages.

use crate::text::Text;

pub struct EmbedUi {
    pub title: Text,
    pub intro: Text,
    pub settings_heading: Text,
    /// Which settings only `config.ini` sets, and so reach neither the preview nor the embed code.
    pub file_only_note: Text,
    pub reset: Text,
    pub name: Text,
    pub logo: Text,
    pub primary: Text,
    pub accent: Text,
    pub contact_label: Text,
    pub contact_link: Text,
    pub lang: Text,
    pub address: Text,
    pub address_sie: Text,
    pub address_du: Text,
    pub lang_de: Text,
    pub lang_en: Text,
    pub host_origin: Text,
    pub preview_heading: Text,
    pub preview_title: Text,
    pub code_heading: Text,
    pub loader_label: Text,
    pub iframe_label: Text,
    pub config_label: Text,
    pub copy: Text,
    pub copied: Text,
    pub copy_failed: Text,
    pub back_to_check: Text,
}

pub static EMBED_UI: EmbedUi = EmbedUi {
    title: Text::new("Einbinden", "Embed"),
    intro: Text::addressed(
        "Hier richten Sie den Check für Ihre Website oder Ihren Blog ein: Name, Logo, Farben, Kontaktknopf, Sprache und Anrede. Die Vorschau zeigt, wie er aussieht, sobald Sie ein Feld verlassen; darunter steht der Code zum Einfügen. Was Sie eintragen, bleibt in diesem Browser gespeichert, bis Sie zurücksetzen.",
        "Hier richtest du den Check für deine Website oder deinen Blog ein: Name, Logo, Farben, Kontaktknopf, Sprache und Anrede. Die Vorschau zeigt, wie er aussieht, sobald du ein Feld verlässt; darunter steht der Code zum Einfügen. Was du einträgst, bleibt in diesem Browser gespeichert, bis du zurücksetzt.",
        "Set up the check for your website or blog here: name, logo, colours, contact button, language and form of address. The preview shows how it looks as soon as you leave a field; the code to paste follows below. What you enter stays saved in this browser until you reset it.",
    ),
    settings_heading: Text::new("Einstellungen", "Settings"),
    file_only_note: Text::addressed(
        "Name, Logo, Kontaktknopf und die Seiten für Ereignisse gelten nur aus config.ini, damit kein fremder Link und keine fremde Seite Ihren Check umbenennen oder umleiten kann. Sie stehen daher nur in den Zeilen für config.ini; die Vorschau zeigt sie, sobald sie dort eingetragen sind. Farben, Sprache und Anrede kann jede Einbindung selbst setzen.",
        "Name, Logo, Kontaktknopf und die Seiten für Ereignisse gelten nur aus config.ini, damit kein fremder Link und keine fremde Seite deinen Check umbenennen oder umleiten kann. Sie stehen daher nur in den Zeilen für config.ini; die Vorschau zeigt sie, sobald sie dort eingetragen sind. Farben, Sprache und Anrede kann jede Einbindung selbst setzen.",
        "Name, logo, contact button and the pages for events are taken from config.ini only, so that no other link or page can rename or redirect your check. They therefore appear only in the lines for config.ini; the preview shows them once they are in the file. Colours, language and form of address each embed may set itself.",
    ),
    reset: Text::new("Auf config.ini zurücksetzen", "Reset to config.ini"),
    name: Text::new("Name der Beratung oder des Unternehmens", "Name of the consultancy or company"),
    logo: Text::new(
        "Logo: Datei neben der App oder https:-Adresse",
        "Logo: a file beside the app or an https: address",
    ),
    primary: Text::new("Hauptfarbe (#rrggbb)", "Primary colour (#rrggbb)"),
    accent: Text::new("Akzentfarbe (#rrggbb)", "Accent colour (#rrggbb)"),
    contact_label: Text::new("Beschriftung des Kontaktknopfs", "Label of the contact button"),
    contact_link: Text::new(
        "Link des Kontaktknopfs: https:, mailto: oder tel:",
        "Link of the contact button: https:, mailto: or tel:",
    ),
    lang: Text::new("Sprache beim ersten Besuch", "Language on the first visit"),
    address: Text::new("Anrede auf Deutsch", "Form of address in German"),
    address_sie: Text::new("Sie", "Sie (formal)"),
    address_du: Text::new("du", "du (informal)"),
    lang_de: Text::new("Deutsch", "German"),
    lang_en: Text::new("Englisch", "English"),
    host_origin: Text::new(
        "Seiten, die Ereignisse empfangen dürfen (z. B. https://blog.example.org, mehrere durch Kommas getrennt)",
        "Pages allowed to receive events (e.g. https://blog.example.org, several separated by commas)",
    ),
    preview_heading: Text::new("Vorschau", "Preview"),
    preview_title: Text::new("Vorschau des Checks", "Preview of the check"),
    code_heading: Text::new("Code zum Einfügen", "Code to paste"),
    loader_label: Text::new(
        "Mit dem Ladeskript (empfohlen): Der Check passt seine Höhe dem Inhalt an und lädt erst, wenn er in die Nähe des sichtbaren Bereichs kommt.",
        "With the loader (recommended): the check fits its height to its content and loads only when it comes near the visible part of the page.",
    ),
    iframe_label: Text::new(
        "Als einfacher iframe, für Seiten ohne Skripte: feste Höhe, bei Bedarf mit eigener Bildlaufleiste.",
        "As a plain iframe, for pages without scripts: a fixed height, with a scrollbar of its own where needed.",
    ),
    config_label: Text::new(
        "Als config.ini neben der App: gilt für die Seite selbst und für jede Einbindung.",
        "As config.ini beside the app: applies to the page itself and to every embed.",
    ),
    copy: Text::new("Kopieren", "Copy"),
    copied: Text::new("Kopiert.", "Copied."),
    copy_failed: Text::addressed(
        "Kopieren war nicht möglich; der Code ist markiert, kopieren Sie ihn mit Strg+C.",
        "Kopieren war nicht möglich; der Code ist markiert, kopiere ihn mit Strg+C.",
        "Copying was not possible; the code is selected, copy it with Ctrl+C.",
    ),
    back_to_check: Text::new("Zum Check", "To the check"),
};
