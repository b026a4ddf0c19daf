use crate::pages::check::bar_chart::{bar_chart, Bar, BarChartProps, MARK};
use crate::pages::check::score_gauge::{score_gauge, ScoreGaugeProps};
use crate::web::dom::{self, STEP_HEADING_ID};
use model::check::scoring::{
    band_index, concession, goal_is_topic, goals_gap_sentence, is_unreached_important_goal,
    most_urgent_step, next_steps, percent, quick_win, strength_sentence, Reader,
};
use model::content::{arguments_as_asked, BUSINESSES, GOALS, IMPORTANCE_OPTIONS, RESULT_NOTES, UI};
use model::{CompleteAnswers, Lang, Scores, Slot};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub lang: Lang,
    pub answers: CompleteAnswers,
    /// The scores of `answers`, made once by the page that shows the result.
    pub scores: Scores,
    /// Whose result this is: the reasons say "your answer" to the visitor, "the answer" to anyone else.
    pub reader: Reader,
    pub heading: AttrValue,
    /// The heading of the next steps: the reader's own, or those of the business that shared its result.
    pub next_steps_heading: AttrValue,
    /// The site owner's contact button, shown in the first screen and again after the next steps; `None`
    /// where `config.ini` names no contact.
    #[prop_or_default]
    pub contact: Option<Html>,
    /// The line above the contact button: the owner's `contact_text`, or else one this view words from the
    /// most urgent step.
    #[prop_or_default]
    pub contact_text: Option<AttrValue>,
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

/// The result. Its first screen, on a phone too, is what leads to a conversation: the score on a gauge of
/// the bands, the band in one short sentence, the one step that matters most with the answer it rests on,
/// and the contact button with a reason to talk tied to that step. Below it: the answer to the start's myth
/// in one figure, a strength, all next steps (folded) with the actions for the user's kind of business, a
/// quick win for this week, the contact again, an honest note, and the charts per argument and per goal
/// (folded behind "Details").
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
    let scores = props.scores;
    let band = scores.band();
    let score = scores.overall.to_string();
    let top_step = most_urgent_step(answers);
    let contact = props.contact.clone().map(|button| {
        let line = props
            .contact_text
            .clone()
            .unwrap_or_else(|| AttrValue::from(top_step.step.content().talk.get(lang)));
        html! {
            <div class="contact">
                <p class="contact-text">{ line }</p>
                { button }
            </div>
        }
    });
    let top = html! {
        <div class="result-top">
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ &props.heading }</h1>
            { props.intro.clone() }
            <div class="overall">
                { score_gauge(&ScoreGaugeProps {
                    score: scores.overall,
                    label: UI.scale_label.fill(lang, &[("score", &score), ("band", band.name.get(lang))]).into(),
                    out_of: UI.out_of_100.get(lang).into(),
                }) }
                <p class="overall-line visually-hidden">
                    { UI.overall_label.get(lang) }{ " " }
                    <span class="overall-score" data-score={score.clone()}>
                        { UI.score_of_100.fill(lang, &[("score", &score)]) }
                    </span>
                </p>
                <p class="band"><strong>{ band.name.get(lang) }</strong>{ ": " }{ band.summary.get(lang) }</p>
            </div>
            <div class="top-step">
                <p class="top-step-label">{ UI.top_step_label.get(lang) }</p>
                <h2>{ top_step.step.content().title.get(lang) }</h2>
                <p class="reason">{ top_step.stand(lang, answers, props.reader) }</p>
            </div>
            { contact.clone().unwrap_or_default() }
            { props.lead_opener.clone() }
        </div>
    };
    html! {
        <section class="result" aria-labelledby={STEP_HEADING_ID}>
            { top }
            if *complete { { below_the_top(props, &scores, contact.unwrap_or_default()) } }
        </section>
    }
}

