use super::scanner::Scanner;
use model::check::link::explain;
use model::content::WORKSHOP_UI;
use model::workshop::paste::{AddReport, MAX_PARTICIPANTS};
use model::workshop::saved::Workshops;
use model::Lang;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorkshopPickerProps {
    pub lang: Lang,
    pub workshops: Workshops,
    pub current: Option<usize>,
    pub oncreate: Callback<String>,
    pub onselect: Callback<usize>,
    pub ondelete: Callback<usize>,
}

/// Choosing, creating and deleting workshops; deleting asks once more.
#[function_component(WorkshopPicker)]
pub fn workshop_picker(props: &WorkshopPickerProps) -> Html {
    let lang = props.lang;
    let name_field = use_node_ref();
    let confirming = use_state(|| false);
    let oncreate = {
        let (field, oncreate) = (name_field.clone(), props.oncreate.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(field) = field.cast::<HtmlInputElement>() {
                let name = field.value();
                let name = if name.trim().is_empty() {
                    WORKSHOP_UI.workshop_name_default.get(lang).to_owned()
                } else {
                    name
                };
                oncreate.emit(name);
                field.set_value("");
            }
        })
    };
    let onselect = props.onselect.reform(|event: Event| {
        event
            .target_unchecked_into::<HtmlSelectElement>()
            .value()
            .parse()
            .unwrap_or_default()
    });
    let current_name = props
        .current
        .and_then(|i| props.workshops.list.get(i))
        .map(|workshop| workshop.name.clone());
    let delete = match (props.current, *confirming) {
        (None, _) => html! {},
        (Some(_), false) => {
            let confirming = confirming.clone();
            html! {
                <button type="button" class="link-button danger" onclick={move |_| confirming.set(true)}>
                    { WORKSHOP_UI.delete_workshop.get(lang) }
                </button>
            }
        }
        (Some(index), true) => {
            let (yes, no) = (confirming.clone(), confirming.clone());
            let ondelete = props.ondelete.clone();
            html! {
                <div class="confirm" role="group" aria-label={WORKSHOP_UI.delete_workshop.get(lang)}>
                    <span>{ WORKSHOP_UI.delete_confirm.fill(lang, &[("name", current_name.as_deref().unwrap_or_default())]) }</span>
                    <button type="button" class="link-button danger" onclick={move |_| { yes.set(false); ondelete.emit(index); }}>
                        { WORKSHOP_UI.delete_yes.get(lang) }
                    </button>
                    <button type="button" class="link-button" onclick={move |_| no.set(false)}>
                        { WORKSHOP_UI.delete_no.get(lang) }
                    </button>
                </div>
            }
        }
    };

    html! {
        <section class="workshops" aria-labelledby="workshops-heading">
            <h2 id="workshops-heading">{ WORKSHOP_UI.workshops_heading.get(lang) }</h2>
            if !props.workshops.list.is_empty() {
                <div class="field-row">
                    <label for="workshop-choice">{ WORKSHOP_UI.choose_workshop.get(lang) }</label>
                    <select id="workshop-choice" onchange={onselect}>
                        { for props.workshops.list.iter().enumerate().map(|(i, workshop)| html! {
                            <option value={i.to_string()} selected={props.current == Some(i)}>{ &workshop.name }</option>
                        }) }
                    </select>
                    { delete }
                </div>
            }
            <form class="field-row" onsubmit={oncreate}>
                <label for="workshop-name">{ WORKSHOP_UI.workshop_name_label.get(lang) }</label>
                <input id="workshop-name" type="text" ref={name_field}
                       placeholder={WORKSHOP_UI.workshop_name_default.get(lang)} />
                <button type="submit" class="secondary">{ WORKSHOP_UI.create_workshop.get(lang) }</button>
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CollectPanelProps {
    pub lang: Lang,
    pub report: Option<AddReport>,
    pub onadd: Callback<String>,
}

/// The paste box for result links, and what the last paste added, found twice and refused (with why).
#[function_component(CollectPanel)]
pub fn collect_panel(props: &CollectPanelProps) -> Html {
    let lang = props.lang;
    let links_field = use_node_ref();
    let onadd = {
        let (field, onadd) = (links_field.clone(), props.onadd.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(field) = field.cast::<HtmlTextAreaElement>() {
                onadd.emit(field.value());
                field.set_value("");
            }
        })
    };
    let report = props.report.as_ref().map(|report| {
        let summary = WORKSHOP_UI.added_report.fill(
            lang,
            &[
                ("added", &report.added.to_string()),
                ("duplicates", &report.duplicates.to_string()),
            ],
        );
        html! {
            <div class="report" role="status">
                <p>{ summary }</p>
                if report.too_many > 0 {
                    <p class="error">{ WORKSHOP_UI.too_many.fill(lang, &[("max", &MAX_PARTICIPANTS.to_string())]) }</p>
                }
                if !report.rejected.is_empty() {
                    <h3>{ WORKSHOP_UI.rejected_heading.get(lang) }</h3>
                    <ul class="rejected">
                        { for report.rejected.iter().map(|rejected| html! {
                            <li>
                                <span class="rejected-line">
                                    { WORKSHOP_UI.rejected_line.fill(lang, &[("n", &rejected.line.to_string()), ("text", &rejected.text)]) }
                                </span>
                                { " – " }{ explain(rejected.error).get(lang) }
                            </li>
                        }) }
                    </ul>
                }
            </div>
        }
    });
    html! {
        <section class="collect" aria-labelledby="collect-heading">
            <h2 id="collect-heading">{ WORKSHOP_UI.collect_heading.get(lang) }</h2>
            <Scanner {lang} onfound={props.onadd.clone()} />
            <form onsubmit={onadd}>
                <label for="result-links">{ WORKSHOP_UI.paste_label.get(lang) }</label>
                <textarea id="result-links" rows="5" ref={links_field} />
                <button type="submit" class="primary">{ WORKSHOP_UI.add_links.get(lang) }</button>
            </form>
            // One node whether or not there is a report: a list that grew by one would shift the panel's
            // children, and the scanner before it would be rebuilt, turning the camera off.
            { report.unwrap_or_default() }
        </section>
    }
}
