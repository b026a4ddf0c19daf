//! The embed page's live preview, from both sides: the embed page marks the frame and follows the heights
//! the check inside reports; the check inside knows from the mark that it is a preview.

use gloo_events::EventListener;
use js_sys::Reflect;
use model::host_event::SOURCE;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Event, MessageEvent};
use yew::NodeRef;

/// The attribute that marks the preview's frame, so the check inside knows it is the embed page's preview
/// ([`is_embed_page_preview`]) and offers no link back to that page.
pub const PREVIEW_FRAME_MARK: &str = "data-embed-preview";

/// Whether this page is the live preview on the embed page: framed by a page of the same origin, in the
/// frame that page marks as its preview. A page of another origin cannot be looked into, so it never is.
pub fn is_embed_page_preview() -> bool {
    web_sys::window()
        .and_then(|window| window.frame_element().ok().flatten())
        .is_some_and(|frame| frame.has_attribute(PREVIEW_FRAME_MARK))
}

/// Calls `onheight` with every height the check in the `preview` frame reports, as it would to a host
/// page, for as long as the returned listener is kept.
pub fn on_preview_height(
    preview: NodeRef,
    onheight: impl Fn(u32) + 'static,
) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "message", move |event| {
        if let Some(height) = preview_height_of(event, &preview) {
            onheight(height);
        }
    }))
}

/// The height the preview's check reports, if `event` is that report: from this page's origin, from the
/// preview frame, and of the check's kind. Any other message is ignored.
fn preview_height_of(event: &Event, preview: &NodeRef) -> Option<u32> {
    let event = event.dyn_ref::<MessageEvent>()?;
    let own_origin = web_sys::window()?.location().origin().ok()?;
    let frame = preview.cast::<web_sys::HtmlIFrameElement>()?;
    let from_preview = match (event.source(), frame.content_window()) {
        (Some(source), Some(window)) => js_sys::Object::is(&source, &window),
        _ => false,
    };
    let data = event.data();
    let field = |name: &str| Reflect::get(&data, &JsValue::from_str(name)).ok();
    let is_height =
        field("source")?.as_string()? == SOURCE && field("type")?.as_string()? == "height";
    (event.origin() == own_origin && from_preview && is_height)
        .then(|| field("height")?.as_f64())
        .flatten()
        .map(|height| height.ceil() as u32)
}
