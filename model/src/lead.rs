//! The lead form: "Ergebnis an <Name> senden" on the visitor's own result, offered only when the site owner
//! set a `lead_endpoint` (and with it a `privacy_link`) in `config.ini`.
//!
//! The form is a pure reducer ([`LeadForm::apply`] with [`LeadAction`]) that decides when the result may
//! go out: only after the visitor pressed "Senden", with a name, an e-mail address and the consent ticked.
//! The app sends exactly one request each time the form enters [`LeadStatus::Sending`], and nothing at any
//! other time. [`LeadForm::body`] is that request's body, form-encoded like an HTML form, the format every
//! static-site form service reads.

use crate::content::{LEAD_UI, UI};
use crate::reducer::Reducer;
use crate::text::{Lang, Text};
use crate::url::is_email_address;
use crate::url::{form_encoded, percent_encode, query_pairs, scheme};
use crate::{CompleteAnswers, Scores};

/// The form's fields that a visitor can get wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeadField {
    Name,
    Email,
    Consent,
}

/// What keeps the form from being sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeadProblem {
    NameMissing,
    EmailMissing,
    /// Something that is not an e-mail address, such as "anna@" or "anna.example.org".
    EmailIncomplete,
    ConsentMissing,
}

impl LeadProblem {
    pub fn field(self) -> LeadField {
        match self {
            LeadProblem::NameMissing => LeadField::Name,
            LeadProblem::EmailMissing | LeadProblem::EmailIncomplete => LeadField::Email,
            LeadProblem::ConsentMissing => LeadField::Consent,
        }
    }

    /// What the visitor is told at the field.
    pub fn text(self) -> &'static Text {
        match self {
            LeadProblem::NameMissing => &LEAD_UI.name_missing,
            LeadProblem::EmailMissing => &LEAD_UI.email_missing,
            LeadProblem::EmailIncomplete => &LEAD_UI.email_incomplete,
            LeadProblem::ConsentMissing => &LEAD_UI.consent_needed,
        }
    }
}

/// Where the form stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LeadStatus {
    /// Being filled in; nothing has gone out.
    #[default]
    Editing,
    /// One request is on its way; pressing "Senden" again does nothing.
    Sending,
    /// The owner's service confirmed it. The form is gone, so it cannot go out twice by accident.
    Sent,
    /// The last request failed; everything typed is kept for another try.
    Failed,
}

/// The lead form's state: what the visitor typed and where the sending stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeadForm {
    pub name: String,
    pub email: String,
    pub message: String,
    /// The consent checkbox, unticked until the visitor ticks it.
    pub consent: bool,
    pub status: LeadStatus,
    /// Whether the visitor has pressed "Senden": the fields' problems show from then on, not while they
    /// are still typing for the first time.
    pub tried: bool,
    /// The number of requests the form has asked for. An answer names the attempt it belongs to, so a late
    /// answer to an earlier one changes nothing.
    pub attempt: u32,
}

/// What happens to the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeadAction {
    EditName(String),
    EditEmail(String),
    EditMessage(String),
    SetConsent(bool),
    /// The visitor pressed "Senden" (or Enter in a field).
    Submit,
    /// The request of `attempt` came back: `delivered` when the service answered with success, false for a
    /// network error, an error status or no answer in time.
    Answered {
        attempt: u32,
        delivered: bool,
    },
}

/// What goes out with the visitor's own fields: their result, and who receives it.
#[derive(Clone, Copy, Debug)]
pub struct LeadResult<'a> {
    pub answers: &'a CompleteAnswers,
    /// The result link, as the share panel shows it.
    pub result_link: &'a str,
    pub lang: Lang,
    /// The owner's name, if the settings give one.
    pub owner: Option<&'a str>,
}

