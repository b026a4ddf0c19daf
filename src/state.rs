//! The app's reducer: a thin wrapper, because every rule of the check lives in [`model::Quiz::apply`].

use model::{Action, Quiz};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct QuizState(pub Quiz);

impl Reducible for QuizState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(QuizState(self.0.apply(action)))
    }
}
