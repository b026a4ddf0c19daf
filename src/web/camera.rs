//! The camera, for the workshop's scanner of result QR codes: opening it, and reading QR codes from its
//! frames. Where the browser offers the Barcode Detection API with QR codes, it reads the frames; elsewhere
//! the QR worker (`src/bin/qr_worker.rs`) decodes them in wasm.

use gloo_events::EventListener;
use gloo_timers::callback::Interval;
use js_sys::{Array, Object, Reflect};
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MediaStream,
    MediaStreamConstraints, MediaStreamTrack, MessageEvent, Worker,
};
use yew::platform::spawn_local;
use yew::prelude::*;

/// How often a frame of the camera is searched for QR codes.
const SCAN_INTERVAL_MS: u32 = 250;
/// The QR worker's loader, which Trunk writes next to `workshop.html`.
const QR_WORKER_LOADER: &str = "./qr-worker_loader.js";
/// The widest frame handed to the QR worker: wider camera frames are scaled down, which keeps decoding
/// fast, and a code held up to the camera is still large enough at this width.
const DECODER_FRAME_WIDTH: u32 = 640;

/// Who reads the camera's frames.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// The browser's `BarcodeDetector`.
    Detector,
    /// The QR worker, in wasm.
    Worker,
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

/// Who can read QR codes from the camera in this browser, if anyone: the browser's detector where it
/// reads QR codes, else the QR worker where the browser can ask for a camera at all.
pub async fn qr_reader() -> Option<Reader> {
    if reads_qr_codes().await {
        Some(Reader::Detector)
    } else if has_camera_api() {
        Some(Reader::Worker)
    } else {
        None
    }
}

/// Whether the browser can ask for a camera at all.
fn has_camera_api() -> bool {
    // Asked by name: web-sys's getter would hand back `undefined` as if it were the object.
    web_sys::window()
        .and_then(|window| {
            Reflect::get(&window.navigator(), &JsValue::from_str("mediaDevices")).ok()
        })
        .is_some_and(|devices| !devices.is_undefined())
}

/// A running scan: the camera's stream and the timer that searches its frames. Dropping it turns the
/// camera off and ends the QR worker.
pub struct ScanSession {
    state: Rc<RefCell<Option<(MediaStream, Interval)>>>,
    /// Kept so that the worker ends with the session, not with the camera's timer.
    _worker: Option<Rc<QrWorker>>,
}

impl ScanSession {
    /// Opens the camera into `video` and reports each distinct text read from its frames to `onfound`.
    pub fn start(reader: Reader, video: NodeRef, onfound: Callback<String>) -> ScanSession {
        let seen = Rc::new(RefCell::new(HashSet::new()));
        let onfound = Callback::from(move |text: String| {
            if seen.borrow_mut().insert(text.clone()) {
                onfound.emit(text);
            }
        });
        match reader {
            Reader::Detector => ScanSession::with_detector(video, onfound),
            Reader::Worker => ScanSession::with_worker(video, onfound),
        }
    }

    /// Opens the camera and, once it runs, calls `scan` with the video element at every interval.
    fn open_camera(
        video: NodeRef,
        scan: impl Fn(&HtmlVideoElement) + 'static,
    ) -> Rc<RefCell<Option<(MediaStream, Interval)>>> {
        let state = Rc::new(RefCell::new(None));
        let session_state = state.clone();
        spawn_local(async move {
            let Some(element) = video.cast::<HtmlVideoElement>() else {
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
            let interval = Interval::new(SCAN_INTERVAL_MS, move || scan(&element));
            *state.borrow_mut() = Some((stream, interval));
        });
        session_state
    }

    fn with_detector(video: NodeRef, onfound: Callback<String>) -> ScanSession {
        let Some(detector) = barcode_detector() else {
            return ScanSession {
                state: Rc::default(),
                _worker: None,
            };
        };
        let state = ScanSession::open_camera(video, move |element| {
            let (detector, element, onfound) = (detector.clone(), element.clone(), onfound.clone());
            spawn_local(async move {
                for text in detect(&detector, &element).await {
                    onfound.emit(text);
                }
            });
        });
        ScanSession {
            state,
            _worker: None,
        }
    }

    fn with_worker(video: NodeRef, onfound: Callback<String>) -> ScanSession {
        let Some(worker) = QrWorker::start(onfound) else {
            return ScanSession {
                state: Rc::default(),
                _worker: None,
            };
        };
        let worker = Rc::new(worker);
        let (frames, canvas) = (worker.clone(), FrameCanvas::new());
        let state = ScanSession::open_camera(video, move |element| {
            if let Some(frame) = canvas.as_ref().and_then(|canvas| canvas.frame(element)) {
                frames.send(&frame);
            }
        });
        ScanSession {
            state,
            _worker: Some(worker),
        }
    }
}

/// A canvas that turns the video's current frame into pixels for the QR worker.
struct FrameCanvas {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
}

impl FrameCanvas {
    fn new() -> Option<FrameCanvas> {
        let canvas: HtmlCanvasElement = web_sys::window()?
            .document()?
            .create_element("canvas")
            .ok()?
            .dyn_into()
            .ok()?;
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(FrameCanvas { canvas, context })
    }

    /// The video's current frame, at most [`DECODER_FRAME_WIDTH`] wide; `None` while the camera starts.
    fn frame(&self, video: &HtmlVideoElement) -> Option<web_sys::ImageData> {
        let (width, height) = (video.video_width(), video.video_height());
        if video.ready_state() < 2 || width == 0 || height == 0 {
            return None;
        }
        let scaled_width = width.min(DECODER_FRAME_WIDTH);
        let scaled_height = height * scaled_width / width;
        self.canvas.set_width(scaled_width);
        self.canvas.set_height(scaled_height);
        let (w, h) = (f64::from(scaled_width), f64::from(scaled_height));
        self.context
            .draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, w, h)
            .ok()?;
        self.context.get_image_data(0.0, 0.0, w, h).ok()
    }
}

/// The QR worker and what it reads. One frame is in the worker at a time: frames arriving while it is
/// busy are skipped, so a slow machine reads fewer frames instead of queueing them.
struct QrWorker {
    worker: Worker,
    /// Set until the worker says it is ready, and while it reads a frame.
    busy: Rc<RefCell<bool>>,
    _replies: EventListener,
}

impl QrWorker {
    fn start(onfound: Callback<String>) -> Option<QrWorker> {
        let worker = Worker::new(QR_WORKER_LOADER).ok()?;
        let busy = Rc::new(RefCell::new(true));
        let replies = {
            let busy = busy.clone();
            EventListener::new(&worker, "message", move |event| {
                *busy.borrow_mut() = false;
                let Some(event) = event.dyn_ref::<MessageEvent>() else {
                    return;
                };
                let texts: Vec<String> =
                    serde_wasm_bindgen::from_value(event.data()).unwrap_or_default();
                for text in texts {
                    onfound.emit(text);
                }
            })
        };
        Some(QrWorker {
            worker,
            busy,
            _replies: replies,
        })
    }

    fn send(&self, frame: &web_sys::ImageData) {
        if *self.busy.borrow() {
            return;
        }
        // A worker that cannot take the frame reads the next one.
        if self.worker.post_message(frame).is_ok() {
            *self.busy.borrow_mut() = true;
        }
    }
}

impl Drop for QrWorker {
    fn drop(&mut self) {
        self.worker.terminate();
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
