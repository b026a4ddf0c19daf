//! The embedded check's side of talking to the page around it: sizing the frame and telling the host
//! what the visitor does. The messages themselves are built in the model (`model::host_event`).

use model::host_event::HostEvent;
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

/// Reports the page's height to the host whenever it changes, so the embed loader can size the frame to
/// the content and the visitor never sees a scrollbar inside it.
pub fn report_height() {
    let Some(root) = host().and_then(|_| web_sys::window()?.document()?.document_element()) else {
        return;
    };
    let measured = root.clone();
    let onresize = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil() as u32;
        post(HostEvent::Height(height), &[]);
    });
    if let Ok(observer) = ResizeObserver::new(onresize.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // Both live as long as the page: the height matters until the visitor leaves.
        onresize.forget();
        std::mem::forget(observer);
    }
}
