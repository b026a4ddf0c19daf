//! The embed page (`embed.html`): a site owner picks the settings, sees the check with them in a live
//! preview, and copies the code for their pages. The check in the preview reads the settings the same way
//! an embed does, from the query string, and lists any mistake in its preview notice.

use crate::components::page_bar::{use_page_language, PageBar};
use crate::PageProps;
use crate::{dom, sharing, storage};
use gloo_events::EventListener;
use js_sys::Reflect;
use model::config::Setting;
use model::content::{EMBED_UI, UI};
use model::embed_form::{EmbedForm, FormAction};
use model::host_event::SOURCE;
use model::snippet::{config_file, iframe_snippet, loader_snippet, preview_query};
use model::{Lang, Text};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, MessageEvent};
use yew::platform::spawn_local;
use yew::prelude::*;

/// The reducer of the form: a thin wrapper, because every rule of it lives in [`EmbedForm::apply`].
#[derive(Clone, Debug, PartialEq)]
struct FormState(EmbedForm);

impl Reducible for FormState {
    type Action = FormAction;

    fn reduce(self: Rc<Self>, action: FormAction) -> Rc<Self> {
        Rc::new(FormState(self.0.clone().apply(action)))
    }
}

#[function_component(EmbedPage)]
pub fn embed_page(props: &PageProps) -> Html {
    let config = &props.settings.config;
    let form = use_reducer(|| FormState(storage::load_embed_form(EmbedForm::new(config))));
    let page_lang = use_state(|| {
        storage::saved_language()
            .or(config.lang)
            .unwrap_or_default()
    });
    let lang = page_lang.with_address(config.address);
    let preview_height = use_state(|| 640_u32);
    let preview = use_node_ref();

    use_page_language(lang, EMBED_UI.title.get(lang).to_owned());
    // The check in the preview reports its height as it would to a host page; the frame follows it.
    {
        let (preview, preview_height) = (preview.clone(), preview_height.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "message", move |event| {
                    if let Some(height) = preview_height_of(event, &preview) {
                        preview_height.set(height);
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Kept at every key, so that a reload loses nothing the owner typed.
    use_effect_with(form.0.values.clone(), {
        let form = form.clone();
        move |_| storage::save_embed_form(&form.0)
    });

    let settings = form.0.settings();
    let app = dom::folder_address();
    let mut preview_src = String::from("./");
    preview_src.push_str(&preview_query(&form.0.previewed_settings()));
    preview_src.push_str(if preview_src.contains('?') {
        "&preview"
    } else {
        "?preview"
    });

    // A text field follows every key and updates the preview when left; a choice does both at once.
    let dispatcher = form.dispatcher();
    let ontype = |setting: Setting| {
        dispatcher
            .to_callback()
            .reform(move |value: String| FormAction::Type(setting, value))
    };
    let onpreview = dispatcher
        .to_callback()
        .reform(|_: Event| FormAction::Preview);
    let text_field = |setting: Setting, label: &Text, kind: &'static str| {
        let id = ["setting-", setting.key()].concat();
        html! {
            <p class="field">
                <label for={id.clone()}>{ label.get(lang) }</label>
                <input {id} type={kind} value={form.0.value(setting).to_owned()} autocomplete="off"
                    oninput={ontype(setting).reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value())}
                    onchange={onpreview.clone()} />
            </p>
        }
    };
    let choice_field =
        |setting: Setting, label: &'static Text, options: [(&'static str, &'static Text); 2]| {
            let dispatcher = dispatcher.clone();
            let onchoose = Callback::from(move |value: String| {
                dispatcher.dispatch(FormAction::Type(setting, value));
                dispatcher.dispatch(FormAction::Preview);
            });
            html! {
                <ChoiceField {lang} id={["setting-", setting.key()].concat()} {label} {options}
                    value={form.0.value(setting).to_owned()} {onchoose} />
            }
        };
    let onreset = dispatcher
        .to_callback()
        .reform(|_: MouseEvent| FormAction::Reset);
    let onsetlang = {
        let page_lang = page_lang.clone();
        Callback::from(move |lang: Lang| page_lang.set(lang))
    };

    html! {
        <>
            <PageBar {lang} tools_label={EMBED_UI.title.get(lang)} {onsetlang}
                brand={html! { <>{ UI.app_title.get(lang) }{ " · " }{ EMBED_UI.title.get(lang) }</> }}>
                <a class="link-button" href="./">{ EMBED_UI.back_to_check.get(lang) }</a>
            </PageBar>
            <main class="screen embed-setup">
                <section aria-labelledby="embed-heading">
                    <h1 id="embed-heading">{ EMBED_UI.title.get(lang) }</h1>
                    <p class="lead">{ EMBED_UI.intro.get(lang) }</p>
                    <h2>{ EMBED_UI.settings_heading.get(lang) }</h2>
                    <p>{ EMBED_UI.file_only_note.get(lang) }</p>
                    { text_field(Setting::Name, &EMBED_UI.name, "text") }
                    { text_field(Setting::Logo, &EMBED_UI.logo, "text") }
                    { text_field(Setting::Primary, &EMBED_UI.primary, "text") }
                    { text_field(Setting::Accent, &EMBED_UI.accent, "text") }
                    { text_field(Setting::ContactLabel, &EMBED_UI.contact_label, "text") }
                    { text_field(Setting::ContactLink, &EMBED_UI.contact_link, "text") }
                    { choice_field(Setting::Lang, &EMBED_UI.lang, [("de", &EMBED_UI.lang_de), ("en", &EMBED_UI.lang_en)]) }
                    { choice_field(Setting::Address, &EMBED_UI.address, [("sie", &EMBED_UI.address_sie), ("du", &EMBED_UI.address_du)]) }
                    { text_field(Setting::HostOrigin, &EMBED_UI.host_origin, "text") }
                    if form.0.is_changed() {
                        <p><button type="button" class="secondary" onclick={onreset}>{ EMBED_UI.reset.get(lang) }</button></p>
                    }
                </section>
                <section aria-labelledby="preview-frame-heading">
                    <h2 id="preview-frame-heading">{ EMBED_UI.preview_heading.get(lang) }</h2>
                    <iframe class="preview-frame" ref={preview} src={preview_src}
                        title={EMBED_UI.preview_title.get(lang)} height={preview_height.to_string()}></iframe>
                </section>
                <section aria-labelledby="code-heading">
                    <h2 id="code-heading">{ EMBED_UI.code_heading.get(lang) }</h2>
                    <CodeBlock {lang} id="code-loader" label={EMBED_UI.loader_label.get(lang)}
                        code={loader_snippet(&app, &settings)} />
                    <CodeBlock {lang} id="code-iframe" label={EMBED_UI.iframe_label.get(lang)}
                        code={iframe_snippet(&app, &settings, UI.app_title.get(lang))} />
                    <CodeBlock {lang} id="code-config" label={EMBED_UI.config_label.get(lang)}
                        code={config_file(&settings)} />
                </section>
            </main>
        </>
    }
}

/// The height the preview's check reports, if `event` is that report: from this page's origin, from the
/// preview frame, and of the check's kind. Any other message is ignored.
fn preview_height_of(event: &Event, preview: &NodeRef) -> Option<u32> {
    let event = event.dyn_ref::<MessageEvent>()?;
    let own_origin = web_sys::window()?.location().origin().ok()?;
    let frame = preview.cast::<web_sys::HtmlIFrameElement>()?;
    let from_preview = match (event.source(), frame.content_window()) {
        (Some(source), Some(window)) => js_sys::Object::is(&source, &window),
        _ => false,
    };
    let data = event.data();
    let field = |name: &str| Reflect::get(&data, &JsValue::from_str(name)).ok();
    let is_height =
        field("source")?.as_string()? == SOURCE && field("type")?.as_string()? == "height";
    (event.origin() == own_origin && from_preview && is_height)
        .then(|| field("height")?.as_f64())
        .flatten()
        .map(|height| height.ceil() as u32)
}

#[derive(Properties, PartialEq)]
struct ChoiceFieldProps {
    lang: Lang,
    id: AttrValue,
    label: &'static Text,
    /// The values and labels to choose from; the first is the default, shown for an unset value.
    options: [(&'static str, &'static Text); 2],
    value: AttrValue,
    onchoose: Callback<String>,
}

/// A setting with two choices.
#[function_component(ChoiceField)]
fn choice_field(props: &ChoiceFieldProps) -> Html {
    let lang = props.lang;
    let select = use_node_ref();
    let current = match props.value.as_str() {
        "" => props.options[0].0,
        value => value,
    };
    // Once the owner has picked an option, the `selected` attribute no longer moves the selection, so
    // the value is set on the element itself: a reset must show.
    {
        let select = select.clone();
        use_effect_with(current.to_owned(), move |current| {
            if let Some(select) = select.cast::<HtmlSelectElement>() {
                select.set_value(current);
            }
        });
    }
    let onchange = props
        .onchoose
        .reform(|event: Event| event.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <p class="field">
            <label for={props.id.clone()}>{ props.label.get(lang) }</label>
            <select id={props.id.clone()} ref={select} {onchange}>
                { for props.options.into_iter().map(|(value, text)| html! {
                    <option {value} selected={current == value}>{ text.get(lang) }</option>
                }) }
            </select>
        </p>
    }
}

#[derive(Properties, PartialEq)]
struct CodeBlockProps {
    lang: Lang,
    id: AttrValue,
    label: AttrValue,
    code: AttrValue,
}

/// One snippet to copy, with its explanation and a copy button.
#[function_component(CodeBlock)]
fn code_block(props: &CodeBlockProps) -> Html {
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
    html! {
        <div class="code">
            <label for={props.id.clone()}>{ &props.label }</label>
            <textarea id={props.id.clone()} readonly=true rows="4" spellcheck="false" ref={field} value={props.code.clone()} />
            <button type="button" class="secondary" onclick={oncopy}>{ EMBED_UI.copy.get(lang) }</button>
            <span class="status" role="status">{ status.map(|text| text.get(lang)).unwrap_or_default() }</span>
        </div>
    }
}
