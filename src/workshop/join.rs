use crate::components::qr_code::QrCode;
use crate::share_worker::use_share_worker;
use model::content::WORKSHOP_UI;
use model::share_job::{ShareJob, ShareReply};
use model::Lang;
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
                <QrCode {qr} label={WORKSHOP_UI.join_heading.get(lang)} />
                <div>
                    <p class="join-link"><a href={props.link.clone()}>{ &props.link }</a></p>
                    <p>{ WORKSHOP_UI.join_hint.get(lang) }</p>
                </div>
            </div>
        </section>
    }
}
