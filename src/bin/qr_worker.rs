//! The QR worker: a Web Worker with a wasm module of its own that reads QR codes from camera frames, for
//! the workshop's scanner where the browser has no barcode detector. Only the workshop page loads it.
//!
//! Messages: the page posts `ImageData` frames; the worker answers each with an array of the texts of the
//! codes it read (often empty). Its first message, an empty array, says it is ready.

use model::workshop::qr_scan::QrReader;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, ImageData, MessageEvent};

fn main() {
    // A worker has no window: its global scope is where its messages arrive, and only this entry point
    // needs it, so it is taken here rather than through `src/web/`, which serves the pages.
    #[allow(clippy::disallowed_methods)]
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let reader = RefCell::new(QrReader::default());
    let onmessage = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let Ok(frame) = event.data().dyn_into::<ImageData>() else {
            return;
        };
        let texts = reader.borrow_mut().read_rgba(
            frame.width() as usize,
            frame.height() as usize,
            &frame.data(),
        );
        post(&replies, &texts);
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    onmessage.forget();
    post(&scope, &[]);
}

/// Posts the texts read from a frame, as an array of strings.
fn post(scope: &DedicatedWorkerGlobalScope, texts: &[String]) {
    // A list of texts always becomes an array; a reply that cannot be posted has nobody left to read it.
    if let Ok(texts) = serde_wasm_bindgen::to_value(texts) {
        let _ = scope.post_message(&texts);
    }
}
