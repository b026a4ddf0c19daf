use model::qr::qr_svg;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// What the code holds.
    pub text: AttrValue,
    /// The code's accessible name.
    pub label: AttrValue,
}

/// A QR code as SVG, black on white with its quiet zone, sharp at any size.
#[function_component(QrCode)]
pub fn qr_code(props: &QrCodeProps) -> Html {
    let qr = use_memo(props.text.clone(), |text| qr_svg(text));
    let Some(qr) = qr.as_ref() else {
        return html! {};
    };
    let view_box = format!("0 0 {0} {0}", qr.size);
    html! {
        <svg class="qr-code" viewBox={view_box} role="img" aria-label={&props.label} shape-rendering="crispEdges">
            <rect width="100%" height="100%" fill="#ffffff" />
            <path d={qr.path.clone()} fill="#000000" />
        </svg>
    }
}
