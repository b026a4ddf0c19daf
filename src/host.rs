//! The embedded check's side of talking to the page around it: sizing the frame and telling the host
//! what the visitor does. The messages themselves are built in the model (`model::host_event`).

use model::host_event::HostEvent;
use std::cell::Cell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{ResizeObserver, Window};

/// The page this check is embedded in, or `None` when it is the top page itself.
fn host() -> Option<Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

pub fn is_embedded() -> bool {
    host().is_some()
}

/// Sends `event` to the host page: the height to whichever page embeds the check, everything about the
/// visitor only to `host_origins`, the origins the settings name. Without a host, or without such origins,
/// nothing is sent.
pub fn post(event: HostEvent, host_origins: &[String]) {
    let Some(host) = host() else {
        return;
    };
    // The JSON is built by the model, so parsing it cannot fail; if it ever did, nothing would be sent.
    let Ok(message) = js_sys::JSON::parse(&event.to_json()) else {
        return;
    };
    if event.is_private() {
        for origin in host_origins {
            // A host page at another origin than the one named makes the browser drop the message.
            let _ = host.post_message(&message, origin);
        }
    } else {
        let _ = host.post_message(&message, "*");
    }
}

/// Tells the host page the content's height, so the embed loader can size the frame to it and the visitor
/// never sees a scrollbar inside. The same height is not sent twice in a row.
pub fn post_height() {
    thread_local! {
        static LAST: Cell<u32> = const { Cell::new(0) };
    }
    let Some(root) = host().and_then(|_| web_sys::window()?.document()?.document_element()) else {
        return;
    };
    let height = root.get_bounding_client_rect().height().ceil() as u32;
    if LAST.with(|last| last.replace(height)) != height {
        post(HostEvent::Height(height), &[]);
    }
}

/// Reports the height whenever it changes. The pages also report it after every render
/// (`components::shell`): a browser lays out a frame that is out of sight only when it comes into view,
/// so this observer alone would keep the frame at its first height until the reader scrolls to it.
pub fn report_height() {
    let Some(root) = host().and_then(|_| web_sys::window()?.document()?.document_element()) else {
        return;
    };
    let onresize = Closure::<dyn FnMut()>::new(post_height);
    if let Ok(observer) = ResizeObserver::new(onresize.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // Both live as long as the page: the height matters until the visitor leaves.
        onresize.forget();
        std::mem::forget(observer);
    }
}
