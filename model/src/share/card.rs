//! The share image: the result as a 1200 × 630 SVG (the size social networks show in a link preview).
//!
//! The card is built here as text, so its layout is tested natively; the app only draws it onto a canvas
//! to turn it into a PNG.

use super::qr::qr_svg;
use crate::check::scoring::Scores;
use crate::content::{arguments_as_asked, UI, WORKSHOP_UI};
use crate::markup::escape;
use crate::settings::Colour;
use crate::text::Lang;
use crate::workshop::aggregate::GroupView;

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

/// Whose check the card comes from: the consultant's name and contact as the site owner set them, and the
/// check's address, which the card shows as text and as a QR code. There is no logo: the card is drawn from
/// an SVG loaded as an image, and an SVG image loads nothing from outside itself; fetching the logo to
/// inline it would need the logo's server to allow it (CORS), and a logo from elsewhere would taint the
/// canvas so that it can no longer be saved as PNG.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CardBrand {
    pub name: Option<String>,
    /// The check's address, e.g. `https://beratung.example.org/check/`.
    pub check_address: String,
    /// The contact as a reader can use it: an e-mail address, a phone number or a web address.
    pub contact: Option<String>,
}

impl CardBrand {
    /// The contact as a reader can use it, from a contact link: `mailto:` and `tel:` (in any case) give way
    /// to the address or number, and a mail's query (a prepared subject) is left out.
    pub fn readable_contact(link: &str) -> String {
        let scheme = crate::url::scheme(link);
        let bare = match scheme.as_deref() {
            Some(scheme @ ("mailto" | "tel")) => link.trim_start()[scheme.len() + 1..].to_owned(),
            _ => return link.to_owned(),
        };
        match bare.split_once('?') {
            Some((before, _)) if scheme.as_deref() == Some("mailto") => before.to_owned(),
            _ => bare,
        }
    }
}

/// The SVG of a workshop's group picture: the group's average overall score and its average per argument.
/// `owner` is the consultant's name from `config.ini`, which heads the picture in place of the product's.
pub fn group_card_svg(
    lang: Lang,
    owner: Option<&str>,
    name: &str,
    view: &GroupView,
    colours: CardColours,
) -> String {
    card_svg(&group_card_layout(lang, owner, name, view), colours)
}

/// The layout of a workshop's group picture, headed by the consultant's name (`owner`) where
/// `config.ini` gives one, else by the product's.
pub fn group_card_layout(
    lang: Lang,
    owner: Option<&str>,
    name: &str,
    view: &GroupView,
) -> CardLayout {
    let participants = WORKSHOP_UI
        .participants_count
        .fill(lang, &[("n", &view.participants.to_string())]);
    card_layout(&CardContent {
        title: owner.unwrap_or(UI.app_title.get(lang)).to_owned(),
        kicker: name.to_owned(),
        score: view.overall.mean,
        unit: UI.out_of_100.get(lang).to_owned(),
        label: participants,
        heading: WORKSHOP_UI.average_per_argument.get(lang).to_owned(),
        bars: arguments_as_asked()
            .map(|(i, a)| (a.title.get(lang).to_owned(), view.arguments[i].stat.mean))
            .collect(),
        footer: None,
    })
}

/// The SVG of a card that says `content`: what the share worker runs, which so needs none of the content's
/// texts (the page has them already and sends the words with the job).
pub fn draw_card(content: &CardContent, colours: CardColours) -> String {
    card_svg(&card_layout(content), colours)
}

/// Everything a card says, as words and numbers: on the left panel the product or consultant, a line
/// above the score, the score, its unit and a line below; on the right a heading and one bar per row, and
/// on a result card a footer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardContent {
    pub title: String,
    pub kicker: String,
    pub score: u8,
    pub unit: String,
    pub label: String,
    pub heading: String,
    /// One row per argument: its title and its score.
    pub bars: Vec<(String, u8)>,
    pub footer: Option<CardFooter>,
}

/// The lines at the bottom of a result card: where to take the check (also as a QR code of `qr`), and whom
/// to contact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardFooter {
    pub address: String,
    pub contact: Option<String>,
    pub qr: String,
}

