//! The workshop screen's state and everything the facilitator can do to it, as a pure reducer like
//! [`crate::Quiz::apply`]. Saving is an effect of the screen, never of this reducer.

use crate::text::Lang;
use crate::workshop::{AddReport, Workshop, Workshops};

/// What the workshop screen shows and holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkshopState {
    pub lang: Lang,
    pub workshops: Workshops,
    /// The workshop on screen, an index into `workshops.list`; `None` only while there is none.
    pub current: Option<usize>,
    /// What the last paste or scan added and refused, until another workshop is chosen.
    pub report: Option<AddReport>,
    /// Large type and only the group's picture, for the projector.
    pub presenting: bool,
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
    Present(bool),
}

impl WorkshopState {
    /// The screen as it starts: the saved workshops, the first of them shown.
    pub fn new(lang: Lang, workshops: Workshops) -> WorkshopState {
        WorkshopState {
            lang,
            current: (!workshops.list.is_empty()).then_some(0),
            workshops,
            report: None,
            presenting: false,
        }
    }

    /// The workshop on screen.
    pub fn current(&self) -> Option<&Workshop> {
        self.workshops.list.get(self.current?)
    }

    /// The state after `action`.
    pub fn apply(mut self, action: WorkshopAction) -> WorkshopState {
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
            WorkshopAction::Present(presenting) => self.presenting = presenting,
        }
        self
    }

    fn current_mut(&mut self) -> Option<&mut Workshop> {
        self.workshops.list.get_mut(self.current?)
    }
}
