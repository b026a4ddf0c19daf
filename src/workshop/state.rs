//! The workshop screen's reducer: a thin wrapper, because every rule lives in
//! [`model::workshop::state::WorkshopState::apply`].

use model::workshop::state::{WorkshopAction, WorkshopState};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct WorkshopScreen(pub WorkshopState);

impl Reducible for WorkshopScreen {
    type Action = WorkshopAction;

    fn reduce(self: Rc<Self>, action: WorkshopAction) -> Rc<Self> {
        Rc::new(WorkshopScreen(self.0.clone().apply(action)))
    }
}
