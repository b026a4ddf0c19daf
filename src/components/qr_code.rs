use model::share::qr::QrSvg;
use yew::prelude::*;

pub struct QrCodeProps {
    /// The code, or `None` while it is being made (the space it will take is kept free).
    pub qr: Option<QrSvg>,
    /// The code's accessible name.
    pub label: AttrValue,
}

/// A QR code as SVG, black on white with its quiet zone, sharp at any size.
pub fn qr_code(props: &QrCodeProps) -> Html {
    let Some(qr) = &props.qr else {
        return html! { <div class="qr-code" aria-hidden="true"></div> };
    };
    let view_box = format!("0 0 {0} {0}", qr.size);
    html! {
        <svg class="qr-code" viewBox={view_box} role="img" aria-label={&props.label} shape-rendering="crispEdges">
            <rect width="100%" height="100%" fill="#ffffff" />
            <path d={qr.path.clone()} fill="#000000" />
        </svg>
    }
}
