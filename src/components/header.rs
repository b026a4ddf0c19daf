use model::content::UI;
use model::{Lang, Question, Screen};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub screen: Screen,
    pub onsetlang: Callback<Lang>,
    pub onrestart: Callback<()>,
}

/// The bar above every screen: the product name, progress, the language switch and restart.
/// Restarting deletes every answer, so it asks once more before it does.
#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let confirming = use_state(|| false);
    let other = match lang {
        Lang::De => Lang::En,
        Lang::En => Lang::De,
    };
    let onswitch = props.onsetlang.reform(move |_: MouseEvent| other);
    let onask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let oncancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let onconfirm = {
        let confirming = confirming.clone();
        let onrestart = props.onrestart.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            onrestart.emit(());
        })
    };

    let progress = match props.screen {
        Screen::Question(index) => {
            let (n, total) = ((index + 1).to_string(), Question::COUNT.to_string());
            let label = UI.progress.fill(lang, &[("n", &n), ("total", &total)]);
            html! {
                <div class="progress">
                    <span id="progress-label">{ label }</span>
                    <progress max={total} value={n} aria-labelledby="progress-label"></progress>
                </div>
            }
        }
        Screen::Start | Screen::Result => html! {},
    };
    let restart = match (props.screen, *confirming) {
        (Screen::Start, _) => html! {},
        (_, false) => html! {
            <button type="button" class="link-button" onclick={onask}>{ UI.restart.get(lang) }</button>
        },
        (_, true) => html! {
            <div class="confirm" role="group" aria-label={UI.restart.get(lang)}>
                <span>{ UI.restart_confirm.get(lang) }</span>
                <button type="button" class="link-button danger" onclick={onconfirm}>{ UI.restart_yes.get(lang) }</button>
                <button type="button" class="link-button" onclick={oncancel}>{ UI.restart_no.get(lang) }</button>
            </div>
        },
    };

    html! {
        <header class="bar">
            <span class="brand">{ UI.app_title.get(lang) }</span>
            { progress }
            <nav class="tools" aria-label={UI.app_title.get(lang)}>
                <button type="button" class="link-button" lang={other.code()} onclick={onswitch}>
                    { UI.switch_language.get(lang) }
                </button>
                { restart }
            </nav>
        </header>
    }
}
