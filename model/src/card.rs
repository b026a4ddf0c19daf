//! The share image: the result as a 1200 × 630 SVG (the size social networks show in a link preview).
//!
//! The card is built here as text, so its layout is tested natively; the app only draws it onto a canvas
//! to turn it into a PNG.

use crate::config::Colour;
use crate::content::{ARGUMENTS, UI, WORKSHOP_UI};
use crate::markup::escape;
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
    card_svg(&result_card_layout(lang, scores), colours)
}

/// The layout of the share image for these scores.
pub fn result_card_layout(lang: Lang, scores: &Scores) -> CardLayout {
    card_layout(
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
    )
}

/// The SVG of a workshop's group picture: the group's average overall score and its average per argument.
pub fn group_card_svg(lang: Lang, name: &str, view: &GroupView, colours: CardColours) -> String {
    card_svg(&group_card_layout(lang, name, view), colours)
}

/// The layout of a workshop's group picture.
pub fn group_card_layout(lang: Lang, name: &str, view: &GroupView) -> CardLayout {
    let participants = WORKSHOP_UI
        .participants_count
        .fill(lang, &[("n", &view.participants.to_string())]);
    card_layout(
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

/// Where the card's texts and bars go. Every text has a box it must stay inside; the layout shrinks a
/// text that would not fit, and cuts it with "…" only below [`MIN_FONT_SIZE`], so nothing is clipped by
/// the card's edge or runs into the coloured panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardLayout {
    pub texts: Vec<TextBox>,
    /// One bar per argument: its top and its score.
    pub bars: Vec<(u32, u8)>,
}

/// One line of text on the card, and its box.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextBox {
    pub text: String,
    /// The box's left edge.
    pub left: u32,
    /// The box's width: the text's estimated width (see [`text_width`]) never exceeds it.
    pub width: u32,
    pub baseline: u32,
    pub font_size: u32,
    pub bold: bool,
    /// Set for white text on the coloured panel; otherwise dark text on white.
    pub on_panel: bool,
    /// Set for text that ends at the box's right edge rather than starting at its left.
    pub align_end: bool,
}

/// The width of the coloured panel on the left.
pub const PANEL_WIDTH: u32 = 430;
/// The margin between the card's or the panel's edge and any text.
const MARGIN: u32 = 50;
/// The smallest font size the layout shrinks a text to before it cuts it.
pub const MIN_FONT_SIZE: u32 = 20;

/// The card's layout: the product and a headline score on the left, one bar per row on the right.
fn card_layout<'a>(
    headline: &Headline,
    heading: &str,
    bars: impl Iterator<Item = (&'a str, u8)>,
) -> CardLayout {
    let panel = |text: &str, baseline, font_size, bold| {
        fitted(TextBox {
            text: text.to_owned(),
            left: MARGIN,
            width: PANEL_WIDTH - 2 * MARGIN,
            baseline,
            font_size,
            bold,
            on_panel: true,
            align_end: false,
        })
    };
    let right_left = PANEL_WIDTH + 70;
    let right_width = CARD_WIDTH - right_left - MARGIN;
    let right = |text: &str, baseline, font_size, bold, align_end| {
        fitted(TextBox {
            text: text.to_owned(),
            left: right_left,
            width: right_width,
            baseline,
            font_size,
            bold,
            on_panel: false,
            align_end,
        })
    };
    let mut texts = vec![
        panel(headline.title, 90, 28, true),
        panel(headline.kicker, 190, 28, false),
        panel(&headline.score.to_string(), 330, 150, true),
        panel(headline.unit, 390, 34, false),
        panel(headline.label, 470, 40, true),
        right(heading, 90, 30, true, false),
    ];
    let mut rows = Vec::new();
    for (row, (label, score)) in bars.enumerate() {
        let top = 130 + 66 * row as u32;
        texts.push(right(label, top + 24, 24, false, false));
        texts.push(right(&score.to_string(), top + 48, 24, true, true));
        rows.push((top + 34, score));
    }
    CardLayout { texts, bars: rows }
}

/// `text` shrunk until it fits its box, and cut with "…" if it does not fit at [`MIN_FONT_SIZE`].
fn fitted(mut text: TextBox) -> TextBox {
    let fits = |text: &TextBox| text_width(&text.text, text.font_size, text.bold) <= text.width;
    while !fits(&text) && text.font_size > MIN_FONT_SIZE {
        text.font_size -= 1;
    }
    if !fits(&text) {
        let mut chars: Vec<char> = text.text.chars().collect();
        while !fits(&text) && !chars.is_empty() {
            chars.pop();
            text.text = chars.iter().collect::<String>().trim_end().to_owned() + "…";
        }
    }
    text
}

/// A generous estimate of how wide `text` is drawn, in pixels: widths per character, in thousandths of the
/// font size, at least those of the widest common sans-serif fonts (DejaVu Sans, Verdana's proportions,
/// which Linux shows for `system-ui`), and a tenth more for bold. A layout that fits these fits any of the
/// fonts the card names.
pub fn text_width(text: &str, font_size: u32, bold: bool) -> u32 {
    let thousandths: u32 = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '!' | '\'' | '|' | 'I' => 320,
            ' ' | 'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '-' | '’' | '‘' => 420,
            'm' | 'w' | 'M' | 'W' | '@' | '%' | '&' | '…' => 1000,
            'A'..='Z' | 'Ä' | 'Ö' | 'Ü' => 780,
            '0'..='9' => 660,
            _ => 660,
        })
        .sum();
    let bold_thousandths = if bold {
        thousandths * 11 / 10
    } else {
        thousandths
    };
    (bold_thousandths * font_size).div_ceil(1000)
}

/// The SVG of a layout in these colours.
fn card_svg(layout: &CardLayout, colours: CardColours) -> String {
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{CARD_WIDTH}" height="{CARD_HEIGHT}" viewBox="0 0 {CARD_WIDTH} {CARD_HEIGHT}" font-family="system-ui, 'Segoe UI', Roboto, Arial, sans-serif">"#
    );
    svg.push_str(&format!(
        r##"<rect width="{CARD_WIDTH}" height="{CARD_HEIGHT}" fill="#ffffff"/><rect width="{PANEL_WIDTH}" height="{CARD_HEIGHT}" fill="{}"/><rect x="{PANEL_WIDTH}" width="12" height="{CARD_HEIGHT}" fill="{}"/>"##,
        escape(&colours.primary),
        escape(&colours.accent),
    ));
    for text in &layout.texts {
        let (x, anchor) = if text.align_end {
            (text.left + text.width, r#" text-anchor="end""#)
        } else {
            (text.left, "")
        };
        svg.push_str(&format!(
            r#"<text x="{x}" y="{}" font-size="{}"{}{anchor} fill="{}">{}</text>"#,
            text.baseline,
            text.font_size,
            if text.bold {
                r#" font-weight="700""#
            } else {
                ""
            },
            if text.on_panel { "#ffffff" } else { "#1d2433" },
            escape(&text.text),
        ));
    }
    for &(top, score) in &layout.bars {
        let length = 560 * u32::from(score) / 100;
        svg.push_str(&format!(
            r##"<rect x="500" y="{top}" width="560" height="16" rx="8" fill="#e4e9f0"/><rect x="500" y="{top}" width="{length}" height="16" rx="8" fill="{}"/>"##,
            escape(&colours.primary),
        ));
    }
    svg.push_str("</svg>");
    svg
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
        assert!(svg.contains(&escape(scores.band().name.en)));
        for argument in &ARGUMENTS {
            assert!(svg.contains(&escape(argument.title.en)), "{}", argument.key);
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
