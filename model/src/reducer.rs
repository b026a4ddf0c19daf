//! The one shape of every screen's state in the model: a value that an action turns into the next value.
//!
//! The check ([`crate::check::quiz::Quiz`]), the lead form ([`crate::lead::LeadForm`]), the embed page's
//! form ([`crate::settings::embed_form::EmbedForm`]) and the workshop screen ([`crate::workshop::state::WorkshopState`])
//! each implement it, so the app wraps them all in one generic Yew reducer, and each is tested natively
//! by applying actions to values.

/// A state and the actions that change it. `apply` is pure: the same state and action give the same next
/// state, with no side effects (those belong to the app, after the state has changed).
pub trait Reducer: Sized {
    type Action;

    /// The state after `action`.
    fn apply(self, action: Self::Action) -> Self;
}
