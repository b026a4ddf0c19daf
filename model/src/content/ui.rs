//! The interface strings.

use super::Ui;
use crate::text::Text;

pub static UI: Ui = Ui {
    app_title: Text::new("Social-Media-Check", "Social Media Check"),
    myth: Text::new(
        "„Meine Kunden sind nicht in Social Media.“",
        "“My customers aren’t on social media.”",
    ),
    // The start screen is also static HTML in index.html, shown before the settings are read; its German
    // texts therefore address nobody, so that they read right in either form and never change under the
    // reader's eyes.
    start_intro: Text::new(
        "Stimmt das fürs eigene Unternehmen? Der Check prüft es anhand belegter Zahlen und nennt am Ende die Schritte, die sich zuerst lohnen.",
        "Is that true of your business? The check looks into it with sourced figures, and ends with the steps worth taking first.",
    ),
    start_duration: Text::new(
        "Etwa {minutes} Minuten, {questions} Fragen",
        "About {minutes} minutes, {questions} questions",
    ),
    privacy: Text::new(
        "Die Antworten bleiben in diesem Browser. Nichts wird irgendwohin gesendet, es braucht kein Konto, und es gibt kein Tracking.",
        "Your answers stay in this browser. Nothing is sent anywhere, you need no account, and there is no tracking.",
    ),
    // Only with `host_origin` set may an embedding page receive events: progress and the result with its
    // link (README, "Events for the host page"). The line says so in words a visitor understands.
    privacy_host: Text::new(
        "Die Antworten bleiben in diesem Browser. Ist der Check in eine andere Website eingebunden, erhält, wer sie betreibt, den Fortschritt und das Ergebnis samt Link. Es braucht kein Konto, und es gibt kein Tracking.",
        "Your answers stay in this browser. If the check is embedded in another website, that website’s owner receives your progress and your result with its link. You need no account, and there is no tracking.",
    ),
    start_button: Text::new("Check starten", "Start the check"),
    progress: Text::new("Frage {n} von {total}", "Question {n} of {total}"),
    back: Text::new("Zurück", "Back"),
    next: Text::new("Weiter", "Next"),
    show_result: Text::new("Ergebnis anzeigen", "Show result"),
    restart: Text::new("Neu beginnen", "Start again"),
    restart_confirm: Text::addressed(
        "Möchten Sie alle Antworten löschen und von vorn beginnen?",
        "Möchtest du alle Antworten löschen und von vorn beginnen?",
        "Do you want to delete all your answers and start again?",
    ),
    restart_yes: Text::new("Ja, alles löschen", "Yes, delete everything"),
    restart_no: Text::new("Nein, weitermachen", "No, carry on"),
    switch_language: Text::new("English", "Deutsch"),
    choose_answer: Text::addressed(
        "Bitte wählen Sie eine Antwort.",
        "Wähl bitte eine Antwort.",
        "Please choose an answer.",
    ),
    situation_heading: Text::new("Zum Unternehmen", "Your business"),
    goal_label: Text::new("Ziele, Teil {n} von 2", "Goals, part {n} of 2"),
    goals_heading: Text::addressed("Ihre Ziele", "Deine Ziele", "Your goals"),
    goals_intro: Text::addressed(
        "Was davon ist für Sie ein Thema – und wie gut klappt es heute über Social Media?",
        "Was davon ist für dich ein Thema – und wie gut klappt es heute über Social Media?",
        "Which of these matter to you, and how well does social media serve them today?",
    ),
    debunk_heading: Text::new("Was die Zahlen sagen", "What the figures say"),
    why_label: Text::new("Warum?", "Why?"),
    fact_label: Text::new("Zahlen und Fakten", "Facts and figures"),
    source_label: Text::new("Quelle", "Source"),
    result_heading: Text::addressed("Ihr Ergebnis", "Dein Ergebnis", "Your result"),
    overall_label: Text::new("Gesamtwert", "Overall score"),
    score_of_100: Text::new("{score} von 100", "{score} out of 100"),
    // The chart headings address nobody: a shared result shows the same charts about someone else.
    per_argument_heading: Text::new("Werte je Thema", "Score per topic"),
    per_goal_heading: Text::new("Ziele: Wichtigkeit und Erreichtes", "Goals: importance and progress"),
    table_argument: Text::new("Thema", "Topic"),
    table_goal: Text::new("Ziel", "Goal"),
    table_score: Text::new("Wert", "Score"),
    table_importance: Text::new("Wichtigkeit", "Importance"),
    next_steps_heading: Text::addressed(
        "Ihre nächsten Schritte",
        "Deine nächsten Schritte",
        "Your next steps",
    ),
    shared_next_steps_heading: Text::new(
        "Die nächsten Schritte für dieses Unternehmen",
        "The next steps for this business",
    ),
    // The reasons quote the answer they rest on in the words the visitor chose, so they never claim more
    // than was answered; a shared result says "the answer", not "your answer".
    reason_own: Text::addressed(
        "Ihre Antwort zu „{topic}“: „{answer}“.",
        "Deine Antwort zu „{topic}“: „{answer}“.",
        "You answered “{answer}” to “{topic}”.",
    ),
    reason_shared: Text::new(
        "Die Antwort zu „{topic}“: „{answer}“.",
        "The answer to “{topic}” was “{answer}”.",
    ),
    reason_none: Text::new(
        "Dieser Schritt folgt im Plan und festigt, was schon gelingt.",
        "This step comes next in the plan and secures what already works.",
    ),
    strength: Text::new("Stärke: „{argument}“", "Strength: “{argument}”"),
    quick_win_label: Text::new("Für diese Woche", "For this week"),
    myth_answer: Text::new(
        "Nicht in Social Media? 2025 waren dort 42 % der 55- bis 64-Jährigen aktiv (Destatis).",
        "Not on social media? In 2025, 42% of people aged 55 to 64 were active there (Destatis).",
    ),
    top_step_label: Text::new("Der wichtigste nächste Schritt", "The most important next step"),
    all_steps: Text::new("Alle Schritte", "All steps"),
    details: Text::new("Details: Werte je Thema und Ziel", "Details: scores per topic and goal"),
    goals_no_topic: Text::new("Kein Thema: {goals}.", "Not a priority: {goals}."),
    goals_gap: Text::new(
        "Wichtig, aber noch nicht erreicht: {goals}.",
        "Important but not achieved yet: {goals}.",
    ),
    goals_no_gap: Text::new(
        "Kein wichtiges Ziel ist offen: Was wichtig ist, gelingt schon gut.",
        "No important goal is open: what matters already works well.",
    ),
    goals_chart_legend: Text::new(
        "Der Balken zeigt, wie gut ein Ziel erreicht wird, der Strich, wie wichtig es ist.",
        "The bar shows how far a goal is achieved, the line how important it is.",
    ),
    scale_label: Text::new(
        "{score} von 100, Stufe „{band}“",
        "{score} out of 100, band “{band}”",
    ),
    change_answers: Text::new("Antworten ändern", "Change answers"),
    check_address: Text::new("Zum Check: {address}", "Take the check: {address}"),
    contact_line: Text::new("Kontakt: {contact}", "Contact: {contact}"),
    notice_discarded: Text::addressed(
        "Ihr gespeicherter Fortschritt in diesem Browser war beschädigt oder stammte aus einer älteren Version und wurde verworfen. Sie beginnen neu.",
        "Dein gespeicherter Stand in diesem Browser war beschädigt oder stammte aus einer älteren Version, deshalb ist er weg. Du fängst neu an.",
        "Your saved progress in this browser was damaged or came from an older version, so it has been discarded. You are starting afresh.",
    ),
    notice_not_saved: Text::addressed(
        "Dieser Browser lässt den Check nichts speichern (der Speicher ist voll oder gesperrt). Ihre Antworten bleiben erhalten, solange diese Seite offen ist; nach dem Schließen oder Neuladen sind sie weg.",
        "Dieser Browser lässt den Check nichts speichern (der Speicher ist voll oder gesperrt). Deine Antworten bleiben erhalten, solange diese Seite offen ist; nach dem Schließen oder Neuladen sind sie weg.",
        "This browser does not let the check save anything (its storage is full or blocked). Your answers are kept while this page is open; after closing or reloading it they are gone.",
    ),
    notice_kept_in_tab: Text::addressed(
        "Dieser Browser lässt den Check nichts speichern (der Speicher ist voll oder gesperrt). Ihr Fortschritt bleibt deshalb nur in diesem Tab erhalten, auch wenn Sie die Seite neu laden; in einem anderen Tab oder nach dem Schließen ist er weg.",
        "Dieser Browser lässt den Check nichts speichern (der Speicher ist voll oder gesperrt). Dein Fortschritt bleibt deshalb nur in diesem Tab erhalten, auch wenn du die Seite neu lädst; in einem anderen Tab oder nach dem Schließen ist er weg.",
        "This browser does not let the check save anything (its storage is full or blocked). So your progress is kept in this tab only, even if you reload the page; in another tab or after closing this one it is gone.",
    ),
    dismiss: Text::new("Schließen", "Close"),
    out_of_100: Text::new(
        "von 100",
        "out of 100",
    ),
    share_heading: Text::new(
        "Ergebnis teilen",
        "Share your result",
    ),
    share_note: Text::addressed(
        "Der Link enthält nur Ihre Antworten, keinen Namen und keine Kontaktdaten. Wer ihn öffnet, sieht dieses Ergebnis.",
        "Der Link enthält nur deine Antworten, keinen Namen und keine Kontaktdaten. Wer ihn öffnet, sieht dieses Ergebnis.",
        "The link holds only your answers – no name, no contact details. Whoever opens it sees this result.",
    ),
    share_link_label: Text::addressed(
        "Link zu Ihrem Ergebnis",
        "Link zu deinem Ergebnis",
        "Link to your result",
    ),
    copy_link: Text::new(
        "Link kopieren",
        "Copy link",
    ),
    link_copied: Text::new("Kopiert ✓", "Copied ✓"),
    copy_failed: Text::addressed(
        "Kopieren hat nicht geklappt. Bitte markieren Sie den Link im Feld und kopieren Sie ihn selbst.",
        "Kopieren hat nicht geklappt. Markier den Link im Feld und kopier ihn selbst.",
        "Copying did not work. Please select the link in the field and copy it yourself.",
    ),
    share_button: Text::new(
        "Teilen …",
        "Share…",
    ),
    share_text: Text::new(
        "Mein Social-Media-Check: {score} von 100 – {band}",
        "My Social Media Check: {score} out of 100 – {band}",
    ),
    download_image: Text::new(
        "Als Bild herunterladen",
        "Download as image",
    ),
    image_failed: Text::new(
        "Das Bild konnte in diesem Browser nicht erstellt werden.",
        "This browser could not create the image.",
    ),
    image_file_name: Text::new(
        "social-media-check-ergebnis",
        "social-media-check-result",
    ),
    print: Text::new(
        "Drucken oder als PDF sichern",
        "Print or save as PDF",
    ),
    qr_label: Text::addressed(
        "QR-Code mit dem Link zu Ihrem Ergebnis",
        "QR-Code mit dem Link zu deinem Ergebnis",
        "QR code with the link to your result",
    ),
    qr_caption: Text::new(
        "Auf einem anderen Gerät öffnen: mit dessen Kamera scannen.",
        "Open on another device: scan with its camera.",
    ),
    shared_heading: Text::addressed(
        "Dieses Ergebnis wurde mit Ihnen geteilt",
        "Dieses Ergebnis wurde mit dir geteilt",
        "This result was shared with you",
    ),
    shared_note: Text::addressed(
        "Es zeigt die Antworten eines anderen Unternehmens. Was Sie selbst in diesem Browser beantwortet haben, bleibt davon unberührt.",
        "Es zeigt die Antworten eines anderen Unternehmens. Deine eigenen Antworten in diesem Browser bleiben, wie sie sind.",
        "It shows another business’s answers. Anything you answered yourself in this browser is not affected.",
    ),
    shared_contact_label: Text::new("Über dieses Ergebnis sprechen", "Talk about this result"),
    shared_contact_text: Text::new(
        "Fragen zu diesem Ergebnis? Ein kurzes Gespräch klärt, was es für das Unternehmen bedeutet.",
        "Questions about this result? A short conversation shows what it means for the business.",
    ),
    take_check: Text::addressed(
        "Machen Sie den Check selbst",
        "Mach den Check selbst",
        "Take the check yourself",
    ),
    link_error_heading: Text::new(
        "Dieser Link lässt sich nicht öffnen",
        "This link cannot be opened",
    ),
    link_unreadable: Text::new(
        "Der Link enthält kein lesbares Ergebnis. Vielleicht wurde beim Kopieren etwas abgeschnitten oder hinzugefügt.",
        "The link holds no readable result. Perhaps something was cut off or added when it was copied.",
    ),
    link_changed: Text::addressed(
        "Der Link wurde unterwegs verändert: Ein Zeichen fehlt oder stimmt nicht. Bitten Sie um den vollständigen Link.",
        "Der Link wurde unterwegs verändert: Ein Zeichen fehlt oder stimmt nicht. Frag nach dem vollständigen Link.",
        "The link was changed on its way: a character is missing or wrong. Please ask for the complete link.",
    ),
    link_newer: Text::new(
        "Der Link stammt aus einer neueren Version des Checks, die diese Seite noch nicht kennt.",
        "The link comes from a newer version of the check than this page knows.",
    ),
    link_unfinished: Text::new(
        "Der Link gehört zu einem Check, der nicht zu Ende geführt wurde.",
        "The link belongs to a check that was not finished.",
    ),
};
