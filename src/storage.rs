//! Saving and resuming the check in `localStorage`.
//!
//! Storage can be missing or refuse writes (private modes, blocked cookies, a full quota). The check then
//! still works, it only forgets the answers on reload.

use model::Quiz;
use web_sys::Storage;

/// The key under which the check keeps its state; one line written by [`Quiz::to_saved`].
const KEY: &str = "social-media-check";

/// What was found in storage when the app started.
pub struct Loaded {
    pub quiz: Quiz,
    /// A saved state was there but could not be resumed, and has been removed.
    pub discarded: bool,
}

pub fn load() -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded {
            quiz: Quiz::default(),
            discarded: false,
        };
    };
    match storage.get_item(KEY).ok().flatten() {
        None => Loaded {
            quiz: Quiz::default(),
            discarded: false,
        },
        Some(saved) => match Quiz::from_saved(&saved) {
            Ok(quiz) => Loaded {
                quiz,
                discarded: false,
            },
            Err(_) => {
                // Failing to remove it only means the notice shows again on the next load.
                let _ = storage.remove_item(KEY);
                Loaded {
                    quiz: Quiz::default(),
                    discarded: true,
                }
            }
        },
    }
}

pub fn save(quiz: &Quiz) {
    if let Some(storage) = local_storage() {
        // A refused write (quota, privacy settings) must not interrupt the user; see the module comment.
        let _ = storage.set_item(KEY, &quiz.to_saved());
    }
}

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok()?
}
