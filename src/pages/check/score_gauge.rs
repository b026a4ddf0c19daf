use model::check::scoring::band_index;
use model::content::{Band, BANDS};
use yew::prelude::*;

pub struct ScoreGaugeProps {
    /// The overall score, 0 to 100.
    pub score: u8,
    /// The gauge's accessible name: the score and its band in words.
    pub label: AttrValue,
    /// The words under the figure: "von 100".
    pub out_of: AttrValue,
}

/// The overall score as a half ring from 0 to 100, one arc per band in the band's colour (the score's
/// band full, the others faint), a dot at the score and the figure large in the middle.
///
/// The arcs are one semicircle drawn with a dash pattern of its own length 1000 (`pathLength`, ten per
/// point), and the dot is turned about the centre by 1.8° per point: no trigonometry, which would bring a
/// maths library into the first view, and only whole numbers, since formatting a float would bring
/// float-formatting code that the check (which writes whole numbers only) otherwise leaves out.
pub fn score_gauge(props: &ScoreGaugeProps) -> Html {
    let current = band_index(props.score);
    // 1.8° per point, in tenths of a degree.
    let tenths = 18 * u32::from(props.score);
    let arcs = BANDS.iter().enumerate().map(|(i, band)| {
        let end = BANDS.get(i + 1).map_or(100, |next: &Band| next.min);
        // A small gap between two bands, so each reads as a segment of its own.
        let length = 10 * u32::from(end - band.min) - if end < 100 { 8 } else { 0 };
        let class = classes!("gauge-band", format!("band-{i}"), (i == current).then_some("current"));
        html! {
            <path {class} d={ARC} pathLength="1000"
                stroke-dasharray={format!("{length} 1000")} stroke-dashoffset={format!("-{}", 10 * u32::from(band.min))} />
        }
    });
    html! {
        <svg class="score-gauge" viewBox="0 0 200 116" role="img" aria-label={&props.label}>
            { for arcs }
            <circle class="gauge-marker" cx="20" cy="100" r="9"
                transform={format!("rotate({}.{} 100 100)", tenths / 10, tenths % 10)} />
            <text class="gauge-score" x="100" y="88" text-anchor="middle">{ props.score }</text>
            <text class="gauge-out-of" x="100" y="110" text-anchor="middle">{ &props.out_of }</text>
        </svg>
    }
}

/// The half ring: from the left end (score 0) over the top to the right end (score 100).
const ARC: &str = "M20 100 A80 80 0 0 1 180 100";
