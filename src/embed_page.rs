//! The embed page (`embed.html`): a site owner picks the settings, sees the check with them in a live
//! preview, and copies the code for their pages. The check in the preview reads the settings the same way
//! an embed does, from the query string, and lists any mistake in its preview notice.

use crate::components::page_bar::{use_page_language, PageBar};
use crate::state::State;
use crate::PageProps;
use crate::{dom, sharing, storage};
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use js_sys::Reflect;
use model::content::{EMBED_UI, UI};
use model::host_event::SOURCE;
use model::settings::embed_form::{EmbedForm, Field, FormAction};
use model::settings::snippet::{config_file, iframe_snippet, loader_snippet, query};
use model::settings::{Setting, FILE_NAME};
use model::{Lang, Text};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, MessageEvent};
use yew::platform::spawn_local;
use yew::prelude::*;

/// How long the preview waits after the last key before it shows what was typed: long enough not to
/// reload the check in it at every key, short enough to follow the owner's typing.
const PREVIEW_PAUSE_MS: u32 = 600;

/// The attribute that marks the preview's frame, so the check inside knows it is this page's preview
/// (`dom::is_embed_page_preview`) and offers no link back to this page.
pub const PREVIEW_FRAME_MARK: &str = "data-embed-preview";

#[function_component(EmbedPage)]
pub fn embed_page(props: &PageProps) -> Html {
    let settings = &props.settings;
    let config = &settings.config;
    let form = use_reducer(|| {
        State(storage::load_embed_form(EmbedForm::new(
            config,
            &settings.file_config(),
        )))
    });
    let page_lang = use_state(|| {
        storage::saved_language()
            .or(config.lang)
            .unwrap_or_default()
    });
    let lang = page_lang.with_address(config.address);
    let preview_height = use_state(|| 640_u32);
    let phone_width = use_state(|| false);
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

    // Kept at every key, so that a reload loses nothing the owner typed; and after a pause in typing,
    // the preview shows it. Each key starts the pause anew, since dropping the timer cancels it.
    use_effect_with(form.0.values.clone(), {
        let form = form.clone();
        move |_| {
            storage::save_embed_form(&form.0);
            let dispatcher = form.dispatcher();
            let pause = Timeout::new(PREVIEW_PAUSE_MS, move || {
                dispatcher.dispatch(FormAction::Preview)
            });
            move || drop(pause)
        }
    });

    let app = dom::folder_address();
    let embedded = form.0.embed_settings();
    let mut preview_src = String::from("./");
    preview_src.push_str(&query(&form.0.preview_settings()));
    preview_src.push_str(if preview_src.contains('?') {
        "&preview"
    } else {
        "?preview"
    });

    // A text field follows every key and updates the preview when left; a choice does both at once.
    let dispatcher = form.dispatcher();
    let text_field = |setting: Setting, label: &'static Text| {
        let dispatcher = dispatcher.clone();
        let picker = match setting {
            Setting::Primary => Some(&EMBED_UI.primary_picker),
            Setting::Accent => Some(&EMBED_UI.accent_picker),
            _ => None,
        }
        .map(|name| (form.0.picker_colour(setting), name));
        html! {
            <SettingField {lang} {setting} {label} value={form.0.value(setting).to_owned()}
                field={form.0.field(setting)} {picker}
                ontype={dispatcher.to_callback().reform(move |value: String| FormAction::Type(setting, value))}
                onleave={dispatcher.to_callback().reform(|_: ()| FormAction::Preview)} />
        }
    };
    let choice_field =
        |setting: Setting, label: &'static Text, options: Vec<(&'static str, &'static Text)>| {
            let dispatcher = dispatcher.clone();
            let onchoose = Callback::from(move |value: String| {
                dispatcher.dispatch(FormAction::Type(setting, value));
                dispatcher.dispatch(FormAction::Preview);
            });
            html! {
                <ChoiceField {lang} {setting} {label} {options} field={form.0.field(setting)}
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
    let onwidth = |phone: bool| {
        let phone_width = phone_width.clone();
        Callback::from(move |_: Event| phone_width.set(phone))
    };

    html! {
        <>
            <PageBar {lang} tools_label={EMBED_UI.title.get(lang)} {onsetlang}
                brand={html! { <>{ UI.app_title.get(lang) }{ " · " }{ EMBED_UI.title.get(lang) }</> }}>
                <a class="link-button" href="./">{ EMBED_UI.back_to_check.get(lang) }</a>
            </PageBar>
            <main class="screen embed-setup">
                // The form and the preview side by side on wide screens; the code below both, so the
                // preview, which stays in view while the owner works down the form, never covers it.
                <div class="embed-workbench">
                    <section aria-labelledby="embed-heading">
                        <h1 id="embed-heading">{ EMBED_UI.title.get(lang) }</h1>
                        <p class="lead">{ EMBED_UI.intro.get(lang) }</p>
                        <h2>{ EMBED_UI.settings_heading.get(lang) }</h2>
                        <p>{ EMBED_UI.file_only_note.get(lang) }</p>
                        // Derived from the fields, like the notes beside them, so it never says all is
                        // well while a field holds a mistake; the preview cannot say so, since no mistake
                        // ever reaches it.
                        <p id="embed-status" role="status"
                            class={classes!("embed-status", form.0.has_mistakes().then_some("error"))}>
                            { form.0.status(lang) }
                        </p>
                        { text_field(Setting::Name, &EMBED_UI.name) }
                        { text_field(Setting::Logo, &EMBED_UI.logo) }
                        { text_field(Setting::Primary, &EMBED_UI.primary) }
                        { text_field(Setting::Accent, &EMBED_UI.accent) }
                        { text_field(Setting::ContactLabel, &EMBED_UI.contact_label) }
                        { text_field(Setting::ContactLabelEn, &EMBED_UI.contact_label_en) }
                        { text_field(Setting::ContactLink, &EMBED_UI.contact_link) }
                        { text_field(Setting::ContactText, &EMBED_UI.contact_text) }
                        { text_field(Setting::ContactTextDu, &EMBED_UI.contact_text_du) }
                        { text_field(Setting::ContactTextEn, &EMBED_UI.contact_text_en) }
                        { text_field(Setting::Intro, &EMBED_UI.own_intro) }
                        { text_field(Setting::IntroDu, &EMBED_UI.own_intro_du) }
                        { text_field(Setting::IntroEn, &EMBED_UI.own_intro_en) }
                        { choice_field(Setting::Lang, &EMBED_UI.lang, vec![("de", &EMBED_UI.lang_de), ("en", &EMBED_UI.lang_en)]) }
                        { choice_field(Setting::Address, &EMBED_UI.address, vec![("sie", &EMBED_UI.address_sie), ("du", &EMBED_UI.address_du)]) }
                        { text_field(Setting::HostOrigin, &EMBED_UI.host_origin) }
                        { text_field(Setting::PrivacyLink, &EMBED_UI.privacy_link) }
                        { text_field(Setting::LeadEndpoint, &EMBED_UI.lead_endpoint) }
                        { choice_field(Setting::Analytics, &EMBED_UI.analytics, vec![("", &EMBED_UI.analytics_none), ("plausible", &EMBED_UI.plausible), ("umami", &EMBED_UI.umami), ("matomo", &EMBED_UI.matomo)]) }
                        { text_field(Setting::AnalyticsEndpoint, &EMBED_UI.analytics_endpoint) }
                        { text_field(Setting::AnalyticsSite, &EMBED_UI.analytics_site) }
                        if form.0.is_changed() {
                            <p><button type="button" class="secondary" onclick={onreset}>{ EMBED_UI.reset.get(lang) }</button></p>
                        }
                    </section>
                    <section class="embed-preview" aria-labelledby="preview-frame-heading">
                        <h2 id="preview-frame-heading">{ EMBED_UI.preview_heading.get(lang) }</h2>
                        <fieldset class="preview-width">
                            <legend>{ EMBED_UI.preview_width.get(lang) }</legend>
                            <label>
                                <input type="radio" name="preview-width" value="desktop"
                                    checked={!*phone_width} onchange={onwidth(false)} />
                                { EMBED_UI.preview_desktop.get(lang) }
                            </label>
                            <label>
                                <input type="radio" name="preview-width" value="phone"
                                    checked={*phone_width} onchange={onwidth(true)} />
                                { EMBED_UI.preview_phone.get(lang) }
                            </label>
                        </fieldset>
                        <iframe class={classes!("preview-frame", phone_width.then_some("phone"))}
                            ref={preview} src={preview_src} data-embed-preview=""
                            title={EMBED_UI.preview_title.get(lang)} height={preview_height.to_string()}></iframe>
                    </section>
                </div>
                <section class="embed-code" aria-labelledby="code-heading">
                    <h2 id="code-heading">{ EMBED_UI.code_heading.get(lang) }</h2>
                    if form.0.has_mistakes() {
                        <p class="error">{ EMBED_UI.mistakes_left_out.get(lang) }</p>
                    }
                    <CodeBlock {lang} id="code-loader" label={EMBED_UI.loader_label.get(lang)}
                        note={EMBED_UI.differs_note.get(lang)} code={loader_snippet(&app, &embedded, EMBED_UI.fallback_link.get(lang))} />
                    <CodeBlock {lang} id="code-iframe" label={EMBED_UI.iframe_label.get(lang)}
                        note={EMBED_UI.differs_note.get(lang)}
                        code={iframe_snippet(&app, &embedded, UI.app_title.get(lang))} />
                    <CodeBlock {lang} id="code-config" label={EMBED_UI.config_label.get(lang)}
                        code={config_file(&form.0.file_settings())} download={Some(AttrValue::Static(FILE_NAME))} />
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

/// The id of the field of `setting`, and of the note beside it.
fn field_ids(setting: Setting) -> (String, String) {
    let id = ["setting-", setting.key()].concat();
    let note = [id.as_str(), "-note"].concat();
    (id, note)
}

#[derive(Properties, PartialEq)]
struct FieldNoteProps {
    lang: Lang,
    id: AttrValue,
    field: Field,
}

/// What the page says at a field: its mistake in plain words, or what its address was completed to.
#[function_component(FieldNote)]
fn field_note(props: &FieldNoteProps) -> Html {
    let mistake = matches!(props.field, Field::Mistake(_));
    match props.field.note(props.lang) {
        Some(note) => html! {
            <p id={props.id.clone()} class={classes!("field-note", mistake.then_some("error"))}>{ note }</p>
        },
        None => html! {},
    }
}

#[derive(Properties, PartialEq)]
struct SettingFieldProps {
    lang: Lang,
    setting: Setting,
    label: &'static Text,
    value: AttrValue,
    field: Field,
    /// For a colour: the colour a picker beside the field shows, and the picker's name.
    picker: Option<(String, &'static Text)>,
    ontype: Callback<String>,
    onleave: Callback<()>,
}

/// A setting typed as text, with what the check makes of it, and for a colour a picker beside it that
/// writes into the same value.
#[function_component(SettingField)]
fn setting_field(props: &SettingFieldProps) -> Html {
    let lang = props.lang;
    let (id, note_id) = field_ids(props.setting);
    let has_note = props.field.note(lang).is_some();
    let mistake = matches!(props.field, Field::Mistake(_));
    let oninput = props
        .ontype
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    let onchange = props.onleave.reform(|_: Event| ());
    let text = html! {
        <input id={id.clone()} type="text" value={props.value.clone()} autocomplete="off" spellcheck="false"
            aria-invalid={mistake.then_some("true")} aria-describedby={has_note.then(|| note_id.clone())}
            oninput={oninput.clone()} onchange={onchange.clone()} />
    };
    html! {
        <div class="field">
            <label for={id}>{ props.label.get(lang) }</label>
            if let Some((colour, name)) = &props.picker {
                <span class="colour-field">
                    <input type="color" value={colour.clone()} aria-label={name.get(lang)}
                        {oninput} {onchange} />
                    { text }
                </span>
            } else {
                { text }
            }
            <FieldNote {lang} id={note_id} field={props.field.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ChoiceFieldProps {
    lang: Lang,
    setting: Setting,
    label: &'static Text,
    /// The values and labels to choose from; the first is the default, shown for an unset value.
    options: Vec<(&'static str, &'static Text)>,
    value: AttrValue,
    field: Field,
    onchoose: Callback<String>,
}

/// A setting with a few choices.
#[function_component(ChoiceField)]
fn choice_field(props: &ChoiceFieldProps) -> Html {
    let lang = props.lang;
    let (id, note_id) = field_ids(props.setting);
    let mistake = matches!(props.field, Field::Mistake(_));
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
        <div class="field">
            <label for={id.clone()}>{ props.label.get(lang) }</label>
            <select {id} ref={select} {onchange}
                aria-invalid={mistake.then_some("true")} aria-describedby={mistake.then(|| note_id.clone())}>
                { for props.options.iter().map(|&(value, text)| html! {
                    <option {value} selected={current == value}>{ text.get(lang) }</option>
                }) }
            </select>
            <FieldNote {lang} id={note_id} field={props.field.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CodeBlockProps {
    lang: Lang,
    id: AttrValue,
    label: AttrValue,
    /// A sentence on what the code holds, beside it.
    #[prop_or_default]
    note: Option<AttrValue>,
    code: AttrValue,
    /// The name of the file this code is, for a button that saves it as that file.
    #[prop_or_default]
    download: Option<AttrValue>,
}

/// One snippet to copy, with its explanation, a copy button and, for a whole file, a download button.
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
