use super::distribution_chart::{distribution_chart, DistributionChartProps, DistributionRow};
use model::content::{
    arguments_as_asked, ARGUMENTS, ARGUMENT_LEVELS, BANDS, GOALS, IMPORTANCE_OPTIONS,
    REACH_OPTIONS, WORKSHOP_UI,
};
use model::workshop::aggregate::{GroupView, ItemStat, Prompt, Stat};
use model::workshop::csv::CsvFormat;
use model::{Lang, Text};
use yew::prelude::*;

pub struct GroupPanelProps {
    pub lang: Lang,
    pub view: GroupView,
    /// Downloads the participants as CSV, for a spreadsheet or for tools.
    pub onexportcsv: Callback<CsvFormat>,
    pub onexportimage: Callback<()>,
}

/// "Durchschnitt 54 · von 33 bis 100": an average and the range of the group's scores, in plain words.
pub fn summary(lang: Lang, stat: &Stat) -> AttrValue {
    stat.summary(lang).into()
}

fn options(lang: Lang, texts: &[Text]) -> Vec<AttrValue> {
    texts
        .iter()
        .map(|text| AttrValue::from(text.get(lang)))
        .collect()
}

fn row(lang: Lang, label: &Text, item: &ItemStat) -> DistributionRow {
    DistributionRow {
        label: label.get(lang).into(),
        counts: item.distribution,
        summary: summary(lang, &item.stat),
    }
}

/// A discussion question in words.
pub fn prompt_text(lang: Lang, view: &GroupView, prompt: Prompt) -> String {
    match prompt {
        Prompt::WeakArgument(i) => WORKSHOP_UI.prompt_weak_argument.fill(
            lang,
            &[
                ("argument", ARGUMENTS[i].title.get(lang)),
                ("score", &view.arguments[i].stat.mean.to_string()),
            ],
        ),
        Prompt::ImportantUnreachedGoal(i) => WORKSHOP_UI
            .prompt_important_goal
            .fill(lang, &[("goal", GOALS[i].title.get(lang))]),
        Prompt::DividedArgument(i) => WORKSHOP_UI
            .prompt_divided_argument
            .fill(lang, &[("argument", ARGUMENTS[i].title.get(lang))]),
    }
}

/// The group's picture: how many took part, the overall average and spread, how the group answered each
/// argument and goal, the weakest arguments, the most important goals, and questions for the discussion.
pub fn group_panel(props: &GroupPanelProps) -> Html {
    let lang = props.lang;
    let view = &props.view;
    let argument_rows = arguments_as_asked()
        .map(|(i, argument)| row(lang, &argument.title, &view.arguments[i]))
        .collect::<Vec<_>>();
    let importance_rows = GOALS
        .iter()
        .zip(&view.goals)
        .map(|(goal, stat)| DistributionRow {
            label: goal.title.get(lang).into(),
            counts: stat.importance,
            summary: stat.importance_summary(lang).into(),
        })
        .collect::<Vec<_>>();
    let reach_rows = GOALS
        .iter()
        .zip(&view.goals)
        .map(|(goal, stat)| row(lang, &goal.title, &stat.reach))
        .collect::<Vec<_>>();
    let prompts = view
        .prompts
        .iter()
        .map(|&prompt| html! { <li>{ prompt_text(lang, view, prompt) }</li> });

    html! {
        <section class="group" aria-labelledby="group-heading">
            <h2 id="group-heading">{ WORKSHOP_UI.group_heading.get(lang) }</h2>
            <div class="overall">
                <p class="participants-count">
                    { WORKSHOP_UI.participants_count.fill(lang, &[("n", &view.participants.to_string())]) }
                </p>
                <p class="overall-score" data-score={view.overall.mean.to_string()}>{ view.overall.mean }</p>
                <p>{ summary(lang, &view.overall) }</p>
                <ul class="bands">
                    { for BANDS.iter().zip(view.bands).map(|(band, count)| html! {
                        <li>{ band.name.get(lang) }{ ": " }<strong>{ count }</strong></li>
                    }) }
                </ul>
            </div>
            <div class="group-lists">
                <div>
                    <h3>{ WORKSHOP_UI.weakest_heading.get(lang) }</h3>
                    <ol class="weakest">
                        { for view.weakest_arguments.iter().map(|&i| html! {
                            <li>
                                { ARGUMENTS[i].title.get(lang) }{ " (" }{ WORKSHOP_UI.average.get(lang) }{ " " }
                                { view.arguments[i].stat.mean }{ ")" }
                            </li>
                        }) }
                    </ol>
                </div>
                <div>
                    <h3>{ WORKSHOP_UI.important_goals_heading.get(lang) }</h3>
                    <ol class="important-goals">
                        { for view.most_important_goals.iter().map(|&i| html! { <li>{ GOALS[i].title.get(lang) }</li> }) }
                    </ol>
                </div>
            </div>
            <h3>{ WORKSHOP_UI.prompts_heading.get(lang) }</h3>
            <ol class="prompts">{ for prompts }</ol>
            <h3 id="group-arguments">{ WORKSHOP_UI.arguments_heading.get(lang) }</h3>
            { distribution_chart(&DistributionChartProps {
                lang,
                caption: WORKSHOP_UI.arguments_heading.get(lang).into(),
                options: options(lang, &ARGUMENT_LEVELS),
                rows: argument_rows,
            }) }
            <h3 id="group-importance">{ WORKSHOP_UI.importance_heading.get(lang) }</h3>
            { distribution_chart(&DistributionChartProps {
                lang,
                caption: WORKSHOP_UI.importance_heading.get(lang).into(),
                options: options(lang, &IMPORTANCE_OPTIONS),
                rows: importance_rows,
            }) }
            <h3 id="group-reach">{ WORKSHOP_UI.reach_heading.get(lang) }</h3>
            { distribution_chart(&DistributionChartProps {
                lang,
                caption: WORKSHOP_UI.reach_heading.get(lang).into(),
                options: options(lang, &REACH_OPTIONS),
                rows: reach_rows,
            }) }
            <div class="share-actions">
                <button type="button" class="secondary" onclick={props.onexportcsv.reform(move |_: MouseEvent| CsvFormat::Spreadsheet(lang))}>
                    { WORKSHOP_UI.export_csv.get(lang) }
                </button>
                <button type="button" class="secondary" onclick={props.onexportcsv.reform(|_: MouseEvent| CsvFormat::Plain)}>
                    { WORKSHOP_UI.export_csv_plain.get(lang) }
                </button>
                <button type="button" class="secondary" onclick={props.onexportimage.reform(|_: MouseEvent| ())}>
                    { WORKSHOP_UI.export_image.get(lang) }
                </button>
            </div>
        </section>
    }
}
