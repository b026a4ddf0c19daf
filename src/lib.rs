//! The Yew front end of Social-Media-Check.
//!
//! It renders the pure model (the `model` crate) and keeps the only side effects of the app: saving to
//! `localStorage`, moving focus and setting the document's language. Nothing here decides a score or a text.

mod app;
pub mod components;
pub mod dom;
mod share_worker;
mod sharing;
mod state;
pub mod storage;
pub mod workshop;

pub use app::App;

/// The element the app renders into. `index.html` fills it with a static start screen, so a slow phone
/// shows the start page before the wasm has loaded; the app replaces that content when it starts.
pub(crate) const ROOT_ID: &str = "app";

/// Starts the app in the page.
pub fn run() {
    let root = dom::take_over_root(ROOT_ID);
    yew::Renderer::<App>::with_root(root).render();
    dom::register_service_worker_later();
}
