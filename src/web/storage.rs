//! Saving and resuming the check in `localStorage`.
//!
//! Storage can be missing or refuse writes (private modes, blocked cookies, a full quota). The check then
//! still works and keeps the answers while the page is open. Where it is a page of its own, it keeps the
//! progress line in its address (`#p=…`, [`dom::keep_progress_in_address`]), so a reload of the tab
//! resumes; saving says where the line went, and the app tells the visitor once.

use crate::web::dom;
use model::content::UI;
use model::settings::embed_form::EmbedForm;
use model::workshop::saved::Workshops;
use model::{Lang, Quiz, Text};
use web_sys::Storage;

/// The key under which the check keeps its state; one line written by [`Quiz::to_saved`].
const KEY: &str = "social-media-check";

/// What was found in storage when the app started.
pub struct Loaded {
    pub quiz: Quiz,
    /// A saved state was there but could not be resumed, and has been removed.
    pub discarded: bool,
}

/// The saved check, or a new one in `lang` (the site owner's default language) for a first visit.
/// `host_origins` (the settings' `host_origin`) say whether a page embedding the check may have kept it.
pub fn load(lang: Lang, host_origins: &[String]) -> Loaded {
    let new = Quiz {
        lang,
        ..Quiz::default()
    };
    let storage = local_storage();
    // Where the frame may not store anything, the loader may have kept the progress in its page. Where
    // storage had nothing (it was full or blocked when the visitor answered), the page's address may.
    let from_storage = match &storage {
        Some(storage) => storage.get_item(KEY).ok().flatten(),
        None => crate::web::host::handed_back_progress(host_origins),
    };
    let in_address = from_storage.is_none();
    let saved = from_storage.or_else(|| dom::is_reload().then(dom::progress_in_address).flatten());
    match saved {
        None => Loaded {
            quiz: new,
            discarded: false,
        },
        Some(saved) => match Quiz::from_saved(&saved) {
            Ok(quiz) => Loaded {
                quiz,
                discarded: false,
            },
            Err(_) => {
                // Failing to remove it only means the notice shows again on the next load.
                if in_address {
                    dom::forget_progress_in_address();
                } else if let Some(storage) = storage {
                    let _ = storage.remove_item(KEY);
                }
                Loaded {
                    quiz: new,
                    discarded: true,
                }
            }
        },
    }
}

/// Storage is missing or refused to keep what was given to it, and no page embedding the check keeps it.
#[derive(Debug)]
pub enum NotSaved {
    /// The progress is in the page's address: a reload of this tab finds it, nothing else does.
    KeptInTab,
    /// The progress lasts only while the page is open.
    Lost,
}

impl NotSaved {
    /// What the visitor is told, once.
    pub fn notice(&self) -> &'static Text {
        match self {
            NotSaved::KeptInTab => &UI.notice_kept_in_tab,
            NotSaved::Lost => &UI.notice_not_saved,
        }
    }
}

/// Saves the check, or says where it went instead; `host_origins` as for [`load`].
pub fn save(quiz: &Quiz, host_origins: &[String]) -> Result<(), NotSaved> {
    let saved = quiz.to_saved();
    let storage = local_storage();
    if storage
        .as_ref()
        .is_some_and(|storage| storage.set_item(KEY, &saved).is_ok())
    {
        // Storage takes it again: a line left in the address would only go stale.
        dom::forget_progress_in_address();
        return Ok(());
    }
    // In a frame whose storage the browser blocks, the loader keeps it in its page, if that page is a
    // verified host; anywhere else nothing is sent.
    if crate::web::host::keep_progress(&saved, host_origins) {
        return Ok(());
    }
    if dom::keep_progress_in_address(&saved) {
        // An older line in a full storage would win over the address on the next load (`load` reads the
        // address only when storage has nothing); removing works even when nothing more fits.
        if let Some(storage) = storage {
            let _ = storage.remove_item(KEY);
        }
        Err(NotSaved::KeptInTab)
    } else {
        Err(NotSaved::Lost)
    }
}

/// Whether this page may use `localStorage` at all; embedded in another site's page, browsers often block
/// it.
pub fn is_available() -> bool {
    local_storage().is_some()
}

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The key under which the facilitator's workshops are kept; one text written by [`Workshops::to_saved`].
const WORKSHOPS_KEY: &str = "social-media-check-workshops";
/// Where unreadable saved workshops are moved, so that starting afresh never destroys them.
const DAMAGED_WORKSHOPS_KEY: &str = "social-media-check-workshops-unreadable";

/// The workshops saved in this browser's `localStorage`, and whether an unreadable saved text had to be
/// set aside. Where there are none, [`load_workshops_from_database`] may still find some.
pub fn load_workshops() -> (Workshops, bool) {
    let Some(storage) = local_storage() else {
        return (Workshops::default(), false);
    };
    match storage.get_item(WORKSHOPS_KEY).ok().flatten() {
        None => (Workshops::default(), false),
        Some(saved) => match Workshops::from_saved(&saved) {
            Ok(workshops) => (workshops, false),
            Err(_) => {
                // Kept under another key rather than deleted: it may still be rescued by hand.
                let _ = storage.set_item(DAMAGED_WORKSHOPS_KEY, &saved);
                let _ = storage.remove_item(WORKSHOPS_KEY);
                (Workshops::default(), true)
            }
        },
    }
}

