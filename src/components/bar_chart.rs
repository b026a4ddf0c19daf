use yew::prelude::*;

/// One bar: a label and a score from 0 to 100, with an optional note shown after the label.
#[derive(Clone, PartialEq)]
pub struct Bar {
    pub label: AttrValue,
    pub note: Option<AttrValue>,
    pub score: u8,
}

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    /// What the chart shows; the caption of its table.
    pub caption: AttrValue,
    pub label_header: AttrValue,
    pub score_header: AttrValue,
    /// The header of the notes column; without it the table has no such column.
    #[prop_or_default]
    pub note_header: Option<AttrValue>,
    pub bars: Vec<Bar>,
}

/// Height of one row of the chart in CSS pixels: a line of label text above a bar.
const ROW_HEIGHT: usize = 46;

/// A horizontal bar chart drawn as SVG, with the same figures as a table for assistive technology.
///
/// The SVG has no viewBox: bar lengths are percentages of its width while text keeps its CSS size, so the
/// chart stays legible from a 360 px phone to a projector. It is hidden from screen readers, which read
/// the table instead; the table is hidden from sight, not from them.
#[function_component(BarChart)]
pub fn bar_chart(props: &BarChartProps) -> Html {
    let height = ROW_HEIGHT * props.bars.len();
    html! {
        <figure class="chart">
            <svg class="bars" width="100%" height={height.to_string()} aria-hidden="true" focusable="false">
                { for props.bars.iter().enumerate().map(|(row, bar)| {
                    let top = row * ROW_HEIGHT;
                    let label = match &bar.note {
                        Some(note) => format!("{} ({note})", bar.label),
                        None => bar.label.to_string(),
                    };
                    html! {
                        <g>
                            <text class="bar-label" x="0" y={(top + 16).to_string()}>{ label }</text>
                            <text class="bar-value" x="100%" y={(top + 16).to_string()} text-anchor="end">{ bar.score }</text>
                            <rect class="bar-track" x="0" y={(top + 24).to_string()} width="100%" height="14" rx="7" />
                            <rect class="bar-fill" x="0" y={(top + 24).to_string()} width={format!("{}%", bar.score)} height="14" rx="7" />
                        </g>
                    }
                }) }
            </svg>
            <table class="visually-hidden">
                <caption>{ &props.caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ &props.label_header }</th>
                        if let Some(note_header) = &props.note_header { <th scope="col">{ note_header }</th> }
                        <th scope="col">{ &props.score_header }</th>
                    </tr>
                </thead>
                <tbody>
                    { for props.bars.iter().map(|bar| html! {
                        <tr>
                            <th scope="row">{ &bar.label }</th>
                            if props.note_header.is_some() { <td>{ bar.note.clone().unwrap_or_default() }</td> }
                            <td>{ bar.score }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </figure>
    }
}
