//! The app's components. Each takes the language and the data it shows as props and reports what the
//! user did through `on<verb>` callbacks; none keeps state beyond what it shows, none writes storage.

pub mod bar_chart;
pub mod choice_group;
pub mod debunk_card;
pub mod header;
pub mod lead_form;
pub mod notice;
pub mod own_result;
pub mod page_bar;
pub mod preview_notice;
pub mod qr_code;
pub mod question;
pub mod result;
pub mod score_gauge;
pub mod send_to_facilitator;
pub mod share_panel;
pub mod shared_result;
pub mod shell;
pub mod start;
