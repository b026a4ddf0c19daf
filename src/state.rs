//! The app's one reducer. Every rule of every screen's state lives in the model, as a [`model::Reducer`]
//! (the check's [`model::Quiz`], the lead form, the workshop screen, the embed page's form); this wrapper
//! only lets Yew's `use_reducer` hold it.

use model::Reducer;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State<T>(pub T);

impl<T: Reducer + Clone> Reducible for State<T> {
    type Action = T::Action;

    fn reduce(self: Rc<Self>, action: T::Action) -> Rc<Self> {
        Rc::new(State(self.0.clone().apply(action)))
    }
}
