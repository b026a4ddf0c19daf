//! The few direct DOM operations the app needs, outside the components' virtual DOM.

use model::{EarlyStart, Lang};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The id of the heading of the screen on view; the app moves focus there after every step.
pub const STEP_HEADING_ID: &str = "step-heading";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The element with `id`, emptied of the static content `index.html` shows before the app starts, and
/// what the visitor did there: the static first question they may have begun (`boot.js`). Focus inside the
/// static content (its heading, an option) goes to the app's element of the same id once the app has
/// drawn it. Without such an element (a page that forgot it), the app renders into `<body>`.
pub fn take_over_root(id: &str) -> (Element, Option<EarlyStart>) {
    let document = document().expect("the app runs in a browser page");
    let Some(root) = document.get_element_by_id(id) else {
        let body = document.body().expect("a page has a body");
        return (body.unchecked_into::<Element>(), None);
    };
    let early_start = early_start(&root);
    let focused = document
        .active_element()
        .filter(|element| root.contains(Some(element)))
        .map(|element| element.id())
        .filter(|id| !id.is_empty());
    root.set_inner_html("");
    if let Some(id) = focused {
        after_next_paint(move || focus(&id));
    }
    (root, early_start)
}

/// The static first question's state, if the visitor opened it: the ticked option and whether "Weiter"
/// was pressed (`boot.js` marks it `data-pressed`).
fn early_start(root: &Element) -> Option<EarlyStart> {
    let find = |within: &Element, selector: &str| within.query_selector(selector).ok().flatten();
    let question = find(root, ".question.static")?;
    let business = find(&question, "input[name=slot-0]:checked")
        .and_then(|input| input.get_attribute("value"))
        .and_then(|value| value.parse().ok());
    let next = find(&question, "button.primary[data-pressed]").is_some();
    Some(EarlyStart { business, next })
}

/// Marks the page as shown inside another page, for the compact layout of `styles/main.css`.
pub fn mark_embedded() {
    if let Some(root) = document().and_then(|document| document.document_element()) {
        let _ = root.class_list().add_1("embedded");
    }
}

/// Moves keyboard and screen-reader focus to the element with `id`, if there is one.
pub fn focus(id: &str) {
    let element = document()
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        // Focus can only fail on a detached element, which the next render replaces anyway.
        let _ = element.focus();
    }
}

