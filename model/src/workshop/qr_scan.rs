//! Reading QR codes from camera frames, for the workshop's scanner where the browser has no barcode
//! detector. The frames come from the app's scan worker as RGBA pixels; the decoding is pure Rust (quircs),
//! so it is tested natively on generated frames.

/// Reads QR codes from frames of one size after another, reusing its buffers between frames.
#[derive(Default)]
pub struct QrReader {
    decoder: quircs::Quirc,
    luma: Vec<u8>,
}

impl QrReader {
    /// The texts of every readable QR code in a frame of `width × height` RGBA pixels (4 bytes each, as a
    /// canvas's `ImageData` holds them), in the order the decoder finds them, without repeats. A frame
    /// whose size does not match its pixels holds nothing.
    pub fn read_rgba(&mut self, width: usize, height: usize, rgba: &[u8]) -> Vec<String> {
        if width.checked_mul(height).and_then(|n| n.checked_mul(4)) != Some(rgba.len()) {
            return Vec::new();
        }
        self.luma.clear();
        // Integer Rec. 601 weights: the brightness the decoder thresholds.
        self.luma.extend(rgba.chunks_exact(4).map(|pixel| {
            let [r, g, b] = [pixel[0], pixel[1], pixel[2]].map(u32::from);
            ((299 * r + 587 * g + 114 * b) / 1000) as u8
        }));
        let luma = std::mem::take(&mut self.luma);
        let texts = self.read_luma(width, height, &luma);
        self.luma = luma;
        texts
    }

    /// The texts of every readable QR code in a frame of `width × height` brightness values.
    pub fn read_luma(&mut self, width: usize, height: usize, luma: &[u8]) -> Vec<String> {
        if width.checked_mul(height) != Some(luma.len()) {
            return Vec::new();
        }
        let mut texts: Vec<String> = Vec::new();
        for code in self.decoder.identify(width, height, luma) {
            let Ok(code) = code else { continue };
            let Ok(data) = code.decode() else { continue };
            let Ok(text) = String::from_utf8(data.payload) else {
                continue;
            };
            if !texts.contains(&text) {
                texts.push(text);
            }
        }
        texts
    }
}
