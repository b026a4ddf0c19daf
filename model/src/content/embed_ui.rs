//! The texts of the embed page (`embed.html`), where a site owner sets up the check for their pages. The
//! owner may know no HTML, so every label says in plain words what to enter, with an example.
//! Placeholders: `{value}` (what the owner typed, or what it was completed to) and `{max}`.

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
    /// The accessible names of the colour pickers beside the colour fields.
    pub primary_picker: Text,
    pub accent_picker: Text,
    pub contact_label: Text,
    /// The contact button's label on English pages, apart from the German one.
    pub contact_label_en: Text,
    pub contact_link: Text,
    pub contact_text: Text,
    /// The line above the contact button on du pages and on English pages.
    pub contact_text_du: Text,
    pub contact_text_en: Text,
    /// The owner's start screen text under the quote, on Sie, du and English pages.
    pub own_intro: Text,
    pub own_intro_du: Text,
    pub own_intro_en: Text,
    pub lang: Text,
    pub address: Text,
    pub address_sie: Text,
    pub address_du: Text,
    pub lang_de: Text,
    pub lang_en: Text,
    pub host_origin: Text,
    pub privacy_link: Text,
    pub lead_endpoint: Text,
    /// The counting service, with the choice of none and of the three services.
    pub analytics: Text,
    pub analytics_none: Text,
    /// The services' names, the same in every language.
    pub plausible: Text,
    pub umami: Text,
    pub matomo: Text,
    pub analytics_endpoint: Text,
    pub analytics_site: Text,
    /// Said at a field whose web address, email address or phone number was completed.
    pub completed: Text,
    pub not_a_colour: Text,
    pub too_long: Text,
    pub contact_link_mistake: Text,
    pub logo_mistake: Text,
    pub privacy_link_mistake: Text,
    pub lead_endpoint_mistake: Text,
    pub lead_needs_privacy_link: Text,
    pub host_origin_mistake: Text,
    pub analytics_endpoint_mistake: Text,
    pub analytics_site_mistake: Text,
    pub analytics_incomplete: Text,
    /// A value the form does not offer, such as a language kept from an older visit.
    pub not_offered: Text,
    pub preview_heading: Text,
    pub preview_title: Text,
    /// The choice of the preview's width.
    pub preview_width: Text,
    pub preview_desktop: Text,
    pub preview_phone: Text,
    pub code_heading: Text,
    /// The page's status line while every field is usable.
    pub status_fine: Text,
    /// The page's status line while one field holds a mistake, and while several do (`{count}`).
    pub status_one_mistake: Text,
    pub status_mistakes: Text,
    /// The button that saves the lines for `config.ini` as that file.
    pub download_config: Text,
    /// The link inside the loader's element, for readers without scripts.
    pub fallback_link: Text,
    /// Said above the code while a field holds a mistake.
    pub mistakes_left_out: Text,
    pub loader_label: Text,
    pub iframe_label: Text,
    /// Said beside the loader and the iframe: they carry only what differs from `config.ini`.
    pub differs_note: Text,
    pub config_label: Text,
    pub copy: Text,
    pub copied: Text,
    pub copy_failed: Text,
    pub back_to_check: Text,
}

