//! The Yew front end of Social-Media-Check.
//!
//! It renders the pure model (the `model` crate) and keeps the only side effects of the app: saving to
//! `localStorage`, moving focus and setting the document's language. Nothing here decides a score or a text.

mod app;
pub mod components;
pub mod dom;
pub mod embed_page;
pub(crate) mod host;
pub mod result_page;
pub mod settings;
mod share_worker;
mod sharing;
mod state;
pub mod storage;
pub mod workshop;

pub use app::{App, AppProps};
use settings::Settings;
use std::rc::Rc;

/// The element the app renders into. `index.html` fills it with a static start screen, so a slow phone
/// shows the start page before the wasm has loaded; the app replaces that content when it starts.
pub(crate) const ROOT_ID: &str = "app";

/// Starts the check in the page.
pub fn run() {
    start_page(|root, settings| {
        yew::Renderer::<App>::with_root_and_props(root, AppProps { settings }).render();
    });
}

/// Starts a page of the app (the check, the workshop screen, the embed page) once the site owner's
/// settings are read: rendering before would show the page unbranded for a moment and then repaint it.
pub(crate) fn start_page(render: impl FnOnce(web_sys::Element, Rc<Settings>) + 'static) {
    yew::platform::spawn_local(async {
        let settings = settings::load().await;
        settings::report(&settings.problems, settings.config.lang.unwrap_or_default());
        settings::apply_colours(&settings.config);
        if host::is_embedded() {
            dom::mark_embedded();
            host::report_height();
            host::connect(&settings.config.host_origins, !storage::is_available()).await;
        }
        render(dom::take_over_root(ROOT_ID), Rc::new(settings));
        dom::register_service_worker_later();
    });
}
