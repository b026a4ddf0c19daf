use crate::components::bar_chart::{Bar, BarChart, MARK};
use crate::components::score_scale::ScoreScale;
use crate::dom::{self, STEP_HEADING_ID};
use model::content::{
    ARGUMENTS, BUSINESSES, GOALS, IMPORTANCE_OPTIONS, QUICK_WIN, RESULT_NOTES, UI,
};
use model::scoring::{
    band_index, goals_gap_sentence, is_unreached_important_goal, next_steps, percent,
    strength_sentence,
};
use model::{CompleteAnswers, Lang, Scores, Slot};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub lang: Lang,
    pub answers: CompleteAnswers,
    pub heading: AttrValue,
    /// The heading of the next steps: the reader's own, or those of the business that shared its result.
    pub next_steps_heading: AttrValue,
    /// The site owner's contact button with its line, shown in the first screen and again after the next
    /// steps.
    #[prop_or_default]
    pub contact: Html,
    /// What follows the contact in the first screen: in the visitor's own result, the button that leads to
    /// the lead form.
    #[prop_or_default]
    pub lead_opener: Html,
    /// What follows the contact after the next steps: in the visitor's own result, the lead form.
    #[prop_or_default]
    pub lead: Html,
    /// What stands right under the heading: in a shared result, the invitation to take the check.
    #[prop_or_default]
    pub intro: Html,
    /// What follows the result: sharing and navigation for the user's own, an invitation for a shared one.
    #[prop_or_default]
    pub children: Html,
}

/// The result: a first screen with the score on a scale of the bands, the band in words and the contact
/// button; then the three next steps with the actions for the user's kind of business and a quick win,
/// what to expect, and a chart per argument and per goal.
///
/// The first screen is painted on its own, and the rest a moment later: on a slow phone the rest (next
/// steps, charts, the share panel and its worker) takes several times as long to build as the first
/// screen, and the visitor should see their score without waiting for what lies below the fold.
#[function_component(ResultView)]
pub fn result_view(props: &ResultViewProps) -> Html {
    let lang = props.lang;
    let answers = &props.answers;
    let complete = use_state(|| false);
    {
        let complete = complete.clone();
        use_effect_with((), move |_| {
            dom::after_next_paint(move || complete.set(true))
        });
    }
    let scores = Scores::of(answers);
    let band = scores.band();
    let score = scores.overall.to_string();
    let top = html! {
        <div class="result-top">
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ &props.heading }</h1>
            { props.intro.clone() }
            <div class="overall">
                <p class="overall-line">
                    <span class="overall-label">{ UI.overall_label.get(lang) }{ " " }</span>
                    <span class="overall-score" data-score={score.clone()}>
                        { UI.score_of_100.fill(lang, &[("score", &score)]) }
                    </span>
                </p>
                <ScoreScale {lang} score={scores.overall}
                    label={UI.scale_label.fill(lang, &[("score", &score), ("band", band.name.get(lang))])} />
                <p class="band"><strong>{ band.name.get(lang) }</strong>{ ": " }{ band.summary.get(lang) }</p>
                if let Some(strength) = strength_sentence(lang, answers) {
                    <p class="strength">{ strength }</p>
                }
            </div>
            { props.contact.clone() }
            { props.lead_opener.clone() }
        </div>
    };
    html! {
        <section class="result" aria-labelledby={STEP_HEADING_ID}>
            { top }
            if *complete { { below_the_top(props, &scores) } }
        </section>
    }
}

/// Everything below the result's first screen: the next steps, the notes, the charts and what the page
/// adds (`children`).
fn below_the_top(props: &ResultViewProps, scores: &Scores) -> Html {
    let (lang, answers) = (props.lang, &props.answers);
    let argument_bars = ARGUMENTS
        .iter()
        .zip(scores.arguments)
        .map(|(argument, score)| Bar {
            label: argument.title.get(lang).into(),
            note: None,
            score,
            band: band_index(score),
            marked: false,
            target: None,
        })
        .collect::<Vec<_>>();
    let goal_bars = GOALS
        .iter()
        .zip(scores.goals)
        .enumerate()
        .map(|(i, (goal, score))| Bar {
            label: goal.title.get(lang).into(),
            note: Some(
                IMPORTANCE_OPTIONS[answers.get(Slot::Importance(i)).index()]
                    .get(lang)
                    .into(),
            ),
            score,
            band: band_index(score),
            marked: is_unreached_important_goal(answers, i),
            // Importance on the same scale as reach: "Sehr wichtig" sits where full reach would.
            target: Some(percent(answers.get(Slot::Importance(i)))),
        })
        .collect::<Vec<_>>();

    let business = &BUSINESSES[answers.get(Slot::Business).index()];
    // The first step is open; the others are one tap away, so the list stays short on a phone.
    let steps = next_steps(answers)
        .into_iter()
        .enumerate()
        .map(|(position, next)| {
            let content = next.step.content();
            html! {
                <li key={content.title.en}>
                    <details open={position == 0}>
                        <summary><h3>{ content.title.get(lang) }</h3></summary>
                        <p class="reason">{ next.explain(lang, answers) }</p>
                        <p class="action">{ business.steps().actions[next.step.index()].get(lang) }</p>
                    </details>
                </li>
            }
        });

    html! {
        <>
            <h2 id="next-steps-heading">{ &props.next_steps_heading }</h2>
            <ol class="next-steps" aria-labelledby="next-steps-heading">{ for steps }</ol>
            <aside class="quick-win" aria-labelledby="quick-win-title">
                <p class="quick-win-label">{ UI.quick_win_label.get(lang) }</p>
                <h3 id="quick-win-title">{ QUICK_WIN.title.get(lang) }</h3>
                <p>{ QUICK_WIN.action.get(lang) }</p>
            </aside>
            { props.contact.clone() }
            { props.lead.clone() }
            <section class="notes" aria-labelledby="result-notes">
                <h2 id="result-notes">{ RESULT_NOTES.heading.get(lang) }</h2>
                <p>{ RESULT_NOTES.concession.get(lang) }</p>
                <p>{ RESULT_NOTES.expectations.get(lang) }</p>
                <p>{ RESULT_NOTES.recruiting.get(lang) }</p>
            </section>
            <h2 id="per-argument">{ UI.per_argument_heading.get(lang) }</h2>
            <BarChart
                caption={UI.per_argument_heading.get(lang)}
                label_header={UI.table_argument.get(lang)}
                score_header={UI.table_score.get(lang)}
                bars={argument_bars}
            />
            <h2 id="per-goal">{ UI.per_goal_heading.get(lang) }</h2>
            <p class="chart-legend">{ UI.goals_chart_legend.get(lang) }</p>
            <BarChart
                caption={UI.per_goal_heading.get(lang)}
                label_header={UI.table_goal.get(lang)}
                score_header={UI.table_score.get(lang)}
                note_header={AttrValue::from(UI.table_importance.get(lang))}
                bars={goal_bars}
            />
            <p class="goals-gap"><span aria-hidden="true" class="bar-mark">{ MARK }</span>{ goals_gap_sentence(lang, answers) }</p>
            { props.children.clone() }
        </>
    }
}
