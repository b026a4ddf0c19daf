use model::content::{ARGUMENTS, UI};
use model::{Choice, Lang};
use yew::prelude::*;

pub struct DebunkCardProps {
    pub lang: Lang,
    /// The argument's position in [`ARGUMENTS`].
    pub argument: usize,
    /// What the user answered to the argument's question; the card's first line responds to it.
    pub choice: Choice,
}

/// The id of the card on screen, which the app brings into view when the visitor answers.
pub const DEBUNK_CARD_ID: &str = "debunk-card";

/// The argument's card, shown once the user has answered: a first line that responds to the answer and
/// one current fact with its source. The argument explained, what the figure means, who was asked, what
/// to weigh and, where there is one, a quote fold away behind "Warum?": a visitor on a phone reads the
/// point in a few seconds, and whoever doubts it finds the rest one tap away.
pub fn debunk_card(props: &DebunkCardProps) -> Html {
    let lang = props.lang;
    let argument = &ARGUMENTS[props.argument];
    let fact = &argument.fact;
    let heading_id = format!("debunk-{}", argument.key);
    let source = fact.source(lang);
    html! {
        <section id={DEBUNK_CARD_ID} class="debunk" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id} class="visually-hidden">{ UI.debunk_heading.get(lang) }</h2>
            <p class="response">{ argument.responses[props.choice.index()].get(lang) }</p>
            <figure class="fact">
                <blockquote><p>{ fact.statement.get(lang) }</p></blockquote>
                <figcaption>
                    { UI.source_label.get(lang) }{ ": " }
                    if let Some(link) = fact.link {
                        <a href={link} rel="noopener noreferrer">{ source }</a>
                    } else {
                        { source }
                    }
                </figcaption>
            </figure>
            <details class="why">
                <summary>{ UI.why_label.get(lang) }</summary>
                <p>{ argument.debunk.get(lang) }</p>
                <p>{ fact.meaning.get(lang) }</p>
                <p class="base">{ fact.citation(lang) }</p>
                if let Some(caveat) = &fact.caveat { <p class="caveat">{ caveat.get(lang) }</p> }
                if let Some(quote) = &argument.quote {
                    <figure class="quote">
                        <blockquote><p>{ quote.words.get(lang) }</p></blockquote>
                        <figcaption>{ quote.attribution.get(lang) }</figcaption>
                    </figure>
                }
            </details>
        </section>
    }
}
