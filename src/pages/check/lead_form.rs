//! "Ergebnis an <Name> senden": the visitor's way to send their own result to the site owner, offered only
//! when `config.ini` names a lead endpoint and a privacy link. The rules are the model's
//! ([`model::lead`]); this component renders the form and sends the one request the model asks for, in an
//! effect, only after the visitor agreed and pressed "Senden". Nothing goes out before.

use crate::state::State;
use crate::web::dom;
use gloo_timers::callback::Timeout;
use model::content::LEAD_UI;
use model::lead::{self, LeadAction, LeadField, LeadResult, LeadStatus};
use model::{CompleteAnswers, Lang};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlInputElement, HtmlTextAreaElement, Response};
use yew::platform::spawn_local;
use yew::prelude::*;

/// The id of the lead form's section, where the button in the result's first screen leads.
pub const LEAD_SECTION_ID: &str = "lead-form";
/// The id of the form's first field, where that button puts focus.
pub const LEAD_NAME_ID: &str = "lead-name";
const STATUS_ID: &str = "lead-status";

/// How long the form waits for the owner's service before it offers another try and the e-mail route. A
/// success that arrives later still counts (see `LeadForm::apply`).
const ANSWER_TIMEOUT_MS: u32 = 20_000;

#[derive(Properties, PartialEq)]
pub struct LeadFormProps {
    pub lang: Lang,
    pub answers: CompleteAnswers,
    /// The visitor's result link, which goes with the result.
    pub result_link: AttrValue,
    /// Where the form goes: `config.ini`'s `lead_endpoint`.
    pub endpoint: AttrValue,
    /// The owner's privacy policy: `config.ini`'s `privacy_link`.
    pub privacy_link: AttrValue,
    /// The owner's name, if the settings give one.
    #[prop_or_default]
    pub owner: Option<AttrValue>,
    /// The other way to reach the owner, offered when sending fails: the contact link, or nothing.
    #[prop_or_default]
    pub other_route: Html,
    /// The owner's service confirmed the request: the lead counts as sent.
    #[prop_or_default]
    pub onsent: Callback<()>,
}

