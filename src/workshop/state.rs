//! The workshop screen's state and everything the facilitator can do to it. Saving is an effect of the
//! screen, never of this reducer.

use model::workshop::{AddReport, Workshop, Workshops};
use model::Lang;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct WorkshopState {
    pub lang: Lang,
    pub workshops: Workshops,
    /// The workshop on screen, an index into `workshops.list`.
    pub current: Option<usize>,
    /// What the last paste added and refused.
    pub report: Option<AddReport>,
    /// Large type and only the group's picture, for the projector.
    pub presenting: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum WorkshopAction {
    SetLang(Lang),
    Create(String),
    Select(usize),
    Delete(usize),
    AddLinks(String),
    RemoveParticipant(usize),
    Present(bool),
}

impl WorkshopState {
    pub fn current(&self) -> Option<&Workshop> {
        self.workshops.list.get(self.current?)
    }
}

impl Reducible for WorkshopState {
    type Action = WorkshopAction;

    fn reduce(self: Rc<Self>, action: WorkshopAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            WorkshopAction::SetLang(lang) => next.lang = lang,
            WorkshopAction::Create(name) => {
                next.workshops.list.push(Workshop::new(&name));
                next.current = Some(next.workshops.list.len() - 1);
                next.report = None;
            }
            WorkshopAction::Select(index) if index < next.workshops.list.len() => {
                next.current = Some(index);
                next.report = None;
            }
            WorkshopAction::Select(_) => {}
            WorkshopAction::Delete(index) if index < next.workshops.list.len() => {
                next.workshops.list.remove(index);
                next.current = (!next.workshops.list.is_empty()).then_some(0);
                next.report = None;
            }
            WorkshopAction::Delete(_) => {}
            WorkshopAction::AddLinks(text) => {
                if let Some(workshop) = next.current.and_then(|i| next.workshops.list.get_mut(i)) {
                    next.report = Some(workshop.add_links(&text));
                }
            }
            WorkshopAction::RemoveParticipant(index) => {
                if let Some(workshop) = next.current.and_then(|i| next.workshops.list.get_mut(i)) {
                    workshop.remove(index);
                }
            }
            WorkshopAction::Present(presenting) => next.presenting = presenting,
        }
        Rc::new(next)
    }
}
