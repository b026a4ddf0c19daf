//! The strings of the facilitator's workshop screen.

use crate::text::Text;

/// The workshop screen's strings. Placeholders in braces are filled with [`Text::fill`].
#[derive(Debug)]
pub struct WorkshopUi {
    /// The screen's name, in the title bar and as its heading.
    pub title: Text,
    /// What the screen is for, and that everything stays in this browser.
    pub intro: Text,
    /// The heading above the QR code that leads participants to the check.
    pub join_heading: Text,
    /// How participants join: open the check on their phone, then send their result link.
    pub join_hint: Text,
    /// The heading of the panel that chooses, creates and deletes workshops.
    pub workshops_heading: Text,
    /// The label of the field for a new workshop's name.
    pub workshop_name_label: Text,
    /// The name of a workshop created without one; the same word in both languages.
    pub workshop_name_default: Text,
    /// Creates a workshop with the name in the field.
    pub create_workshop: Text,
    /// Starts deleting the chosen workshop; [`WorkshopUi::delete_confirm`] asks once more.
    pub delete_workshop: Text,
    /// Asks once more before a workshop and its results are deleted: "{name}".
    pub delete_confirm: Text,
    /// Confirms deleting a workshop.
    pub delete_yes: Text,
    /// Keeps the workshop after all.
    pub delete_no: Text,
    /// The label of the list to choose a workshop from.
    pub choose_workshop: Text,
    /// The heading of the panel where results are pasted.
    pub collect_heading: Text,
    /// The fold that holds inviting participants and collecting their results.
    pub collect_fold: Text,
    /// The label of the box that takes pasted result links.
    pub paste_label: Text,
    /// Adds the pasted results to the workshop.
    pub add_links: Text,
    /// Starts reading a result's QR code with the camera.
    pub scan_qr: Text,
    /// Stops the camera.
    pub scan_stop: Text,
    /// What to do while the camera is reading.
    pub scan_hint: Text,
    /// How many different codes this scan has read: "{n}".
    pub scan_count: Text,
    /// What a paste added: "{added}" and "{duplicates}".
    pub added_report: Text,
    /// Results that did not fit into a full workshop: "{max}".
    pub too_many: Text,
    /// The heading above the pasted lines that hold no readable result.
    pub rejected_heading: Text,
    /// A pasted line without a readable result: "{n}" (its number) and "{text}" (the line).
    pub rejected_line: Text,
    /// "Participants ({n})".
    pub participants_heading: Text,
    /// One collected result in the list: "{n}".
    pub participant_label: Text,
    /// Removes one collected result.
    pub remove: Text,
    /// The heading of the group's picture.
    pub group_heading: Text,
    /// Shown instead of the group's picture while a workshop has no results.
    pub no_participants: Text,
    /// How many results the group's picture is made of: "{n}".
    pub participants_count: Text,
    /// The label of an average score.
    pub average: Text,
    /// In plain words, the lowest and the highest score in the group: "{low}" and "{high}".
    pub range: Text,
    /// The same when everyone has the same score: "{value}".
    pub all_at: Text,
    /// The label of how many chose each answer.
    pub distribution: Text,
    /// The heading of the group's overall score.
    pub overall_heading: Text,
    /// The heading of the group's scores per argument, also on the group's image.
    pub arguments_heading: Text,
    /// The heading of the group image's bars, which are averages, not levels anyone chose.
    pub average_per_argument: Text,
    /// The heading of the group's goals.
    pub goals_heading: Text,
    /// The heading of how important the group finds each goal.
    pub importance_heading: Text,
    /// The heading of how well the group reaches each goal.
    pub reach_heading: Text,
    /// The heading of the group's three weakest arguments.
    pub weakest_heading: Text,
    /// The heading of the group's three most important goals.
    pub important_goals_heading: Text,
    /// The heading of the questions for the group's discussion.
    pub prompts_heading: Text,
    /// A discussion question on the group's weakest argument: "{argument}" and its average "{score}".
    pub prompt_weak_argument: Text,
    /// A discussion question on an important goal the group does not reach yet: "{goal}".
    pub prompt_important_goal: Text,
    /// A discussion question on an argument the group answered very differently: "{argument}".
    pub prompt_divided_argument: Text,
    /// Switches to large type and only the group's picture, for the projector.
    pub presentation_start: Text,
    /// Leaves the presentation view.
    pub presentation_end: Text,
    /// The name of the slides' navigation.
    pub slides_label: Text,
    /// Goes to the previous slide.
    pub slide_previous: Text,
    /// Goes to the next slide.
    pub slide_next: Text,
    /// Where the presentation is: "{n}" of "{total}".
    pub slide_position: Text,
    /// How to step through the slides without the mouse.
    pub slide_keys_hint: Text,
    /// The heading of the slide with the four bands.
    pub bands_slide_heading: Text,
    /// The heading of the slide with the arguments, weakest first.
    pub arguments_slide_heading: Text,
    /// The heading of the slide with the important goals not yet reached.
    pub goals_slide_heading: Text,
    /// Shown on that slide when every important goal is reached or nothing is important.
    pub goals_all_reached: Text,
    /// A goal's line on that slide: how important it is ("{importance}") and how well reached ("{reach}").
    pub goal_importance_reach: Text,
    /// The heading of a discussion question's slide: "{n}" of "{total}".
    pub question_slide_heading: Text,
    /// Covers the results on the slides, so the room can guess first.
    pub cover_results: Text,
    /// Reveals the covered results.
    pub reveal_results: Text,
    /// Shown instead of covered results.
    pub covered_hint: Text,
    /// Downloads the workshop's results as a spreadsheet file.
    pub export_csv: Text,
    /// Downloads the workshop's results as comma-separated CSV with English band names, for other tools.
    pub export_csv_plain: Text,
    /// Downloads the group's picture as an image.
    pub export_image: Text,
    /// The CSV download's file name, without extension.
    pub csv_file_name: Text,
    /// The image download's file name, without extension.
    pub image_file_name: Text,
    /// The saved workshops could not be read; they are kept, not overwritten.
    pub saved_damaged: Text,
    /// The browser refused to save the workshops (storage full or blocked).
    pub save_failed: Text,
    /// `localStorage` refused the workshops, and the browser's database (IndexedDB) keeps them instead.
    pub kept_in_database: Text,
    /// Downloads the current workshop's results at once, when they could not be saved.
    pub save_failed_download: Text,
    /// The link from the workshop screen to the check itself.
    pub back_to_check: Text,
    /// The label of the facilitator's contact, which the join link carries to participants.
    pub contact_label: Text,
    /// The contact typed is neither an email address nor an https link.
    pub contact_invalid: Text,
    /// Says that the join link and QR code now carry the contact: "{contact}".
    pub contact_in_link: Text,
}