#[function_component(LeadFormView)]
pub fn lead_form_view(props: &LeadFormProps) -> Html {
    let lang = props.lang;
    let form = use_reducer(State::<model::lead::LeadForm>::default);
    let presses = use_state(|| 0_u32);
    let owner = props.owner.as_deref();
    let recipient = lead::recipient(lang, owner);

    // The one request per attempt, sent when the model enters `Sending`, never otherwise.
    {
        let dispatcher = form.dispatcher();
        let request = (form.0.status == LeadStatus::Sending).then(|| {
            let body = form.0.body(&LeadResult {
                answers: &props.answers,
                result_link: &props.result_link,
                lang,
                owner,
            });
            (props.endpoint.clone(), body)
        });
        use_effect_with(form.0.attempt, move |&attempt| {
            let timeout = request.map(|(endpoint, body)| {
                let answered = dispatcher.clone();
                spawn_local(async move {
                    let delivered = post_form(&endpoint, &body).await;
                    answered.dispatch(LeadAction::Answered { attempt, delivered });
                });
                Timeout::new(ANSWER_TIMEOUT_MS, move || {
                    dispatcher.dispatch(LeadAction::Answered {
                        attempt,
                        delivered: false,
                    })
                })
            });
            move || drop(timeout)
        });
    }
    // After "Senden" on a form with problems, focus goes to the first field to mend, which reads out its
    // message; after a confirmed send, to the thank-you line that replaced the form.
    {
        let (form, onsent) = (form.clone(), props.onsent.clone());
        use_effect_with((*presses, form.0.status), move |(_, status)| {
            if *status == LeadStatus::Sent {
                dom::focus(STATUS_ID);
                onsent.emit(());
            } else if let Some(problem) = form.0.problems().first().filter(|_| form.0.tried) {
                dom::focus(field_id(problem.field()));
            }
        });
    }

    let heading = lead::heading(lang, owner);
    let status_line = match form.0.status {
        LeadStatus::Sending => LEAD_UI.sending.get(lang),
        LeadStatus::Sent => LEAD_UI.sent.get(lang),
        LeadStatus::Editing | LeadStatus::Failed => "",
    };
    // Both containers are always there, so a screen reader announces what appears in them.
    let status = html! {
        <p id={STATUS_ID} class="lead-status" role="status" tabindex="-1">{ status_line }</p>
    };
    let alert = html! {
        <div class="lead-alert" role="alert">
            if form.0.status == LeadStatus::Failed {
                <p class="error">{ LEAD_UI.failed.get(lang) }</p>
                <p>{ props.other_route.clone() }</p>
            }
        </div>
    };
    let dispatch = |action: fn(String) -> LeadAction| {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let target = event.target_unchecked_into::<web_sys::HtmlElement>();
            let value = match target.dyn_ref::<HtmlTextAreaElement>() {
                Some(area) => area.value(),
                None => target.unchecked_into::<HtmlInputElement>().value(),
            };
            form.dispatch(action(value));
        })
    };
    let onconsent = {
        let form = form.clone();
        Callback::from(move |event: Event| {
            let checked = event.target_unchecked_into::<HtmlInputElement>().checked();
            form.dispatch(LeadAction::SetConsent(checked));
        })
    };
    let onsubmit = {
        let (form, presses) = (form.clone(), presses.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            form.dispatch(LeadAction::Submit);
            presses.set(*presses + 1);
        })
    };
    let sending = form.0.status == LeadStatus::Sending;
    let problem_at = |field: LeadField| form.0.problem_at(field).map(|p| p.text().get(lang));
    let field = |field: LeadField, label: &str, input: Html| {
        let problem = problem_at(field);
        html! {
            <div class={classes!("lead-field", problem.is_some().then_some("invalid"))}>
                <label for={field_id(field)}>{ label.to_owned() }</label>
                { input }
                if let Some(problem) = problem {
                    <p id={error_id(field)} class="field-error">{ problem }</p>
                }
            </div>
        }
    };
    let described = |field: LeadField| problem_at(field).map(|_| AttrValue::from(error_id(field)));
    let invalid = |field: LeadField| problem_at(field).map(|_| AttrValue::from("true"));
    let consent_problem = problem_at(LeadField::Consent).is_some();
    let privacy_words = LEAD_UI.privacy_sentence.get(lang);
    let (before_link, after_link) = privacy_words
        .split_once("{link}")
        .unwrap_or((privacy_words, ""));

    html! {
        <section id={LEAD_SECTION_ID} class="lead-form" aria-labelledby="lead-heading">
            <h2 id="lead-heading">{ heading }</h2>
            // After a confirmed send the form gives way to the thank-you line in the status below, which
            // stays the same element throughout, so screen readers announce what appears in it.
            if form.0.status != LeadStatus::Sent {
                <p class="lead-intro">{ LEAD_UI.intro.fill(lang, &[("recipient", &recipient)]) }</p>
                <form novalidate=true {onsubmit} aria-labelledby="lead-heading">
                    { field(LeadField::Name, LEAD_UI.name_label.get(lang), html! {
                        <input id={LEAD_NAME_ID} name="name" type="text" autocomplete="name" required=true
                            value={form.0.name.clone()} readonly={sending}
                            aria-invalid={invalid(LeadField::Name)} aria-describedby={described(LeadField::Name)}
                            oninput={dispatch(LeadAction::EditName)} />
                    }) }
                    { field(LeadField::Email, LEAD_UI.email_label.get(lang), html! {
                        <input id={field_id(LeadField::Email)} name="email" type="email" autocomplete="email"
                            required=true value={form.0.email.clone()} readonly={sending}
                            aria-invalid={invalid(LeadField::Email)} aria-describedby={described(LeadField::Email)}
                            oninput={dispatch(LeadAction::EditEmail)} />
                    }) }
                    <div class="lead-field">
                        <label for="lead-message">{ LEAD_UI.message_label.get(lang) }</label>
                        <textarea id="lead-message" name="message" rows="3" value={form.0.message.clone()}
                            readonly={sending} oninput={dispatch(LeadAction::EditMessage)} />
                    </div>
                    <div class={classes!("lead-consent", consent_problem.then_some("invalid"))}>
                        <input id={field_id(LeadField::Consent)} type="checkbox" checked={form.0.consent}
                            disabled={sending} aria-invalid={invalid(LeadField::Consent)}
                            aria-describedby={consent_problem.then_some("lead-consent-hint")}
                            onchange={onconsent} />
                        <label for={field_id(LeadField::Consent)}>
                            { LEAD_UI.consent.fill(lang, &[("recipient", &recipient)]) }{ " " }
                            { before_link }
                            <a href={props.privacy_link.clone()} target="_blank" rel="noopener">
                                { LEAD_UI.privacy_link.get(lang) }
                            </a>
                            { after_link }
                        </label>
                    </div>
                    <div class="lead-send">
                        // Unavailable without consent, yet focusable, so a keyboard or screen-reader user reaches
                        // it and hears why; pressing it then leads to the checkbox.
                        <button type="submit" class="primary" aria-disabled={(!form.0.can_send()).then_some("true")}
                            aria-describedby={(!form.0.consent).then_some("lead-consent-hint")}>
                            { if sending { LEAD_UI.sending.get(lang) } else { LEAD_UI.send.get(lang) } }
                        </button>
                        if !form.0.consent {
                            <p id="lead-consent-hint"
                                class={classes!("lead-hint", consent_problem.then_some("field-error"))}>
                                { LEAD_UI.consent_needed.get(lang) }
                            </p>
                        }
                    </div>
                </form>
            }
            { status }
            { alert }
        </section>
    }
}

fn field_id(field: LeadField) -> &'static str {
    match field {
        LeadField::Name => LEAD_NAME_ID,
        LeadField::Email => "lead-email",
        LeadField::Consent => "lead-consent",
    }
}

fn error_id(field: LeadField) -> String {
    let mut id = field_id(field).to_owned();
    id.push_str("-error");
    id
}

/// Posts `body` as a form to `endpoint`, as a CORS request without cookies and without the page's address
/// (the result link travels in the body only); `Accept: application/json` makes form services such as
/// Formspree answer with JSON instead of a redirect to their thank-you page. True when the service answered
/// with success (2xx).
async fn post_form(endpoint: &str, body: &str) -> bool {
    // Both are "simple" headers: the browser sends the POST at once, without asking the service first.
    let accept = [("Accept", "application/json")];
    let Some(sent) = dom::post_anonymously(
        endpoint,
        "application/x-www-form-urlencoded",
        &accept,
        body,
        false,
    ) else {
        return false;
    };
    match JsFuture::from(sent).await {
        Ok(response) => response
            .dyn_into::<Response>()
            .is_ok_and(|response| response.ok()),
        Err(_) => false,
    }
}
