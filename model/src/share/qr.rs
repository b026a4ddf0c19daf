//! The QR code of a result link, as an SVG path.

use qrcodegen::{QrCode, QrCodeEcc};

/// The blank border a QR code needs around it to be read reliably, in modules.
const QUIET_ZONE: i32 = 4;

/// A QR code drawn as one SVG path of unit squares, for a `viewBox` of `size × size`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// The width and height in modules, quiet zone included.
    pub size: i32,
    /// The dark modules, as runs of unit squares.
    pub path: String,
}

/// The QR code of `text` at error-correction level M (about 15 % of the code may be damaged or hidden),
/// or `None` if the text is too long for any QR code.
pub fn qr_svg(text: &str) -> Option<QrSvg> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let width = code.size();
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            // A horizontal run of dark modules becomes one rectangle, which keeps the path short.
            let start = x;
            while x < width && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            path.push_str(&format!(
                "M{} {}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            ));
        }
    }
    Some(QrSvg {
        size: width + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_result_link_fits_a_small_qr_code() {
        let link = "https://beratung.example/social-media-check/#r=123RCY1JDTP863";
        let qr = qr_svg(link).unwrap();
        // Version 4 is 33 modules wide; with the quiet zone, 41.
        assert!(qr.size <= 41, "{}", qr.size);
        assert!(qr.path.starts_with('M') && qr.path.ends_with('z'));
    }

    #[test]
    fn the_three_finder_patterns_are_drawn() {
        // Each finder pattern starts with a run of seven dark modules on its top row.
        let qr = qr_svg("x").unwrap();
        let q = QUIET_ZONE;
        let right = qr.size - q - 7;
        let bottom = qr.size - q - 7;
        for (x, y) in [(q, q), (right, q), (q, bottom)] {
            assert!(qr.path.contains(&format!("M{x} {y}h7v1h-7z")), "({x}, {y})");
        }
    }

    #[test]
    fn text_beyond_any_qr_code_is_refused() {
        assert_eq!(qr_svg(&"x".repeat(5_000)), None);
    }
}
