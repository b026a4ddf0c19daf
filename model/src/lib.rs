//! The pure core of Social-Media-Check.
//!
//! Content, answers, scoring, the answer code, result links, the share image, the QR code and the quiz state
//! machine are plain Rust: no web APIs, no I/O, no randomness, no clock. The Yew app in the parent crate renders this model and stores its state;
//! everything that decides what the user sees or scores is here and is tested natively.

pub mod analytics;
pub mod check;
pub mod content;
pub mod host_event;
pub mod lead;
pub mod markup;
pub mod reducer;
pub mod settings;
pub mod share;
pub mod text;
pub mod url;
pub mod workshop;

pub use check::answers::{Answers, Choice, CompleteAnswers, Question, Slot};
pub use check::quiz::{EarlyStart, Quiz, QuizAction, Screen};
pub use check::scoring::Scores;
pub use reducer::Reducer;
pub use text::{Address, Lang, Text};