pub static EMBED_UI: EmbedUi = EmbedUi {
    title: Text::new("Einbinden", "Embed"),
    intro: Text::addressed(
        "Hier richten Sie den Check für Ihre Website oder Ihren Blog ein: Name, Logo, Farben, Kontaktknopf, Sprache und Anrede. Die Vorschau zeigt, wie er aussieht, kurz nachdem Sie etwas eingetippt haben; darunter steht der Code zum Einfügen. Was Sie eintragen, bleibt in diesem Browser gespeichert, bis Sie zurücksetzen.",
        "Hier richtest du den Check für deine Website oder deinen Blog ein: Name, Logo, Farben, Kontaktknopf, Sprache und Anrede. Die Vorschau zeigt, wie er aussieht, kurz nachdem du etwas eingetippt hast; darunter steht der Code zum Einfügen. Was du einträgst, bleibt in diesem Browser gespeichert, bis du zurücksetzt.",
        "Set up the check for your website or blog here: name, logo, colours, contact button, language and form of address. The preview shows how it looks a moment after you type; the code to paste follows below. What you enter stays saved in this browser until you reset it.",
    ),
    settings_heading: Text::new("Einstellungen", "Settings"),
    file_only_note: Text::addressed(
        "Name, Logo, Kontaktknopf, eigene Texte, Datenschutzerklärung, Formulardienst, Statistikdienst und die Websites, die Ergebnisse erfahren, gelten nur aus der Datei config.ini neben dem Check. So kann kein fremder Link und keine fremde Website Ihren Check umbenennen oder Daten umleiten. Diese Angaben stehen deshalb nur in den Zeilen für config.ini, und die Vorschau zeigt sie erst, wenn sie dort eingetragen sind. Farben, Sprache und Anrede kann jede Einbindung selbst wählen.",
        "Name, Logo, Kontaktknopf, eigene Texte, Datenschutzerklärung, Formulardienst, Statistikdienst und die Websites, die Ergebnisse erfahren, gelten nur aus der Datei config.ini neben dem Check. So kann kein fremder Link und keine fremde Website deinen Check umbenennen oder Daten umleiten. Diese Angaben stehen deshalb nur in den Zeilen für config.ini, und die Vorschau zeigt sie erst, wenn sie dort eingetragen sind. Farben, Sprache und Anrede kann jede Einbindung selbst wählen.",
        "Name, logo, contact button, your own texts, privacy policy, form service, analytics service and the websites that learn of results are taken only from the file config.ini beside the check, so that no other link or website can rename your check or send data elsewhere. They therefore appear only in the lines for config.ini, and the preview shows them once they are in the file. Each embed can choose its own colours, language and form of address.",
    ),
    reset: Text::new("Auf config.ini zurücksetzen", "Reset to config.ini"),
    name: Text::addressed(
        "Name Ihrer Beratung oder Ihres Unternehmens",
        "Name deiner Beratung oder deines Unternehmens",
        "Name of your consultancy or company",
    ),
    logo: Text::new(
        "Logo: eine Bilddatei, die neben dem Check liegt, z. B. logo.svg, oder eine https-Adresse",
        "Logo: an image file that sits beside the check, e.g. logo.svg, or an https address",
    ),
    primary: Text::new(
        "Hauptfarbe für Knöpfe und Links, z. B. #1a6b4f",
        "Main colour for buttons and links, e.g. #1a6b4f",
    ),
    accent: Text::new(
        "Akzentfarbe für Streifen und Hinweise, z. B. #b3400e",
        "Accent colour for stripes and notes, e.g. #b3400e",
    ),
    primary_picker: Text::new("Hauptfarbe im Farbwähler", "Main colour in the colour picker"),
    accent_picker: Text::new("Akzentfarbe im Farbwähler", "Accent colour in the colour picker"),
    contact_label: Text::new(
        "Beschriftung des Kontaktknopfs auf Deutsch, z. B. Termin vereinbaren",
        "Label of the contact button in German, e.g. Termin vereinbaren",
    ),
    contact_label_en: Text::new(
        "Beschriftung des Kontaktknopfs auf Englisch, z. B. Book a meeting (ohne sie steht auf englischen Seiten die englische Standardbeschriftung, nie die deutsche)",
        "Label of the contact button in English, e.g. Book a meeting (without it, English pages show the English default label, never the German one)",
    ),
    contact_link: Text::new(
        "Wohin der Kontaktknopf führt: eine Webadresse, eine E-Mail-Adresse oder eine Telefonnummer",
        "Where the contact button leads: a web address, an email address or a phone number",
    ),
    contact_text: Text::addressed(
        "Satz über dem Kontaktknopf, z. B. „Im kostenlosen Erstgespräch gehen wir Ihr Ergebnis gemeinsam durch.“",
        "Satz über dem Kontaktknopf, z. B. „Im kostenlosen Erstgespräch gehen wir dein Ergebnis gemeinsam durch.“",
        "Sentence above the contact button, e.g. “In a free first meeting we go through your result together.”",
    ),
    contact_text_du: Text::new(
        "Satz über dem Kontaktknopf auf du-Seiten, z. B. „Im kostenlosen Erstgespräch gehen wir dein Ergebnis gemeinsam durch.“ (ohne ihn steht dort der Satz des Checks, nie der Satz aus dem Feld darüber)",
        "Sentence above the contact button on German du pages (without it, those pages show the check’s own sentence, never the one of the field above)",
    ),
    contact_text_en: Text::new(
        "Satz über dem Kontaktknopf auf englischen Seiten (ohne ihn steht dort der Satz des Checks)",
        "Sentence above the contact button on English pages, e.g. “In a free first meeting we go through your result together.” (without it, English pages show the check’s own sentence)",
    ),
    own_intro: Text::new(
        "Eigener Text auf der Startseite unter dem Zitat, für Seiten mit förmlicher Anrede (höchstens 400 Zeichen; ohne ihn steht dort der Text des Checks)",
        "Your own text on the start screen under the quote, in German with Sie (at most 400 characters; without it, the check’s own text shows)",
    ),
    own_intro_du: Text::new(
        "Eigener Text auf der Startseite in der du-Form (höchstens 400 Zeichen)",
        "Your own text on the start screen in German with du (at most 400 characters)",
    ),
    own_intro_en: Text::new(
        "Eigener Text auf der Startseite auf Englisch (höchstens 400 Zeichen)",
        "Your own text on the start screen in English (at most 400 characters)",
    ),
    lang: Text::new("Sprache beim ersten Besuch", "Language on the first visit"),
    address: Text::new("Anrede auf Deutsch", "Form of address in German"),
    address_sie: Text::new("Sie", "Sie (formal)"),
    address_du: Text::new("du", "du (informal)"),
    lang_de: Text::new("Deutsch", "German"),
    lang_en: Text::new("Englisch", "English"),
    host_origin: Text::addressed(
        "Ihre Websites, die mitgeteilt bekommen dürfen, wie weit die Menschen im Check kommen und welches Ergebnis sie erhalten, etwa für eine Auswertung, z. B. https://blog.muster-beratung.de (mehrere durch Kommas getrennt; leer lassen, wenn Sie das nicht brauchen)",
        "Deine Websites, die mitgeteilt bekommen dürfen, wie weit die Menschen im Check kommen und welches Ergebnis sie erhalten, etwa für eine Auswertung, z. B. https://blog.muster-beratung.de (mehrere durch Kommas getrennt; leer lassen, wenn du das nicht brauchst)",
        "Your websites that may be told how far visitors get and which result they receive, for example for statistics, e.g. https://blog.example.org (several separated by commas; leave empty if you do not need this)",
    ),
    privacy_link: Text::addressed(
        "Ihre Datenschutzerklärung: eine Webadresse oder eine Seite neben dem Check, z. B. datenschutz.html",
        "Deine Datenschutzerklärung: eine Webadresse oder eine Seite neben dem Check, z. B. datenschutz.html",
        "Your privacy policy: a web address or a page beside the check, e.g. privacy.html",
    ),
    lead_endpoint: Text::addressed(
        "Adresse Ihres Formulardienstes (z. B. Formspree), der die Ergebnisse empfängt, die Ihnen Menschen nach dem Check ausdrücklich senden wollen; braucht Ihre Datenschutzerklärung oben. Leer lassen, wenn Sie das nicht wollen.",
        "Adresse deines Formulardienstes (z. B. Formspree), der die Ergebnisse empfängt, die dir Leute nach dem Check ausdrücklich senden wollen; braucht deine Datenschutzerklärung oben. Leer lassen, wenn du das nicht willst.",
        "Address of your form service (e.g. Formspree) that receives the results visitors choose to send you; it needs your privacy policy above. Leave empty if you do not want this.",
    ),
    analytics: Text::addressed(
        "Besuche anonym zählen, ohne Cookies und ohne Antworten, mit Ihrem Statistikdienst",
        "Besuche anonym zählen, ohne Cookies und ohne Antworten, mit deinem Statistikdienst",
        "Count visits anonymously, without cookies and without answers, with your analytics service",
    ),
    analytics_none: Text::new("Nicht zählen", "Do not count"),
    plausible: Text::new("Plausible", "Plausible"),
    umami: Text::new("Umami", "Umami"),
    matomo: Text::new("Matomo", "Matomo"),
    analytics_endpoint: Text::new(
        "Adresse, an die der Statistikdienst Ereignisse annimmt, z. B. https://plausible.io/api/event, https://cloud.umami.is/api/send oder https://statistik.muster-beratung.de/matomo.php",
        "Address where the analytics service takes events, e.g. https://plausible.io/api/event, https://cloud.umami.is/api/send or https://stats.example.org/matomo.php",
    ),
    analytics_site: Text::addressed(
        "Ihre Website beim Statistikdienst: bei Plausible die Domain (muster-beratung.de), bei Umami die Website-ID, bei Matomo die Nummer (idsite)",
        "Deine Website beim Statistikdienst: bei Plausible die Domain (muster-beratung.de), bei Umami die Website-ID, bei Matomo die Nummer (idsite)",
        "Your website at the analytics service: for Plausible the domain (example.org), for Umami the website id, for Matomo the number (idsite)",
    ),
    completed: Text::new("Ergänzt zu {value}", "Completed as {value}"),
    not_a_colour: Text::addressed(
        "„{value}“ ist keine Farbe. Wählen Sie eine mit dem Farbwähler oder schreiben Sie sie als #1a6b4f.",
        "„{value}“ ist keine Farbe. Wähl eine mit dem Farbwähler oder schreib sie als #1a6b4f.",
        "“{value}” is not a colour. Pick one with the colour picker or write it as #1a6b4f.",
    ),
    too_long: Text::addressed(
        "Das sind mehr als {max} Zeichen. Bitte kürzen Sie den Text.",
        "Das sind mehr als {max} Zeichen. Kürz den Text bitte.",
        "That is more than {max} characters. Please shorten it.",
    ),
    contact_link_mistake: Text::addressed(
        "„{value}“ ist keine Webadresse, E-Mail-Adresse oder Telefonnummer. Schreiben Sie sie z. B. als www.muster-beratung.de/termin, hallo@muster-beratung.de oder +49 30 1234567.",
        "„{value}“ ist keine Webadresse, E-Mail-Adresse oder Telefonnummer. Schreib sie z. B. als www.muster-beratung.de/termin, hallo@muster-beratung.de oder +49 30 1234567.",
        "“{value}” is not a web address, email address or phone number. Write it e.g. as www.example.org/meeting, hello@example.org or +44 20 1234567.",
    ),
    logo_mistake: Text::addressed(
        "„{value}“ geht als Logo nicht. Nennen Sie eine Bilddatei neben dem Check, z. B. logo.svg, oder eine Adresse, die mit https:// beginnt.",
        "„{value}“ geht als Logo nicht. Nenn eine Bilddatei neben dem Check, z. B. logo.svg, oder eine Adresse, die mit https:// beginnt.",
        "“{value}” does not work as a logo. Name an image file beside the check, e.g. logo.svg, or an address that begins with https://.",
    ),
    privacy_link_mistake: Text::addressed(
        "„{value}“ ist keine Webadresse. Schreiben Sie sie z. B. als www.muster-beratung.de/datenschutz, oder nennen Sie eine Seite neben dem Check wie datenschutz.html.",
        "„{value}“ ist keine Webadresse. Schreib sie z. B. als www.muster-beratung.de/datenschutz, oder nenn eine Seite neben dem Check wie datenschutz.html.",
        "“{value}” is not a web address. Write it e.g. as www.example.org/privacy, or name a page beside the check such as privacy.html.",
    ),
    lead_endpoint_mistake: Text::addressed(
        "„{value}“ geht nicht: Ergebnisse reisen nur verschlüsselt, also an eine Adresse, die mit https:// beginnt. Ihr Formulardienst nennt sie Ihnen.",
        "„{value}“ geht nicht: Ergebnisse reisen nur verschlüsselt, also an eine Adresse, die mit https:// beginnt. Dein Formulardienst nennt sie dir.",
        "“{value}” does not work: results are only sent encrypted, so the address must begin with https://. Your form service gives it to you.",
    ),
    lead_needs_privacy_link: Text::addressed(
        "Damit man Ihnen Ergebnisse senden kann, braucht es auch Ihre Datenschutzerklärung (Feld oben). Bis dahin bleibt diese Adresse aus dem Code.",
        "Damit man dir Ergebnisse senden kann, braucht es auch deine Datenschutzerklärung (Feld oben). Bis dahin bleibt diese Adresse aus dem Code.",
        "For visitors to send you their result, your privacy policy is needed too (field above). Until then this address stays out of the code.",
    ),
    host_origin_mistake: Text::addressed(
        "„{value}“ ist keine Website-Adresse. Nennen Sie nur die Website selbst, ohne Unterseite, z. B. https://blog.muster-beratung.de.",
        "„{value}“ ist keine Website-Adresse. Nenn nur die Website selbst, ohne Unterseite, z. B. https://blog.muster-beratung.de.",
        "“{value}” is not a website address. Name only the website itself, without a page, e.g. https://blog.example.org.",
    ),
    analytics_endpoint_mistake: Text::addressed(
        "„{value}“ geht nicht: Gezählt wird nur verschlüsselt, also an eine Adresse, die mit https:// beginnt. Ihr Statistikdienst nennt sie Ihnen.",
        "„{value}“ geht nicht: Gezählt wird nur verschlüsselt, also an eine Adresse, die mit https:// beginnt. Dein Statistikdienst nennt sie dir.",
        "“{value}” does not work: counts are only sent encrypted, so the address must begin with https://. Your analytics service gives it to you.",
    ),
    analytics_site_mistake: Text::addressed(
        "„{value}“ passt nicht zu diesem Statistikdienst. Plausible erwartet die Domain, Umami die Website-ID, Matomo eine Zahl; Ihr Dienst zeigt sie in den Einstellungen der Website.",
        "„{value}“ passt nicht zu diesem Statistikdienst. Plausible erwartet die Domain, Umami die Website-ID, Matomo eine Zahl; dein Dienst zeigt sie in den Einstellungen der Website.",
        "“{value}” does not fit this analytics service. Plausible expects the domain, Umami the website id, Matomo a number; your service shows it in the website’s settings.",
    ),
    analytics_incomplete: Text::new(
        "Zum Zählen braucht es alle drei Felder: den Dienst, seine Adresse und die Website. Bis dahin bleibt das Zählen aus dem Code.",
        "Counting needs all three fields: the service, its address and the website. Until then counting stays out of the code.",
    ),
    not_offered: Text::addressed(
        "„{value}“ gibt es hier nicht. Bitte wählen Sie aus der Liste.",
        "„{value}“ gibt es hier nicht. Wähl bitte aus der Liste.",
        "“{value}” is not offered here. Please choose from the list.",
    ),
    preview_heading: Text::new("Vorschau", "Preview"),
    preview_title: Text::new("Vorschau des Checks", "Preview of the check"),
    preview_width: Text::new("Breite der Vorschau", "Width of the preview"),
    preview_desktop: Text::new("Computer", "Computer"),
    preview_phone: Text::new("Handy", "Phone"),
    code_heading: Text::new("Code zum Einfügen", "Code to paste"),
    status_fine: Text::new(
        "Alle Felder sind in Ordnung; Vorschau und Code zeigen, was darin steht.",
        "Every field is fine; the preview and the code show what it holds.",
    ),
    status_one_mistake: Text::new(
        "Ein Feld hat einen Fehler; er steht am Feld. Vorschau und Code lassen dieses Feld aus, bis er behoben ist.",
        "One field has a mistake, shown at the field. The preview and the code leave that field out until it is fixed.",
    ),
    status_mistakes: Text::new(
        "{count} Felder haben einen Fehler; er steht jeweils am Feld. Vorschau und Code lassen diese Felder aus, bis die Fehler behoben sind.",
        "{count} fields have a mistake, each shown at its field. The preview and the code leave those fields out until the mistakes are fixed.",
    ),
    download_config: Text::new("config.ini herunterladen", "Download config.ini"),
    fallback_link: Text::new("Zum Social-Media-Check", "To the Social Media Check"),
    mistakes_left_out: Text::new(
        "Ein Feld mit einem Fehler fehlt im Code, bis der Fehler behoben ist.",
        "A field with a mistake is left out of the code until the mistake is fixed.",
    ),
    loader_label: Text::new(
        "Mit dem Ladeskript (empfohlen): Der Check passt seine Höhe dem Inhalt an und lädt erst, wenn er in die Nähe des sichtbaren Bereichs kommt.",
        "With the loader (recommended): the check fits its height to its content and loads only when it comes near the visible part of the page.",
    ),
    iframe_label: Text::new(
        "Als einfacher iframe, für Seiten ohne Skripte: feste Höhe, bei Bedarf mit eigener Bildlaufleiste.",
        "As a plain iframe, for pages without scripts: a fixed height, with a scrollbar of its own where needed.",
    ),
    differs_note: Text::new(
        "Enthält nur, was von config.ini abweicht; alles andere kommt aus config.ini, so wirken spätere Änderungen dort auch hier.",
        "Holds only what differs from config.ini; everything else comes from config.ini, so later changes there apply here too.",
    ),
    config_label: Text::new(
        "Die Zeilen für die Datei config.ini neben dem Check: alle Einstellungen. Diese gelten für den Check selbst und für jede Einbindung.",
        "The lines for the file config.ini beside the check: every setting. They apply to the check itself and to every embed.",
    ),
    copy: Text::new("Kopieren", "Copy"),
    copied: Text::new("Kopiert.", "Copied."),
    copy_failed: Text::addressed(
        "Kopieren war nicht möglich; der Code ist markiert, kopieren Sie ihn mit Strg+C.",
        "Kopieren war nicht möglich; der Code ist markiert, kopier ihn mit Strg+C.",
        "Copying was not possible; the code is selected, copy it with Ctrl+C.",
    ),
    back_to_check: Text::new("Zum Check", "To the check"),
};
