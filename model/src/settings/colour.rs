use crate::url::push_hex;
/// A colour given as `#rrggbb` or `#rgb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colour([u8; 3]);

impl Colour {
    /// Reads `#rrggbb` or `#rgb`; the `#` may be left out, since it has to be escaped in a URL.
    pub fn parse(text: &str) -> Option<Colour> {
        let hex = text.strip_prefix('#').unwrap_or(text);
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
        let channel = |i: usize| match hex.len() {
            3 => digit(i).map(|d| d * 17),
            6 => Some(digit(2 * i)? * 16 + digit(2 * i + 1)?),
            _ => None,
        };
        Some(Colour([channel(0)?, channel(1)?, channel(2)?]))
    }

    /// The colour as CSS, `#RRGGBB`.
    pub fn css(self) -> String {
        let mut css = String::from("#");
        for channel in self.0 {
            push_hex(&mut css, channel);
        }
        css
    }

    /// The colour, darkened just enough to be read as text on white (a contrast of 4.5:1, WCAG AA), so a
    /// light brand colour still gives readable links, outlines and white button labels.
    pub fn readable_on_white(self) -> Colour {
        let mut colour = self;
        while contrast_with_white(colour) < 4.5 {
            colour = Colour(colour.0.map(|c| (u16::from(c) * 9 / 10) as u8));
        }
        colour
    }
}

/// The contrast ratio of `colour` with white, as WCAG defines it but with the sRGB curve taken as a plain
/// square. That never overstates the contrast of a colour light enough to matter (it errs towards darker
/// colours), and spares the first view the code of a general power function.
fn contrast_with_white(colour: Colour) -> f32 {
    let [r, g, b] = colour.0.map(|c| {
        let c = f32::from(c) / 255.0;
        c * c
    });
    let luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    1.05 / (luminance + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_read_strictly_and_made_readable() {
        assert_eq!(Colour::parse("#fff"), Some(Colour([255, 255, 255])));
        for bad in ["", "#", "#ff", "#ffff", "red", "#ggg", "#1234567", "#ä12"] {
            assert_eq!(Colour::parse(bad), None, "{bad}");
        }
        // The exact WCAG 2 formula, to check the cheaper one the app uses.
        let wcag_contrast = |colour: Colour| {
            let [r, g, b] = colour.0.map(|c| {
                let c = f64::from(c) / 255.0;
                if c <= 0.04045 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            });
            1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)
        };
        for value in 0..=0xfffu32 {
            let colour = Colour(
                [value >> 8, (value >> 4) & 15, value & 15].map(|nibble| (nibble * 17) as u8),
            );
            let readable = colour.readable_on_white();
            assert!(
                wcag_contrast(readable) >= 4.5,
                "{colour:?} became {readable:?}"
            );
            if wcag_contrast(colour) >= 5.5 {
                assert_eq!(readable, colour, "{colour:?} was readable already");
            }
        }
        let dark = Colour::parse("#0b5cad").unwrap();
        assert_eq!(dark.readable_on_white(), dark);
    }
}
