use crate::components::chart::{chart, ChartParts};
use yew::prelude::*;

/// One bar: a label and a score from 0 to 100, with an optional note shown after the label.
#[derive(Clone, PartialEq)]
pub struct Bar {
    pub label: AttrValue,
    pub note: Option<AttrValue>,
    pub score: u8,
    /// The band the score falls into (an index into `BANDS`), which colours the bar.
    pub band: usize,
    /// Marked bars stand out with a sign before their label: the ones the text below the chart names.
    pub marked: bool,
    /// A level to hold the score against, 0 to 100, drawn as a tick across the bar: for a goal, how
    /// important it is, so that a bar short of its tick shows a goal that matters more than it is reached.
    pub target: Option<u8>,
}

/// The sign before a marked bar's label, in the chart and in the legend.
pub const MARK: &str = "◆ ";

pub struct BarChartProps {
    /// What the chart shows; the caption of its table.
    pub caption: AttrValue,
    pub label_header: AttrValue,
    pub score_header: AttrValue,
    /// The header of the notes column; without it the table has no such column.
    pub note_header: Option<AttrValue>,
    pub bars: Vec<Bar>,
}

/// Height of one line of text in the chart, in CSS pixels.
const LINE_HEIGHT: usize = 20;
/// Height of a bar, with the space below it, in CSS pixels.
const BAR_HEIGHT: usize = 26;

/// A horizontal bar chart in the frame every chart has ([`chart`]): each row has its label on a line of its
/// own, and its note on another, because SVG text does not wrap.
pub fn bar_chart(props: &BarChartProps) -> Html {
    let mut rows = Vec::with_capacity(props.bars.len());
    let mut top = 0;
    for bar in &props.bars {
        let label_y = top + 16;
        // In the chart a note is introduced by its column's header, which the table shows above it.
        let note = bar.note.as_ref().map(|note| {
            let text = match &props.note_header {
                Some(header) => format!("{header}: {note}"),
                None => note.to_string(),
            };
            (top + LINE_HEIGHT + 16, text)
        });
        if note.is_some() {
            top += LINE_HEIGHT;
        }
        let bar_y = top + LINE_HEIGHT + 4;
        top += LINE_HEIGHT + BAR_HEIGHT;
        let fill = classes!("bar-fill", format!("band-{}", bar.band));
        rows.push(html! {
            <g class={classes!(bar.marked.then_some("marked"))}>
                <text class="bar-label" x="0" y={label_y.to_string()}>
                    if bar.marked { <tspan class="bar-mark">{ MARK }</tspan> }
                    { &bar.label }
                </text>
                if let Some((note_y, note)) = note {
                    <text class="bar-note" x="0" y={note_y.to_string()}>{ note }</text>
                }
                // The bars live in a nested viewport of 88 % of the width, so a score is simply a
                // percentage of it, and the value has the rest of the line to itself.
                <svg x="0" y={bar_y.to_string()} width="88%" height="14" overflow="visible">
                    <rect class="bar-track" width="100%" height="14" rx="7" />
                    <rect class={fill} width={format!("{}%", bar.score)} height="14" rx="7" />
                    if let Some(target) = bar.target {
                        <svg x={format!("{}%", target.clamp(1, 99))} y="-3" width="1" height="20" overflow="visible">
                            <rect class="bar-target" x="-2" width="4" height="20" rx="1" />
                        </svg>
                    }
                </svg>
                <text class="bar-value" x="100%" y={(bar_y + 12).to_string()} text-anchor="end">{ bar.score }</text>
            </g>
        });
    }
    let head = html! {
        <>
            <th scope="col">{ &props.label_header }</th>
            if let Some(note_header) = &props.note_header { <th scope="col">{ note_header }</th> }
            <th scope="col">{ &props.score_header }</th>
        </>
    };
    let body = props
        .bars
        .iter()
        .map(|bar| {
            html! {
                <tr>
                    <th scope="row">{ &bar.label }</th>
                    if props.note_header.is_some() { <td>{ bar.note.clone().unwrap_or_default() }</td> }
                    <td>{ bar.score }</td>
                </tr>
            }
        })
        .collect::<Html>();
    chart(ChartParts {
        class: None,
        legend: Html::default(),
        bars: rows.into_iter().collect(),
        height: top,
        caption: props.caption.clone(),
        head,
        body,
    })
}
