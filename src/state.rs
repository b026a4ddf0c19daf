//! The app's reducers: thin wrappers, because every rule lives in the model ([`model::Quiz::apply`],
//! [`model::lead::LeadForm::apply`]).

use model::{Quiz, QuizAction};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct QuizState(pub Quiz);

impl Reducible for QuizState {
    type Action = QuizAction;

    fn reduce(self: Rc<Self>, action: QuizAction) -> Rc<Self> {
        Rc::new(QuizState(self.0.apply(action)))
    }
}

/// The lead form's reducer, a wrapper like [`QuizState`]: the rules are [`model::lead::LeadForm::apply`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LeadState(pub model::lead::LeadForm);

impl Reducible for LeadState {
    type Action = model::lead::LeadAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        Rc::new(LeadState(self.0.clone().apply(action)))
    }
}
