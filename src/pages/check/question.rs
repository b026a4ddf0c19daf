use crate::pages::check::choice_group::{choice_group, ChoiceGroupProps};
use crate::pages::check::debunk_card::{debunk_card, DebunkCardProps};
use crate::web::dom::STEP_HEADING_ID;
use model::check::answers::{Field, GOAL_SCREENS};
use model::content::{ARGUMENTS, BUSINESSES, BUSINESS_QUESTION, GOALS, GOAL_OPTIONS, UI};
use model::{Answers, Choice, Lang, Question, Text};
use yew::prelude::*;

pub struct QuestionStepProps {
    pub lang: Lang,
    /// The question's position, 0-based.
    pub index: usize,
    pub answers: Answers,
    /// The user tried to go on without answering.
    pub needs_answer: bool,
    pub onanswer: Callback<(Field, Choice)>,
    pub onback: Callback<()>,
    pub onnext: Callback<()>,
}

const ERROR_ID: &str = "needs-answer";

/// One screen of the check: its heading, its radio group or groups, the debunk card of an answered
/// argument, and back and next.
pub fn question_step(props: &QuestionStepProps) -> Html {
    let lang = props.lang;
    let Some(question) = Question::at(props.index) else {
        return html! {};
    };
    let group = |field: Field, legend: &str, options: &[&Text]| {
        let unanswered = props.needs_answer && props.answers.field(field).is_none();
        html! {
            { choice_group(&ChoiceGroupProps {
                // `slot-N` since the first version, whose slots the first eight fields keep; the static
                // first question in index.html and the tests name the radios so too.
                name: format!("slot-{}", field.index()).into(),
                legend: legend.to_owned().into(),
                options: options.iter().map(|o| AttrValue::from(o.get(lang))).collect(),
                selected: props.answers.field(field),
                error_id: unanswered.then_some(AttrValue::from(ERROR_ID)),
                onchoose: props.onanswer.reform(move |choice| (field, choice)),
            }) }
        }
    };

    let (kicker, heading, body) = match question {
        Question::Business => {
            let labels: Vec<&Text> = BUSINESSES.iter().map(|b| &b.label).collect();
            (
                None,
                UI.situation_heading.get(lang),
                group(Field::Business, BUSINESS_QUESTION.get(lang), &labels),
            )
        }
        Question::Argument(i) => {
            let argument = &ARGUMENTS[i];
            let answer = props.answers.field(Field::Argument(i));
            let options: Vec<&Text> = argument.options.iter().collect();
            (
                None,
                argument.title.get(lang),
                html! {
                    <>
                        { group(Field::Argument(i), argument.question.get(lang), &options) }
                        // The card appears in a live region, so screen readers announce it on answering.
                        <div aria-live="polite">
                            if let Some(choice) = answer { { debunk_card(&DebunkCardProps { lang, argument: i, choice }) } }
                        </div>
                    </>
                },
            )
        }
        Question::Goals(screen) => {
            let options: Vec<&Text> = GOAL_OPTIONS.iter().collect();
            let groups = GOAL_SCREENS[screen]
                .clone()
                .map(|i| group(Field::Goal(i), GOALS[i].title.get(lang), &options));
            (
                Some(
                    UI.goal_label
                        .fill(lang, &[("n", &(screen + 1).to_string())]),
                ),
                UI.goals_heading.get(lang),
                html! {
                    <>
                        <p class="intro">{ UI.goals_intro.get(lang) }</p>
                        <div class="goal-groups">{ for groups }</div>
                    </>
                },
            )
        }
    };
    let is_last = props.index + 1 == Question::COUNT;
    let next_label = if is_last { &UI.show_result } else { &UI.next };

    // The key gives every question its own elements (see `App`'s screens). Reused radios would be renamed
    // from one question's group into the next, and a still-checked radio renamed into a group unchecks the
    // answer already shown there.
    html! {
        <section key={props.index} class="question" aria-labelledby={STEP_HEADING_ID}>
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
