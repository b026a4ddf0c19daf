//! The share image: the result as a 1200 × 630 SVG (the size social networks show in a link preview).
//!
//! The card is built here as text, so its layout is tested natively; the app only draws it onto a canvas
//! to turn it into a PNG.

use crate::config::Colour;
use crate::content::{ARGUMENTS, UI, WORKSHOP_UI};
use crate::qr::qr_svg;
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
    /// The contact as text from a contact link: `mailto:` and `tel:` give way to the address or number, and
    /// a query (a prepared subject) is left out.
    pub fn contact_text(link: &str) -> String {
        let bare = link
            .strip_prefix("mailto:")
            .or_else(|| link.strip_prefix("tel:"))
            .unwrap_or(link);
        match bare.split_once('?') {
            Some((before, _)) if link.starts_with("mailto:") => before.to_owned(),
            _ => bare.to_owned(),
        }
    }
}

/// The SVG of the share image for these scores, from `brand`'s check.
pub fn result_card_svg(
    lang: Lang,
    scores: &Scores,
    colours: CardColours,
    brand: &CardBrand,
) -> String {
    card_svg(
        &Headline {
            title: brand.name.as_deref().unwrap_or(UI.app_title.get(lang)),
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
        Some(Footer { lang, brand }),
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
        None,
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

/// The line at the bottom of a result card: where to take the check, and whom to contact.
struct Footer<'a> {
    lang: Lang,
    brand: &'a CardBrand,
}

/// Where each bar row starts and how far apart the rows are, with and without a footer.
const FIRST_ROW: u32 = 110;
const ROW_SPACING: u32 = 56;

/// The card's layout: the product (or the consultant) and a headline score on the left, one bar per row on
/// the right, and for a result the check's address with its QR code and the contact at the bottom right.
fn card_svg<'a>(
    headline: &Headline,
    heading: &str,
    bars: impl Iterator<Item = (&'a str, u8)>,
    colours: CardColours,
    footer: Option<Footer>,
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
        r##"<text x="500" y="70" font-size="30" font-weight="700" fill="#1d2433">{}</text>"##,
        escaped(heading),
    ));
    for (row, (label, score)) in bars.enumerate() {
        let top = FIRST_ROW + ROW_SPACING * row as u32;
        let length = 560 * u32::from(score) / 100;
        svg.push_str(&format!(
            r##"<text x="500" y="{}" font-size="24" fill="#1d2433">{}</text><text x="1150" y="{}" font-size="24" font-weight="700" fill="#1d2433" text-anchor="end">{score}</text><rect x="500" y="{}" width="560" height="16" rx="8" fill="#e4e9f0"/><rect x="500" y="{}" width="{length}" height="16" rx="8" fill="{}"/>"##,
            top + 22,
            escaped(label),
            top + 22,
            top + 32,
            top + 32,
            escaped(&colours.primary),
        ));
    }
    if let Some(Footer { lang, brand }) = footer {
        let address = UI
            .check_address
            .fill(lang, &[("address", without_scheme(&brand.check_address))]);
        svg.push_str(&format!(
            r##"<text x="500" y="540" font-size="22" fill="#1d2433">{}</text>"##,
            escaped(&address)
        ));
        if let Some(contact) = &brand.contact {
            let line = UI.contact_line.fill(lang, &[("contact", contact)]);
            svg.push_str(&format!(
                r##"<text x="500" y="580" font-size="22" font-weight="700" fill="#1d2433">{}</text>"##,
                escaped(&line)
            ));
        }
        if let Some(qr) = qr_svg(&brand.check_address) {
            // 100 px square at the bottom right; the code's own quiet zone keeps it apart from the text.
            svg.push_str(&format!(
                r##"<svg x="1080" y="510" width="110" height="110" viewBox="0 0 {0} {0}" shape-rendering="crispEdges"><rect width="{0}" height="{0}" fill="#ffffff"/><path d="{1}" fill="#000000"/></svg>"##,
                qr.size,
                escaped(&qr.path)
            ));
        }
    }
    svg.push_str("</svg>");
    svg
}

/// An address as people read it aloud: without `https://` and a trailing slash.
fn without_scheme(address: &str) -> &str {
    let bare = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("http://"))
        .unwrap_or(address);
    bare.strip_suffix('/').unwrap_or(bare)
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
        let svg = result_card_svg(
            Lang::En,
            &scores,
            CardColours::default(),
            &CardBrand::default(),
        );
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
        let brand = CardBrand {
            name: Some("<script>alert(1)</script>".to_owned()),
            check_address: "https://example.org/?a=<script>".to_owned(),
            contact: Some("</text><script>".to_owned()),
        };
        let svg = result_card_svg(Lang::De, &scores, colours, &brand);
        assert!(!svg.contains("<script>"));
    }

    #[test]
    fn the_card_carries_the_consultant_the_address_and_the_contact() {
        let scores = Scores::of(&CompleteAnswers::uniform(Choice::LOWEST));
        let brand = CardBrand {
            name: Some("Muster & Partner Beratung".to_owned()),
            check_address: "https://beratung.example.org/check/".to_owned(),
            contact: Some(CardBrand::contact_text(
                "mailto:hallo@example.org?subject=Check",
            )),
        };
        for lang in Lang::ALL {
            let svg = result_card_svg(lang, &scores, CardColours::default(), &brand);
            assert!(svg.contains(">Muster &amp; Partner Beratung<"), "{svg}");
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
        assert_eq!(CardBrand::contact_text("tel:+49301234"), "+49301234");
        assert_eq!(
            CardBrand::contact_text("https://example.org/termin?x=1"),
            "https://example.org/termin?x=1"
        );
        assert_eq!(CardBrand::contact_text("mailto:a@b.de"), "a@b.de");
    }
}
