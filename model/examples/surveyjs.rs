//! Prints the check's questionnaire as a SurveyJS survey (JSON), for the benchmark's reference build: the
//! same start screen, the same 15 pages in German with "Sie", and a completed page with the overall score,
//! computed by SurveyJS expressions with the formula of ARCHITECTURE.md "Scoring". Generated from the content,
//! so the reference never drifts from the check.
//!
//! Usage: `cargo run -q -p model --example surveyjs > questionnaire.json`

use model::content::{
    Argument, Goal, ARGUMENTS, ARGUMENT_SHARE, BUSINESSES, BUSINESS_QUESTION, GOALS, GOAL_SHARE,
    IMPORTANCE_OPTIONS, OPTION_COUNT, REACH_OPTIONS, UI,
};
use model::markup::escape;
use model::{Lang, Question, Slot, Text};
use serde_json::{json, Value};

const LANG: Lang = Lang::De;

/// A question's name in SurveyJS: its slot, as in the check (`slot-N` there; SurveyJS expressions want no hyphen).
fn name(slot: Slot) -> String {
    format!("slot_{}", slot.index())
}

fn variable(slot: Slot) -> String {
    format!("{{{}}}", name(slot))
}

fn radio_group(slot: Slot, title: &str, options: &[Text]) -> Value {
    json!({
        "type": "radiogroup",
        "name": name(slot),
        "title": title,
        "isRequired": true,
        "choices": options.iter().enumerate()
            .map(|(value, text)| json!({ "value": value, "text": text.get(LANG) }))
            .collect::<Vec<_>>(),
    })
}

fn argument_page(index: usize, argument: &Argument) -> Value {
    let slot = Slot::Argument(index);
    // The card as the check shows it: a first line for each answer, then the argument and the fact.
    let responses = argument
        .responses
        .iter()
        .enumerate()
        .map(|(level, response)| {
            json!({ "type": "html", "name": format!("response_{}_{level}", slot.index()),
                "html": format!("<p><strong>{}</strong></p>", escape(response.get(LANG))),
                "visibleIf": format!("{} = {level}", variable(slot)) })
        });
    let fact = &argument.fact;
    let debunk = format!(
        "<h3>{}</h3><p>{}</p><p><strong>{}</strong> {} {}</p><p><small>{}: {}</small></p>",
        escape(UI.debunk_heading.get(LANG)),
        escape(argument.debunk.get(LANG)),
        escape(UI.fact_label.get(LANG)),
        escape(fact.statement.get(LANG)),
        escape(fact.meaning.get(LANG)),
        escape(UI.source_label.get(LANG)),
        escape(&fact.citation(LANG)),
    );
    let elements = std::iter::once(radio_group(
        slot,
        argument.question.get(LANG),
        &argument.options,
    ))
    .chain(responses)
    .chain([
        json!({ "type": "html", "name": format!("debunk_{}", slot.index()), "html": debunk,
                        "visibleIf": format!("{} notempty", variable(slot)) }),
    ])
    .collect::<Vec<_>>();
    json!({
        "name": argument.key,
        "title": format!("{}: {}", UI.argument_label.fill(LANG, &[("n", &(index + 1).to_string())]), argument.title.get(LANG)),
        "elements": elements,
    })
}

fn goal_page(index: usize, goal: &Goal) -> Value {
    json!({
        "name": goal.key,
        "title": format!("{}: {}", UI.goal_label.fill(LANG, &[("n", &(index + 1).to_string())]), goal.title.get(LANG)),
        "description": goal.description.get(LANG),
        "elements": [
            radio_group(Slot::Importance(index), UI.importance_legend.get(LANG), &IMPORTANCE_OPTIONS),
            radio_group(Slot::Reach(index), UI.reach_legend.get(LANG), &REACH_OPTIONS),
        ],
    })
}

/// The overall score as a SurveyJS expression: the weighted argument part and the goal part (reach weighted
/// by 1 + importance), combined with the content's shares and rounded once, as `Scores::of` does.
fn overall_expression() -> String {
    let top = OPTION_COUNT - 1;
    let argument_sum = (0..ARGUMENTS.len())
        .map(|i| format!("{} * {}", ARGUMENTS[i].weight, variable(Slot::Argument(i))))
        .collect::<Vec<_>>()
        .join(" + ");
    let argument_weights: u32 = ARGUMENTS.iter().map(|argument| argument.weight).sum();
    let goal_weight = |i| format!("(1 + {})", variable(Slot::Importance(i)));
    let goal_sum = (0..GOALS.len())
        .map(|i| format!("{} * {}", goal_weight(i), variable(Slot::Reach(i))))
        .collect::<Vec<_>>()
        .join(" + ");
    let goal_weights = (0..GOALS.len())
        .map(goal_weight)
        .collect::<Vec<_>>()
        .join(" + ");
    format!(
        "round(100 * ({ARGUMENT_SHARE} * ({argument_sum}) / ({top} * {argument_weights}) \
         + {GOAL_SHARE} * ({goal_sum}) / ({top} * ({goal_weights}))) / ({}))",
        ARGUMENT_SHARE + GOAL_SHARE
    )
}

fn main() {
    let start = format!(
        "<p><strong>{}</strong></p><p>{}</p><p>{}</p><p>{}</p>",
        escape(UI.myth.get(LANG)),
        escape(UI.start_intro.get(LANG)),
        escape(
            &UI.start_duration
                .fill(LANG, &[("total", &Question::COUNT.to_string())])
        ),
        escape(UI.privacy.get(LANG)),
    );
    let businesses: Vec<Text> = BUSINESSES.iter().map(|business| business.label).collect();
    let mut pages = vec![
        json!({ "name": "start", "elements": [{ "type": "html", "name": "intro", "html": start }] }),
        json!({
            "name": "business",
            "title": UI.situation_heading.get(LANG),
            "elements": [radio_group(Slot::Business, BUSINESS_QUESTION.get(LANG), &businesses)],
        }),
    ];
    pages.extend(
        ARGUMENTS
            .iter()
            .enumerate()
            .map(|(i, argument)| argument_page(i, argument)),
    );
    pages.extend(GOALS.iter().enumerate().map(|(i, goal)| goal_page(i, goal)));
    let completed = format!(
        "<h2>{}</h2><p>{}</p><p class=\"overall-score\">{}</p>",
        escape(UI.result_heading.get(LANG)),
        escape(UI.overall_label.get(LANG)),
        UI.score_of_100.fill(LANG, &[("score", "{overall}")]),
    );
    let survey = json!({
        "title": UI.app_title.get(LANG),
        "locale": "de",
        "firstPageIsStartPage": true,
        "startSurveyText": UI.start_button.get(LANG),
        "pageNextText": UI.next.get(LANG),
        "pagePrevText": UI.back.get(LANG),
        "completeText": UI.show_result.get(LANG),
        "showProgressBar": "top",
        "showQuestionNumbers": "off",
        "pages": pages,
        "calculatedValues": [{ "name": "overall", "expression": overall_expression() }],
        "completedHtml": completed,
    });
    println!(
        "{}",
        serde_json::to_string_pretty(&survey).expect("a JSON value always serialises")
    );
}
