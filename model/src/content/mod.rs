//! Everything the check says, in one place: questions, options, debunk cards, facts with their sources,
//! goals, the five-step plan, the result bands, the score weights and the interface strings.
//!
//! Components only look texts up here; they never hold a sentence of their own. The facts and figures
//! come from the source material in `shared/seeds/` and name their source; the wording is ours.

mod arguments;
mod config_ui;
mod embed_ui;
mod goals;
mod plan;
mod ui;
mod workshop_ui;

pub use arguments::{ARGUMENTS, ARGUMENT_LEVELS};
pub use config_ui::{ConfigUi, CONFIG_UI};
pub use embed_ui::{EmbedUi, EMBED_UI};
pub use goals::{GOALS, IMPORTANCE_OPTIONS, REACH_OPTIONS};
pub use plan::{BANDS, BUSINESSES, BUSINESS_QUESTION, PLAN};
pub use ui::UI;
pub use workshop_ui::{WorkshopUi, WORKSHOP_UI};

use crate::text::Text;

/// How many options every single-choice question has.
pub const OPTION_COUNT: usize = 4;

/// A figure from the source material, with where it comes from.
#[derive(Debug)]
pub struct Fact {
    /// The figure in one short sentence of our own.
    pub statement: Text,
    /// Who said it and where, including the year, e.g. the original study and the text that quotes it.
    pub source: Text,
}

/// The five steps of the plan, in the order a business should take them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlanStep {
    Goal,
    Persona,
    Networks,
    Focus,
    Plan,
}

impl PlanStep {
    pub const ALL: [PlanStep; 5] = [
        PlanStep::Goal,
        PlanStep::Persona,
        PlanStep::Networks,
        PlanStep::Focus,
        PlanStep::Plan,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn content(self) -> &'static PlanStepContent {
        &PLAN[self.index()]
    }
}

/// What the result says about one step of the five-step plan.
#[derive(Debug)]
pub struct PlanStepContent {
    pub step: PlanStep,
    /// A short imperative title, e.g. "Define your goal".
    pub title: Text,
    /// One or two sentences with a concrete first action the user can take this week.
    pub action: Text,
}

/// One of the seven arguments against the myth "my customers are not on social media".
#[derive(Debug)]
pub struct Argument {
    /// A stable identifier, used in exports; never shown and never changed.
    pub key: &'static str,
    /// The argument's name, short enough for a chart label.
    pub title: Text,
    /// The question about the user's own situation.
    pub question: Text,
    /// The answers from "not at all" (index 0) to "fully" (index 3), worded for this argument.
    pub options: [Text; OPTION_COUNT],
    /// The argument explained in a few sentences of our own, shown after the user has answered.
    pub debunk: Text,
    pub fact: Fact,
    /// The argument's weight in the overall score, relative to the other arguments.
    pub weight: u32,
    /// The plan step that strengthens a business that answered this argument weakly.
    pub remedy: PlanStep,
}

/// One of the seven business goals social media can serve.
#[derive(Debug)]
pub struct Goal {
    /// A stable identifier, used in exports; never shown and never changed.
    pub key: &'static str,
    /// The goal's name, short enough for a chart label.
    pub title: Text,
    /// One sentence on what reaching this goal through social media looks like.
    pub description: Text,
    /// The plan step that brings this goal closer when it matters and is not yet reached.
    pub remedy: PlanStep,
}

/// An answer to the situation question: what kind of business the user runs.
#[derive(Debug)]
pub struct Business {
    pub key: &'static str,
    pub label: Text,
    /// Which networks to look at first for this kind of business; shown with the "networks" step.
    pub networks: Text,
}

/// A named range of the overall score.
#[derive(Debug)]
pub struct Band {
    /// The lowest overall score in this band; the bands are listed from the lowest up.
    pub min: u8,
    pub name: Text,
    pub summary: Text,
}

/// The interface strings. Placeholders in braces are filled with [`Text::fill`].
#[derive(Debug)]
pub struct Ui {
    pub app_title: Text,
    pub myth: Text,
    pub start_intro: Text,
    /// "About 3 minutes, {total} questions".
    pub start_duration: Text,
    pub privacy: Text,
    pub start_button: Text,
    /// "Question {n} of {total}".
    pub progress: Text,
    pub back: Text,
    pub next: Text,
    pub show_result: Text,
    pub restart: Text,
    pub restart_confirm: Text,
    pub restart_yes: Text,
    pub restart_no: Text,
    /// The label of the control that switches to the other language, written in that other language.
    pub switch_language: Text,
    pub choose_answer: Text,
    pub situation_heading: Text,
    /// "Argument {n} of 7".
    pub argument_label: Text,
    /// "Goal {n} of 7".
    pub goal_label: Text,
    pub goals_intro: Text,
    pub importance_legend: Text,
    pub reach_legend: Text,
    pub debunk_heading: Text,
    pub fact_label: Text,
    pub source_label: Text,
    pub result_heading: Text,
    pub overall_label: Text,
    /// "{score} of 100".
    pub score_of_100: Text,
    pub per_argument_heading: Text,
    pub per_goal_heading: Text,
    pub table_argument: Text,
    pub table_goal: Text,
    pub table_score: Text,
    pub table_importance: Text,
    pub next_steps_heading: Text,
    /// "Because {argument} is one of your weakest points."
    pub reason_argument: Text,
    /// "Because {goal} matters to you and is not reached yet."
    pub reason_goal: Text,
    pub reason_none: Text,
    pub notice_discarded: Text,
    /// Storage refused to save: the answers last only while the page is open.
    pub notice_not_saved: Text,
    pub dismiss: Text,
    /// The words after a score on the share image: "of 100".
    pub out_of_100: Text,
    pub share_heading: Text,
    /// What a result link contains, and what it does not.
    pub share_note: Text,
    pub share_link_label: Text,
    pub copy_link: Text,
    pub link_copied: Text,
    pub copy_failed: Text,
    pub share_button: Text,
    /// The text that goes with a shared link: "{score}" and "{band}".
    pub share_text: Text,
    pub download_image: Text,
    pub image_failed: Text,
    /// The download's file name, without extension.
    pub image_file_name: Text,
    pub print: Text,
    /// The QR code's accessible name.
    pub qr_label: Text,
    pub qr_caption: Text,
    /// The heading of a result someone else shared.
    pub shared_heading: Text,
    pub shared_note: Text,
    pub take_check: Text,
    pub link_error_heading: Text,
    /// A result link with no readable code.
    pub link_unreadable: Text,
    /// A result link whose checksum does not match.
    pub link_changed: Text,
    /// A result link from a newer version of the check.
    pub link_newer: Text,
    /// A result link of a check that was not finished.
    pub link_unfinished: Text,
}

/// The arguments' share of the overall score, against [`GOAL_SHARE`]: the arguments weigh 3 to 2.
pub const ARGUMENT_SHARE: u32 = 3;
/// The goals' share of the overall score, against [`ARGUMENT_SHARE`].
pub const GOAL_SHARE: u32 = 2;
