//! Sharing a result as a picture: the share card, the QR code, and the share worker's messages.
//!
//! [`card`] lays out the share image as SVG text and [`qr`] draws a link as a QR code; both run in the
//! share worker, outside the check's first view, and [`share_job`] is the protocol between the app and that
//! worker.
//!
//! Result links themselves (`#r=…`) are the check's, in [`crate::check::link`].

pub mod card;
pub mod qr;
pub mod share_job;
