use crate::components::bar_chart::{Bar, BarChart};
use crate::dom::STEP_HEADING_ID;
use model::content::{ARGUMENTS, BUSINESSES, GOALS, IMPORTANCE_OPTIONS, RESULT_NOTES, UI};
use model::scoring::{next_steps, Reason};
use model::{CompleteAnswers, Lang, Scores, Slot};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub lang: Lang,
    pub answers: CompleteAnswers,
    pub heading: AttrValue,
    /// The site owner's contact button, shown right after the next steps.
    #[prop_or_default]
    pub contact: Html,
    /// What follows the result: sharing and navigation for the user's own, an invitation for a shared one.
    #[prop_or_default]
    pub children: Html,
}

/// The result: the overall score and band, the three next steps with the actions for the user's kind of
/// business, what to expect, and a chart per argument and per goal.
#[function_component(ResultView)]
pub fn result_view(props: &ResultViewProps) -> Html {
    let lang = props.lang;
    let answers = &props.answers;
    let scores = Scores::of(answers);
    let band = scores.band();

    let argument_bars = ARGUMENTS
        .iter()
        .zip(scores.arguments)
        .map(|(argument, score)| Bar {
            label: argument.title.get(lang).into(),
            note: None,
            score,
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
        })
        .collect::<Vec<_>>();

    let business = &BUSINESSES[answers.get(Slot::Business).index()];
    let steps = next_steps(answers).map(|next| {
        let content = next.step.content();
        let reason = match next.reason {
            Reason::Argument(i) => UI
                .reason_argument
                .fill(lang, &[("argument", ARGUMENTS[i].title.get(lang))]),
            Reason::Goal(i) => UI
                .reason_goal
                .fill(lang, &[("goal", GOALS[i].title.get(lang))]),
            Reason::None => UI.reason_none.get(lang).to_owned(),
        };
        html! {
            <li key={content.title.en}>
                <h3>{ content.title.get(lang) }</h3>
                <p class="reason">{ reason }</p>
                <p class="action">{ business.steps().actions[next.step.index()].get(lang) }</p>
            </li>
        }
    });

    html! {
        <section class="result" aria-labelledby={STEP_HEADING_ID}>
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ &props.heading }</h1>
            <div class="overall">
                <p class="overall-label">{ UI.overall_label.get(lang) }</p>
                <p class="overall-score" data-score={scores.overall.to_string()}>
                    { UI.score_of_100.fill(lang, &[("score", &scores.overall.to_string())]) }
                </p>
                <p class="band"><strong>{ band.name.get(lang) }</strong>{ " – " }{ band.summary.get(lang) }</p>
            </div>
            <h2>{ UI.next_steps_heading.get(lang) }</h2>
            <ol class="next-steps">{ for steps }</ol>
            { props.contact.clone() }
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
            <BarChart
                caption={UI.per_goal_heading.get(lang)}
                label_header={UI.table_goal.get(lang)}
                score_header={UI.table_score.get(lang)}
                note_header={AttrValue::from(UI.table_importance.get(lang))}
                bars={goal_bars}
            />
            { props.children.clone() }
        </section>
    }
}
