//! The browser's side of sharing a result: the clipboard, the Web Share API, printing, and turning the
//! share card (an SVG from the model) into a PNG download.

use gloo_timers::callback::Timeout;
use js_sys::{Array, Promise, Reflect};
use model::card::{CARD_HEIGHT, CARD_WIDTH};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement,
    HtmlImageElement, ShareData, Url,
};

fn window() -> Result<web_sys::Window, JsValue> {
    web_sys::window().ok_or_else(|| JsValue::from_str("no window"))
}

/// Copies `text` to the clipboard. Browsers refuse this outside secure contexts and without a user's
/// gesture; the caller then tells the user to copy by hand.
pub async fn copy_to_clipboard(text: &str) -> Result<(), JsValue> {
    let navigator = window()?.navigator();
    // Old or locked-down browsers have no `navigator.clipboard` at all.
    if !Reflect::has(&navigator, &JsValue::from_str("clipboard"))? {
        return Err(JsValue::from_str("no clipboard"));
    }
    JsFuture::from(navigator.clipboard().write_text(text)).await?;
    Ok(())
}

/// Whether this browser offers the system's share sheet.
pub fn can_share() -> bool {
    web_sys::window()
        .and_then(|window| Reflect::has(&window.navigator(), &JsValue::from_str("share")).ok())
        .unwrap_or(false)
}

/// Opens the system's share sheet. A user who closes it without sharing is not an error worth showing,
/// so the caller may ignore the result.
pub async fn share(title: &str, text: &str, url: &str) -> Result<(), JsValue> {
    let data = ShareData::new();
    data.set_title(title);
    data.set_text(text);
    data.set_url(url);
    JsFuture::from(window()?.navigator().share_with_data(&data)).await?;
    Ok(())
}

/// Opens the browser's print dialog, where "Save as PDF" is one of the printers.
pub fn print() {
    if let Ok(window) = window() {
        // A browser that cannot print has nothing better to offer.
        let _ = window.print();
    }
}

/// Draws the share card's SVG onto a canvas of its size and downloads it as `file_name`.png.
pub async fn download_card_png(svg: &str, file_name: &str) -> Result<(), JsValue> {
    let document = window()?
        .document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    // A same-origin blob URL, so the canvas is not tainted and may be exported.
    let svg_url = object_url(svg, "image/svg+xml")?;
    let image = HtmlImageElement::new()?;
    image.set_src(&svg_url);
    let decoded = JsFuture::from(image.decode()).await;
    Url::revoke_object_url(&svg_url)?;
    decoded?;

    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width(CARD_WIDTH);
    canvas.set_height(CARD_HEIGHT);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d context"))?
        .dyn_into()?;
    context.draw_image_with_html_image_element(&image, 0.0, 0.0)?;
    let png: Blob = JsFuture::from(Promise::new(&mut |resolve, reject| {
        if let Err(error) = canvas.to_blob(&resolve) {
            let _ = reject.call1(&JsValue::NULL, &error);
        }
    }))
    .await?
    .dyn_into()?;

    let png_url = Url::create_object_url_with_blob(&png)?;
    let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&png_url);
    link.set_download(&format!("{file_name}.png"));
    link.click();
    // The download has started from the URL; give it a moment before the URL is released.
    Timeout::new(60_000, move || {
        let _ = Url::revoke_object_url(&png_url);
    })
    .forget();
    Ok(())
}

fn object_url(text: &str, mime_type: &str) -> Result<String, JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime_type);
    let parts = Array::of1(&JsValue::from_str(text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    Url::create_object_url_with_blob(&blob)
}
