use model::content::{ARGUMENTS, UI};
use model::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DebunkCardProps {
    pub lang: Lang,
    /// The argument's position in [`ARGUMENTS`].
    pub argument: usize,
}

/// The id of the card on screen, which the app brings into view when the visitor answers.
pub const DEBUNK_CARD_ID: &str = "debunk-card";

/// The argument explained, with one fact and its source; shown once the user has answered.
#[function_component(DebunkCard)]
pub fn debunk_card(props: &DebunkCardProps) -> Html {
    let lang = props.lang;
    let argument = &ARGUMENTS[props.argument];
    let heading_id = format!("debunk-{}", argument.key);
    html! {
        <section id={DEBUNK_CARD_ID} class="debunk" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ UI.debunk_heading.get(lang) }</h2>
            <p>{ argument.debunk.get(lang) }</p>
            <figure class="fact">
                <blockquote>
                    <p><span class="fact-label">{ UI.fact_label.get(lang) }{ ": " }</span>{ argument.fact.statement.get(lang) }</p>
                </blockquote>
                <figcaption>{ UI.source_label.get(lang) }{ ": " }{ argument.fact.source.get(lang) }</figcaption>
            </figure>
        </section>
    }
}
