//! The check (`index.html`): the start screen, the questions with their debunk cards, and the visitor's
//! result or a result someone shared, with sharing, the lead form and sending to a workshop.

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
