//! The start screen's privacy lines while the site owner counts visits (`analytics` in `config.ini`, see
//! `crate::analytics`). They say the same as the lines without counting, and that the check counts
//! anonymously; they drop "no tracking", which a reader could take to mean nothing is counted at all. Like
//! those lines, they address nobody in German, so the line never changes its form of address when the app
//! replaces the static start screen's. `{recipient}` is whoever a lead goes to.

use crate::text::Text;

pub struct CountingUi {
    /// Without a host page and without a lead form.
    pub privacy: Text,
    /// With a host page (`host_origin`).
    pub privacy_host: Text,
    /// With a lead form.
    pub privacy_lead: Text,
    /// With a host page and a lead form.
    pub privacy_lead_host: Text,
}

pub static COUNTING_UI: CountingUi = CountingUi {
    privacy: Text::new(
        "Die Antworten bleiben in diesem Browser. Der Check zählt anonym, ohne Cookies und ohne die Antworten, wie viele ihn beginnen und beenden. Es braucht kein Konto.",
        "Your answers stay in this browser. The check counts anonymously, without cookies and without your answers: just how many people start and finish it. You need no account.",
    ),
    privacy_host: Text::new(
        "Die Antworten bleiben in diesem Browser. Ist der Check in eine andere Website eingebunden, erhält, wer sie betreibt, den Fortschritt und das Ergebnis samt Link. Der Check zählt anonym, ohne Cookies und ohne die Antworten, wie viele ihn beginnen und beenden. Es braucht kein Konto.",
        "Your answers stay in this browser. If the check is embedded in another website, that website’s owner receives your progress and your result with its link. The check counts anonymously, without cookies and without your answers: just how many people start and finish it. You need no account.",
    ),
    privacy_lead: Text::new(
        "Die Antworten bleiben in diesem Browser. An {recipient} geht das Ergebnis nur, wenn man am Ende zustimmt und es absendet. Der Check zählt anonym, ohne Cookies und ohne die Antworten, wie viele ihn beginnen und beenden. Es braucht kein Konto.",
        "Your answers stay in this browser. Only if you agree and send it at the end does your result go to {recipient}. The check counts anonymously, without cookies and without your answers: just how many people start and finish it. You need no account.",
    ),
    privacy_lead_host: Text::new(
        "Die Antworten bleiben in diesem Browser. Ist der Check in eine andere Website eingebunden, erhält, wer sie betreibt, den Fortschritt und das Ergebnis samt Link. An {recipient} geht es nur, wenn man am Ende zustimmt und es absendet. Der Check zählt anonym, ohne Cookies und ohne die Antworten, wie viele ihn beginnen und beenden. Es braucht kein Konto.",
        "Your answers stay in this browser. If the check is embedded in another website, that website’s owner receives your progress and your result with its link. Only if you agree and send it at the end does your result also go to {recipient}. The check counts anonymously, without cookies and without your answers: just how many people start and finish it. You need no account.",
    ),
};
