//! "An die Workshop-Leitung senden": the participant's way to send their result to the facilitator whose
//! join link brought them here. The recipient is shown as text before anything happens, and nothing is
//! sent by itself: an e-mail opens in the participant's own mail program, a chat link (always https) opens
//! the chat after the result link is copied, and the share sheet lets them pick any app.

use crate::web::{dom, sharing};
use model::content::SEND_UI;
use model::workshop::facilitator::{mailto_href, named_result_link, Contact};
use model::Lang;
use web_sys::HtmlInputElement;
use yew::platform::spawn_local;
use yew::prelude::*;

/// The id of the panel, and of its name field, where [`SendOpener`] leads.
pub const SEND_SECTION_ID: &str = "send-to-facilitator";
pub const SEND_NAME_ID: &str = "send-name";

#[derive(Properties, PartialEq)]
pub struct SendOpenerProps {
    pub lang: Lang,
}

/// The button in the result's first screen that leads to the panel further down, as the lead form's
/// opener does: a participant who came by a workshop's join link came to send their result, and finds the
/// way there without scrolling past the whole result.
#[function_component(SendOpener)]
pub fn send_opener(props: &SendOpenerProps) -> Html {
    let onclick = Callback::from(|_: MouseEvent| {
        dom::focus(SEND_NAME_ID);
        dom::reveal(SEND_SECTION_ID);
    });
    html! {
        <p class="send-open">
            <button type="button" class="secondary" {onclick}>
                { SEND_UI.heading.get(props.lang) }<span aria-hidden="true">{ " ↓" }</span>
            </button>
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct SendToFacilitatorProps {
    pub lang: Lang,
    /// The participant's result link.
    pub result_link: AttrValue,
    /// Where the facilitator asked for results, read from the join link.
    pub contact: Contact,
}

#[function_component(SendToFacilitator)]
pub fn send_to_facilitator(props: &SendToFacilitatorProps) -> Html {
    let lang = props.lang;
    let name = use_state(String::new);
    let oninput = {
        let name = name.clone();
        Callback::from(move |event: InputEvent| {
            name.set(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let link = named_result_link(&props.result_link, &name);
    let (recipient, action) = match &props.contact {
        Contact::Email(address) => {
            let href = mailto_href(
                address,
                SEND_UI.mail_subject.get(lang),
                SEND_UI.mail_body.get(lang),
                &link,
            );
            (
                SEND_UI.recipient_email.fill(lang, &[("address", address)]),
                html! { <a class="primary" href={href}>{ SEND_UI.email.get(lang) }</a> },
            )
        }
        Contact::Chat { link: chat, host } => {
            let (chat, result) = (chat.clone(), link.clone());
            let onclick = Callback::from(move |_: MouseEvent| {
                let result = result.clone();
                // The chat opens at once, inside the click, where browsers allow a new tab; the copy
                // follows, and if the browser refuses it the participant still has the link on screen.
                spawn_local(async move {
                    let _ = sharing::copy_to_clipboard(&result).await;
                });
                sharing::open_in_new_tab(&chat);
            });
            (
                SEND_UI.recipient_chat.fill(lang, &[("host", host)]),
                html! { <button type="button" class="primary" {onclick}>{ SEND_UI.chat.get(lang) }</button> },
            )
        }
    };
    let share = sharing::can_share().then(|| {
        let link = link.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let link = link.clone();
            spawn_local(async move {
                let title = SEND_UI.mail_subject.get(lang);
                let _ = sharing::share(title, SEND_UI.mail_body.get(lang), &link).await;
            });
        });
        html! { <button type="button" class="secondary" {onclick}>{ SEND_UI.share.get(lang) }</button> }
    });
    html! {
        <section id={SEND_SECTION_ID} class="send-to-facilitator" aria-labelledby="send-heading">
            <h2 id="send-heading">{ SEND_UI.heading.get(lang) }</h2>
            <p class="send-recipient"><strong>{ recipient }</strong></p>
            <label for="send-name">{ SEND_UI.name_label.get(lang) }</label>
            <input id={SEND_NAME_ID} type="text" autocomplete="given-name" value={(*name).clone()} {oninput} />
            <p class="share-actions">{ action }{ share.unwrap_or_default() }</p>
            <p class="send-hint">{ SEND_UI.hint.get(lang) }</p>
        </section>
    }
}
