use crate::components::result::ResultView;
use crate::components::send_to_facilitator::SendToFacilitator;
use crate::components::share_panel::SharePanel;
use crate::settings::Settings;
use crate::{dom, host};
use model::config::contact_href;
use model::content::{CONFIG_UI, UI};
use model::facilitator::Contact;
use model::host_event::HostEvent;
use model::{CompleteAnswers, Lang};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OwnResultProps {
    pub lang: Lang,
    pub answers: CompleteAnswers,
    /// The site owner's settings: the contact button, the colours of the share image, the host's origins.
    pub settings: Rc<Settings>,
    /// The visitor wants to change their answers.
    pub onback: Callback<()>,
}

/// The visitor's own result: the result itself, the site owner's contact button, sharing, and the way
/// back to the answers.
#[function_component(OwnResult)]
pub fn own_result(props: &OwnResultProps) -> Html {
    let (lang, answers, config) = (props.lang, props.answers, &props.settings.config);
    let link = dom::result_link(&answers);
    let contact = match &config.contact_link {
        Some(contact_link) => html! {
            <p class="contact">
                <a class="primary" href={contact_href(contact_link, &link)}>
                    { config.contact_label.as_deref().unwrap_or(CONFIG_UI.contact_default.get(lang)) }
                </a>
            </p>
        },
        None => html! {},
    };
    // A workshop's join link may name where its participants send their results.
    let contact = match Contact::from_query(&dom::query_string()) {
        Some(workshop) => html! {
            <>{ contact }<SendToFacilitator {lang} result_link={link.clone()} contact={workshop} /></>
        },
        None => contact,
    };
    let onshared = {
        let host_origins = config.host_origins.clone();
        Callback::from(move |method: &'static str| {
            host::post(HostEvent::Shared(method), &host_origins)
        })
    };
    html! {
        <ResultView {lang} {answers} heading={UI.result_heading.get(lang)} {contact}>
            <SharePanel {lang} {link} {answers} {onshared} primary={config.primary} accent={config.accent} />
            <div class="step-nav">
                <button type="button" class="secondary" onclick={props.onback.reform(|_: MouseEvent| ())}>
                    { UI.back.get(lang) }
                </button>
            </div>
        </ResultView>
    }
}
