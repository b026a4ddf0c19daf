use yew::prelude::*;

pub struct NoticeProps {
    pub text: AttrValue,
    pub dismiss: AttrValue,
    pub ondismiss: Callback<()>,
}

/// A message about the app itself (not about an answer), which the user can close.
pub fn notice(props: &NoticeProps) -> Html {
    let ondismiss = props.ondismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" role="status">
            <p>{ &props.text }</p>
            <button type="button" class="link-button" onclick={ondismiss}>{ &props.dismiss }</button>
        </div>
    }
}
