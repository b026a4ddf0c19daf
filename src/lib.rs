//! The Yew front end of Social-Media-Check.
//!
//! It renders the pure model (the `model` crate) and keeps the only side effects of the app: saving to
//! `localStorage`, moving focus and setting the document's language. Nothing here decides a score or a text.

mod app;
pub mod components;
pub mod dom;
mod host;
pub mod settings;
mod share_worker;
mod sharing;
mod state;
pub mod storage;
pub mod workshop;

pub use app::{App, AppProps};

/// The element the app renders into. `index.html` fills it with a static start screen, so a slow phone
/// shows the start page before the wasm has loaded; the app replaces that content when it starts.
pub(crate) const ROOT_ID: &str = "app";

/// Starts the app in the page, once the site owner's settings are read: rendering before would show the
/// check unbranded for a moment and then repaint it.
pub fn run() {
    yew::platform::spawn_local(async {
        let settings = settings::load().await;
        settings::report(
            &settings.problems,
            settings.config.lang.unwrap_or_default(),
        );
        settings::apply_colours(&settings.config);
        let embedded = host::is_embedded();
        if embedded {
            dom::mark_embedded();
            host::report_height();
        }
        let root = dom::take_over_root(ROOT_ID);
        let props = AppProps {
            settings: std::rc::Rc::new(settings),
        };
        yew::Renderer::<App>::with_root_and_props(root, props).render();
        dom::register_service_worker_later();
    });
}
