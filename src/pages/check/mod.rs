//! The check (`index.html`): the start screen, the questions with their debunk cards, and the visitor's
//! result or a result someone shared, with sharing, the lead form and sending to a workshop. `App` holds
//! the check's state and runs its effects through the hooks in `hooks.rs`.
//!
//! The views take the language and the data they show as props and report what the user did through
//! `on<verb>` callbacks, and none writes storage. Views without hooks are plain functions, not components
//! (see [`crate::components`]). The lead form keeps state of its own, its fields and
//! its sending (`model::lead::LeadForm`, through `crate::state::State`); a few others keep what only they
//! show, such as the share panel's status line or the participant's name in the panel that sends a result
//! to a workshop.

mod app;
pub mod bar_chart;
pub mod choice_group;
pub mod debunk_card;
pub mod header;
mod hooks;
pub mod lead_form;
pub mod own_result;
pub mod preview_notice;
pub mod question;
pub mod result;
pub mod score_gauge;
pub mod send_to_facilitator;
pub mod share_panel;
pub mod shared_result;
pub mod shell;
pub mod start;

pub use app::App;
