//! The interface strings.

use super::Ui;
use crate::text::Text;

pub static UI: Ui = Ui {
    app_title: Text::new("Social-Media-Check", "Social-Media-Check"),
    myth: Text::new(
        "„Meine Kunden sind nicht in Social Media.“",
        "“My customers aren’t on social media.”",
    ),
    start_intro: Text::new(
        "Dieser Check führt Sie durch sieben Argumente gegen diesen Satz und fragt nach Ihrem Unternehmen und Ihren Zielen. Am Ende sehen Sie, wo Sie stehen, und erhalten konkrete nächste Schritte.",
        "This check takes you through seven arguments against that belief and asks about your business and your goals. At the end you see where you stand and get concrete next steps.",
    ),
    start_duration: Text::new(
        "Etwa 3 Minuten, {total} Fragen",
        "About 3 minutes, {total} questions",
    ),
    privacy: Text::new(
        "Ihre Antworten bleiben in diesem Browser. Nichts wird irgendwohin gesendet, Sie brauchen kein Konto, und es gibt kein Tracking.",
        "Your answers stay in this browser. Nothing is sent anywhere, you need no account, and there is no tracking.",
    ),
    start_button: Text::new("Check starten", "Start the check"),
    progress: Text::new("Frage {n} von {total}", "Question {n} of {total}"),
    back: Text::new("Zurück", "Back"),
    next: Text::new("Weiter", "Next"),
    show_result: Text::new("Ergebnis anzeigen", "Show result"),
    restart: Text::new("Neu beginnen", "Start again"),
    restart_confirm: Text::new(
        "Möchten Sie alle Antworten löschen und von vorn beginnen?",
        "Do you want to delete all your answers and start again?",
    ),
    restart_yes: Text::new("Ja, alles löschen", "Yes, delete everything"),
    restart_no: Text::new("Nein, weitermachen", "No, carry on"),
    switch_language: Text::new("English", "Deutsch"),
    choose_answer: Text::new("Bitte wählen Sie eine Antwort.", "Please choose an answer."),
    situation_heading: Text::new("Ihr Unternehmen", "Your business"),
    argument_label: Text::new("Argument {n} von 7", "Argument {n} of 7"),
    goal_label: Text::new("Ziel {n} von 7", "Goal {n} of 7"),
    goals_intro: Text::new(
        "Social Media kann sieben Unternehmensziele unterstützen. Geben Sie zu jedem an, wie wichtig es Ihnen ist und wie gut Sie es heute über Social Media erreichen.",
        "Social media can support seven business goals. For each one, tell us how much it matters to you and how well you reach it through social media today.",
    ),
    importance_legend: Text::new(
        "Wie wichtig ist Ihnen dieses Ziel?",
        "How important is this goal to you?",
    ),
    reach_legend: Text::new(
        "Wie gut erreichen Sie es heute über Social Media?",
        "How well do you reach it through social media today?",
    ),
    debunk_heading: Text::new("Was dagegen spricht", "Why the myth doesn’t hold"),
    fact_label: Text::new("Zahlen und Fakten", "Facts and figures"),
    source_label: Text::new("Quelle", "Source"),
    result_heading: Text::new("Ihr Ergebnis", "Your result"),
    overall_label: Text::new("Gesamtwert", "Overall score"),
    score_of_100: Text::new("{score} von 100", "{score} out of 100"),
    per_argument_heading: Text::new("Ihre Werte je Argument", "Your score per argument"),
    per_goal_heading: Text::new("Ihre Werte je Ziel", "Your score per goal"),
    table_argument: Text::new("Gegenargument", "Argument"),
    table_goal: Text::new("Ziel", "Goal"),
    table_score: Text::new("Wert", "Score"),
    table_importance: Text::new("Wichtigkeit", "Importance"),
    next_steps_heading: Text::new("Ihre nächsten Schritte", "Your next steps"),
    reason_argument: Text::new(
        "Weil „{argument}“ zu Ihren schwächsten Punkten gehört.",
        "Because “{argument}” is one of your weakest points.",
    ),
    reason_goal: Text::new(
        "Weil Ihnen „{goal}“ wichtig ist und Sie dieses Ziel noch nicht erreichen.",
        "Because “{goal}” matters to you and you haven’t reached it yet.",
    ),
    reason_none: Text::new(
        "Sie haben keine deutlichen Schwachstellen – dieser Schritt hilft Ihnen, Ihren Vorsprung zu halten.",
        "You have no clear weak points – this step helps you keep your lead.",
    ),
    notice_discarded: Text::new(
        "Ihr gespeicherter Fortschritt in diesem Browser war beschädigt oder stammte aus einer älteren Version und wurde verworfen. Sie beginnen neu.",
        "Your saved progress in this browser was damaged or came from an older version, so it has been discarded. You are starting afresh.",
    ),
    dismiss: Text::new("Schließen", "Close"),
};
