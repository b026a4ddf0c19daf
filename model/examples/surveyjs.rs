//! Prints the check's questionnaire as a SurveyJS survey (JSON), for the benchmark's reference build: the
//! same start screen, the same 10 pages in German with "Sie" (the kind of business, seven arguments, the
//! goals on two pages), and a completed page with the overall score, computed by SurveyJS expressions with
//! the formula of ARCHITECTURE.md "Scoring" (answer code version 3). Generated from the content, so the
//! reference never drifts from the check.
//!
//! Usage: `cargo run -q -p model --example surveyjs > questionnaire.json`

use model::check::answers::{Field, GOAL_LEVELS, GOAL_SCREENS};
use model::content::{
    asked_argument, Argument, ARGUMENTS, ARGUMENT_SHARE, BUSINESSES, BUSINESS_QUESTION, GOALS,
    GOAL_OPTIONS, GOAL_SHARE, OPTION_COUNT, UI,
};
use model::markup::escape;
use model::{Lang, Text};
use serde_json::{json, Value};

const LANG: Lang = Lang::De;

/// A question's name in SurveyJS: its field's index, as in the check (`slot-N` there; SurveyJS expressions
/// want no hyphen).
fn name(field: Field) -> String {
    format!("slot_{}", field.index())
}

fn variable(field: Field) -> String {
    format!("{{{}}}", name(field))
}

fn radio_group(field: Field, title: &str, options: &[Text]) -> Value {
    json!({
        "type": "radiogroup",
        "name": name(field),
        "title": title,
        "isRequired": true,
        "choices": options.iter().enumerate()
            .map(|(value, text)| json!({ "value": value, "text": text.get(LANG) }))
            .collect::<Vec<_>>(),
    })
}

fn argument_page(index: usize, argument: &Argument) -> Value {
    let slot = Field::Argument(index);
    // The card as the check shows it: a first line for each answer, the fact and its source, and the
    // argument explained behind "Warum?".
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
        "<p>{}</p><p><small>{}: {}</small></p><details><summary>{}</summary><p>{}</p><p>{}</p><p>{}</p></details>",
        escape(fact.statement.get(LANG)),
        escape(UI.source_label.get(LANG)),
        escape(&fact.source(LANG)),
        escape(UI.why_label.get(LANG)),
        escape(argument.debunk.get(LANG)),
        escape(fact.meaning.get(LANG)),
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
        "title": argument.title.get(LANG),
        "elements": elements,
    })
}

fn goal_page(screen: usize) -> Value {
    let groups = GOAL_SCREENS[screen]
        .clone()
        .map(|i| radio_group(Field::Goal(i), GOALS[i].title.get(LANG), &GOAL_OPTIONS))
        .collect::<Vec<_>>();
    json!({
        "name": format!("goals_{screen}"),
        "title": format!("{}: {}", UI.goal_label.fill(LANG, &[("n", &(screen + 1).to_string())]), UI.goals_heading.get(LANG)),
        "description": UI.goals_intro.get(LANG),
        "elements": groups,
    })
}

/// A SurveyJS expression that maps a goal's level on the combined scale to the number `of` gives for that
/// level's importance and reach ([`GOAL_LEVELS`]).
fn per_goal_level(field: Field, of: impl Fn((u64, u64)) -> u64) -> String {
    GOAL_LEVELS.iter().enumerate().rev().fold(
        String::from("0"),
        |otherwise, (level, &(importance, reach))| {
            let value = of((importance.index() as u64, reach.index() as u64));
            format!("iif({} = {level}, {value}, {otherwise})", variable(field))
        },
    )
}

/// The overall score as a SurveyJS expression: the weighted argument part and the goal part (reach weighted
/// by importance, so that a goal that is "not a topic" counts nothing), combined with the content's shares
/// and rounded once, as `Scores::of` does; without any goal that counts, the argument part alone.
fn overall_expression() -> String {
    let top = OPTION_COUNT - 1;
    let argument_sum = (0..ARGUMENTS.len())
        .map(|i| format!("{} * {}", ARGUMENTS[i].weight, variable(Field::Argument(i))))
        .collect::<Vec<_>>()
        .join(" + ");
    let argument_weights: u32 = ARGUMENTS.iter().map(|argument| argument.weight).sum();
    let goals = || (0..GOALS.len()).map(Field::Goal);
    let goal_sum = goals()
        .map(|goal| per_goal_level(goal, |(importance, reach)| importance * reach))
        .collect::<Vec<_>>()
        .join(" + ");
    let goal_weights = goals()
        .map(|goal| per_goal_level(goal, |(importance, _)| importance))
        .collect::<Vec<_>>()
        .join(" + ");
    format!(
        "iif(({goal_weights}) > 0, \
         round(100 * ({ARGUMENT_SHARE} * ({argument_sum}) / ({top} * {argument_weights}) \
         + {GOAL_SHARE} * ({goal_sum}) / ({top} * ({goal_weights}))) / ({})), \
         round(100 * ({argument_sum}) / ({top} * {argument_weights})))",
        ARGUMENT_SHARE + GOAL_SHARE
    )
}

fn main() {
    let start = format!(
        "<p><strong>{}</strong></p><p>{}</p><p>{}</p><p>{}</p>",
        escape(UI.myth.get(LANG)),
        escape(UI.start_intro.get(LANG)),
        escape(&UI.start_duration.fill(
            LANG,
            &[
                (
                    "minutes",
                    &model::check::length::reading_minutes().to_string()
                ),
                ("answers", &Field::COUNT.to_string()),
            ]
        )),
        escape(UI.privacy.get(LANG)),
    );
    let businesses: Vec<Text> = BUSINESSES.iter().map(|business| business.label).collect();
    let mut pages = vec![
        json!({ "name": "start", "elements": [{ "type": "html", "name": "intro", "html": start }] }),
        json!({
            "name": "business",
            "title": UI.situation_heading.get(LANG),
            "elements": [radio_group(Field::Business, BUSINESS_QUESTION.get(LANG), &businesses)],
        }),
    ];
    // The arguments in the order the check asks them, each under its own slot.
    pages.extend((0..ARGUMENTS.len()).map(|position| {
        let i = asked_argument(position);
        argument_page(i, &ARGUMENTS[i])
    }));
    pages.extend((0..GOAL_SCREENS.len()).map(goal_page));
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
