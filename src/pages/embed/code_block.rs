//! One snippet of code on the embed page, to copy or to save as a file.

use crate::web::sharing;
use model::content::EMBED_UI;
use model::{Lang, Text};
use web_sys::HtmlTextAreaElement;
use yew::platform::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct CodeBlockProps {
    pub lang: Lang,
    pub id: AttrValue,
    pub label: AttrValue,
    /// A sentence on what the code holds, beside it.
    #[prop_or_default]
    pub note: Option<AttrValue>,
    pub code: AttrValue,
    /// The name of the file this code is, for a button that saves it as that file.
    #[prop_or_default]
    pub download: Option<AttrValue>,
}

/// One snippet to copy, with its explanation, a copy button and, for a whole file, a download button.
#[function_component(CodeBlock)]
pub(super) fn code_block(props: &CodeBlockProps) -> Html {
    let lang = props.lang;
    let status = use_state(|| None::<&'static Text>);
    let field = use_node_ref();
    let oncopy = {
        let (code, status, field) = (props.code.clone(), status.clone(), field.clone());
        Callback::from(move |_: MouseEvent| {
            let (code, status, field) = (code.clone(), status.clone(), field.clone());
            spawn_local(async move {
                if sharing::copy_to_clipboard(&code).await.is_ok() {
                    status.set(Some(&EMBED_UI.copied));
                } else {
                    if let Some(field) = field.cast::<HtmlTextAreaElement>() {
                        field.select();
                    }
                    status.set(Some(&EMBED_UI.copy_failed));
                }
            });
        })
    };
    // The file is made from the very text the field shows, so what is saved is what the owner read.
    let ondownload = props.download.clone().map(|file_name| {
        let code = props.code.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = sharing::download_text(&code, "text/plain;charset=utf-8", &file_name);
        })
    });
    let note_id = props
        .note
        .as_ref()
        .map(|_| [props.id.as_str(), "-note"].concat());
    html! {
        <div class="code">
            <label for={props.id.clone()}>{ &props.label }</label>
            if let (Some(note), Some(note_id)) = (&props.note, &note_id) {
                <p id={note_id.clone()} class="code-note">{ note }</p>
            }
            <textarea id={props.id.clone()} readonly=true rows="4" spellcheck="false" ref={field}
                aria-describedby={note_id} value={props.code.clone()} />
            <button type="button" class="secondary" onclick={oncopy}>{ EMBED_UI.copy.get(lang) }</button>
            if let Some(ondownload) = ondownload {
                <button type="button" class="secondary download" onclick={ondownload}>
                    { EMBED_UI.download_config.get(lang) }
                </button>
            }
            <span class="status" role="status">{ status.map(|text| text.get(lang)).unwrap_or_default() }</span>
        </div>
    }
}
