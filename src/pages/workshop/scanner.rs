//! Scanning participants' result QR codes with the laptop's camera, continuously: every code read is
//! confirmed with a tick and counted, and several codes in one frame are all read. The camera and the
//! reading of its frames are in `web::camera`. Without a camera the button is not shown and pasting links
//! remains the way in.

use crate::web::camera::{self, ScanSession};
use model::content::WORKSHOP_UI;
use model::Lang;
use yew::platform::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScannerProps {
    pub lang: Lang,
    /// What a QR code held; each distinct text is reported once per scanning session.
    pub onfound: Callback<String>,
}

#[function_component(Scanner)]
pub fn scanner(props: &ScannerProps) -> Html {
    let lang = props.lang;
    let reader = use_state(|| None);
    {
        let reader = reader.clone();
        use_effect_with((), move |_| {
            spawn_local(async move { reader.set(camera::qr_reader().await) });
        });
    }
    let scanning = use_state(|| false);
    // How many different codes this scanning session has read: the running count beside the tick.
    let read_count = use_state(|| 0usize);
    let video = use_node_ref();
    {
        let (video, onfound, read_count) =
            (video.clone(), props.onfound.clone(), read_count.clone());
        use_effect_with((*scanning, *reader), move |&(scanning, reader)| {
            read_count.set(0);
            let onread = Callback::from(move |text: String| {
                read_count.set(*read_count + 1);
                onfound.emit(text);
            });
            let session = reader
                .filter(|_| scanning)
                .map(|reader| ScanSession::start(reader, video, onread));
            move || drop(session)
        });
    }
    if reader.is_none() {
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
                <p class="scan-count" role="status">
                    if *read_count > 0 { <span class="tick" aria-hidden="true">{ "✓ " }</span> }
                    { WORKSHOP_UI.scan_count.fill(lang, &[("n", &read_count.to_string())]) }
                </p>
                <video ref={video} muted=true autoplay=true playsinline=true></video>
            }
        </div>
    }
}
