use crate::components::qr_code::{qr_code, QrCodeProps};
use crate::web::share_worker::use_share_worker;
use model::content::WORKSHOP_UI;
use model::share::share_job::{ShareJob, ShareReply};
use model::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JoinPanelProps {
    pub lang: Lang,
    /// The address of the check.
    pub link: AttrValue,
}

/// A large QR code and the short link to the check, for participants to open on their phones.
#[function_component(JoinPanel)]
pub fn join_panel(props: &JoinPanelProps) -> Html {
    let lang = props.lang;
    let replies = use_share_worker(vec![ShareJob::Qr {
        text: props.link.to_string(),
    }]);
    let qr = replies.iter().find_map(|reply| match reply {
        ShareReply::Qr { qr, .. } => qr.clone(),
        _ => None,
    });
    html! {
        <section class="join" aria-labelledby="join-heading">
            <h2 id="join-heading">{ WORKSHOP_UI.join_heading.get(lang) }</h2>
            <div class="join-body">
                { qr_code(&QrCodeProps { qr, label: WORKSHOP_UI.join_heading.get(lang).into() }) }
                <div>
                    <p class="join-link"><a href={props.link.clone()}>{ &props.link }</a></p>
                    <p>{ WORKSHOP_UI.join_hint.get(lang) }</p>
                </div>
            </div>
        </section>
    }
}

pub struct ContactFieldProps {
    pub lang: Lang,
    /// The contact as typed.
    pub value: AttrValue,
    /// What the join link now tells participants; `None` while the field is empty or does not read.
    pub shown: Option<AttrValue>,
    /// Set when the typed text is neither an e-mail address nor an https link.
    pub invalid: bool,
    pub onchange: Callback<String>,
}

/// The facilitator's optional contact, which the join link and QR code carry to participants.
pub fn contact_field(props: &ContactFieldProps) -> Html {
    let lang = props.lang;
    let oninput = props
        .onchange
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class="contact-field">
            <label for="workshop-contact">{ WORKSHOP_UI.contact_label.get(lang) }</label>
            <input id="workshop-contact" type="text" inputmode="email" autocomplete="email" value={props.value.clone()}
                   {oninput} aria-invalid={props.invalid.to_string()}
                   aria-describedby={props.invalid.then_some("workshop-contact-error")} />
            if props.invalid {
                <p id="workshop-contact-error" class="error">{ WORKSHOP_UI.contact_invalid.get(lang) }</p>
            }
            if let Some(shown) = &props.shown {
                <p class="contact-shown">{ WORKSHOP_UI.contact_in_link.fill(lang, &[("contact", shown)]) }</p>
            }
        </div>
    }
}
