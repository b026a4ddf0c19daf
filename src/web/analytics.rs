//! Counting visits in the site owner's own analytics (README, "Counting visits"): the one place that sends
//! a count. What is sent, and in which shape, is the model's (`model::analytics`); this module only asks
//! the browser whether it may, and sends.
//!
//! Nothing goes out without `analytics` in `config.ini`, when the browser signals Global Privacy Control or
//! Do Not Track, or in the embed page's preview. A count is a `POST` without cookies and without a
//! referrer, with `keepalive`, so the count of the contact button arrives even though the page is left
//! for the contact link.

use crate::web::settings::Settings;
use crate::web::{dom, embed_preview, host};
use js_sys::Reflect;
use model::analytics::{may_count, Analytics, Event, Page};
use model::host_event::HostEvent;
use model::settings::Config;
use model::Lang;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::Callback;

/// Tells the host page about the visitor (`host::post`, which decides whether it may hear it) and counts
/// the same moment in the owner's analytics: the moments the check reports are written once, here.
pub fn report(event: HostEvent, config: &Config, lang: Lang) {
    host::post(event, &config.host_origins);
    if let Some(count) = Event::of(&event) {
        self::count(count, config, lang);
    }
}

/// Counts `event` in the owner's analytics, if `config` sets them up and the visitor's browser allows it.
pub fn count(event: Event, config: &Config, lang: Lang) {
    let Some(analytics) = Analytics::of(config) else {
        return;
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let signal = |name: &str| Reflect::get(&navigator, &JsValue::from_str(name)).ok();
    let global_privacy_control = signal("globalPrivacyControl").is_some_and(|gpc| gpc.is_truthy());
    let do_not_track = signal("doNotTrack").and_then(|dnt| dnt.as_string());
    if !may_count(
        global_privacy_control,
        do_not_track.as_deref(),
        embed_preview::is_embed_page_preview(),
    ) {
        return;
    }
    let address = window.location().href().unwrap_or_default();
    let referrer = window
        .document()
        .map(|document| document.referrer())
        .unwrap_or_default();
    let page = Page {
        address: &address,
        referrer: &referrer,
        lang,
    };
    let request = analytics.request(event, &page);
    // Nobody waits for the answer: a count that does not arrive changes nothing for the visitor.
    let sent = dom::post_anonymously(&request.url, request.content_type, &[], &request.body, true);
    if let Some(sent) = sent {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(sent).await;
        });
    }
}

/// A callback that counts `event`, for a press (the contact button) or a confirmation (the lead form's).
pub fn counting<T>(event: Event, settings: &Rc<Settings>, lang: Lang) -> Callback<T> {
    let settings = settings.clone();
    Callback::from(move |_| count(event, &settings.config, lang))
}
