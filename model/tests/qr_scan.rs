//! Reading result QR codes from camera frames: generated frames with codes straight, small, tilted,
//! blurred and several at once, as the workshop's scanner sees them.

mod common;

use common::frames::{frame, rgba, Placement, HEIGHT, WIDTH};
use model::workshop::qr_scan::QrReader;

const ANNA: &str = "https://beratung.example.de/social-media-check/#r=10GY37GCKESZBK&n=Anna";
const BEN: &str = "https://beratung.example.de/social-media-check/#r=10YN4TM6MCCV8J";

fn centred(module: f64, degrees: f64) -> Placement {
    Placement {
        centre: (320.0, 240.0),
        module,
        degrees,
    }
}

fn read(texts: &[&str], placements: &[Placement], blur: usize) -> Vec<String> {
    QrReader::default().read_rgba(WIDTH, HEIGHT, &rgba(&frame(texts, placements, blur)))
}

#[test]
fn a_code_held_straight_is_read() {
    assert_eq!(read(&[ANNA], &[centred(5.0, 0.0)], 0), [ANNA]);
}

#[test]
fn a_small_code_is_read() {
    // 111 pixels wide (37 modules of 3 pixels): a phone at arm's length from a laptop camera.
    assert_eq!(read(&[BEN], &[centred(3.0, 0.0)], 0), [BEN]);
    assert_eq!(read(&[BEN], &[centred(3.0, 30.0)], 0), [BEN]);
}

#[test]
fn tilted_codes_are_read() {
    for degrees in [10.0, 30.0, 45.0, -20.0] {
        assert_eq!(
            read(&[ANNA], &[centred(4.0, degrees)], 0),
            [ANNA],
            "{degrees}°"
        );
    }
}

#[test]
fn a_blurred_code_is_read() {
    // A three-pixel box blur over modules of four pixels, and a five-pixel one over modules of five.
    assert_eq!(read(&[ANNA], &[centred(4.0, 15.0)], 1), [ANNA]);
    assert_eq!(read(&[ANNA], &[centred(5.0, 30.0)], 2), [ANNA]);
}

#[test]
fn several_codes_in_one_frame_are_all_read() {
    let left = Placement {
        centre: (160.0, 240.0),
        module: 4.0,
        degrees: 5.0,
    };
    let right = Placement {
        centre: (480.0, 240.0),
        module: 4.0,
        degrees: -8.0,
    };
    let mut texts = read(&[ANNA, BEN], &[left, right], 0);
    texts.sort();
    assert_eq!(texts, [ANNA, BEN]);
}

#[test]
fn a_frame_without_a_code_or_of_the_wrong_size_holds_nothing() {
    let empty = rgba(&frame(&[], &[], 0));
    let mut reader = QrReader::default();
    assert!(reader.read_rgba(WIDTH, HEIGHT, &empty).is_empty());
    assert!(reader.read_rgba(WIDTH + 1, HEIGHT, &empty).is_empty());
    assert!(reader.read_rgba(usize::MAX, 2, &empty).is_empty());
    // The reader keeps working after frames it could not use.
    let code = rgba(&frame(&[BEN], &[centred(4.0, 0.0)], 0));
    assert_eq!(reader.read_rgba(WIDTH, HEIGHT, &code), [BEN]);
}
