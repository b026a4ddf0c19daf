//! Workshops: a facilitator collects the participants' result links and shows the group's picture.
//!
//! A workshop is a name and up to [`paste::MAX_PARTICIPANTS`] complete answer sets. The facilitator pastes
//! result links as they arrive in a chat ([`paste`]), or scans them from participants' screens
//! ([`qr_scan`]); [`aggregate`] turns the participants into the group view shown on the projector, [`csv`]
//! exports them, and [`saved`] is the text the workshop screen keeps in the browser's storage. [`state`] is
//! the workshop screen's reducer, and [`facilitator`] carries the facilitator's contact to the participants
//! and their results back.
//!
//! This domain uses the check's (answers, scores, result links) and the settings' percent-coding; the share
//! domain uses its group view for the workshop's card. Nothing here uses the share domain, so the two never
//! import each other.

pub mod aggregate;
pub mod csv;
pub mod facilitator;
pub mod paste;
pub mod qr_scan;
pub mod saved;
pub mod state;