/// The workshops kept in the browser's database (IndexedDB) while `localStorage` refused them, if any.
pub async fn load_workshops_from_database() -> Option<Workshops> {
    let saved = crate::web::idb::get(WORKSHOPS_KEY).await?;
    let workshops = Workshops::from_saved(&saved).ok()?;
    WORKSHOPS_IN_DATABASE.set(true);
    Some(workshops)
}

thread_local! {
    /// Whether the database may hold workshops this page read or wrote, which `localStorage` has taken
    /// over once it saves them again. Without it, a facilitator whose storage never filled up never gets a
    /// database at all.
    static WORKSHOPS_IN_DATABASE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// How many times the workshops were saved: a save that went to the database tells by it whether a
    /// later one came while it was on its way.
    static WORKSHOP_SAVES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Where the workshops went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkshopsKept {
    /// In `localStorage`, as always.
    InStorage,
    /// In the browser's database, since `localStorage` was full or blocked; a reload finds them there.
    InDatabase,
    /// Nowhere: they last while the page is open. The screen warns the facilitator, since unlike the
    /// check's answers, a workshop's results would be lost with the tab.
    Nowhere,
}

/// Saves the workshops, and calls `done` with where they went: at once for `localStorage`, a moment
/// later for the database (not at all if a later save came meanwhile: that one's `done` tells).
pub fn save_workshops(workshops: &Workshops, done: impl FnOnce(WorkshopsKept) + 'static) {
    let saved = workshops.to_saved();
    let storage = local_storage();
    if storage
        .as_ref()
        .is_some_and(|storage| storage.set_item(WORKSHOPS_KEY, &saved).is_ok())
    {
        WORKSHOP_SAVES.set(WORKSHOP_SAVES.get().wrapping_add(1));
        if WORKSHOPS_IN_DATABASE.replace(false) {
            yew::platform::spawn_local(async {
                // A copy left behind is never read while `localStorage` has one; this only tidies up.
                crate::web::idb::delete(WORKSHOPS_KEY).await;
            });
        }
        return done(WorkshopsKept::InStorage);
    }
    let this_save = WORKSHOP_SAVES.get().wrapping_add(1);
    WORKSHOP_SAVES.set(this_save);
    yew::platform::spawn_local(async move {
        let written = crate::web::idb::put(WORKSHOPS_KEY, &saved).await;
        WORKSHOPS_IN_DATABASE.set(WORKSHOPS_IN_DATABASE.get() || written);
        // A later save, which came while this one was on its way, says where the workshops are now.
        if WORKSHOP_SAVES.get() != this_save {
            return;
        }
        if !written {
            return done(WorkshopsKept::Nowhere);
        }
        // An older copy in a full `localStorage` would be read first on the next load; removing it works
        // even when nothing more fits.
        if let Some(storage) = storage {
            let _ = storage.remove_item(WORKSHOPS_KEY);
        }
        done(WorkshopsKept::InDatabase);
    });
}

/// The key under which the facilitator's contact for the join link is kept, as typed.
const WORKSHOP_CONTACT_KEY: &str = "social-media-check-workshop-contact";

/// The facilitator's contact as last typed; empty if none was kept.
pub fn load_workshop_contact() -> String {
    local_storage()
        .and_then(|storage| storage.get_item(WORKSHOP_CONTACT_KEY).ok().flatten())
        .unwrap_or_default()
}

pub fn save_workshop_contact(contact: &str) {
    if let Some(storage) = local_storage() {
        // Without storage the contact is typed again after a reload; the results' warning covers the rest.
        let _ = storage.set_item(WORKSHOP_CONTACT_KEY, contact);
    }
}

/// The language the user chose in the check, for the workshop screen of the same browser.
pub fn saved_language() -> Option<model::Lang> {
    let saved = local_storage()?.get_item(KEY).ok().flatten()?;
    Quiz::from_saved(&saved).ok().map(|quiz| quiz.lang)
}

/// The key under which the embed page keeps the owner's settings; one line written by
/// [`EmbedForm::to_saved`], absent while they are those the page started from.
const EMBED_FORM_KEY: &str = "social-media-check-embed-form";

/// The embed page's form as the owner left it, or `form` when nothing was kept.
pub fn load_embed_form(form: EmbedForm) -> EmbedForm {
    match local_storage().and_then(|storage| storage.get_item(EMBED_FORM_KEY).ok().flatten()) {
        Some(saved) => form.restored(&saved),
        None => form,
    }
}

pub fn save_embed_form(form: &EmbedForm) {
    if let Some(storage) = local_storage() {
        let _ = match form.to_saved() {
            Some(saved) => storage.set_item(EMBED_FORM_KEY, &saved),
            None => storage.remove_item(EMBED_FORM_KEY),
        };
    }
}
