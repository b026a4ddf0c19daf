//! Everything the check says, in one place: questions, options, debunk cards, facts with their sources,
//! goals, the five-step plan, the result bands, the score weights and the interface strings.
//!
//! Components only look texts up here; they never hold a sentence of their own. Every fact names its
//! publisher, study, year and base (the README's "Sources" lists them); the wording is ours.

mod arguments;
mod config_ui;
mod counting_ui;
mod embed_ui;
mod goals;
mod lead_ui;
mod plan;
mod send_ui;
mod ui;
mod workshop_ui;

pub use arguments::{
    arguments_as_asked, asked_argument, asked_position, ARGUMENTS, ARGUMENT_LEVELS, ASKED_ORDER,
};
pub use config_ui::{ConfigUi, CONFIG_UI};
pub use counting_ui::{CountingUi, COUNTING_UI};
pub use embed_ui::{EmbedUi, EMBED_UI};
pub use goals::{GOALS, GOAL_OPTIONS, IMPORTANCE_OPTIONS, REACH_OPTIONS};
pub use lead_ui::{LeadUi, LEAD_UI};
pub use plan::{
    BANDS, BUSINESSES, BUSINESS_COUNT, BUSINESS_QUESTION, BUSINESS_STEPS, LOCAL_REVIEWS,
    NAME_ALERT, PLAN, QUICK_WINS, RESULT_NOTES,
};
pub use send_ui::{SendUi, SEND_UI};
pub use ui::UI;
pub use workshop_ui::{WorkshopUi, WORKSHOP_UI};

use crate::text::{Lang, Text};

/// How many options every single-choice question has.
pub const OPTION_COUNT: usize = 4;

/// A figure or research finding, with where it comes from.
#[derive(Debug)]
pub struct Fact {
    /// The figure in one or two sentences of our own. A historical fact names its year, in the past tense.
    pub statement: Text,
    /// What the figure means for a small business, in one sentence of our own.
    pub meaning: Text,
    /// Who published it: the institute, the association or the authors.
    pub publisher: Text,
    /// The study's title, or the kind of study where it has no title of its own.
    pub title: Text,
    /// The year the study was published.
    pub year: u16,
    /// Who was asked or studied, e.g. "Menschen ab 14 in Deutschland".
    pub base: Text,
    /// Where the study can be read, where a stable address is known.
    pub link: Option<&'static str>,
    /// What a reader needs to weigh the figure: who paid for the study, or what it does not show.
    pub caveat: Option<Text>,
    pub era: Era,
}

impl Fact {
    /// The source as the card shows it: "ARD/ZDF-Forschungskommission: ARD/ZDF-Medienstudie 2025". The year
    /// follows in brackets unless the title names it already ("Pressemitteilung vom 2. März 2026").
    pub fn source(&self, lang: Lang) -> String {
        let year = self.year.to_string();
        let title = self.title.get(lang);
        let mut source = [self.publisher.get(lang), ": ", title].concat();
        if !title.contains(&year) {
            source += &[" (", &year, ")"].concat();
        }
        source
    }

    /// The source with its base, as the card's folded part and the README show it: "…: ARD/ZDF-Medienstudie
    /// 2025; 2.512 Befragte ab 14 in Deutschland".
    pub fn citation(&self, lang: Lang) -> String {
        [self.source(lang).as_str(), "; ", self.base.get(lang)].concat()
    }
}

/// Whether a fact is shown as the current state or as history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Era {
    /// A figure from the last three years, stated in the present tense.
    Current,
    /// An older finding, stated with its year in the past tense, such as a study that still explains
    /// something today.
    History,
}

