//! The components more than one page uses; a page's own components live in its folder under `pages/`.
//! Each takes the language and the data it shows as props and reports what the user did through
//! `on<verb>` callbacks; none keeps state beyond what it shows, none writes storage.

pub mod chart;
pub mod notice;
pub mod page_bar;
pub mod qr_code;
