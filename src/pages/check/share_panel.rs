use crate::components::qr_code::{qr_code, QrCodeProps};
use crate::web::share_worker::use_share_worker;
use crate::web::{dom, sharing};
use model::content::UI;
use model::settings::Colour;
use model::share::card::{CardBrand, CardContent};
use model::share::share_job::{ShareJob, ShareReply};
use model::{Lang, Scores, Text};
use web_sys::HtmlInputElement;
use yew::platform::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub lang: Lang,
    /// The result link.
    pub link: AttrValue,
    /// The result's scores, for the share image.
    pub scores: Scores,
    /// The site owner's colours, for the share image.
    #[prop_or_default]
    pub primary: Option<Colour>,
    #[prop_or_default]
    pub accent: Option<Colour>,
    /// Whose check it is, for the share image: the consultant, the check's address and the contact.
    #[prop_or_default]
    pub brand: CardBrand,
    /// Called when the result went out: `link` (copied), `share`, `image` or `print`.
    #[prop_or_default]
    pub onshared: Callback<&'static str>,
}

/// Everything that lets a result travel: the link to copy, the system's share sheet where there is one,
/// a QR code, a PNG for social posts, and printing. The QR code and the image's SVG come from the share
/// worker, which starts once the panel comes near the screen and ends with the panel.
#[function_component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let lang = props.lang;
    let scores = props.scores;
    let status = use_state(|| None::<&'static Text>);
    let can_share = use_memo((), |_| sharing::can_share());
    let link_field = use_node_ref();
    // The worker starts once the panel comes near the screen: a visitor who reads the top of their result
    // and gets in touch from there never downloads it.
    let panel = use_node_ref();
    let near = use_state_eq(|| false);
    {
        let (panel, near) = (panel.clone(), near.clone());
        use_effect_with((), move |_| {
            let watcher = match panel.cast::<web_sys::Element>() {
                Some(element) => dom::when_near_view(&element, move || near.set(true)),
                None => {
                    near.set(true);
                    None
                }
            };
            move || drop(watcher)
        });
    }
    let jobs = (*near).then(|| {
        vec![
            ShareJob::Qr {
                text: props.link.to_string(),
            },
            ShareJob::Card {
                content: Box::new(CardContent::result(lang, &scores, &props.brand)),
                primary: props.primary,
                accent: props.accent,
            },
        ]
    });
    let replies = use_share_worker(jobs.unwrap_or_default());
    // The hook forgets replies to earlier jobs, so whatever is here belongs to this link and language.
    let qr = replies.iter().find_map(|reply| match reply {
        ShareReply::Qr { qr, .. } => qr.clone(),
        _ => None,
    });
    let card = replies.iter().find_map(|reply| match reply {
        ShareReply::Card { svg } => Some(svg.clone()),
        _ => None,
    });

    let oncopy = {
        let (link, status, field) = (props.link.clone(), status.clone(), link_field.clone());
        let onshared = props.onshared.clone();
        Callback::from(move |_: MouseEvent| {
            let (link, status, field) = (link.clone(), status.clone(), field.clone());
            let onshared = onshared.clone();
            spawn_local(async move {
                if sharing::copy_to_clipboard(&link).await.is_ok() {
                    status.set(Some(&UI.link_copied));
                    onshared.emit("link");
                } else {
                    // Selecting the link leaves the user one keystroke away from copying it.
                    if let Some(field) = field.cast::<HtmlInputElement>() {
                        field.select();
                    }
                    status.set(Some(&UI.copy_failed));
                }
            });
        })
    };
    let onshare = {
        let link = props.link.clone();
        let text = UI.share_text.fill(
            lang,
            &[
                ("score", &scores.overall.to_string()),
                ("band", scores.band().name.get(lang)),
            ],
        );
        let onshared = props.onshared.clone();
        Callback::from(move |_: MouseEvent| {
            let (link, text, onshared) = (link.clone(), text.clone(), onshared.clone());
            // Closing the share sheet without sharing rejects; that is the user's choice, not an error.
            spawn_local(async move {
                if sharing::share(UI.app_title.get(lang), &text, &link)
                    .await
                    .is_ok()
                {
                    onshared.emit("share");
                }
            });
        })
    };
    let ondownload = {
        let (card, status, onshared) = (card.clone(), status.clone(), props.onshared.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(svg) = card.clone() else {
                return;
            };
            let (status, onshared) = (status.clone(), onshared.clone());
            spawn_local(async move {
                let saved = sharing::download_card_png(&svg, UI.image_file_name.get(lang)).await;
                match saved {
                    Ok(_) => onshared.emit("image"),
                    Err(_) => status.set(Some(&UI.image_failed)),
                }
            });
        })
    };
    let onprint = props.onshared.reform(|_: MouseEvent| {
        sharing::print();
        "print"
    });
    let onfocus = Callback::from(|event: FocusEvent| {
        event.target_unchecked_into::<HtmlInputElement>().select();
    });

    html! {
        <section class="share" aria-labelledby="share-heading" ref={panel}>
            <h2 id="share-heading">{ UI.share_heading.get(lang) }</h2>
            <p>{ UI.share_note.get(lang) }</p>
            <label for="share-link">{ UI.share_link_label.get(lang) }</label>
            <input id="share-link" type="text" readonly=true value={props.link.clone()} ref={link_field} {onfocus} />
            <div class="share-actions">
                // The button itself says when the link is copied, where the eye is.
                <button type="button" class="primary" onclick={oncopy}>
                    { if *status == Some(&UI.link_copied) { UI.link_copied.get(lang) } else { UI.copy_link.get(lang) } }
                </button>
                if *can_share {
                    <button type="button" class="secondary" onclick={onshare}>{ UI.share_button.get(lang) }</button>
                }
                <button type="button" class="secondary" onclick={ondownload} disabled={card.is_none()}>
                    { UI.download_image.get(lang) }
                </button>
                <button type="button" class="secondary" onclick={onprint}>{ UI.print.get(lang) }</button>
            </div>
            <p class="status" role="status">{ status.map(|text| text.get(lang)).unwrap_or_default() }</p>
            <figure class="qr">
                { qr_code(&QrCodeProps { qr, label: UI.qr_label.get(lang).into() }) }
                <figcaption>{ UI.qr_caption.get(lang) }</figcaption>
            </figure>
        </section>
    }
}