/// A saying, shown as a quote with its attribution and never among the figures.
#[derive(Debug)]
pub struct Quote {
    /// The words, in their real wording (translated for German, and said so in the attribution).
    pub words: Text,
    /// Who is said to have said it, when, and whether that is confirmed ("zugeschrieben").
    pub attribution: Text,
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

/// What the result says about one step of the five-step plan; the concrete action depends on the kind of
/// business ([`Business::actions`]).
#[derive(Debug)]
pub struct PlanStepContent {
    pub step: PlanStep,
    /// A short title, e.g. "Define your goal".
    pub title: Text,
    /// Why this step helps with an argument answered weakly whose remedy it is: one sentence that fits every
    /// such argument and addresses nobody, so it reads right in a shared result too.
    pub helps_argument: Text,
    /// Why this step brings closer an important goal that is not reached yet, whose remedy it is.
    pub helps_goal: Text,
    /// The line above the contact button when this is the most urgent step and the site owner wrote no
    /// `contact_text`: a reason to talk, tied to this step.
    pub talk: Text,
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
    /// The debunk card's first line, one per option: concrete for those who do not do it yet, an
    /// acknowledgement for those who already do.
    pub responses: [Text; OPTION_COUNT],
    /// The argument explained in a few sentences of our own, shown after the user has answered.
    pub debunk: Text,
    pub fact: Fact,
    /// A saying that goes with the argument, shown apart from the fact.
    pub quote: Option<Quote>,
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
    /// A stable identifier, used in exports and host events; never shown and never changed.
    pub key: &'static str,
    pub label: Text,
    /// Where customers find this kind of business, which decides the quick win and the concession.
    pub presence: Presence,
}

/// Where customers find a kind of business.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Presence {
    /// A place customers come to or an area the business serves: it can have a Google Business Profile.
    Local,
    /// An online shop: Google's guidelines give no Business Profile to businesses without in-person
    /// contact, so its advice is reviews and its own channels.
    Online,
    /// A person or a firm that clients choose by name and recommendation (B2B, freelancers): its
    /// profile on a professional network is its shop window.
    Personal,
}

impl Presence {
    pub const ALL: [Presence; 3] = [Presence::Local, Presence::Online, Presence::Personal];

    pub fn index(self) -> usize {
        self as usize
    }
}

impl Business {
    /// The concrete actions of the five plan steps for this kind of business.
    pub fn steps(&self) -> &'static BusinessSteps {
        BUSINESS_STEPS
            .iter()
            .find(|steps| steps.key == self.key)
            .expect("every kind of business has its steps")
    }
}

/// What the plan's steps ask of one kind of business.
#[derive(Debug)]
pub struct BusinessSteps {
    /// The [`Business::key`] these steps belong to.
    pub key: &'static str,
    /// The concrete action for each plan step, in plan order, with examples from this kind of business.
    /// The "networks" action is the network advice for this kind of business.
    pub actions: [Text; PlanStep::ALL.len()],
}

/// What the result says beyond the scores: one honest concession, what to expect, and the note on
/// recruiting.
#[derive(Debug)]
pub struct ResultNotes {
    pub heading: Text,
    /// When the myth holds, or not every network is needed: one per [`Presence`], in its order.
    pub concessions: [Text; 3],
    /// How long it takes and what it costs: months, a few hours a week, persistence and dialogue.
    pub expectations: Text,
    /// Social media for finding staff, the one place XING is named.
    pub recruiting: Text,
    /// The summary that unfolds [`ResultNotes::habits`].
    pub habits_heading: Text,
    /// How to start so that it lasts: one network first, the website as the hub, a fixed slot each day.
    pub habits: [Text; 3],
    /// The summary that unfolds [`ResultNotes::crisis_rules`].
    pub crisis_heading: Text,
    /// How to answer criticism, the rules of the source texts in our words: fast, thankful, honest, from
    /// the critic's side, human; never ignore it.
    pub crisis_rules: [Text; 5],
}

/// A named range of the overall score.
#[derive(Debug)]
pub struct Band {
    /// The lowest overall score in this band; the bands are listed from the lowest up.
    pub min: u8,
    /// The band's name for counting services (`crate::analytics`), which never changes with a wording.
    pub key: &'static str,
    pub name: Text,
    /// One sentence about the overall score only. It names no strength, since a high score can come with a
    /// weak single answer; the result names strengths from the answers themselves (`scoring::strength`).
    /// It addresses nobody, so it reads right in a shared result too.
    pub summary: Text,
}

