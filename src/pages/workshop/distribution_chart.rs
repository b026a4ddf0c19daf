use crate::components::chart::{chart, ChartParts};
use model::content::{OPTION_COUNT, WORKSHOP_UI};
use model::Lang;
use yew::prelude::*;

/// One row: how many participants chose each option, with the average and spread of their scores.
#[derive(Clone, PartialEq)]
pub struct DistributionRow {
    pub label: AttrValue,
    pub counts: [usize; OPTION_COUNT],
    /// The average and the range of the scores, already worded: every row has one, so the table's
    /// "Durchschnitt" column is never empty.
    pub summary: AttrValue,
}

pub struct DistributionChartProps {
    pub lang: Lang,
    pub caption: AttrValue,
    /// The options, from the first to the last, for the legend and the table.
    pub options: Vec<AttrValue>,
    pub rows: Vec<DistributionRow>,
}

const LINE_HEIGHT: usize = 22;
const BAR_HEIGHT: usize = 30;

/// Stacked bars of how the group answered, option by option, with a legend, in the frame every chart has
/// ([`chart`]).
pub fn distribution_chart(props: &DistributionChartProps) -> Html {
    let mut rows = Vec::with_capacity(props.rows.len());
    let mut top = 0;
    for row in &props.rows {
        let total: usize = row.counts.iter().sum::<usize>().max(1);
        let mut offset = 0.0;
        let segments = row.counts.iter().enumerate().map(|(option, &count)| {
            let width = 100.0 * count as f64 / total as f64;
            let x = offset;
            offset += width;
            html! {
                <rect class={format!("segment level-{option}")} x={format!("{x:.3}%")} width={format!("{width:.3}%")} height="18" />
            }
        }).collect::<Html>();
        let label = format!("{} · {}", row.label, row.summary);
        rows.push(html! {
            <g>
                <text class="bar-label" x="0" y={(top + 16).to_string()}>{ label }</text>
                <svg x="0" y={(top + LINE_HEIGHT + 2).to_string()} width="100%" height="18">{ segments }</svg>
            </g>
        });
        top += LINE_HEIGHT + BAR_HEIGHT;
    }
    let legend = html! {
        <ul class="legend" aria-hidden="true">
            { for props.options.iter().enumerate().map(|(option, label)| html! {
                <li><span class={format!("swatch level-{option}")}></span>{ label }</li>
            }) }
        </ul>
    };
    let head = html! {
        <>
            <th scope="col">{ WORKSHOP_UI.distribution.get(props.lang) }</th>
            { for props.options.iter().map(|option| html! { <th scope="col">{ option }</th> }) }
            <th scope="col">{ WORKSHOP_UI.average.get(props.lang) }</th>
        </>
    };
    let body = props
        .rows
        .iter()
        .map(|row| {
            html! {
                <tr>
                    <th scope="row">{ &row.label }</th>
                    { for row.counts.iter().map(|count| html! { <td>{ count }</td> }) }
                    <td>{ row.summary.clone() }</td>
                </tr>
            }
        })
        .collect::<Html>();
    chart(ChartParts {
        class: Some("distribution"),
        legend,
        bars: rows.into_iter().collect(),
        height: top,
        caption: props.caption.clone(),
        head,
        body,
    })
}
