//! The app's pages, one folder each with its root component, the components only it uses and its hooks:
//! the check (`index.html`), the workshop screen (`workshop.html`) and the embed page (`embed.html`). Each
//! page's binary starts its root component through [`crate::start`].

pub mod check;
pub mod embed;
pub mod workshop;
