//! The browser's side of sharing a result: the clipboard, the Web Share API, printing, and turning the
//! share card (an SVG from the model) into a PNG download.

use gloo_timers::callback::Timeout;
use js_sys::{Array, Promise, Reflect};
use model::share::card::{CARD_HEIGHT, CARD_WIDTH};
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

/// Opens `url` in a new tab, without giving the new page a handle on this one. Browsers allow this only
/// inside the user's click.
pub fn open_in_new_tab(url: &str) {
    if let Ok(window) = window() {
        // A blocked tab leaves this page as it was; there is nothing to undo.
        let _ = window.open_with_url_and_target_and_features(url, "_blank", "noopener");
    }
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

/// Draws an SVG of `width` × `height` pixels onto a canvas and downloads it as `file_name`.png.
async fn download_svg_as_png(
    svg: &str,
    width: u32,
    height: u32,
    file_name: &str,
) -> Result<(), JsValue> {
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
    canvas.set_width(width);
    canvas.set_height(height);
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
    save(
        &Url::create_object_url_with_blob(&png)?,
        &format!("{file_name}.png"),
    )
}

/// Downloads a share card's SVG (see `model::share::card`) as `file_name`.png.
pub async fn download_card_png(svg: &str, file_name: &str) -> Result<(), JsValue> {
    download_svg_as_png(svg, CARD_WIDTH, CARD_HEIGHT, file_name).await
}

/// Downloads `text` as a file named `file_name`, of the given MIME type.
pub fn download_text(text: &str, mime_type: &str, file_name: &str) -> Result<(), JsValue> {
    save(&object_url(text, mime_type)?, file_name)
}

/// Starts the download of an object URL, and releases the URL once the download has had time to start.
fn save(url: &str, file_name: &str) -> Result<(), JsValue> {
    let document = window()?
        .document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(url);
    link.set_download(file_name);
    link.click();
    let url = url.to_owned();
    Timeout::new(60_000, move || {
        let _ = Url::revoke_object_url(&url);
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