/// Everything below the result's first screen: the next steps, the quick win, the contact again, the
/// notes, the charts and what the page adds (`children`).
fn below_the_top(props: &ResultViewProps, scores: &Scores, contact: Html) -> Html {
    let (lang, answers) = (props.lang, &props.answers);
    let argument_bars = arguments_as_asked()
        .map(|(i, argument)| {
            let score = scores.arguments[i];
            Bar {
                label: argument.title.get(lang).into(),
                note: None,
                score,
                band: band_index(score),
                marked: false,
                target: None,
            }
        })
        .collect::<Vec<_>>();
    // A goal the visitor called "not a topic" has no bar: its reach says nothing. The line below the
    // chart names it.
    let goal_bars = GOALS
        .iter()
        .zip(scores.goals)
        .enumerate()
        .filter(|&(i, _)| goal_is_topic(answers, i))
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
    let no_topic: Vec<&str> = GOALS
        .iter()
        .enumerate()
        .filter(|&(i, _)| !goal_is_topic(answers, i))
        .map(|(_, goal)| goal.title.get(lang))
        .collect();

    let business = &BUSINESSES[answers.get(Slot::Business).index()];
    let steps = next_steps(answers).into_iter().map(|next| {
        let content = next.step.content();
        html! {
            <li key={content.title.en}>
                <h3>{ content.title.get(lang) }</h3>
                <p class="reason">{ next.explain(lang, answers, props.reader) }</p>
                <p class="action">{ business.steps().actions[next.step.index()].get(lang) }</p>
            </li>
        }
    });
    let (quick, alert) = quick_win(answers);

    html! {
        <>
            // The answer to the myth and a strength stand below the first screen, which keeps the contact
            // button and the way to the lead form in reach on a phone.
            <p class="myth-answer">{ UI.myth_answer.get(lang) }</p>
            if let Some(strength) = strength_sentence(lang, answers) {
                <p class="strength">{ strength }</p>
            }
            <details class="fold all-steps">
                <summary>{ UI.all_steps.get(lang) }</summary>
                <h2 id="next-steps-heading">{ &props.next_steps_heading }</h2>
                <ol class="next-steps" aria-labelledby="next-steps-heading">{ for steps }</ol>
            </details>
            <aside class="quick-win" aria-labelledby="quick-win-title">
                <p class="quick-win-label">{ UI.quick_win_label.get(lang) }</p>
                <h3 id="quick-win-title">{ quick.title.get(lang) }</h3>
                <p>{ quick.action.get(lang) }</p>
                if let Some(alert) = alert { <p>{ alert.action.get(lang) }</p> }
            </aside>
            { contact }
            { props.lead.clone() }
            <section class="notes" aria-labelledby="result-notes">
                <h2 id="result-notes">{ RESULT_NOTES.heading.get(lang) }</h2>
                <p>{ concession(answers).get(lang) }</p>
                <p>{ RESULT_NOTES.expectations.get(lang) }</p>
                <p>{ RESULT_NOTES.recruiting.get(lang) }</p>
                // Deeper advice from the source texts, folded: how to start so it lasts, how to answer
                // criticism. Not `.fold`: these belong to the notes, and print leaves them out.
                <details class="more habits">
                    <summary>{ RESULT_NOTES.habits_heading.get(lang) }</summary>
                    <ul>{ for RESULT_NOTES.habits.iter().map(|habit| html! { <li>{ habit.get(lang) }</li> }) }</ul>
                </details>
                <details class="more crisis-rules">
                    <summary>{ RESULT_NOTES.crisis_heading.get(lang) }</summary>
                    <ul>{ for RESULT_NOTES.crisis_rules.iter().map(|rule| html! { <li>{ rule.get(lang) }</li> }) }</ul>
                </details>
            </section>
            <details class="fold charts">
                <summary>{ UI.details.get(lang) }</summary>
                <h2 id="per-argument">{ UI.per_argument_heading.get(lang) }</h2>
                { bar_chart(&BarChartProps {
                    caption: UI.per_argument_heading.get(lang).into(),
                    label_header: UI.table_argument.get(lang).into(),
                    score_header: UI.table_score.get(lang).into(),
                    note_header: None,
                    bars: argument_bars,
                }) }
                // Without any goal that is a topic, there is no chart to draw and no gap to name.
                if !goal_bars.is_empty() {
                    <h2 id="per-goal">{ UI.per_goal_heading.get(lang) }</h2>
                    <p class="chart-legend">{ UI.goals_chart_legend.get(lang) }</p>
                    { bar_chart(&BarChartProps {
                        caption: UI.per_goal_heading.get(lang).into(),
                        label_header: UI.table_goal.get(lang).into(),
                        score_header: UI.table_score.get(lang).into(),
                        note_header: Some(UI.table_importance.get(lang).into()),
                        bars: goal_bars,
                    }) }
                    <p class="goals-gap"><span aria-hidden="true" class="bar-mark">{ MARK }</span>{ goals_gap_sentence(lang, answers) }</p>
                }
                if !no_topic.is_empty() {
                    <p class="goals-no-topic">{ UI.goals_no_topic.fill(lang, &[("goals", &no_topic.join(", "))]) }</p>
                }
            </details>
            { props.children.clone() }
        </>
    }
}
