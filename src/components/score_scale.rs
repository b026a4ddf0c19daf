use model::content::{Band, BANDS};
use model::scoring::band_of;
use model::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScoreScaleProps {
    pub lang: Lang,
    /// The overall score, 0 to 100.
    pub score: u8,
    /// The scale's accessible name: the score and its band in words.
    pub label: AttrValue,
}

/// The overall score on a scale from 0 to 100 with the four bands marked, the score's band highlighted and
/// a marker at the score. The figure and the band's name stand beside it as text; the scale adds where the
/// score stands among the bands.
#[function_component(ScoreScale)]
pub fn score_scale(props: &ScoreScaleProps) -> Html {
    let current = band_of(props.score);
    let segments = BANDS.iter().enumerate().map(|(i, band)| {
        let end = BANDS.get(i + 1).map_or(100, |next: &Band| next.min);
        let class = classes!(
            "scale-band",
            format!("band-{i}"),
            std::ptr::eq(band, current).then_some("current")
        );
        // On a phone the names would run into each other; the stylesheet then shows the bands' lower
        // bounds instead, and the text beside the scale names the score's band.
        html! {
            <g>
                <rect {class} x={format!("{}%", band.min)} y="6" width={format!("{}%", end - band.min)} height="14" />
                <text class="scale-name" x={format!("{}%", band.min + (end - band.min) / 2)} y="38" text-anchor="middle">
                    { band.name.get(props.lang) }
                </text>
                <text class="scale-bound" x={format!("{}%", band.min)} y="38" dx={if band.min == 0 { "0" } else { "-0.6em" }}>
                    { band.min }
                </text>
            </g>
        }
    });
    html! {
        <svg class="score-scale" width="100%" height="44" role="img" aria-label={&props.label}>
            { for segments }
            // The marker: a bar across the scale at the score, in a nested viewport placed at the score so
            // that it can be centred in pixels; kept inside the ends so it stays whole.
            <svg x={format!("{}%", props.score.clamp(1, 99))} y="0" width="1" height="26" overflow="visible">
                <rect class="scale-marker" x="-3" y="0" width="6" height="26" rx="3" />
            </svg>
        </svg>
    }
}
