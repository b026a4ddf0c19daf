//! The Yew front end of Social-Media-Check: the pages (`pages/`), the components they share
//! (`components/`), and everything that touches the browser (`web/`). ARCHITECTURE.md's code map says
//! what is where.
//!
//! It renders the pure model (the `model` crate) and keeps all of the app's side effects, each in `web/`:
//! reading `config.ini` and applying its colours; saving to `localStorage` (IndexedDB for the workshop
//! screen when it is full) and keeping progress and screens in the address and the browser's history;
//! moving focus and scrolling, setting the document's language and title; messages to and from the page
//! that embeds the check and the embed page's preview; sending a result to the owner's form service and
//! counting visits in the owner's analytics; the clipboard, the share sheet, printing and downloads; the
//! share and QR workers, the camera, and the service worker for offline use. Nothing here decides a score
//! or a text.

pub mod components;
pub mod pages;
mod state;
pub mod web;

use model::EarlyStart;
use std::cell::RefCell;
use std::rc::Rc;
use web::settings::{self, Settings};
use web::{dom, host, storage};
use yew::html::BaseComponent;
use yew::{AppHandle, Properties};

// One allocator for every page's binary, all of which start through `start`: lol_alloc's free list is
// 3.7 KB gzip smaller than Rust's default dlmalloc.
// SAFETY: wasm32 without the threads proposal runs one thread, so the allocator is never used concurrently.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// The element the app renders into. `index.html` fills it with a static start screen, so a slow phone
/// shows the start page before the wasm has loaded; the app replaces that content when it starts.
pub(crate) const ROOT_ID: &str = "app";

/// How long a page waits for `config.ini` before it starts with the defaults. The owner's settings still
/// apply when the file arrives later; a hanging server only must not keep the visitor waiting.
const SETTINGS_WAIT_MS: u32 = 2_000;

/// What every page's root component receives: the site owner's settings, and what the visitor did on the
/// static first question before the app had loaded (only the check's `index.html` has one).
#[derive(Properties, PartialEq, Default, Clone)]
pub struct PageProps {
    #[prop_or_default]
    pub settings: Rc<Settings>,
    #[prop_or_default]
    pub early_start: Option<EarlyStart>,
}

/// Where a page is in starting: waiting for the settings, connecting to the page that embeds it, or
/// rendered. While connecting, it holds the newest settings, which the first render takes.
enum Started<Page: BaseComponent> {
    Waiting,
    Connecting(Rc<Settings>),
    Rendered(AppHandle<Page>, Option<EarlyStart>),
}

/// Starts a page (the check, the workshop screen, the embed page) with `Page` as its root component.
///
/// The page renders once the site owner's settings are read, so it is branded from its first frame; if
/// `config.ini` takes longer than [`SETTINGS_WAIT_MS`], it renders with the defaults and takes the owner's
/// settings when they come. Later settings change what the page shows, never where the visitor is: the
/// components read their starting state once. An embedded page first learns which page embeds it and
/// takes back the progress its loader kept (`host::connect`, a few milliseconds).
pub fn start<Page>()
where
    Page: BaseComponent<Properties = PageProps>,
{
    let query = dom::query_string();
    let started = Rc::new(RefCell::new(Started::<Page>::Waiting));
    let show = {
        let (started, query) = (started.clone(), query.clone());
        move |file: Option<String>| {
            let settings = Rc::new(Settings::read(file.as_deref().unwrap_or_default(), &query));
            settings.report();
            settings::apply_colours(&settings.config);
            let mut state = started.borrow_mut();
            match &mut *state {
                Started::Rendered(handle, early_start) => handle.update(PageProps {
                    settings,
                    early_start: *early_start,
                }),
                Started::Connecting(newest) => *newest = settings,
                Started::Waiting => {
                    *state = Started::Connecting(settings.clone());
                    let started = started.clone();
                    yew::platform::spawn_local(async move {
                        if host::is_embedded() {
                            dom::mark_embedded();
                            host::report_height();
                            host::connect(!storage::is_available()).await;
                        }
                        let mut state = started.borrow_mut();
                        if let Started::Connecting(settings) = &*state {
                            let (root, early_start) = dom::take_over_root(ROOT_ID);
                            let props = PageProps {
                                settings: settings.clone(),
                                early_start,
                            };
                            let handle =
                                yew::Renderer::<Page>::with_root_and_props(root, props).render();
                            *state = Started::Rendered(handle, early_start);
                            dom::register_service_worker_later();
                        }
                    });
                }
            }
        }
    };
    let waited = {
        let (started, show) = (started.clone(), show.clone());
        gloo_timers::callback::Timeout::new(SETTINGS_WAIT_MS, move || {
            if matches!(*started.borrow(), Started::Waiting) {
                show(None);
            }
        })
    };
    yew::platform::spawn_local(async move {
        let file = settings::fetch_config_file().await;
        // Settings that arrive after the wait still count; a missing file changes nothing then.
        let late = !matches!(*started.borrow(), Started::Waiting);
        waited.cancel();
        if !late || file.is_some() {
            show(file);
        }
    });
}
