use crate::pages::check::lead_form::{LeadFormView, LEAD_NAME_ID, LEAD_SECTION_ID};
use crate::pages::check::result::ResultView;
use crate::pages::check::send_to_facilitator::{SendOpener, SendToFacilitator};
use crate::pages::check::share_panel::SharePanel;
use crate::web::analytics::{self, counting};
use crate::web::dom;
use crate::web::settings::Settings;
use model::analytics::Event;
use model::check::scoring::Reader;
use model::content::{LEAD_UI, UI};
use model::host_event::HostEvent;
use model::lead;
use model::share::card::CardBrand;
use model::workshop::facilitator::Contact;
use model::{CompleteAnswers, Lang, Scores};
use std::rc::Rc;
use yew::prelude::*;

pub struct OwnResultProps {
    pub lang: Lang,
    pub answers: CompleteAnswers,
    /// The result's link, made once by the page, which also sends it to the host page.
    pub link: AttrValue,
    /// The site owner's settings: the contact button, the colours of the share image, the host's origins.
    pub settings: Rc<Settings>,
    /// The visitor wants to change their answers.
    pub onback: Callback<()>,
}

/// The visitor's own result: the result itself, the site owner's contact button with its line, sending it
/// to a workshop's facilitator where the join link named one, sharing, the way back to the answers, and for
/// the printout the consultant, the contact and the check's address as text.
pub fn own_result(props: &OwnResultProps) -> Html {
    let (lang, answers, scores, config) = (
        props.lang,
        props.answers,
        Scores::of(&props.answers),
        &props.settings.config,
    );
    let link = props.link.clone();
    let brand = CardBrand {
        name: config.name.clone(),
        check_address: dom::folder_address(),
        contact: config
            .contact_link
            .as_deref()
            .map(CardBrand::readable_contact),
    };
    let contact = config.contact_link.as_ref().map(|contact_link| {
        let onclick = counting(Event::ContactClicked, &props.settings, lang);
        html! {
            <a class="primary" href={lead::contact_href(lang, contact_link, &link)} {onclick}>
                { config.contact_label(lang) }
            </a>
        }
    });
    let contact_text = config
        .contact_text(lang)
        .map(|text| AttrValue::from(text.to_owned()));
    // A printed page has no buttons: whom to call and where the check is stand there as text.
    let printed = html! {
        <footer class="print-only">
            if let Some(name) = &brand.name { <p class="print-name">{ name }</p> }
            if let Some(contact) = &brand.contact {
                <p>{ UI.contact_line.fill(lang, &[("contact", contact)]) }</p>
            }
            <p>{ UI.check_address.fill(lang, &[("address", &brand.check_address)]) }</p>
        </footer>
    };
    // A workshop's join link may name where its participants send their results.
    let facilitator = Contact::from_query(&dom::query_string()).map(|workshop| {
        html! { <SendToFacilitator {lang} result_link={link.clone()} contact={workshop} /> }
    });
    // The panel stands below the result; a participant who came to send it gets a button in the first
    // screen that leads there (beside the lead form's opener, in the same slot).
    let send_opener = if facilitator.is_some() {
        html! { <SendOpener {lang} /> }
    } else {
        html! {}
    };
    let onshared = {
        let settings = props.settings.clone();
        Callback::from(move |method: &'static str| {
            analytics::report(HostEvent::Shared(method), &settings.config, lang)
        })
    };
    // With a lead endpoint (which implies a privacy link), the visitor may send the result to the owner.
    let (lead_opener, lead) = match (&config.lead_endpoint, &config.privacy_link) {
        (Some(endpoint), Some(privacy_link)) => {
            let owner = config.name.as_deref();
            // The form stands after the next steps, so the first screen keeps the score and the contact
            // button; this button in the first screen leads there.
            let onopen = Callback::from(|_: MouseEvent| {
                dom::focus(LEAD_NAME_ID);
                dom::reveal(LEAD_SECTION_ID);
            });
            let contact_label = config.contact_label(lang);
            let other_route = match config.contact_link.as_deref() {
                Some(contact_link) => match lead::email_route(lang, contact_link, &link) {
                    Some(href) => html! { <a {href}>{ LEAD_UI.email_route.get(lang) }</a> },
                    None => html! { <a href={contact_link.to_owned()}>{ contact_label }</a> },
                },
                None => html! {},
            };
            (
                html! {
                    <p class="lead-open">
                        <button type="button" class="link-button" onclick={onopen}>
                            { lead::heading(lang, owner) }<span aria-hidden="true">{ " ↓" }</span>
                        </button>
                    </p>
                },
                html! {
                    <LeadFormView {lang} {answers} result_link={link.clone()} endpoint={endpoint.clone()}
                        privacy_link={privacy_link.clone()} owner={owner.map(|name| AttrValue::from(name.to_owned()))}
                        {other_route} onsent={counting(Event::LeadSent, &props.settings, lang)} />
                },
            )
        }
        _ => (html! {}, html! {}),
    };
    let lead_opener = html! { <>{ send_opener }{ lead_opener }</> };
    html! {
        <ResultView key="own-result" {lang} {answers} {scores} reader={Reader::Own} heading={UI.result_heading.get(lang)}
            next_steps_heading={UI.next_steps_heading.get(lang)} {contact} {contact_text} {lead_opener} {lead}>
            { facilitator }
            <SharePanel {lang} {link} {scores} {onshared} primary={config.primary} accent={config.accent} {brand} />
            <div class="step-nav">
                <button type="button" class="secondary" onclick={props.onback.reform(|_: MouseEvent| ())}>
                    { UI.change_answers.get(lang) }
                </button>
            </div>
            { printed }
        </ResultView>
    }
}
