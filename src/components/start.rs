use crate::dom::STEP_HEADING_ID;
use model::content::UI;
use model::{Lang, Question};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartViewProps {
    pub lang: Lang,
    pub onstart: Callback<()>,
}

/// The start screen. `index.html` holds the same content as static HTML for the moment before the app
/// has loaded; a native test keeps the two in step.
#[function_component(StartView)]
pub fn start_view(props: &StartViewProps) -> Html {
    let lang = props.lang;
    let total = Question::COUNT.to_string();
    let onstart = props.onstart.reform(|_: MouseEvent| ());
    html! {
        <section class="start" aria-labelledby={STEP_HEADING_ID}>
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ UI.app_title.get(lang) }</h1>
            <blockquote class="myth"><p>{ UI.myth.get(lang) }</p></blockquote>
            <p class="lead">{ UI.start_intro.get(lang) }</p>
            <p class="duration">{ UI.start_duration.fill(lang, &[("total", &total)]) }</p>
            <p class="privacy">{ UI.privacy.get(lang) }</p>
            <button type="button" class="primary" onclick={onstart}>{ UI.start_button.get(lang) }</button>
        </section>
    }
}
