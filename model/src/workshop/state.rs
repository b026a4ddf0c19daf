//! The workshop screen's state and everything the facilitator can do to it, as a pure reducer like
//! [`crate::Quiz::apply`]. Saving is an effect of the screen, never of this reducer.

use super::aggregate::{aggregate, GroupView};
use super::facilitator::{Contact, ContactError};
use super::paste::{AddReport, Workshop};
use super::saved::Workshops;
use crate::reducer::Reducer;
use crate::text::Lang;

/// What the workshop screen shows and holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkshopState {
    pub lang: Lang,
    pub workshops: Workshops,
    /// The workshop on screen, an index into `workshops.list`; `None` only while there is none.
    pub current: Option<usize>,
    /// What the last paste or scan added and refused, until another workshop is chosen.
    pub report: Option<AddReport>,
    /// The presentation for the projector, one slide at a time, instead of the working screen.
    pub presenting: bool,
    /// The slide shown while presenting, an index into [`slides`]; kept within them when results go.
    pub slide: usize,
    /// Results are covered while presenting until the facilitator reveals them.
    pub covered: bool,
    /// Where participants may send their results, as the facilitator typed it; empty for nowhere.
    pub contact: String,
}

/// Everything the facilitator can do on the workshop screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkshopAction {
    SetLang(Lang),
    /// Creates a workshop with this name and shows it.
    Create(String),
    /// Shows workshop `index`; an index out of range changes nothing.
    Select(usize),
    /// Deletes workshop `index` and shows the first one left; an index out of range changes nothing.
    Delete(usize),
    /// Adds the results in pasted or scanned text to the workshop on screen.
    AddLinks(String),
    /// Removes participant `index` from the workshop on screen.
    RemoveParticipant(usize),
    /// Starts the presentation at its first slide, or ends it.
    Present(bool),
    NextSlide,
    PreviousSlide,
    /// Covers the results on the slides, or reveals them.
    Cover(bool),
    /// The facilitator typed a contact for the join link.
    SetContact(String),
    /// The workshops the browser's second storage kept (IndexedDB, when `localStorage` was full), which
    /// arrive a moment after the screen starts. They are taken only while the screen has none, so nothing
    /// the facilitator did in that moment is replaced.
    Restore(Workshops),
}

impl WorkshopState {
    /// The screen as it starts: the saved workshops, the first of them shown.
    pub fn new(lang: Lang, workshops: Workshops, contact: String) -> WorkshopState {
        WorkshopState {
            lang,
            current: (!workshops.list.is_empty()).then_some(0),
            workshops,
            report: None,
            presenting: false,
            slide: 0,
            covered: false,
            contact,
        }
    }

    /// The workshop on screen.
    pub fn current(&self) -> Option<&Workshop> {
        self.workshops.list.get(self.current?)
    }

    /// The current workshop's group picture, if it has results.
    pub fn group_view(&self) -> Option<GroupView> {
        aggregate(&self.current()?.answers())
    }

    /// The contact the join link carries: the typed one if it reads, otherwise none.
    pub fn contact(&self) -> Result<Option<Contact>, ContactError> {
        match Contact::parse(&self.contact) {
            Ok(contact) => Ok(Some(contact)),
            Err(ContactError::Empty) => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// The presentation's slides for the current workshop.
    pub fn slides(&self) -> Vec<Slide> {
        slides(self.group_view().as_ref())
    }

    fn current_mut(&mut self) -> Option<&mut Workshop> {
        self.workshops.list.get_mut(self.current?)
    }
}

/// One slide of the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The join code, large, with the live count of results.
    Join,
    /// How many participants fall into each of the four bands.
    Bands,
    /// The arguments from the weakest to the strongest, with how many chose each answer.
    Arguments,
    /// The goals the group finds important but does not reach yet.
    Goals,
    /// Discussion question `i` of [`GroupView::prompts`].
    Question(usize),
}

impl Slide {
    /// Whether the slide shows the group's results, which the facilitator may keep covered until the
    /// room has guessed.
    pub fn shows_results(self) -> bool {
        !matches!(self, Slide::Join)
    }
}

/// The presentation's slides for a group, in order: only the join slide while there are no results.
pub fn slides(view: Option<&GroupView>) -> Vec<Slide> {
    let mut slides = vec![Slide::Join];
    if let Some(view) = view {
        slides.extend([Slide::Bands, Slide::Arguments, Slide::Goals]);
        slides.extend((0..view.prompts.len()).map(Slide::Question));
    }
    slides
}

impl Reducer for WorkshopState {
    type Action = WorkshopAction;

    fn apply(mut self, action: Self::Action) -> Self {
        let count = self.workshops.list.len();
        match action {
            WorkshopAction::SetLang(lang) => self.lang = lang,
            WorkshopAction::Create(name) => {
                self.workshops.list.push(Workshop::new(&name));
                self.current = Some(count);
                self.report = None;
            }
            WorkshopAction::Select(index) if index < count => {
                self.current = Some(index);
                self.report = None;
            }
            WorkshopAction::Delete(index) if index < count => {
                self.workshops.list.remove(index);
                self.current = (count > 1).then_some(0);
                self.report = None;
            }
            WorkshopAction::Select(_) | WorkshopAction::Delete(_) => {}
            WorkshopAction::AddLinks(text) => {
                if let Some(workshop) = self.current_mut() {
                    let report = workshop.add_links(&text);
                    self.report = Some(report);
                }
            }
            WorkshopAction::RemoveParticipant(index) => {
                if let Some(workshop) = self.current_mut() {
                    workshop.remove(index);
                }
            }
            WorkshopAction::Present(presenting) => {
                self.presenting = presenting;
                self.slide = 0;
            }
            WorkshopAction::NextSlide => self.slide += 1,
            WorkshopAction::PreviousSlide => self.slide = self.slide.saturating_sub(1),
            WorkshopAction::Cover(covered) => self.covered = covered,
            WorkshopAction::SetContact(contact) => self.contact = contact,
            WorkshopAction::Restore(workshops) => {
                if self.workshops.list.is_empty() {
                    self.current = (!workshops.list.is_empty()).then_some(0);
                    self.workshops = workshops;
                }
            }
        }
        // Past the last slide, or removed results took slides away: the presentation stays on the last
        // one left. Counting the slides aggregates every result, so it is done only while presenting
        // (`Present` starts at the first slide anyway).
        if self.presenting && self.slide > 0 {
            self.slide = self.slide.min(self.slides().len() - 1);
        }
        self
    }
}