/// Something a business can start this week: one per [`Presence`], shown beside the next steps, marked.
#[derive(Debug)]
pub struct QuickWin {
    pub title: Text,
    pub action: Text,
}

/// What the quick win adds for a business that does not yet watch what is said about it (the crisis
/// argument answered at one of its two lower levels): a name alert, with what it does not see.
#[derive(Debug)]
pub struct NameAlert {
    pub action: Text,
}

/// The interface strings. Placeholders in braces are filled with [`Text::fill`].
#[derive(Debug)]
pub struct Ui {
    pub app_title: Text,
    pub myth: Text,
    pub start_intro: Text,
    /// "About {minutes} minutes, {questions} questions", with the minutes from
    /// [`crate::check::length::reading_minutes`] and the screens as the progress line counts them („Frage 3 von 10“).
    pub start_duration: Text,
    /// Where the answers go when no host page may receive events: nowhere.
    pub privacy: Text,
    /// Where the answers go when `host_origin` names pages that may receive the result.
    pub privacy_host: Text,
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
    /// "Goals, part {n} of 2".
    pub goal_label: Text,
    /// The heading of both goal screens.
    pub goals_heading: Text,
    /// The question the goal screens ask, above the goals; each goal is one radio group of [`GOAL_OPTIONS`].
    pub goals_intro: Text,
    pub debunk_heading: Text,
    /// The summary that unfolds an argument's longer explanation on its card.
    pub why_label: Text,
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
    /// The next steps' heading in a result someone shared: about that business, not the reader's.
    pub shared_next_steps_heading: Text,
    /// "Ihre Antwort zu „{topic}“: „{answer}“." in the visitor's own result, followed by the step's
    /// `helps_argument` or `helps_goal`; the topic is an argument's or a goal's title, the answer the option
    /// the visitor chose, as it was shown.
    pub reason_own: Text,
    /// The same in a result someone shared: "The answer to … was …".
    pub reason_shared: Text,
    /// Why a step was chosen that no answer calls for: it claims nothing about the answers.
    pub reason_none: Text,
    /// "Strength: “{argument}”", for an argument answered at the top of its scale.
    pub strength: Text,
    /// The label that marks the quick win among the next steps.
    pub quick_win_label: Text,
    /// The result's answer to the myth the start quotes: the first card's figure on people of 55 to 64, in
    /// one line right after the first screen, so that a low score is not read as proof that the customers
    /// are not there. `model/tests/content.rs` checks that it quotes that card's figure and year.
    pub myth_answer: Text,
    /// The label of the one step the result's first screen names.
    pub top_step_label: Text,
    /// The summary that unfolds all next steps.
    pub all_steps: Text,
    /// The summary that unfolds the charts.
    pub details: Text,
    /// The line under the goal chart naming the goals answered "not a topic", which the chart leaves out.
    pub goals_no_topic: Text,
    /// The sentence under the goal chart: "Important but not reached yet: {goals}."
    pub goals_gap: Text,
    /// The sentence under the goal chart when no important goal is left unreached.
    pub goals_no_gap: Text,
    /// How to read the goal chart: the bar is the reach, the tick the importance.
    pub goals_chart_legend: Text,
    /// The accessible name of the score scale: "{score} of 100, band {band}".
    pub scale_label: Text,
    /// The way back from the result to the answers.
    pub change_answers: Text,
    /// The printout's and the share image's line with the check's address: "Do the check: {address}".
    pub check_address: Text,
    /// The printout's line with the consultant's contact.
    pub contact_line: Text,
    pub notice_discarded: Text,
    /// Storage refused to save: the answers last only while the page is open.
    pub notice_not_saved: Text,
    /// Storage refused to save, so the progress is kept in the page's address: it survives a reload of
    /// this tab, and nothing else.
    pub notice_kept_in_tab: Text,
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
    /// The contact button's label in a result someone shared, where the owner's `config.ini` gives none
    /// for the language: worded for someone who received the result.
    pub shared_contact_label: Text,
    /// The line above the contact button in a result someone shared.
    pub shared_contact_text: Text,
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
