//! Everything that touches the browser: the document, storage and IndexedDB, the page that embeds the
//! check, the network (the settings file, the lead form, counting), sharing, the workers and the camera.
//! Pages and components call the small functions here and never the browser themselves.

// `clippy.toml` forbids `web_sys::window()` and the other ways into the browser everywhere else, so that
// what the app does to the browser stays in this folder; here they are what the code is for.
#![allow(clippy::disallowed_methods)]

pub mod analytics;
pub mod camera;
pub mod dom;
pub mod embed_preview;
pub mod host;
pub mod idb;
pub mod settings;
pub mod share_worker;
pub mod sharing;
pub mod storage;
