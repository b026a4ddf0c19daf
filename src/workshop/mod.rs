//! The workshop screen: the facilitator invites participants to the check, collects their result links,
//! and shows the group's picture, with a presentation mode for the projector. Like the check, it keeps
//! everything in this browser.

mod app;
mod collect;
mod distribution_chart;
mod group;
mod join;
mod participants;
mod scanner;
mod state;

pub use app::WorkshopApp;

use crate::dom;

/// Starts the workshop screen in the page.
pub fn run() {
    let root = dom::take_over_root(crate::ROOT_ID);
    yew::Renderer::<WorkshopApp>::with_root(root).render();
    dom::register_service_worker_later();
}
