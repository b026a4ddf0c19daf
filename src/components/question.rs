use crate::components::choice_group::ChoiceGroup;
use crate::components::debunk_card::DebunkCard;
use crate::dom::STEP_HEADING_ID;
use model::content::{
    ARGUMENTS, BUSINESSES, BUSINESS_QUESTION, GOALS, IMPORTANCE_OPTIONS, REACH_OPTIONS, UI,
};
use model::{Answers, Choice, Lang, Question, Slot, Text};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionStepProps {
    pub lang: Lang,
    /// The question's position, 0-based.
    pub index: usize,
    pub answers: Answers,
    /// The user tried to go on without answering.
    pub needs_answer: bool,
    pub onanswer: Callback<(Slot, Choice)>,
    pub onback: Callback<()>,
    pub onnext: Callback<()>,
}

const ERROR_ID: &str = "needs-answer";

/// One step of the check: its heading, its radio group or groups, the debunk card of an answered
/// argument, and back and next.
#[function_component(QuestionStep)]
pub fn question_step(props: &QuestionStepProps) -> Html {
    let lang = props.lang;
    let Some(question) = Question::at(props.index) else {
        return html! {};
    };
    let group = |slot: Slot, legend: &Text, options: Vec<&Text>| {
        let unanswered = props.needs_answer && props.answers.get(slot).is_none();
        html! {
            <ChoiceGroup
                name={format!("slot-{}", slot.index())}
                legend={legend.get(lang)}
                options={options.into_iter().map(|o| AttrValue::from(o.get(lang))).collect::<Vec<_>>()}
                selected={props.answers.get(slot)}
                error_id={unanswered.then_some(AttrValue::from(ERROR_ID))}
                onchoose={props.onanswer.reform(move |choice| (slot, choice))}
            />
        }
    };

    let (kicker, heading, body) = match question {
        Question::Business => (
            None,
            UI.situation_heading.get(lang),
            group(
                Slot::Business,
                &BUSINESS_QUESTION,
                BUSINESSES.iter().map(|b| &b.label).collect(),
            ),
        ),
        Question::Argument(i) => {
            let argument = &ARGUMENTS[i];
            let answer = props.answers.get(Slot::Argument(i));
            (
                Some(UI.argument_label.fill(lang, &[("n", &(i + 1).to_string())])),
                argument.title.get(lang),
                html! {
                    <>
                        { group(Slot::Argument(i), &argument.question, argument.options.iter().collect()) }
                        // The card appears in a live region, so screen readers announce it on answering.
                        <div aria-live="polite">
                            if let Some(choice) = answer { <DebunkCard {lang} argument={i} {choice} /> }
                        </div>
                    </>
                },
            )
        }
        Question::Goal(i) => {
            let goal = &GOALS[i];
            (
                Some(UI.goal_label.fill(lang, &[("n", &(i + 1).to_string())])),
                goal.title.get(lang),
                html! {
                    <>
                        if i == 0 { <p class="intro">{ UI.goals_intro.get(lang) }</p> }
                        <p class="description">{ goal.description.get(lang) }</p>
                        { group(Slot::Importance(i), &UI.importance_legend, IMPORTANCE_OPTIONS.iter().collect()) }
                        { group(Slot::Reach(i), &UI.reach_legend, REACH_OPTIONS.iter().collect()) }
                    </>
                },
            )
        }
    };
    let is_last = props.index + 1 == Question::COUNT;
    let next_label = if is_last { &UI.show_result } else { &UI.next };

    html! {
        <section class="question" aria-labelledby={STEP_HEADING_ID}>
            if let Some(kicker) = kicker { <p class="kicker">{ kicker }</p> }
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ heading }</h1>
            { body }
            if props.needs_answer {
                <p id={ERROR_ID} class="error" role="alert">{ UI.choose_answer.get(lang) }</p>
            }
            <div class="step-nav">
                <button type="button" class="secondary" onclick={props.onback.reform(|_: MouseEvent| ())}>
                    { UI.back.get(lang) }
                </button>
                <button type="button" class="primary" onclick={props.onnext.reform(|_: MouseEvent| ())}>
                    { next_label.get(lang) }
                </button>
            </div>
        </section>
    }
}
