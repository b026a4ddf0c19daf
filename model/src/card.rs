//! The share image: the result as a 1200 × 630 SVG (the size social networks show in a link preview).
//!
//! The card is built here as text, so its layout is tested natively; the app only draws it onto a canvas
//! to turn it into a PNG.

use crate::config::Colour;
use crate::content::{ARGUMENTS, UI, WORKSHOP_UI};
use crate::scoring::Scores;
use crate::text::Lang;
use crate::workshop::GroupView;

pub const CARD_WIDTH: u32 = 1200;
pub const CARD_HEIGHT: u32 = 630;

/// The colours of the card, as CSS. The defaults match the stylesheet's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardColours {
    pub primary: String,
    pub accent: String,
}

impl Default for CardColours {
    fn default() -> Self {
        CardColours::brand(None, None)
    }
}

impl CardColours {
    /// The card in a site owner's colours, each made readable on white as on screen; the defaults where
    /// the owner set none.
    pub fn brand(primary: Option<Colour>, accent: Option<Colour>) -> CardColours {
        let css = |colour: Option<Colour>, default: &str| {
            colour.map_or_else(|| default.to_owned(), |c| c.readable_on_white().css())
        };
        CardColours {
            primary: css(primary, "#0b5cad"),
            accent: css(accent, "#b3400e"),
        }
    }
}

/// The SVG of the share image for these scores.
pub fn result_card_svg(lang: Lang, scores: &Scores, colours: CardColours) -> String {
    card_svg(
        &Headline {
            title: UI.app_title.get(lang),
            kicker: UI.overall_label.get(lang),
            score: scores.overall,
            unit: UI.out_of_100.get(lang),
            label: scores.band().name.get(lang),
        },
        UI.per_argument_heading.get(lang),
        ARGUMENTS
            .iter()
            .map(|a| a.title.get(lang))
            .zip(scores.arguments),
        colours,
    )
}

/// The SVG of a workshop's group picture: the group's average overall score and its average per argument.
pub fn group_card_svg(lang: Lang, name: &str, view: &GroupView, colours: CardColours) -> String {
    let participants = WORKSHOP_UI
        .participants_count
        .fill(lang, &[("n", &view.participants.to_string())]);
    card_svg(
        &Headline {
            title: UI.app_title.get(lang),
            kicker: name,
            score: view.overall.mean,
            unit: UI.out_of_100.get(lang),
            label: &participants,
        },
        WORKSHOP_UI.arguments_heading.get(lang),
        ARGUMENTS
            .iter()
            .map(|a| a.title.get(lang))
            .zip(view.arguments.iter().map(|item| item.stat.mean)),
        colours,
    )
}

/// What the card's left panel says: the product, a line above the score, the score, its unit, and a line below.
struct Headline<'a> {
    title: &'a str,
    kicker: &'a str,
    score: u8,
    unit: &'a str,
    label: &'a str,
}

/// The card's layout: the product and a headline score on the left, one bar per row on the right.
fn card_svg<'a>(
    headline: &Headline,
    heading: &str,
    bars: impl Iterator<Item = (&'a str, u8)>,
    colours: CardColours,
) -> String {
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{CARD_WIDTH}" height="{CARD_HEIGHT}" viewBox="0 0 {CARD_WIDTH} {CARD_HEIGHT}" font-family="system-ui, 'Segoe UI', Roboto, Arial, sans-serif">"#
    );
    svg.push_str(&format!(
        r##"<rect width="{CARD_WIDTH}" height="{CARD_HEIGHT}" fill="#ffffff"/><rect width="430" height="{CARD_HEIGHT}" fill="{}"/><rect x="430" width="12" height="{CARD_HEIGHT}" fill="{}"/>"##,
        escaped(&colours.primary),
        escaped(&colours.accent),
    ));
    svg.push_str(&format!(
        r##"<g fill="#ffffff"><text x="50" y="90" font-size="28" font-weight="700">{}</text><text x="50" y="190" font-size="28">{}</text><text x="50" y="330" font-size="150" font-weight="700">{}</text><text x="50" y="390" font-size="34">{}</text><text x="50" y="470" font-size="40" font-weight="700">{}</text></g>"##,
        escaped(headline.title),
        escaped(headline.kicker),
        headline.score,
        escaped(headline.unit),
        escaped(headline.label),
    ));
    svg.push_str(&format!(
        r##"<text x="500" y="90" font-size="30" font-weight="700" fill="#1d2433">{}</text>"##,
        escaped(heading),
    ));
    for (row, (label, score)) in bars.enumerate() {
        let top = 130 + 66 * row as u32;
        let length = 560 * u32::from(score) / 100;
        svg.push_str(&format!(
            r##"<text x="500" y="{}" font-size="24" fill="#1d2433">{}</text><text x="1150" y="{}" font-size="24" font-weight="700" fill="#1d2433" text-anchor="end">{score}</text><rect x="500" y="{}" width="560" height="16" rx="8" fill="#e4e9f0"/><rect x="500" y="{}" width="{length}" height="16" rx="8" fill="{}"/>"##,
            top + 24,
            escaped(label),
            top + 48,
            top + 34,
            top + 34,
            escaped(&colours.primary),
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// Text made safe to stand in XML text or an attribute value.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Choice, CompleteAnswers};

    #[test]
    fn the_card_shows_score_band_and_every_argument() {
        let scores = Scores::of(&CompleteAnswers::uniform(Choice::new(2).unwrap()));
        let svg = result_card_svg(Lang::En, &scores, CardColours::default());
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains(r#"width="1200" height="630""#));
        assert!(svg.contains(">67<"));
        assert!(svg.contains(&escaped(scores.band().name.en)));
        for argument in &ARGUMENTS {
            assert!(
                svg.contains(&escaped(argument.title.en)),
                "{}",
                argument.key
            );
        }
    }

    #[test]
    fn colours_cannot_break_out_of_their_attribute() {
        let scores = Scores::of(&CompleteAnswers::uniform(Choice::LOWEST));
        let colours = CardColours {
            primary: "red\"/><script>alert(1)</script>".to_owned(),
            accent: "#000".to_owned(),
        };
        let svg = result_card_svg(Lang::De, &scores, colours);
        assert!(!svg.contains("<script>"));
    }
}