impl LeadForm {
    /// Everything that keeps the form from being sent, in the order of the fields.
    pub fn problems(&self) -> Vec<LeadProblem> {
        let email = self.email.trim();
        [
            self.name
                .trim()
                .is_empty()
                .then_some(LeadProblem::NameMissing),
            if email.is_empty() {
                Some(LeadProblem::EmailMissing)
            } else {
                (!is_email_address(email)).then_some(LeadProblem::EmailIncomplete)
            },
            (!self.consent).then_some(LeadProblem::ConsentMissing),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// The problem to show at `field`: none before the visitor first pressed "Senden".
    pub fn problem_at(&self, field: LeadField) -> Option<LeadProblem> {
        self.tried
            .then(|| {
                self.problems()
                    .into_iter()
                    .find(|problem| problem.field() == field)
            })
            .flatten()
    }

    /// Whether "Senden" does anything now. Without consent the button is shown as unavailable.
    pub fn can_send(&self) -> bool {
        self.consent && matches!(self.status, LeadStatus::Editing | LeadStatus::Failed)
    }

    /// The request's body, `application/x-www-form-urlencoded`, with these fields in this order (README,
    /// "Leads"): `name`, `email`, `message` (may be empty), `score` (0–100), `band` (its name in the
    /// visitor's language), `result_link`, `lang` (`de` or `en`), `consent` (`yes`) and `consent_text` (the
    /// sentence the visitor agreed to).
    pub fn body(&self, result: &LeadResult) -> String {
        let scores = Scores::of(result.answers);
        let lang = result.lang;
        let recipient = recipient(lang, result.owner);
        let score = scores.overall.to_string();
        let consent_text = LEAD_UI.consent.fill(lang, &[("recipient", &recipient)]);
        form_encoded(&[
            ("name", self.name.trim()),
            ("email", self.email.trim()),
            ("message", self.message.trim()),
            ("score", &score),
            ("band", scores.band().name.get(lang)),
            ("result_link", result.result_link),
            ("lang", lang_code(lang)),
            ("consent", "yes"),
            ("consent_text", &consent_text),
        ])
    }
}

/// `de` or `en`: the language the owner can answer in; "du" or "Sie" is the check's own business.
fn lang_code(lang: Lang) -> &'static str {
    if lang.is_german() {
        Lang::De.code()
    } else {
        Lang::En.code()
    }
}

/// Who receives the result, as the form's sentences name them: the owner's name, or a description.
pub fn recipient(lang: Lang, owner: Option<&str>) -> String {
    owner.map_or_else(
        || LEAD_UI.recipient_unnamed.get(lang).to_owned(),
        str::to_owned,
    )
}

/// The form's heading, which is also the label of the button in the result's first screen that leads to
/// it: "Ergebnis an <Name> senden", or "Ergebnis senden" without a name.
pub fn heading(lang: Lang, owner: Option<&str>) -> String {
    match owner {
        Some(owner) => LEAD_UI.heading.fill(lang, &[("recipient", owner)]),
        None => LEAD_UI.heading_unnamed.get(lang).to_owned(),
    }
}

/// The start screen's privacy line: what leaves the browser, given whether an embedding page may receive
/// the result (`host_origin`) and, with a lead endpoint, the owner the visitor may send it to
/// (`lead_owner` is `Some(name)`, the inner `None` for an owner without a name).
pub fn privacy_line(
    lang: Lang,
    result_goes_to_host: bool,
    lead_owner: Option<Option<&str>>,
) -> String {
    match lead_owner {
        None if result_goes_to_host => UI.privacy_host.get(lang).to_owned(),
        None => UI.privacy.get(lang).to_owned(),
        Some(owner) => {
            let text = if result_goes_to_host {
                &LEAD_UI.privacy_host
            } else {
                &LEAD_UI.privacy
            };
            text.fill(lang, &[("recipient", &recipient(lang, owner))])
        }
    }
}

/// The contact button's address. A `mailto:` link opens a mail ready to send: a subject (unless the
/// owner's link names one) and a short text with the result link, so the visitor need not know what to
/// write and the consultant sees the result they write about. A link with a body of its own, and every
/// other link, stays as the owner wrote it.
pub fn contact_href(lang: Lang, link: &str, result_link: &str) -> String {
    let query = link.split_once('?').map_or("", |(_, query)| query);
    let names = |key: &str| query_pairs(query).any(|(name, _)| name.eq_ignore_ascii_case(key));
    if scheme(link).as_deref() != Some("mailto") || names("body") {
        return link.to_owned();
    }
    let mut href = link.to_owned();
    let mut add = |key: &str, value: &str| {
        href.push(if href.contains('?') { '&' } else { '?' });
        href.push_str(key);
        href.push('=');
        href.push_str(&percent_encode(value));
    };
    if !names("subject") {
        add("subject", LEAD_UI.mail_subject.get(lang));
    }
    add(
        "body",
        &LEAD_UI.mail_body.fill(lang, &[("link", result_link)]),
    );
    href
}

/// The e-mail route offered when sending failed: the owner's contact link, if it is a `mailto:` one, as
/// the contact button opens it. Any other contact link is offered as the contact button is.
pub fn email_route(lang: Lang, contact_link: &str, result_link: &str) -> Option<String> {
    (scheme(contact_link).as_deref() == Some("mailto"))
        .then(|| contact_href(lang, contact_link, result_link))
}

impl Reducer for LeadForm {
    type Action = LeadAction;

    /// The form after `action`. Sending starts only from [`LeadAction::Submit`] on a form without
    /// problems, and never while a request is on its way or after one arrived.
    fn apply(mut self, action: Self::Action) -> Self {
        let editable = matches!(self.status, LeadStatus::Editing | LeadStatus::Failed);
        match action {
            LeadAction::EditName(name) if editable => self.name = name,
            LeadAction::EditEmail(email) if editable => self.email = email,
            LeadAction::EditMessage(message) if editable => self.message = message,
            LeadAction::SetConsent(consent) if editable => self.consent = consent,
            LeadAction::Submit if editable => {
                self.tried = true;
                if self.problems().is_empty() {
                    self.status = LeadStatus::Sending;
                    self.attempt += 1;
                }
            }
            LeadAction::Answered { attempt, delivered } if attempt == self.attempt => {
                self.status = match (self.status, delivered) {
                    // A success that arrives after the app gave up waiting still counts: it did arrive.
                    (LeadStatus::Sending | LeadStatus::Failed, true) => LeadStatus::Sent,
                    (LeadStatus::Sending, false) => LeadStatus::Failed,
                    (status, _) => status,
                };
            }
            _ => {}
        }
        self
    }
}
