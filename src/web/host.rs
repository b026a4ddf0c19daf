//! The embedded check's side of talking to the page around it: sizing the frame, telling the host what the
//! visitor does, and keeping the visitor's progress with the loader when the frame may not store it. The
//! messages themselves are built in the model (`model::host_event`).
//!
//! Only the height goes to any page. Everything about the visitor goes to one origin only: the page that
//! really embeds the check, if the site owner lists it in `host_origin`. The check learns that origin from
//! the browser (`location.ancestorOrigins`, where there is one) or from the loader's handshake, whose
//! `event.origin` no page can forge; an origin a page names in its placeholder counts for nothing. Whether
//! the owner lists it is asked each time, of the settings in effect then, so settings that arrive late
//! (a slow `config.ini`) count as soon as they are there.

use js_sys::{Promise, Reflect};
use model::host_event::{is_verified_host, HostEvent, HANDSHAKE, MAX_HANDED_BACK, SOURCE};
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, ResizeObserver, Window};

/// How long a page whose own storage is blocked waits for the loader to hand back the visitor's progress
/// before it shows anything. The loader answers within a few milliseconds; a plain iframe never does.
const HAND_BACK_WAIT_MS: i32 = 300;

thread_local! {
    /// The origin of the page embedding the check, as the browser tells it, once known; whether it may hear
    /// about the visitor is a question for the settings ([`is_verified_host`]).
    static HOST_ORIGIN: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The progress line the loader kept for this check in its page's storage, if it handed one back.
    static HANDED_BACK: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The page this check is embedded in, or `None` when it is the top page itself.
fn host() -> Option<Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

pub fn is_embedded() -> bool {
    host().is_some()
}

/// The origin of the page embedding this one, where the browser says it (`location.ancestorOrigins`).
fn ancestor_origin() -> Option<String> {
    let location = web_sys::window()?.location();
    let origins = Reflect::get(&location, &JsValue::from_str("ancestorOrigins")).ok()?;
    Reflect::get(&origins, &JsValue::from_f64(0.0))
        .ok()?
        .as_string()
}

/// Finds out which page embeds the check, and asks the loader for the progress it kept. Waits for the
/// loader's answer only when `wait_for_progress` (the frame's own storage is blocked, so that answer is the
/// visitor's progress), and then at most [`HAND_BACK_WAIT_MS`].
pub async fn connect(wait_for_progress: bool) {
    let (Some(host), Some(window)) = (host(), web_sys::window()) else {
        return;
    };
    let ancestor = ancestor_origin();
    if let Some(origin) = ancestor.clone() {
        HOST_ORIGIN.with(|host_origin| host_origin.replace(Some(origin)));
    }
    let answered = Promise::new(&mut |resolve, _| {
        let (ancestor, resolve_on_answer, host) = (ancestor.clone(), resolve.clone(), host.clone());
        let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let from_host = event
                .source()
                .is_some_and(|source| js_sys::Object::is(&source, &host));
            let data = event.data();
            let field = |name: &str| Reflect::get(&data, &JsValue::from_str(name)).ok();
            let is_handshake = field("source").and_then(|s| s.as_string()).as_deref()
                == Some(SOURCE)
                && field("type").and_then(|t| t.as_string()).as_deref() == Some(HANDSHAKE);
            if !from_host || !is_handshake {
                return;
            }
            let origin = event.origin();
            // Where the browser names the embedding page, a handshake from any other origin is not its.
            if ancestor
                .as_deref()
                .is_none_or(|ancestor| ancestor == origin)
            {
                let saved = field("saved")
                    .and_then(|saved| saved.as_string())
                    .filter(|saved| saved.len() <= MAX_HANDED_BACK);
                HANDED_BACK.with(|handed_back| handed_back.replace(saved));
                HOST_ORIGIN.with(|host_origin| host_origin.replace(Some(origin)));
            }
            let _ = resolve_on_answer.call0(&JsValue::UNDEFINED);
        });
        let _ =
            window.add_event_listener_with_callback("message", onmessage.as_ref().unchecked_ref());
        // The listener lives as long as the page: a re-attached frame's loader may answer again.
        onmessage.forget();
        if wait_for_progress {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, HAND_BACK_WAIT_MS);
        } else {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    // The loader answers a page's first height with the handshake. It is measured now, before anything
    // renders: a frame out of sight may not lay itself out, and its observer would report nothing.
    post_height();
    let _ = JsFuture::from(answered).await;
}

/// The origin of the page embedding the check, if the browser told it and `host_origins` (the settings'
/// `host_origin`) lists it: the one page that may hear about the visitor.
fn verified_host(host_origins: &[String]) -> Option<String> {
    HOST_ORIGIN
        .with(|host_origin| host_origin.borrow().clone())
        .filter(|origin| is_verified_host(origin, None, host_origins))
}

/// The progress line the loader kept for this check in its page's storage and handed back, if the page
/// is a verified host ([`verified_host`]) and had one: what to resume from when the frame's own storage
/// is blocked.
pub fn handed_back_progress(host_origins: &[String]) -> Option<String> {
    verified_host(host_origins)?;
    HANDED_BACK.with(|handed_back| handed_back.borrow().clone())
}

/// Gives the visitor's progress (the saved line) to the loader, to keep in its page's storage: only to a
/// verified host page, never to any other. For when the frame's own storage refuses it. Says whether there
/// is such a page to keep it.
pub fn keep_progress(saved: &str, host_origins: &[String]) -> bool {
    let verified = verified_host(host_origins).is_some();
    if verified {
        post(HostEvent::Progress(saved), host_origins);
    }
    verified
}

/// Sends `event` to the host page: the height to whichever page embeds the check, everything about the
/// visitor only to a verified host ([`verified_host`] of `host_origins`, the settings' `host_origin`).
/// Without a host, or without a verified one, nothing about the visitor is sent.
pub fn post(event: HostEvent, host_origins: &[String]) {
    let Some(host) = host() else {
        return;
    };
    // The JSON is built by the model, so parsing it cannot fail; if it ever did, nothing would be sent.
    let Ok(message) = js_sys::JSON::parse(&event.to_json()) else {
        return;
    };
    if !event.is_private() {
        let _ = host.post_message(&message, "*");
        return;
    }
    if let Some(origin) = verified_host(host_origins) {
        // Should the host page have gone to another origin meanwhile, the browser drops the message.
        let _ = host.post_message(&message, &origin);
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
/// (`pages::check::shell`): a browser lays out a frame that is out of sight only when it comes into view,
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