/// After the visitor moved to another screen: focus on its heading, and the screen's top (its progress line
/// and the heading) at the top of the window, also on a phone where the last screen ended far down. Inside
/// another page's frame, the host page is asked to scroll the progress line to its top (the loader's
/// `reveal`); the brand above it may go out of view there, the question may not.
pub fn show_new_screen() {
    let heading = document()
        .and_then(|document| document.get_element_by_id(STEP_HEADING_ID))
        .and_then(|element| element.dyn_into::<HtmlElement>().ok());
    if let Some(heading) = heading {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        // Focus can only fail on a detached element, which the next render replaces anyway.
        let _ = heading.focus_with_options(&options);
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    if crate::web::host::is_embedded() {
        let progress = window
            .document()
            .and_then(|document| document.get_element_by_id("progress-label"))
            .map_or(0.0, |label| label.get_bounding_client_rect().top());
        let scrolled = window.scroll_y().unwrap_or_default();
        let event = model::host_event::HostEvent::Reveal {
            height: page_height(&window),
            top: (progress + scrolled).max(0.0) as u32,
            screen: true,
        };
        crate::web::host::post(event, &[]);
    } else {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The height of the page's content, in CSS pixels.
fn page_height(window: &web_sys::Window) -> u32 {
    window
        .document()
        .and_then(|document| document.document_element())
        .map_or(0.0, |root| root.get_bounding_client_rect().height())
        .ceil() as u32
}

/// Brings the element with `id` into view if its top is not comfortably on screen, after something the
/// visitor did made it appear: smoothly, unless they asked for reduced motion. Inside another page's frame,
/// which is as tall as its content and cannot scroll, it asks the host page to scroll instead.
pub fn reveal(id: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(element) = window
        .document()
        .and_then(|document| document.get_element_by_id(id))
    else {
        return;
    };
    let top = element.get_bounding_client_rect().top();
    if crate::web::host::is_embedded() {
        let scrolled = window.scroll_y().unwrap_or_default();
        let event = model::host_event::HostEvent::Reveal {
            height: page_height(&window),
            top: (top + scrolled).max(0.0) as u32,
            screen: false,
        };
        crate::web::host::post(event, &[]);
        return;
    }
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or_default();
    // The card's first lines are in view when it starts in the upper two thirds of the screen.
    if (0.0..height * 2.0 / 3.0).contains(&top) {
        return;
    }
    let reduced = window
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    options.set_behavior(if reduced {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Sets `<html lang>` and the document title, so screen readers pronounce the page in its language.
pub fn set_document_language(lang: Lang, title: &str) {
    if let Some(document) = document() {
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        document.set_title(title);
    }
}

/// The page's URL fragment, `#` included, or an empty string.
pub fn location_fragment() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// The progress line kept in the page's address (`#p=…`, see [`keep_progress_in_address`]), if any.
pub fn progress_in_address() -> Option<String> {
    model::check::link::read_progress_fragment(&location_fragment())
}

/// Whether this page came from a reload or from Back and Forward, rather than from following a link: only
/// then is progress in the address the visitor's own. A link that carries `#p=…` was made by someone
/// else, and must not answer the check for its reader.
pub fn is_reload() -> bool {
    let Some(performance) = web_sys::window().and_then(|window| window.performance()) else {
        return false;
    };
    let navigation = performance.get_entries_by_type("navigation").get(0);
    let kind = js_sys::Reflect::get(&navigation, &"type".into()).ok();
    matches!(
        kind.and_then(|kind| kind.as_string()).as_deref(),
        Some("reload" | "back_forward")
    )
}

/// Keeps the progress line in the page's own address, where a reload of this tab finds it: in the
/// fragment, which never reaches a server, and replacing the history entry, so Back does not step through
/// answers. Only in a page of its own, not inside another page's frame (the host page's reload would
/// load the frame's first address again), and never over another fragment such as a result link on
/// view. `false` where it was not kept.
pub fn keep_progress_in_address(saved: &str) -> bool {
    let fragment = location_fragment();
    if crate::web::host::is_embedded() || !(fragment.is_empty() || progress_in_address().is_some())
    {
        return false;
    }
    replace_fragment_checked(&format!(
        "#{}",
        model::check::link::progress_fragment(saved)
    ))
}

/// Takes the progress line out of the page's address, once storage keeps it again.
pub fn forget_progress_in_address() {
    if progress_in_address().is_some() {
        replace_fragment("");
    }
}

/// The page's address without its fragment: where a result link points, so that it keeps any settings
/// given in the query string.
pub fn address_without_fragment() -> String {
    let Some(location) = web_sys::window().map(|window| window.location()) else {
        return String::new();
    };
    let href = location.href().unwrap_or_default();
    match href.split_once('#') {
        Some((address, _)) => address.to_owned(),
        None => href,
    }
}

/// Calls `callback` in a task after the browser has painted what is on screen now: from the next animation
/// frame, which runs just before that paint, a zero timeout queues a task that can only run after it. If the
/// component that asked is gone by then, its state handle ignores what the callback sets.
pub fn after_next_paint(callback: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return callback();
    };
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo_timers::callback::Timeout::new(0, callback).forget();
    });
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

/// Watches an element until it comes near the visible part of the page; dropping
/// it stops watching. See [`when_near_view`].
pub struct NearView {
    observer: web_sys::IntersectionObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for NearView {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `onnear` when `element` comes within a quarter of a screen's height of the visible part of the
/// page: near enough that a visitor who reads only the result's first screen never starts what it
/// waits for, far enough that a visitor scrolling there finds it ready (inside
/// another site's frame, when it becomes visible: browsers apply no margin across origins), or at once
/// where the browser cannot tell. It may be called more than once.
pub fn when_near_view(element: &Element, onnear: impl Fn() + 'static) -> Option<NearView> {
    let onnear = std::rc::Rc::new(onnear);
    let on_entries = onnear.clone();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(
        move |entries: js_sys::Array| {
            let near = entries.iter().any(|entry| {
                entry
                    .unchecked_into::<web_sys::IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if near {
                on_entries();
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("25% 0px");
    match web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    ) {
        Ok(observer) => {
            observer.observe(element);
            Some(NearView {
                observer,
                _callback: callback,
            })
        }
        Err(_) => {
            onnear();
            None
        }
    }
}

/// How long after start the offline cache is set up: long enough that its downloads never compete with the
/// first view for a slow connection, short enough that a visitor who stays has it.
const SERVICE_WORKER_DELAY_MS: u32 = 3_000;

/// Registers the service worker (`sw.js`, written by the build), which caches the app for offline use.
pub fn register_service_worker_later() {
    gloo_timers::callback::Timeout::new(SERVICE_WORKER_DELAY_MS, || {
        if let Some(window) = web_sys::window() {
            // Without service workers (or on a page served from a file), the app simply needs the network.
            let _ = window.navigator().service_worker().register("./sw.js");
        }
    })
    .forget();
}

/// The page's query string, `?` included, or an empty string: settings for this page.
pub fn query_string() -> String {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

/// The link to a result: the check's folder with this page's presentation settings (such as the language;
/// `model::settings::presentation_query`, so a crafted link's other values never travel on), and the answers
/// in the fragment, which never reaches a server.
pub fn result_link(answers: &model::CompleteAnswers) -> String {
    let mut link = folder_address();
    link.push_str(&model::settings::presentation_query(&query_string()));
    link.push('#');
    link.push_str(&model::check::link::result_fragment(answers));
    link
}

/// Replaces the page's fragment (`#…`, or empty to remove it) without reloading or adding a history entry.
pub fn replace_fragment(fragment: &str) {
    replace_fragment_checked(fragment);
}

/// [`replace_fragment`], saying whether the address now has that fragment (browsers refuse, for example,
/// when a page replaces its address too often).
fn replace_fragment_checked(fragment: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(history) = window.history() else {
        return false;
    };
    let mut address = address_without_fragment();
    address.push_str(fragment);
    // The entry keeps its state: which screen of the check it stands for (`remember_screen`).
    let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
    history
        .replace_state_with_url(&state, "", Some(&address))
        .is_ok()
        && location_fragment() == fragment
}

/// Records `screen` (a [`model::Screen::code`]) in the browser's history, so that Back and Forward move
/// between the check's screens: as a new entry after a move the visitor made, or in the current entry
/// when the page starts. An entry that already stands for `screen` (the visitor came to it with Back or
/// Forward) stays as it is. The address stays as it is.
pub fn remember_screen(screen: &str, new_entry: bool) {
    let Some(history) = web_sys::window().and_then(|window| window.history().ok()) else {
        return;
    };
    if history
        .state()
        .ok()
        .and_then(|state| state.as_string())
        .as_deref()
        == Some(screen)
    {
        return;
    }
    let state = wasm_bindgen::JsValue::from_str(screen);
    // A browser that refuses (too many entries in a short time) only loses the way back, never the check.
    let _ = if new_entry {
        history.push_state(&state, "")
    } else {
        history.replace_state(&state, "")
    };
}

/// Calls `onscreen` with the screen code of the history entry the visitor moved to with Back or Forward.
pub fn on_history_move(onscreen: impl Fn(String) + 'static) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(
        &window,
        "popstate",
        move |event| {
            let state = event
                .dyn_ref::<web_sys::PopStateEvent>()
                .and_then(|event| event.state().as_string());
            if let Some(screen) = state {
                onscreen(screen);
            }
        },
    ))
}

/// Calls `onchange` with the address's new fragment (without `#`) whenever it changes while the page is
/// open, as when a link is pasted into the address bar of an open tab.
pub fn on_fragment_change(
    onchange: impl Fn(String) + 'static,
) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(
        &window,
        "hashchange",
        move |_| onchange(location_fragment()),
    ))
}

/// Calls `onkey` with every key pressed on the page. The listener is not passive (gloo's default), so
/// `onkey` may call `preventDefault`, as the slides do to keep the arrow keys from also scrolling the page;
/// in a passive listener that would only log an error.
pub fn on_key_down(
    onkey: impl Fn(&web_sys::KeyboardEvent) + 'static,
) -> Option<gloo_events::EventListener> {
    let document = web_sys::window()?.document()?;
    Some(gloo_events::EventListener::new_with_options(
        &document,
        "keydown",
        gloo_events::EventListenerOptions::enable_prevent_default(),
        move |event| {
            if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                onkey(event);
            }
        },
    ))
}

/// The address of the check next to this page: the page's folder, without query or fragment. The
/// workshop screen invites participants there.
pub fn folder_address() -> String {
    let address = address_without_fragment();
    let address = address.split('?').next().unwrap_or_default();
    match address.rfind('/') {
        Some(end) => address[..=end].to_owned(),
        None => address.to_owned(),
    }
}

/// Posts `body` as `content_type` to a service the site owner named in `config.ini` (the lead form's, the
/// counting service), as a CORS request without cookies and without the page's address as referrer: what
/// the service learns is in the body, which the model writes. `keepalive` lets a request outlive the page,
/// for a count made as the visitor follows a link away. `None` when the browser cannot make the request.
pub fn post_anonymously(
    url: &str,
    content_type: &str,
    headers: &[(&str, &str)],
    body: &str,
    keepalive: bool,
) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let all = web_sys::Headers::new().ok()?;
    for (name, value) in [("Content-Type", content_type)].iter().chain(headers) {
        all.append(name, value).ok()?;
    }
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_mode(web_sys::RequestMode::Cors);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_referrer_policy(web_sys::ReferrerPolicy::NoReferrer);
    // web-sys has no setter for `keepalive`; the browser reads it from the plain object all the same.
    js_sys::Reflect::set(&init, &"keepalive".into(), &keepalive.into()).ok()?;
    init.set_headers(&all);
    init.set_body(&wasm_bindgen::JsValue::from_str(body));
    Some(window.fetch_with_str_and_init(url, &init))
}
