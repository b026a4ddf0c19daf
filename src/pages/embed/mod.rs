//! The embed page (`embed.html`): a site owner picks the settings, sees the check with them in a live
//! preview, and copies the code for their pages.

mod app;
mod code_block;
mod fields;

pub use app::EmbedPage;
