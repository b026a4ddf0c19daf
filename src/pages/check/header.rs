use crate::components::page_bar::PageBar;
use model::content::UI;
use model::{Lang, Question};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    /// The position of the question on screen, for the progress bar; `None` off the questions.
    #[prop_or_default]
    pub question: Option<usize>,
    pub onsetlang: Callback<Lang>,
    /// Restarting is offered only with this callback, so only where there is something to restart.
    #[prop_or_default]
    pub onrestart: Option<Callback<()>>,
    /// The site owner's name, shown beside the product's.
    #[prop_or_default]
    pub name: Option<AttrValue>,
    /// The address of the site owner's logo.
    #[prop_or_default]
    pub logo: Option<AttrValue>,
    /// Called when the logo does not load.
    #[prop_or_default]
    pub onlogoerror: Callback<()>,
}

/// The bar above every screen: the product name, progress, the language switch and restart.
/// Restarting deletes every answer, so it asks once more before it does.
#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let confirming = use_state(|| false);
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
            if let Some(onrestart) = &onrestart {
                onrestart.emit(());
            }
        })
    };

    let progress = match props.question {
        Some(index) => {
            let (n, total) = ((index + 1).to_string(), Question::COUNT.to_string());
            let label = UI.progress.fill(lang, &[("n", &n), ("total", &total)]);
            html! {
                <div class="progress">
                    <span id="progress-label">{ label }</span>
                    <progress max={total} value={n} aria-labelledby="progress-label"></progress>
                </div>
            }
        }
        None => html! {},
    };
    let restart = match (&props.onrestart, *confirming) {
        (None, _) => html! {},
        (Some(_), false) => html! {
            <button type="button" class="link-button" onclick={onask}>{ UI.restart.get(lang) }</button>
        },
        (Some(_), true) => html! {
            <div class="confirm" role="group" aria-label={UI.restart.get(lang)}>
                <span>{ UI.restart_confirm.get(lang) }</span>
                <button type="button" class="link-button danger" onclick={onconfirm}>{ UI.restart_yes.get(lang) }</button>
                <button type="button" class="link-button" onclick={oncancel}>{ UI.restart_no.get(lang) }</button>
            </div>
        },
    };

    html! {
        <PageBar {lang} tools_label={UI.app_title.get(lang)} onsetlang={props.onsetlang.clone()} middle={progress}
            brand={html! {
                <>
                    if let Some(logo) = &props.logo {
                        <img class="logo" src={logo} alt="" onerror={props.onlogoerror.reform(|_: Event| ())} />
                    }
                    if let Some(name) = &props.name {
                        <span class="owner">{ name }</span>
                    }
                    <span>{ UI.app_title.get(lang) }</span>
                </>
            }}>
            { restart }
        </PageBar>
    }
}
