//! Camera frames made natively: QR codes drawn into a grey 640 × 480 picture, scaled, tilted and blurred as
//! a laptop camera sees a phone held up to it. The QR decoder's tests and its benchmark read these.

use qrcodegen::{QrCode, QrCodeEcc};

pub const WIDTH: usize = 640;
pub const HEIGHT: usize = 480;

/// One code in a frame.
#[derive(Clone, Copy, Debug)]
pub struct Placement {
    /// Its centre, in pixels.
    pub centre: (f64, f64),
    /// The width of one module, in pixels.
    pub module: f64,
    /// How far it is turned, in degrees.
    pub degrees: f64,
}

/// A frame of brightness values with the QR codes of `texts` at `placements`, then blurred with a box
/// blur of `blur` pixels' radius (0 for none).
pub fn frame(texts: &[&str], placements: &[Placement], blur: usize) -> Vec<u8> {
    // A mid-grey, slightly uneven background, as a room behind a phone is.
    let mut pixels: Vec<u8> = (0..WIDTH * HEIGHT)
        .map(|i| 150 + ((i % WIDTH) * 40 / WIDTH) as u8)
        .collect();
    for (text, placement) in texts.iter().zip(placements) {
        let code = QrCode::encode_text(text, QrCodeEcc::Medium).expect("fits a QR code");
        // The phone's white screen around the code: a quiet zone of four modules.
        let size = f64::from(code.size() + 8);
        let (sin, cos) = placement.degrees.to_radians().sin_cos();
        for y in 0..HEIGHT {
            for x in 0..WIDTH {
                let (dx, dy) = (x as f64 - placement.centre.0, y as f64 - placement.centre.1);
                // Turned back into the code's own coordinates, in modules from its top left corner.
                let u = (cos * dx + sin * dy) / placement.module + size / 2.0;
                let v = (-sin * dx + cos * dy) / placement.module + size / 2.0;
                if u < 0.0 || v < 0.0 || u >= size || v >= size {
                    continue;
                }
                let (mx, my) = (u.floor() as i32 - 4, v.floor() as i32 - 4);
                pixels[y * WIDTH + x] = if code.get_module(mx, my) { 30 } else { 235 };
            }
        }
    }
    if blur > 0 {
        pixels = box_blur(&pixels, blur);
    }
    pixels
}

/// The frame as RGBA, as a canvas hands it over.
pub fn rgba(luma: &[u8]) -> Vec<u8> {
    luma.iter().flat_map(|&l| [l, l, l, 255]).collect()
}

/// A box blur, horizontal then vertical, clamped at the edges.
fn box_blur(pixels: &[u8], radius: usize) -> Vec<u8> {
    let pass = |source: &[u8], horizontal: bool| -> Vec<u8> {
        let mut out = vec![0; source.len()];
        for y in 0..HEIGHT {
            for x in 0..WIDTH {
                let (mut sum, mut n) = (0u32, 0u32);
                for offset in 0..=2 * radius {
                    let (sx, sy) = if horizontal {
                        ((x + offset).checked_sub(radius), Some(y))
                    } else {
                        (Some(x), (y + offset).checked_sub(radius))
                    };
                    if let (Some(sx), Some(sy)) = (sx, sy) {
                        if sx < WIDTH && sy < HEIGHT {
                            sum += u32::from(source[sy * WIDTH + sx]);
                            n += 1;
                        }
                    }
                }
                out[y * WIDTH + x] = (sum / n) as u8;
            }
        }
        out
    };
    pass(&pass(pixels, true), false)
}