impl CardContent {
    /// What the share image of these scores says, from `brand`'s check: the consultant's name on the panel,
    /// and at the bottom right the check's address with its QR code and the contact.
    pub fn result(lang: Lang, scores: &Scores, brand: &CardBrand) -> CardContent {
        CardContent {
            title: brand
                .name
                .clone()
                .unwrap_or_else(|| UI.app_title.get(lang).to_owned()),
            kicker: UI.overall_label.get(lang).to_owned(),
            score: scores.overall,
            unit: UI.out_of_100.get(lang).to_owned(),
            label: scores.band().name.get(lang).to_owned(),
            heading: UI.per_argument_heading.get(lang).to_owned(),
            bars: arguments_as_asked()
                .map(|(i, a)| (a.title.get(lang).to_owned(), scores.arguments[i]))
                .collect(),
            footer: Some(CardFooter {
                address: UI
                    .check_address
                    .fill(lang, &[("address", without_scheme(&brand.check_address))]),
                contact: brand
                    .contact
                    .as_ref()
                    .map(|contact| UI.contact_line.fill(lang, &[("contact", contact)])),
                qr: brand.check_address.clone(),
            }),
        }
    }
}

/// Where the card's texts and bars go. Every text has a box it must stay inside; the layout shrinks a
/// text that would not fit, and cuts it with "…" only below [`MIN_FONT_SIZE`], so nothing is clipped by
/// the card's edge or runs into the coloured panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardLayout {
    pub texts: Vec<TextBox>,
    /// One bar per argument: its top and its score.
    pub bars: Vec<(u32, u8)>,
    /// The address a result card shows as a QR code at its bottom right.
    pub qr: Option<String>,
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
fn card_layout(content: &CardContent) -> CardLayout {
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
    // A footer takes the bottom of the right side, so the rows move up and closer together.
    let (heading_baseline, first_row, row_spacing) = match content.footer {
        Some(_) => (70, 100, 58),
        None => (90, 130, 66),
    };
    // A long title (a consultant's name of up to 60 characters) takes two lines rather than being cut.
    let mut texts = match two_lines(&content.title, PANEL_WIDTH - 2 * MARGIN, 28) {
        Some((first, second)) => vec![panel(first, 80, 26, true), panel(second, 116, 26, true)],
        None => vec![panel(&content.title, 90, 28, true)],
    };
    texts.extend([
        panel(&content.kicker, 190, 28, false),
        panel(&content.score.to_string(), 330, 150, true),
        panel(&content.unit, 390, 34, false),
        panel(&content.label, 470, 40, true),
        right(&content.heading, heading_baseline, 30, true, false),
    ]);
    let mut qr = None;
    if let Some(footer) = &content.footer {
        // Beside the QR code at the bottom right, which takes QR_SIZE and a gap.
        let beside_qr = |text: &str, baseline, bold| {
            fitted(TextBox {
                text: text.to_owned(),
                left: right_left,
                width: right_width - QR_SIZE - 20,
                baseline,
                font_size: 22,
                bold,
                on_panel: false,
                align_end: false,
            })
        };
        texts.push(beside_qr(&footer.address, 550, false));
        if let Some(contact) = &footer.contact {
            texts.push(beside_qr(contact, 588, true));
        }
        qr = Some(footer.qr.clone());
    }
    let mut rows = Vec::new();
    for (row, (label, score)) in content.bars.iter().enumerate() {
        let top = first_row + row_spacing * row as u32;
        texts.push(right(label, top + 24, 24, false, false));
        texts.push(right(&score.to_string(), top + 48, 24, true, true));
        rows.push((top + 34, *score));
    }
    CardLayout {
        texts,
        bars: rows,
        qr,
    }
}

/// The side of the QR code of the check's address, at the card's bottom right.
const QR_SIZE: u32 = 110;

/// An address as people read it aloud: without `https://` and a trailing slash.
fn without_scheme(address: &str) -> &str {
    let bare = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("http://"))
        .unwrap_or(address);
    bare.strip_suffix('/').unwrap_or(bare)
}

