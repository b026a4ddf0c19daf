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
mod slides;

pub use app::WorkshopApp;
