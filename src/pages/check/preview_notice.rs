use crate::web::embed_preview;
use model::content::CONFIG_UI;
use model::settings::Problem;
use model::Lang;
use yew::prelude::*;

pub struct PreviewNoticeProps {
    pub lang: Lang,
    pub problems: Vec<Problem>,
}

/// The site owner's view of their settings, shown only in preview mode: every setting that does not
/// apply and why, or that all is well.
pub fn preview_notice(props: &PreviewNoticeProps) -> Html {
    let lang = props.lang;
    let problems = props.problems.iter().map(|problem| {
        html! { <li>{ problem.describe(lang) }</li> }
    });
    html! {
        <aside class="notice preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{ CONFIG_UI.preview_heading.get(lang) }</h2>
            // The embed page's preview never receives a field with a mistake, so there it cannot tell
            // whether all is fine: the form beside it says that.
            if props.problems.is_empty() && embed_preview::is_embed_page_preview() {
                <p>{ CONFIG_UI.preview_fine_embed_page.get(lang) }</p>
            } else if props.problems.is_empty() {
                <p>{ CONFIG_UI.preview_fine.get(lang) }</p>
            } else {
                <p>{ CONFIG_UI.preview_problems.get(lang) }</p>
                <ul>{ for problems }</ul>
            }
            // In a frame (an embed previewed on the owner's page) the embed page opens in the whole tab,
            // not squeezed into the frame. In the embed page's own preview, the owner is there already.
            if !embed_preview::is_embed_page_preview() {
                <p><a href="embed.html" target="_top">{ CONFIG_UI.preview_embed_link.get(lang) }</a></p>
            }
        </aside>
    }
}
