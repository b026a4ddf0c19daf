//! Compares the QR decoders the workshop's scanner could use, on the same generated camera frames
//! (640 × 480; codes small, tilted, blurred, two at once), and times the chosen one.
//!
//! Usage: `cargo run --release -p model --example qr_decoders`
//!
//! rqrr is compared here as a dev-dependency; bardecoder is not, as it needs the `image` crate, whose
//! size (the issue measured 43 KB gzip for it) and build time already rule it out beside quircs's 16 KB.

use model::workshop::qr_scan::QrReader;
use std::time::Instant;

#[path = "../tests/common/frames.rs"]
mod frames;
use frames::{frame, rgba, Placement, HEIGHT, WIDTH};

const TEXT: &str = "https://beratung.example.de/social-media-check/#r=10GY37GCKESZBK&n=Anna";
const OTHER: &str = "https://beratung.example.de/social-media-check/#r=10YN4TM6MCCV8J";

fn rqrr_read(luma: &[u8]) -> Vec<String> {
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(WIDTH, HEIGHT, |x, y| luma[y * WIDTH + x]);
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

fn main() {
    let mut reader = QrReader::default();
    let (mut quircs_read, mut rqrr_read_count, mut total) = (0, 0, 0);
    println!("module px  degrees  blur  quircs  rqrr");
    for module in [2.0, 2.5, 3.0, 4.0, 5.0] {
        for degrees in [0.0, 15.0, 30.0, 45.0] {
            for blur in [0, 1, 2] {
                let placement = Placement {
                    centre: (320.0, 240.0),
                    module,
                    degrees,
                };
                let luma = frame(&[TEXT], &[placement], blur);
                let by_quircs = reader.read_rgba(WIDTH, HEIGHT, &rgba(&luma)) == [TEXT];
                let by_rqrr = rqrr_read(&luma) == [TEXT];
                total += 1;
                quircs_read += usize::from(by_quircs);
                rqrr_read_count += usize::from(by_rqrr);
                println!("{module:9}  {degrees:7}  {blur:4}  {by_quircs:6}  {by_rqrr:5}");
            }
        }
    }
    let two = frame(
        &[TEXT, OTHER],
        &[
            Placement {
                centre: (160.0, 240.0),
                module: 4.0,
                degrees: 5.0,
            },
            Placement {
                centre: (480.0, 240.0),
                module: 4.0,
                degrees: -8.0,
            },
        ],
        0,
    );
    println!(
        "two codes: quircs {} rqrr {}",
        reader.read_rgba(WIDTH, HEIGHT, &rgba(&two)).len(),
        rqrr_read(&two).len()
    );
    println!("read: quircs {quircs_read}/{total}, rqrr {rqrr_read_count}/{total}");

    let typical = rgba(&frame(
        &[TEXT],
        &[Placement {
            centre: (300.0, 250.0),
            module: 4.0,
            degrees: 12.0,
        }],
        1,
    ));
    let typical_luma: Vec<u8> = typical.chunks_exact(4).map(|pixel| pixel[0]).collect();
    let quircs_ms = median_ms(|| reader.read_rgba(WIDTH, HEIGHT, &typical));
    let rqrr_ms = median_ms(|| rqrr_read(&typical_luma));
    println!("median per 640 × 480 frame (native, release): quircs {quircs_ms:.2} ms, rqrr {rqrr_ms:.2} ms");
}

/// The median time of 50 runs of `read`, in milliseconds: a stray slow run does not move it.
fn median_ms(mut read: impl FnMut() -> Vec<String>) -> f64 {
    let runs = 50;
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(read());
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}
