use yew::prelude::*;

/// What a chart is made of; [`chart`] puts it into the frame.
pub struct ChartParts {
    /// A class beside `chart` on the figure, for a kind of chart that looks different.
    pub class: Option<&'static str>,
    /// What stands above the bars for the eye only, such as a legend.
    pub legend: Html,
    /// The bars: SVG elements, stacked from the top, `height` CSS pixels together.
    pub bars: Html,
    pub height: usize,
    /// What the chart shows; the caption of its table.
    pub caption: AttrValue,
    /// The table's header row: `th` cells.
    pub head: Html,
    /// The table's body: `tr` rows with the chart's figures.
    pub body: Html,
}

/// A chart drawn as SVG, with the same figures as a table for assistive technology: the result's bars and
/// the workshop's distributions share this frame.
///
/// The SVG has no viewBox: its bars set their lengths in percentages of its width while text keeps its CSS
/// size, so a chart stays legible from a 360 px phone to a projector. The chart is hidden from screen
/// readers, which read the table instead; the table is hidden from sight, not from them.
///
/// A function, like every view without state of its own (see [`crate::components`]).
pub fn chart(parts: ChartParts) -> Html {
    let ChartParts {
        class,
        legend,
        bars,
        height,
        caption,
        head,
        body,
    } = parts;
    html! {
        <figure class={classes!("chart", class)}>
            { legend }
            <svg class="bars" width="100%" height={height.to_string()} aria-hidden="true" focusable="false">
                { bars }
            </svg>
            // Hiding a wrapper, not the table: a table never shrinks below its content's width, so a hidden
            // table would still widen the page.
            <div class="visually-hidden">
                <table>
                    <caption>{ caption }</caption>
                    <thead><tr>{ head }</tr></thead>
                    <tbody>{ body }</tbody>
                </table>
            </div>
        </figure>
    }
}
