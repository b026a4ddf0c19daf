//! The embed page's root component: the settings' fields, the live preview and the code to copy. The check
//! in the preview reads the settings the same way an embed does, from the query string, and lists any
//! mistake in its preview notice.

use super::code_block::CodeBlock;
use super::fields::{setting_field, ChoiceField, SettingFieldProps};
use crate::components::page_bar::{use_page_language, PageBar};
use crate::state::State;
use crate::web::{dom, embed_preview, storage};
use crate::PageProps;
use gloo_timers::callback::Timeout;
use model::content::{EMBED_UI, UI};
use model::settings::embed_form::{EmbedForm, FormAction};
use model::settings::snippet::{config_file, iframe_snippet, loader_snippet, query};
use model::settings::{Setting, FILE_NAME};
use model::{Lang, Text};
use yew::prelude::*;

/// How long the preview waits after the last key before it shows what was typed: long enough not to
/// reload the check in it at every key, short enough to follow the owner's typing.
const PREVIEW_PAUSE_MS: u32 = 600;

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
            let listener =
                embed_preview::on_preview_height(preview, move |height| preview_height.set(height));
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
        setting_field(&SettingFieldProps {
            lang,
            setting,
            label,
            value: form.0.value(setting).to_owned().into(),
            field: form.0.field(setting),
            picker,
            ontype: dispatcher
                .to_callback()
                .reform(move |value: String| FormAction::Type(setting, value)),
            onleave: dispatcher.to_callback().reform(|_: ()| FormAction::Preview),
        })
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
