use model::content::WORKSHOP_UI;
use model::workshop::paste::Participant;
use model::{Lang, Scores};
use yew::prelude::*;

pub struct ParticipantListProps {
    pub lang: Lang,
    pub participants: Vec<Participant>,
    pub onremove: Callback<usize>,
}

/// The collected results, each with its name (where the participant gave one), overall score and band,
/// and a way to remove one.
pub fn participant_list(props: &ParticipantListProps) -> Html {
    let lang = props.lang;
    let count = props.participants.len().to_string();
    html! {
        // Folded away: with many participants the list is long, and the group's picture matters more.
        <details class="fold participants">
            <summary>{ WORKSHOP_UI.participants_heading.fill(lang, &[("n", &count)]) }</summary>
            <ol>
                { for props.participants.iter().enumerate().map(|(i, participant)| {
                    let scores = Scores::of(&participant.answers);
                    let number = WORKSHOP_UI.participant_label.fill(lang, &[("n", &(i + 1).to_string())]);
                    let label = match &participant.name {
                        Some(name) => format!("{number} ({name})"),
                        None => number,
                    };
                    let onremove = props.onremove.reform(move |_: MouseEvent| i);
                    html! {
                        <li>
                            <span>{ &label }{ ": " }<strong>{ scores.overall }</strong>{ " · " }{ scores.band().name.get(lang) }</span>
                            <button type="button" class="link-button" onclick={onremove}
                                    aria-label={format!("{label}: {}", WORKSHOP_UI.remove.get(lang))}>
                                { WORKSHOP_UI.remove.get(lang) }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </details>
    }
}
