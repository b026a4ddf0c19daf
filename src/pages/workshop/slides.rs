//! The presentation: one slide at a time, sized for a projector, stepped with buttons, the arrow keys and
//! Page Up/Down (which presentation clickers send).

use super::group::summary;
use super::join::JoinPanel;
use crate::web::dom;
use model::content::{
    ARGUMENTS, ARGUMENT_LEVELS, BANDS, GOALS, OPTION_COUNT, REACH_OPTIONS, WORKSHOP_UI,
};
use model::workshop::aggregate::GroupView;
use model::workshop::state::Slide;
use model::{Lang, Text};
use yew::prelude::*;

/// A step through the slides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Previous,
    Next,
}

#[derive(Properties, PartialEq)]
pub struct SlidesProps {
    pub lang: Lang,
    pub slides: Vec<Slide>,
    /// The slide shown, an index into `slides`.
    pub current: usize,
    pub view: Option<GroupView>,
    /// The address of the check, for the join slide.
    pub link: AttrValue,
    pub covered: bool,
    /// Whose workshop it is: the consultant's name from `config.ini`, or the product's without one.
    pub owner: AttrValue,
    pub onstep: Callback<Step>,
    pub oncover: Callback<bool>,
}

#[function_component(Slides)]
pub fn slides(props: &SlidesProps) -> Html {
    let lang = props.lang;
    {
        let onstep = props.onstep.clone();
        use_effect_with((), move |_| {
            let listener = dom::on_key_down(move |event| {
                if event.alt_key() || event.ctrl_key() || event.meta_key() {
                    return;
                }
                let step = match event.key().as_str() {
                    "ArrowRight" | "ArrowDown" | "PageDown" => Step::Next,
                    "ArrowLeft" | "ArrowUp" | "PageUp" => Step::Previous,
                    _ => return,
                };
                // The arrow keys step through the slides and do not also scroll the page.
                event.prevent_default();
                onstep.emit(step);
            });
            move || drop(listener)
        });
    }
    let total = props.slides.len();
    let current = props.current.min(total.saturating_sub(1));
    let slide = props.slides.get(current).copied().unwrap_or(Slide::Join);
    let count = props.view.as_ref().map_or(0, |view| view.participants);
    let content = match (slide, &props.view) {
        (Slide::Join, _) => html! {
            <div class="slide-join">
                <JoinPanel {lang} link={props.link.clone()} />
                <p class="live-count" aria-live="polite">
                    { WORKSHOP_UI.participants_count.fill(lang, &[("n", &count.to_string())]) }
                </p>
            </div>
        },
        (slide, Some(_)) if props.covered && slide.shows_results() => {
            let oncover = props.oncover.reform(|_: MouseEvent| false);
            html! {
                <div class="slide-covered">
                    <h2>{ WORKSHOP_UI.group_heading.get(lang) }</h2>
                    <p>{ WORKSHOP_UI.covered_hint.get(lang) }</p>
                    <button type="button" class="primary" onclick={oncover}>{ WORKSHOP_UI.reveal_results.get(lang) }</button>
                </div>
            }
        }
        (Slide::Bands, Some(view)) => bands_slide(lang, view),
        (Slide::Arguments, Some(view)) => arguments_slide(lang, view),
        (Slide::Goals, Some(view)) => goals_slide(lang, view),
        (Slide::Question(i), Some(view)) => question_slide(lang, view, i),
        (_, None) => html! {},
    };
    let onprevious = props.onstep.reform(|_: MouseEvent| Step::Previous);
    let onnext = props.onstep.reform(|_: MouseEvent| Step::Next);
    let covered = props.covered;
    let ontogglecover = props.oncover.reform(move |_: MouseEvent| !covered);
    let position = WORKSHOP_UI.slide_position.fill(
        lang,
        &[
            ("n", &(current + 1).to_string()),
            ("total", &total.to_string()),
        ],
    );
    html! {
        <div class="slides">
            <section class="slide" data-slide={current.to_string()} aria-roledescription="slide"
                     aria-label={position.clone()}>
                { content }
            </section>
            <nav class="slide-nav" aria-label={WORKSHOP_UI.slides_label.get(lang)}>
                <span class="slide-owner">{ props.owner.clone() }</span>
                <button type="button" class="secondary" onclick={onprevious} disabled={current == 0}>
                    { WORKSHOP_UI.slide_previous.get(lang) }
                </button>
                <span class="slide-position" aria-live="polite">{ position }</span>
                <button type="button" class="primary" onclick={onnext} disabled={current + 1 >= total}>
                    { WORKSHOP_UI.slide_next.get(lang) }
                </button>
                <button type="button" class="link-button cover-toggle" aria-pressed={covered.to_string()} onclick={ontogglecover}>
                    { WORKSHOP_UI.cover_results.get(lang) }
                </button>
                <span class="slide-hint">{ WORKSHOP_UI.slide_keys_hint.get(lang) }</span>
            </nav>
        </div>
    }
}

