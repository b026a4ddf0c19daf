//! The share worker: a Web Worker with a wasm module of its own that builds QR codes and share cards.
//!
//! It is not part of the check's first view: the app starts it only when a result is on screen (see
//! `model::share::share_job` for why and for the messages). It answers every job it understands and ignores
//! anything else.

use model::share::share_job::{ShareJob, ShareReply};
// Linked for its allocator only (see `src/lib.rs`), which is smaller than Rust's default; the rest of the
// app's library is never called here, so the linker leaves it out.
use social_media_check as _;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    // A worker has no window: its global scope is where its messages arrive, and only this entry point
    // needs it, so it is taken here rather than through `src/web/`, which serves the pages.
    #[allow(clippy::disallowed_methods)]
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let onmessage = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let job = event
            .data()
            .as_string()
            .and_then(|message| ShareJob::from_message(&message));
        if let Some(job) = job {
            // A reply that cannot be posted has nobody left to read it.
            let _ = replies.post_message(&JsValue::from_str(&job.run().to_message()));
        }
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    onmessage.forget();
    // Only now can jobs be received; the app waits for this.
    let _ = scope.post_message(&JsValue::from_str(&ShareReply::Ready.to_message()));
}
