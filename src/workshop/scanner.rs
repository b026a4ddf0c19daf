//! Scanning participants' result QR codes with the laptop's camera, where the browser offers the Barcode
//! Detection API. Where it does not, the button is not shown and pasting links remains the way in.

use gloo_timers::callback::Interval;
use js_sys::{Array, Object, Reflect};
use model::content::WORKSHOP_UI;
use model::Lang;
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlVideoElement, MediaStream, MediaStreamConstraints, MediaStreamTrack};
use yew::platform::spawn_local;
use yew::prelude::*;

/// How often a frame of the camera is searched for QR codes.
const SCAN_INTERVAL_MS: u32 = 400;

#[derive(Properties, PartialEq)]
pub struct ScannerProps {
    pub lang: Lang,
    /// What a QR code held; each distinct text is reported once per scanning session.
    pub onfound: Callback<String>,
}

#[function_component(Scanner)]
pub fn scanner(props: &ScannerProps) -> Html {
    let lang = props.lang;
    let available = use_state(|| false);
    {
        let available = available.clone();
        use_effect_with((), move |_| {
            spawn_local(async move { available.set(reads_qr_codes().await) });
        });
    }
    let scanning = use_state(|| false);
    let video = use_node_ref();
    {
        let (video, onfound) = (video.clone(), props.onfound.clone());
        use_effect_with(*scanning, move |&scanning| {
            let session = scanning.then(|| ScanSession::start(video, onfound));
            move || drop(session)
        });
    }
    if !*available {
        return html! {};
    }
    let ontoggle = {
        let scanning = scanning.clone();
        Callback::from(move |_: MouseEvent| scanning.set(!*scanning))
    };
    html! {
        <div class="scanner">
            <button type="button" class="secondary" onclick={ontoggle} aria-pressed={scanning.to_string()}>
                { if *scanning { WORKSHOP_UI.scan_stop.get(lang) } else { WORKSHOP_UI.scan_qr.get(lang) } }
            </button>
            if *scanning {
                <p>{ WORKSHOP_UI.scan_hint.get(lang) }</p>
                <video ref={video} muted=true autoplay=true playsinline=true></video>
            }
        </div>
    }
}

/// The browser's `BarcodeDetector` class, if it has one. The API is not in web-sys's stable set, so it is
/// reached by name.
fn barcode_detector_class() -> Option<js_sys::Function> {
    let window = web_sys::window()?;
    Reflect::get(&window, &JsValue::from_str("BarcodeDetector"))
        .ok()?
        .dyn_into()
        .ok()
}

/// Whether this browser can read QR codes. Some browsers define the class but support no format on their
/// platform (Chromium on Linux), so the supported formats are asked for.
async fn reads_qr_codes() -> bool {
    let Some(class) = barcode_detector_class() else {
        return false;
    };
    let formats = Reflect::get(&class, &JsValue::from_str("getSupportedFormats"))
        .ok()
        .and_then(|method| method.dyn_into::<js_sys::Function>().ok())
        .and_then(|method| method.call0(&class).ok());
    let Some(formats) = formats else {
        return false;
    };
    match JsFuture::from(js_sys::Promise::resolve(&formats)).await {
        Ok(formats) => Array::from(&formats)
            .iter()
            .any(|format| format.as_string().as_deref() == Some("qr_code")),
        Err(_) => false,
    }
}

/// A `BarcodeDetector` for QR codes.
fn barcode_detector() -> Option<JsValue> {
    let constructor = barcode_detector_class()?;
    let options = Object::new();
    let formats = Array::of1(&JsValue::from_str("qr_code"));
    Reflect::set(&options, &JsValue::from_str("formats"), &formats).ok()?;
    Reflect::construct(&constructor, &Array::of1(&options)).ok()
}

/// A running scan: the camera's stream and the timer that searches its frames. Dropping it turns the
/// camera off.
struct ScanSession {
    state: Rc<RefCell<Option<(MediaStream, Interval)>>>,
}

impl ScanSession {
    fn start(video: NodeRef, onfound: Callback<String>) -> ScanSession {
        let state = Rc::new(RefCell::new(None));
        let session = ScanSession {
            state: state.clone(),
        };
        spawn_local(async move {
            let (Some(detector), Some(element)) =
                (barcode_detector(), video.cast::<HtmlVideoElement>())
            else {
                return;
            };
            // A refused camera (permission, no device) leaves the facilitator with pasting links.
            let Ok(stream) = camera().await else {
                return;
            };
            // The session may have been dropped while the user was asked for the camera.
            if Rc::strong_count(&state) == 1 {
                stop(&stream);
                return;
            }
            element.set_src_object(Some(&stream));
            let seen = Rc::new(RefCell::new(HashSet::new()));
            let interval = Interval::new(SCAN_INTERVAL_MS, move || {
                let (detector, element, onfound, seen) = (
                    detector.clone(),
                    element.clone(),
                    onfound.clone(),
                    seen.clone(),
                );
                spawn_local(async move {
                    for text in detect(&detector, &element).await {
                        if seen.borrow_mut().insert(text.clone()) {
                            onfound.emit(text);
                        }
                    }
                });
            });
            *state.borrow_mut() = Some((stream, interval));
        });
        session
    }
}

impl Drop for ScanSession {
    fn drop(&mut self) {
        if let Some((stream, _interval)) = self.state.borrow_mut().take() {
            stop(&stream);
        }
    }
}

async fn camera() -> Result<MediaStream, JsValue> {
    let devices = web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .navigator()
        .media_devices()?;
    let constraints = MediaStreamConstraints::new();
    let video = Object::new();
    Reflect::set(
        &video,
        &JsValue::from_str("facingMode"),
        &JsValue::from_str("environment"),
    )?;
    constraints.set_video(&video);
    JsFuture::from(devices.get_user_media_with_constraints(&constraints)?)
        .await?
        .dyn_into()
}

fn stop(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        track.unchecked_into::<MediaStreamTrack>().stop();
    }
}

/// The texts of the QR codes in the video's current frame; none while the camera is still starting.
async fn detect(detector: &JsValue, video: &HtmlVideoElement) -> Vec<String> {
    let Ok(detect) = Reflect::get(detector, &JsValue::from_str("detect")) else {
        return Vec::new();
    };
    let Ok(promise) = detect
        .unchecked_into::<js_sys::Function>()
        .call1(detector, video)
    else {
        return Vec::new();
    };
    let Ok(found) = JsFuture::from(js_sys::Promise::resolve(&promise)).await else {
        return Vec::new();
    };
    Array::from(&found)
        .iter()
        .filter_map(|code| {
            Reflect::get(&code, &JsValue::from_str("rawValue"))
                .ok()?
                .as_string()
        })
        .collect()
}