/// `text` split at a space into two lines when one line of `width` cannot hold it even at
/// [`MIN_FONT_SIZE`] in bold, the first line as long as fits at `font_size`; `None` when one line holds it
/// (shrunk if need be) or it has no space to split at.
fn two_lines(text: &str, width: u32, font_size: u32) -> Option<(&str, &str)> {
    if text_width(text, MIN_FONT_SIZE, true) <= width {
        return None;
    }
    let spaces = text.match_indices(' ').map(|(at, _)| at);
    let split = spaces
        .take_while(|&at| text_width(&text[..at], font_size, true) <= width)
        .last()
        .or_else(|| text.find(' '))?;
    Some((&text[..split], text[split..].trim_start()))
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
    if let Some(qr) = layout.qr.as_deref().and_then(qr_svg) {
        // At the bottom right; the code's own quiet zone keeps it apart from the text beside it.
        let (x, y) = (CARD_WIDTH - QR_SIZE - 10, CARD_HEIGHT - QR_SIZE - 10);
        svg.push_str(&format!(
            r##"<svg x="{x}" y="{y}" width="{QR_SIZE}" height="{QR_SIZE}" viewBox="0 0 {0} {0}" shape-rendering="crispEdges"><rect width="{0}" height="{0}" fill="#ffffff"/><path d="{1}" fill="#000000"/></svg>"##,
            qr.size,
            escape(&qr.path)
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::answers::{Choice, CompleteAnswers};
    use crate::content::ARGUMENTS;

    #[test]
    fn the_card_lists_the_arguments_in_the_order_they_were_asked_with_their_own_scores() {
        let answers = CompleteAnswers::from_digits("001230123021120").unwrap();
        let scores = Scores::of(&answers);
        let content = CardContent::result(Lang::En, &scores, &CardBrand::default());
        let asked: Vec<(String, u8)> = (0..ARGUMENTS.len())
            .map(|position| {
                let slot = crate::content::asked_argument(position);
                (ARGUMENTS[slot].title.en.to_owned(), scores.arguments[slot])
            })
            .collect();
        assert_eq!(content.bars, asked);
        assert_ne!(
            asked[0].0, ARGUMENTS[0].title.en,
            "the asked order is not the slots' order"
        );
    }

    #[test]
    fn the_card_shows_score_band_and_every_argument() {
        let scores = Scores::of(&CompleteAnswers::uniform(Choice::new(2).unwrap()));
        let svg = draw_card(
            &CardContent::result(Lang::En, &scores, &CardBrand::default()),
            CardColours::default(),
        );
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
        let svg = draw_card(
            &CardContent::result(Lang::De, &scores, &CardBrand::default()),
            colours,
        );
        assert!(!svg.contains("<script>"));
    }

    #[test]
    fn the_card_carries_the_consultant_the_address_and_the_contact() {
        let scores = Scores::of(&CompleteAnswers::uniform(Choice::LOWEST));
        let brand = CardBrand {
            name: Some("Muster & Partner Beratung".to_owned()),
            check_address: "https://beratung.example.org/check/".to_owned(),
            contact: Some(CardBrand::readable_contact(
                "mailto:hallo@example.org?subject=Check",
            )),
        };
        for lang in Lang::ALL {
            let svg = draw_card(
                &CardContent::result(lang, &scores, &brand),
                CardColours::default(),
            );
            // The name, whole, on one or two lines.
            assert!(svg.contains(">Muster &amp; Partner"), "{svg}");
            assert!(svg.contains("Beratung<"), "{svg}");
            assert!(!svg.contains('…'), "nothing is cut: {svg}");
            assert!(svg.contains("beratung.example.org/check<"), "{svg}");
            assert!(svg.contains("hallo@example.org<"), "{svg}");
            assert!(!svg.contains("subject"), "{svg}");
            // The QR code of the check's address: a nested SVG with its path.
            let qr = qr_svg(&brand.check_address).unwrap();
            assert!(svg.contains(&qr.path), "the QR code is drawn");
        }
    }

    #[test]
    fn contact_links_become_readable_text() {
        assert_eq!(CardBrand::readable_contact("tel:+49301234"), "+49301234");
        assert_eq!(
            CardBrand::readable_contact("https://example.org/termin?x=1"),
            "https://example.org/termin?x=1"
        );
        assert_eq!(CardBrand::readable_contact("mailto:a@b.de"), "a@b.de");
        assert_eq!(
            CardBrand::readable_contact("MAILTO:a@b.de?subject=Check"),
            "a@b.de"
        );
        assert_eq!(
            CardBrand::readable_contact("Tel:+49 30 1234"),
            "+49 30 1234"
        );
    }
}
