//! Saving and resuming the check in `localStorage`.
//!
//! Storage can be missing or refuse writes (private modes, blocked cookies, a full quota). The check then
//! still works, it only forgets the answers on reload.

use model::embed_form::EmbedForm;
use model::workshop::Workshops;
use model::{Lang, Quiz};
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
pub fn load(lang: Lang) -> Loaded {
    let new = Quiz {
        lang,
        ..Quiz::default()
    };
    let storage = local_storage();
    // Where the frame may not store anything, the loader may have kept the progress in its page.
    let saved = match &storage {
        Some(storage) => storage.get_item(KEY).ok().flatten(),
        None => crate::host::handed_back_progress(),
    };
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
                if let Some(storage) = storage {
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

pub fn save(quiz: &Quiz) {
    let saved = quiz.to_saved();
    let stored = local_storage().is_some_and(|storage| storage.set_item(KEY, &saved).is_ok());
    if !stored {
        // In a frame whose storage the browser blocks, the loader keeps it in its page (if that page is a
        // verified host); anywhere else this sends nothing.
        crate::host::keep_progress(&saved);
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

/// The workshops saved in this browser, and whether an unreadable saved text had to be set aside.
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

pub fn save_workshops(workshops: &Workshops) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(WORKSHOPS_KEY, &workshops.to_saved());
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
