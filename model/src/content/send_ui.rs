//! The texts a workshop participant sees on their own result, to send it to the facilitator. They belong
//! to the check's page, not the workshop screen's: kept apart from `WORKSHOP_UI`, so the check does not
//! carry every text of the workshop screen for the few it shows.

use crate::text::Text;

pub struct SendUi {
    /// The heading of the participant's panel that sends their result to the facilitator.
    pub heading: Text,
    /// Who receives the mail, shown before anything happens: "{address}".
    pub recipient_email: Text,
    /// Where the chat link leads, shown before anything happens: "{host}".
    pub recipient_chat: Text,
    /// The label of the participant's optional first name or initials.
    pub name_label: Text,
    /// Opens the participant's own mail program with the result link.
    pub email: Text,
    /// Copies the result link and opens the facilitator's chat.
    pub chat: Text,
    /// Opens the system's share sheet with the result link.
    pub share: Text,
    /// That nothing is sent by itself.
    pub hint: Text,
    /// The subject of the mail to the facilitator.
    pub mail_subject: Text,
    /// The mail's first line, before the result link.
    pub mail_body: Text,
}

pub static SEND_UI: SendUi = SendUi {
    heading: Text::new("An die Workshop-Leitung senden", "Send to the facilitator"),
    recipient_email: Text::new("An: {address}", "To: {address}"),
    recipient_chat: Text::new(
        "Chat der Workshop-Leitung auf {host}",
        "The facilitator’s chat on {host}",
    ),
    name_label: Text::addressed(
        "Ihr Vorname oder Ihre Initialen (freiwillig)",
        "Dein Vorname oder deine Initialen (freiwillig)",
        "Your first name or initials (optional)",
    ),
    email: Text::new(
        "E-Mail an die Workshop-Leitung öffnen",
        "Open an email to the facilitator",
    ),
    chat: Text::new(
        "Ergebnis-Link kopieren und Chat öffnen",
        "Copy the result link and open the chat",
    ),
    share: Text::new("Mit einer anderen App senden …", "Send with another app…"),
    hint: Text::addressed(
        "Nichts wird automatisch gesendet: Sie sehen die Nachricht vorher und entscheiden selbst.",
        "Nichts geht automatisch raus: Du siehst die Nachricht vorher und entscheidest selbst.",
        "Nothing is sent automatically: you see the message first and decide.",
    ),
    mail_subject: Text::new(
        "Mein Ergebnis im Social-Media-Check",
        "My Social Media Check result",
    ),
    mail_body: Text::new(
        "Hallo, hier ist mein Ergebnis:",
        "Hello, here is my result:",
    ),
};
