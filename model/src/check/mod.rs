//! The check: what a visitor answers, how the answers are scored, and how they travel.
//!
//! [`answers`] holds what the check asks and what a visitor chose, [`quiz`] the check's reducer (its
//! screens and actions), [`scoring`] the scores, band and next steps derived from complete answers,
//! [`code`] the compact answer code, and [`link`] the result and progress links built from it.
//!
//! This domain reads the content (the questions, options and plan it scores against) and the settings'
//! percent-coding; neither of them uses anything here.

pub mod answers;
pub mod code;
pub mod length;
pub mod link;
pub mod quiz;
pub mod scoring;
