//! The embed page's fields: a setting typed as text (with a colour picker for a colour) or chosen from a
//! few, each with what the check makes of it.

use model::settings::embed_form::Field;
use model::settings::Setting;
use model::{Lang, Text};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The id of the field of `setting`, and of the note beside it.
fn field_ids(setting: Setting) -> (String, String) {
    let id = ["setting-", setting.key()].concat();
    let note = [id.as_str(), "-note"].concat();
    (id, note)
}

struct FieldNoteProps {
    lang: Lang,
    id: AttrValue,
    field: Field,
}

/// What the page says at a field: its mistake in plain words, or what its address was completed to.
fn field_note(props: &FieldNoteProps) -> Html {
    let mistake = matches!(props.field, Field::Mistake(_));
    match props.field.note(props.lang) {
        Some(note) => html! {
            <p id={props.id.clone()} class={classes!("field-note", mistake.then_some("error"))}>{ note }</p>
        },
        None => html! {},
    }
}

pub(super) struct SettingFieldProps {
    pub lang: Lang,
    pub setting: Setting,
    pub label: &'static Text,
    pub value: AttrValue,
    pub field: Field,
    /// For a colour: the colour a picker beside the field shows, and the picker's name.
    pub picker: Option<(String, &'static Text)>,
    pub ontype: Callback<String>,
    pub onleave: Callback<()>,
}

/// A setting typed as text, with what the check makes of it, and for a colour a picker beside it that
/// writes into the same value.
pub(super) fn setting_field(props: &SettingFieldProps) -> Html {
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
            { field_note(&FieldNoteProps { lang, id: note_id.into(), field: props.field.clone() }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct ChoiceFieldProps {
    pub lang: Lang,
    pub setting: Setting,
    pub label: &'static Text,
    /// The values and labels to choose from; the first is the default, shown for an unset value.
    pub options: Vec<(&'static str, &'static Text)>,
    pub value: AttrValue,
    pub field: Field,
    pub onchoose: Callback<String>,
}

/// A setting with a few choices.
#[function_component(ChoiceField)]
pub(super) fn choice_field(props: &ChoiceFieldProps) -> Html {
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
            { field_note(&FieldNoteProps { lang, id: note_id.into(), field: props.field.clone() }) }
        </div>
    }
}