/// The four bands as bars, each with its name and count written on it.
fn bands_slide(lang: Lang, view: &GroupView) -> Html {
    let most = view.bands.iter().copied().max().unwrap_or(1).max(1);
    html! {
        <>
            <h2>{ WORKSHOP_UI.bands_slide_heading.get(lang) }</h2>
            <p class="slide-summary">
                { WORKSHOP_UI.participants_count.fill(lang, &[("n", &view.participants.to_string())]) }
                { " · " }{ summary(lang, &view.overall) }
            </p>
            <ul class="band-bars">
                { for BANDS.iter().zip(view.bands).enumerate().map(|(i, (band, count))| {
                    let width = format!("width: {:.2}%", 100.0 * count as f64 / most as f64);
                    html! {
                        <li class="chart-row">
                            <span class="chart-label">{ band.name.get(lang) }</span>
                            <span class="band-track">
                                <span class={format!("band-bar level-{i}")} style={width}></span>
                                <span class="chart-label band-count">{ count }</span>
                            </span>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}

/// One stacked bar: how many chose each option, the count written on each part wide enough to hold it.
fn stacked_bar(lang: Lang, options: &[Text], counts: &[usize; OPTION_COUNT]) -> Html {
    let total = counts.iter().sum::<usize>().max(1);
    html! {
        <span class="stacked">
            { for counts.iter().enumerate().filter(|(_, &count)| count > 0).map(|(option, &count)| {
                let share = 100.0 * count as f64 / total as f64;
                let title = format!("{}: {count}", options[option].get(lang));
                html! {
                    <span class={format!("segment level-{option}")} style={format!("width: {share:.2}%")} title={title}>
                        // A count on a sliver would overflow it; the table below has every count.
                        if share >= 5.0 { <span class="chart-label">{ count }</span> }
                    </span>
                }
            }) }
        </span>
    }
}

/// The legend of the stacked bars: each option's colour and name.
fn legend(lang: Lang, options: &[Text]) -> Html {
    html! {
        <ul class="slide-legend" aria-hidden="true">
            { for options.iter().enumerate().map(|(option, text)| html! {
                <li class="chart-label"><span class={format!("swatch level-{option}")}></span>{ text.get(lang) }</li>
            }) }
        </ul>
    }
}

/// The arguments from the weakest to the strongest, each with its average and its answers' counts.
fn arguments_slide(lang: Lang, view: &GroupView) -> Html {
    html! {
        <>
            <h2>{ WORKSHOP_UI.arguments_slide_heading.get(lang) }</h2>
            { legend(lang, &ARGUMENT_LEVELS) }
            <ol class="slide-bars">
                { for view.arguments_weakest_first().into_iter().map(|i| html! {
                    <li class="chart-row">
                        <span class="chart-label">
                            { ARGUMENTS[i].title.get(lang) }{ " · " }{ WORKSHOP_UI.average.get(lang) }{ " " }
                            <strong>{ view.arguments[i].stat.mean }</strong>
                        </span>
                        { stacked_bar(lang, &ARGUMENT_LEVELS, &view.arguments[i].distribution) }
                    </li>
                }) }
            </ol>
        </>
    }
}

/// The goals the group finds important but does not reach yet, with how well its members reach them.
fn goals_slide(lang: Lang, view: &GroupView) -> Html {
    let goals = view.important_unreached_goals();
    html! {
        <>
            <h2>{ WORKSHOP_UI.goals_slide_heading.get(lang) }</h2>
            if goals.is_empty() {
                <p>{ WORKSHOP_UI.goals_all_reached.get(lang) }</p>
            } else {
                { legend(lang, &REACH_OPTIONS) }
                <ol class="slide-bars">
                    { for goals.into_iter().map(|i| {
                        let goal = &view.goals[i];
                        let figures = WORKSHOP_UI.goal_importance_reach.fill(lang, &[
                            ("importance", &goal.importance_mean.to_string()),
                            ("reach", &goal.reach.stat.mean.to_string()),
                        ]);
                        html! {
                            <li class="chart-row">
                                <span class="chart-label"><strong>{ GOALS[i].title.get(lang) }</strong>{ " · " }{ figures }</span>
                                { stacked_bar(lang, &REACH_OPTIONS, &goal.reach.distribution) }
                            </li>
                        }
                    }) }
                </ol>
            }
        </>
    }
}

/// One discussion question, large.
fn question_slide(lang: Lang, view: &GroupView, index: usize) -> Html {
    let Some(prompt) = view.prompts.get(index) else {
        return html! {};
    };
    let text = super::group::prompt_text(lang, view, *prompt);
    let heading = WORKSHOP_UI.question_slide_heading.fill(
        lang,
        &[
            ("n", &(index + 1).to_string()),
            ("total", &view.prompts.len().to_string()),
        ],
    );
    html! {
        <>
            <h2>{ heading }</h2>
            <p class="slide-question">{ text }</p>
        </>
    }
}