/// The workshop screen's strings, in German and English.
pub static WORKSHOP_UI: WorkshopUi = WorkshopUi {
    title: Text::new("Workshop-Modus", "Workshop mode"),
    intro: Text::addressed(
        "Hier sammeln Sie die Ergebnisse Ihrer Teilnehmenden und zeigen der Gruppe ihr gemeinsames Bild. Alles bleibt in diesem Browser; nichts wird irgendwohin gesendet.",
        "Hier sammelst du die Ergebnisse deiner Teilnehmenden und zeigst der Gruppe ihr gemeinsames Bild. Alles bleibt in diesem Browser; nichts wird irgendwohin gesendet.",
        "Here you collect your participants’ results and show the group its shared picture. Everything stays in this browser; nothing is sent anywhere.",
    ),
    join_heading: Text::addressed(
        "Machen Sie mit: der Social-Media-Check",
        "Macht mit: der Social-Media-Check",
        "Join in: take the Social Media Check",
    ),
    join_hint: Text::addressed(
        "Scannen Sie den Code oder öffnen Sie den Link auf Ihrem Handy. Schicken Sie am Ende den Link zu Ihrem Ergebnis an die Workshop-Leitung.",
        "Scannt den Code oder öffnet den Link auf eurem Handy. Schickt am Ende den Link zu eurem Ergebnis an die Workshop-Leitung.",
        "Scan the code or open the link on your phone. When you are done, send the link to your result to the facilitator.",
    ),
    workshops_heading: Text::addressed("Ihre Workshops", "Deine Workshops", "Your workshops"),
    workshop_name_label: Text::new("Name des Workshops", "Workshop name"),
    workshop_name_default: Text::new("Workshop", "Workshop"),
    create_workshop: Text::new("Neuen Workshop anlegen", "Create a new workshop"),
    delete_workshop: Text::new("Workshop löschen", "Delete workshop"),
    delete_confirm: Text::addressed(
        "Möchten Sie den Workshop „{name}“ mit allen gesammelten Ergebnissen löschen?",
        "Möchtest du den Workshop „{name}“ mit allen gesammelten Ergebnissen löschen?",
        "Do you want to delete the workshop “{name}” and all the results collected in it?",
    ),
    delete_yes: Text::new("Ja, löschen", "Yes, delete it"),
    delete_no: Text::new("Nein, behalten", "No, keep it"),
    choose_workshop: Text::new("Workshop auswählen", "Choose a workshop"),
    collect_heading: Text::new("Ergebnisse sammeln", "Collect results"),
    collect_fold: Text::new(
        "Teilnehmende einladen und Ergebnisse sammeln",
        "Invite participants and collect results",
    ),
    paste_label: Text::addressed(
        "Fügen Sie hier die Ergebnis-Links ein, einen pro Zeile – zum Beispiel direkt aus dem Chat.",
        "Füg hier die Ergebnis-Links ein, einen pro Zeile – zum Beispiel direkt aus dem Chat.",
        "Paste the result links here, one per line – straight from the chat, for example.",
    ),
    add_links: Text::new("Ergebnisse hinzufügen", "Add results"),
    scan_qr: Text::new("QR-Code scannen", "Scan a QR code"),
    scan_stop: Text::new("Scannen beenden", "Stop scanning"),
    scan_hint: Text::addressed(
        "Halten Sie den QR-Code vom Ergebnis einer teilnehmenden Person vor die Kamera.",
        "Halt den QR-Code vom Ergebnis einer teilnehmenden Person vor die Kamera.",
        "Hold a participant’s result QR code up to the camera.",
    ),
    scan_count: Text::new("Gelesene QR-Codes: {n}", "QR codes read: {n}"),
    added_report: Text::new(
        "Neu hinzugefügt: {added}. Schon vorhanden: {duplicates}.",
        "Newly added: {added}. Already there: {duplicates}.",
    ),
    too_many: Text::new(
        "Ein Workshop fasst höchstens {max} Ergebnisse. Weitere wurden nicht aufgenommen.",
        "A workshop holds at most {max} results. Any further ones were not added.",
    ),
    rejected_heading: Text::new(
        "Diese Zeilen ließen sich nicht lesen",
        "These lines could not be read",
    ),
    rejected_line: Text::new("Zeile {n}: „{text}“", "Line {n}: “{text}”"),
    participants_heading: Text::new("Teilnehmende ({n})", "Participants ({n})"),
    participant_label: Text::new("Ergebnis {n}", "Result {n}"),
    remove: Text::new("Entfernen", "Remove"),
    group_heading: Text::new("Das Bild der Gruppe", "The group’s picture"),
    no_participants: Text::addressed(
        "Noch keine Ergebnisse. Sobald Sie die ersten Links einfügen, erscheint hier das Bild der Gruppe.",
        "Noch keine Ergebnisse. Sobald du die ersten Links einfügst, erscheint hier das Bild der Gruppe.",
        "No results yet. As soon as you paste the first links, the group’s picture appears here.",
    ),
    participants_count: Text::new("Teilnehmende: {n}", "Participants: {n}"),
    average: Text::new("Durchschnitt", "Average"),
    range: Text::new("von {low} bis {high}", "from {low} to {high}"),
    all_at: Text::new("alle bei {value}", "all at {value}"),
    distribution: Text::new("Verteilung der Antworten", "Distribution of answers"),
    overall_heading: Text::new("Gesamtwert der Gruppe", "The group’s overall score"),
    arguments_heading: Text::new("Werte je Argument", "Scores per argument"),
    average_per_argument: Text::new("Durchschnitt je Argument", "Average per argument"),
    goals_heading: Text::new("Die Ziele der Gruppe", "The group’s goals"),
    importance_heading: Text::new(
        "Wie wichtig sind die Ziele?",
        "How important are the goals?",
    ),
    reach_heading: Text::new(
        "Wie gut werden die Ziele erreicht?",
        "How well are the goals achieved?",
    ),
    weakest_heading: Text::new("Die schwächsten Argumente", "The weakest arguments"),
    important_goals_heading: Text::new("Die wichtigsten Ziele", "The most important goals"),
    prompts_heading: Text::new("Fragen für die Diskussion", "Questions for the discussion"),
    prompt_weak_argument: Text::addressed(
        "Bei „{argument}“ steht die Gruppe im Schnitt bei {score} von 100. Was hält Sie hier zurück – und was wäre ein erster kleiner Schritt?",
        "Bei „{argument}“ steht die Gruppe im Schnitt bei {score} von 100. Was hält euch hier zurück – und was wäre ein erster kleiner Schritt?",
        "On “{argument}” the group averages {score} out of 100. What is holding you back here – and what would be a small first step?",
    ),
    prompt_important_goal: Text::addressed(
        "„{goal}“ ist Ihnen wichtig, wird aber noch nicht erreicht. Wer hat damit schon Erfahrungen gemacht, die den anderen helfen könnten?",
        "„{goal}“ ist euch wichtig, wird aber noch nicht erreicht. Wer hat damit schon Erfahrungen gemacht, die den anderen helfen könnten?",
        "“{goal}” matters to you, but it is not achieved yet. Who has experience with it that could help the others?",
    ),
    prompt_divided_argument: Text::new(
        "Bei „{argument}“ gehen die Antworten weit auseinander. Was machen diejenigen anders, die hier schon weit sind?",
        "The answers on “{argument}” are far apart. What do those who are already well along do differently?",
    ),
    presentation_start: Text::new("Präsentation starten", "Start presentation"),
    presentation_end: Text::new("Präsentation beenden", "End presentation"),
    slides_label: Text::new("Folien", "Slides"),
    slide_previous: Text::new("Zurück", "Back"),
    slide_next: Text::new("Weiter", "Next"),
    slide_position: Text::new("{n} von {total}", "{n} of {total}"),
    slide_keys_hint: Text::new(
        "Blättern mit den Pfeiltasten oder Bild auf/ab",
        "Step with the arrow keys or Page Up/Down",
    ),
    bands_slide_heading: Text::new("Wo die Gruppe steht", "Where the group stands"),
    arguments_slide_heading: Text::new(
        "Die Argumente, vom schwächsten zum stärksten",
        "The arguments, from the weakest to the strongest",
    ),
    goals_slide_heading: Text::new(
        "Wichtig, aber noch nicht erreicht",
        "Important, but not achieved yet",
    ),
    goals_all_reached: Text::new(
        "Die Ziele, die der Gruppe wichtig sind, werden schon gut erreicht.",
        "The goals that matter to the group are already well achieved.",
    ),
    goal_importance_reach: Text::new(
        "im Schnitt: Wichtigkeit {importance} von 100 · erreicht {reach} von 100",
        "on average: importance {importance} out of 100 · achieved {reach} out of 100",
    ),
    question_slide_heading: Text::new(
        "Frage {n} von {total} für die Diskussion",
        "Question {n} of {total} for the discussion",
    ),
    cover_results: Text::new("Ergebnisse verdecken", "Cover the results"),
    reveal_results: Text::new("Ergebnisse aufdecken", "Reveal the results"),
    covered_hint: Text::addressed(
        "Was schätzen Sie: Wo steht die Gruppe?",
        "Was schätzt ihr: Wo steht die Gruppe?",
        "What do you think: where does the group stand?",
    ),
    export_csv: Text::new("Für Excel exportieren (CSV)", "Export for Excel (CSV)"),
    export_csv_plain: Text::new(
        "CSV für andere Programme (mit Kommas)",
        "CSV for other tools (comma-separated)",
    ),
    export_image: Text::new("Als Bild herunterladen", "Download as image"),
    csv_file_name: Text::new("workshop-ergebnisse", "workshop-results"),
    image_file_name: Text::new("workshop-gruppenbild", "workshop-group-picture"),
    saved_damaged: Text::addressed(
        "Die gespeicherten Workshops in diesem Browser ließen sich nicht lesen. Die Daten wurden beiseitegelegt, nicht gelöscht; hier beginnen Sie mit einer leeren Liste.",
        "Die gespeicherten Workshops in diesem Browser ließen sich nicht lesen. Die Daten wurden beiseitegelegt, nicht gelöscht; hier beginnst du mit einer leeren Liste.",
        "The workshops saved in this browser could not be read. They were set aside, not deleted; you start here with an empty list.",
    ),
    save_failed: Text::addressed(
        "Dieser Browser kann die Ergebnisse gerade nicht speichern: Sein Speicher ist voll oder gesperrt. Solange diese Seite offen bleibt, geht nichts verloren. Sichern Sie die Ergebnisse jetzt als Datei, bevor Sie die Seite schließen.",
        "Dieser Browser kann die Ergebnisse gerade nicht speichern: Sein Speicher ist voll oder gesperrt. Solange diese Seite offen bleibt, geht nichts verloren. Sichere die Ergebnisse jetzt als Datei, bevor du die Seite schließt.",
        "This browser cannot save the results right now: its storage is full or blocked. Nothing is lost while this page stays open. Save the results as a file now, before you close the page.",
    ),
    kept_in_database: Text::new(
        "Der Speicher dieses Browsers für Seiten (localStorage) ist voll oder gesperrt. Die Workshops liegen deshalb in der Datenbank des Browsers (IndexedDB): Dort bleiben sie auch nach dem Neuladen erhalten, aber nur in diesem Browser.",
        "This browser’s storage for pages (localStorage) is full or blocked, so the workshops are kept in the browser’s database (IndexedDB) instead: they stay there across reloads, in this browser only.",
    ),
    save_failed_download: Text::new(
        "Ergebnisse jetzt als CSV sichern",
        "Save the results as CSV now",
    ),
    back_to_check: Text::new("Zurück zum Check", "Back to the check"),
    contact_label: Text::new(
        "Wohin sollen Teilnehmende ihr Ergebnis senden? E-Mail-Adresse oder Chat-Link mit https:// (freiwillig)",
        "Where should participants send their result? An email address or a chat link with https:// (optional)",
    ),
    contact_invalid: Text::addressed(
        "Bitte geben Sie eine E-Mail-Adresse ein oder einen Link, der mit https:// beginnt.",
        "Gib bitte eine E-Mail-Adresse ein oder einen Link, der mit https:// beginnt.",
        "Please enter an email address or a link that starts with https://.",
    ),
    contact_in_link: Text::new(
        "Einladungslink und QR-Code nennen den Teilnehmenden jetzt: {contact}",
        "The join link and QR code now tell participants: {contact}",
    ),
};
