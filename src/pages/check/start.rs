use crate::web::dom::STEP_HEADING_ID;
use model::analytics::privacy_line;
use model::check::answers::Question;
use model::check::length::reading_minutes;
use model::content::UI;
use model::Lang;
use yew::prelude::*;

pub struct StartViewProps {
    pub lang: Lang,
    /// Whether the site owner lets a host page receive the result (`host_origin` is set); the privacy
    /// line then says so.
    pub result_goes_to_host: bool,
    /// With a lead endpoint, whom the visitor may send the result to at the end: `Some(name)`, the inner
    /// `None` for an owner without a name. The privacy line then says so.
    pub lead_owner: Option<Option<AttrValue>>,
    /// Whether the owner counts visits (`analytics`); the privacy line then says so.
    pub counting: bool,
    /// The owner's own text under the quote, in the page's form, instead of the product's.
    pub intro: Option<AttrValue>,
    pub onstart: Callback<()>,
}

/// The start screen. `index.html` holds the same content as static HTML for the moment before the app
/// has loaded; a native test keeps the two in step.
pub fn start_view(props: &StartViewProps) -> Html {
    let lang = props.lang;
    let duration = UI.start_duration.fill(
        lang,
        &[
            ("minutes", &reading_minutes().to_string()),
            ("questions", &Question::COUNT.to_string()),
        ],
    );
    let privacy = privacy_line(
        lang,
        props.result_goes_to_host,
        props.lead_owner.as_ref().map(Option::as_deref),
        props.counting,
    );
    let intro = props
        .intro
        .clone()
        .unwrap_or(AttrValue::Static(UI.start_intro.get(lang)));
    let onstart = props.onstart.reform(|_: MouseEvent| ());
    html! {
        <section key="start" class="start" aria-labelledby={STEP_HEADING_ID}>
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ UI.app_title.get(lang) }</h1>
            <blockquote class="myth"><p>{ UI.myth.get(lang) }</p></blockquote>
            <p class="lead">{ intro }</p>
            <p class="duration">{ duration }</p>
            <p class="privacy">{ privacy }</p>
            <button type="button" class="primary" onclick={onstart}>{ UI.start_button.get(lang) }</button>
        </section>
    }
}
