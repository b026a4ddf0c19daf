//! The strings of the lead form, "Ergebnis an <Name> senden" on the visitor's own result, and of the start
//! screen's privacy line when the site owner has a lead endpoint (see `model::lead`).

use crate::text::Text;

/// The lead form's strings. `{recipient}` is the owner's name, or [`LeadUi::recipient_unnamed`]; `{link}`
/// is the link to the owner's privacy policy.
#[derive(Debug)]
pub struct LeadUi {
    /// The start screen's privacy line when results can be sent to the owner: only with consent, at the end.
    pub privacy: Text,
    /// The same, when an embedding page listed in `host_origin` also receives the result.
    pub privacy_host: Text,
    /// Who receives the result when the settings name nobody, in the accusative ("an …", "to …").
    pub recipient_unnamed: Text,
    /// The form's heading, and the label of the button in the first screen that leads to it.
    pub heading: Text,
    /// The heading when the settings name nobody.
    pub heading_unnamed: Text,
    /// What is sent to whom, and that nothing goes before the visitor agrees and presses "Senden".
    pub intro: Text,
    pub name_label: Text,
    pub email_label: Text,
    pub message_label: Text,
    /// The consent the visitor ticks; in the first person, so it reads the same in every form. It is also
    /// sent with the result, as the record of what the visitor agreed to.
    pub consent: Text,
    /// The sentence after the consent that holds the privacy link.
    pub privacy_sentence: Text,
    /// The privacy link's words; it opens in a new tab, so the form stays as it is.
    pub privacy_link: Text,
    pub send: Text,
    pub sending: Text,
    /// Why the send button does nothing yet: shown beside it while the consent is not ticked.
    pub consent_needed: Text,
    pub name_missing: Text,
    pub email_missing: Text,
    pub email_incomplete: Text,
    /// After the owner's service confirmed the result; the form is gone then.
    pub sent: Text,
    /// After a send that failed; everything typed is still there.
    pub failed: Text,
    /// The email route offered when sending failed and the owner's contact is an e-mail address.
    pub email_route: Text,
    /// The subject of the mail the contact button opens, where the owner's `mailto:` link names none.
    pub mail_subject: Text,
    /// The mail's text, with the result link (`{link}`): what the visitor wants, ready to send. It
    /// addresses nobody, so it suits a consultant whatever form of address the check uses.
    pub mail_body: Text,
}

pub static LEAD_UI: LeadUi = LeadUi {
    privacy: Text::new(
        "Die Antworten bleiben in diesem Browser. An {recipient} geht das Ergebnis nur, wenn man am Ende zustimmt und es absendet. Es braucht kein Konto, und es gibt kein Tracking.",
        "Your answers stay in this browser. Only if you agree and send it at the end does your result go to {recipient}. You need no account, and there is no tracking.",
    ),
    privacy_host: Text::new(
        "Die Antworten bleiben in diesem Browser. Ist der Check in eine andere Website eingebunden, erhält, wer sie betreibt, den Fortschritt und das Ergebnis samt Link. An {recipient} geht es nur, wenn man am Ende zustimmt und es absendet. Es braucht kein Konto, und es gibt kein Tracking.",
        "Your answers stay in this browser. If the check is embedded in another website, that website’s owner receives your progress and your result with its link. Only if you agree and send it at the end does your result also go to {recipient}. You need no account, and there is no tracking.",
    ),
    recipient_unnamed: Text::new("die Verantwortlichen dieser Website", "the owner of this website"),
    heading: Text::new("Ergebnis an {recipient} senden", "Send your result to {recipient}"),
    heading_unnamed: Text::new("Ergebnis senden", "Send your result"),
    intro: Text::addressed(
        "Ihr Ergebnis geht mit Ihrem Namen und Ihrer E-Mail-Adresse an {recipient}, damit Sie per E-Mail eine Antwort bekommen. Gesendet wird erst, wenn Sie zustimmen und auf „Senden“ drücken.",
        "Dein Ergebnis geht mit deinem Namen und deiner E-Mail-Adresse an {recipient} – so kann man dir per E-Mail antworten. Gesendet wird erst, wenn du zustimmst und auf „Senden“ drückst.",
        "Your result goes to {recipient} with your name and email address, for a reply by email. Nothing is sent until you agree and press “Send”.",
    ),
    name_label: Text::addressed("Ihr Name", "Dein Name", "Your name"),
    email_label: Text::addressed(
        "Ihre E-Mail-Adresse",
        "Deine E-Mail-Adresse",
        "Your email address",
    ),
    message_label: Text::addressed(
        "Ihre Nachricht (freiwillig)",
        "Deine Nachricht (freiwillig)",
        "Your message (optional)",
    ),
    consent: Text::new(
        "Ich bin einverstanden, dass mein Name, meine E-Mail-Adresse, meine Nachricht und mein Ergebnis (Gesamtwert, Stufe und Link) an {recipient} gehen und ich dazu per E-Mail kontaktiert werde.",
        "I agree that my name, email address, message and result (overall score, band and link) go to {recipient} and that I may be contacted about it by email.",
    ),
    privacy_sentence: Text::new("Mehr dazu in der {link}.", "More in the {link}."),
    privacy_link: Text::new(
        "Datenschutzerklärung (öffnet in neuem Tab)",
        "privacy policy (opens in a new tab)",
    ),
    send: Text::new("Senden", "Send"),
    sending: Text::new("Wird gesendet …", "Sending…"),
    consent_needed: Text::addressed(
        "Sie können senden, sobald Sie oben zugestimmt haben.",
        "Senden geht, sobald du oben zugestimmt hast.",
        "You can send once you have agreed above.",
    ),
    name_missing: Text::addressed(
        "Bitte geben Sie Ihren Namen ein.",
        "Gib bitte deinen Namen ein.",
        "Please enter your name.",
    ),
    email_missing: Text::addressed(
        "Bitte geben Sie Ihre E-Mail-Adresse ein.",
        "Gib bitte deine E-Mail-Adresse ein.",
        "Please enter your email address.",
    ),
    email_incomplete: Text::addressed(
        "Bitte geben Sie eine vollständige E-Mail-Adresse ein, etwa name@beispiel.de.",
        "Gib bitte eine vollständige E-Mail-Adresse ein, etwa name@beispiel.de.",
        "Please enter a complete email address, such as name@example.com.",
    ),
    sent: Text::addressed(
        "Danke! Ihr Ergebnis ist angekommen.",
        "Danke! Dein Ergebnis ist angekommen.",
        "Thank you! Your result has arrived.",
    ),
    failed: Text::addressed(
        "Das Senden hat nicht geklappt. Ihre Angaben sind noch da: Versuchen Sie es noch einmal, oder nehmen Sie auf anderem Weg Kontakt auf.",
        "Das Senden hat nicht geklappt. Deine Angaben sind noch da: Versuch es noch einmal, oder nimm auf anderem Weg Kontakt auf.",
        "Sending did not work. Everything you typed is still here: try again, or get in touch another way.",
    ),
    email_route: Text::new("Ergebnis per E-Mail senden", "Send your result by email"),
    mail_subject: Text::new(
        "Mein Ergebnis im Social-Media-Check",
        "My Social Media Check result",
    ),
    mail_body: Text::new(
        "Hallo,\r\n\r\nich habe den Social-Media-Check gemacht und würde mein Ergebnis gern besprechen:\r\n{link}",
        "Hello,\r\n\r\nI took the Social Media Check and would like to talk about my result:\r\n{link}",
    ),
};
