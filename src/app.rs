//! The top-level component: holds the quiz state, persists it, and shows the screen the user is on, or a
//! result someone shared through a link.

use crate::components::header::Header;
use crate::components::notice::Notice;
use crate::components::question::QuestionStep;
use crate::components::result::ResultView;
use crate::components::share_panel::SharePanel;
use crate::components::shared_result::SharedResult;
use crate::components::start::StartView;
use crate::state::QuizState;
use crate::{dom, storage};
use gloo_events::EventListener;
use model::content::UI;
use model::share::{read_fragment, result_fragment};
use model::{Action, Choice, Lang, Screen, Slot};
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    let loaded = use_memo((), |_| storage::load());
    let state = use_reducer({
        let quiz = loaded.quiz.clone();
        move || QuizState(quiz)
    });
    let show_discarded_notice = use_state(|| loaded.discarded);
    // A result link opened in this tab. It is shown instead of the user's own check, which stays as it
    // was: the shared answers never enter the quiz state, so they are never saved over it.
    let shared = use_state(|| read_fragment(&dom::location_fragment()));
    let quiz = &state.0;
    let lang = quiz.lang;

    // Every change is saved at once, so a reload resumes exactly where the user was.
    use_effect_with(quiz.clone(), storage::save);
    use_effect_with(lang, |&lang| {
        dom::set_document_language(lang, UI.app_title.get(lang))
    });
    // A result link pasted into the address bar of an open tab arrives as a change of the fragment.
    {
        let shared = shared.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    shared.set(read_fragment(&dom::location_fragment()))
                })
            });
            move || drop(listener)
        });
    }
    // Focus follows the user from screen to screen, but the first render leaves focus where the page put
    // it: an app that grabs focus on load would pull a page embedding it down to itself.
    let has_rendered = use_mut_ref(|| false);
    use_effect_with((quiz.screen, shared.is_some()), move |_| {
        if std::mem::replace(&mut *has_rendered.borrow_mut(), true) {
            dom::focus_step_heading();
        }
    });

    let dispatch = |action: Action| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(action))
    };
    let onanswer = {
        let state = state.clone();
        Callback::from(move |(slot, choice): (Slot, Choice)| {
            state.dispatch(Action::Answer(slot, choice))
        })
    };
    let onsetlang = {
        let state = state.clone();
        Callback::from(move |lang: Lang| state.dispatch(Action::SetLang(lang)))
    };
    let ondismiss = {
        let show = show_discarded_notice.clone();
        Callback::from(move |_| show.set(false))
    };
    let ontakecheck = {
        let shared = shared.clone();
        Callback::from(move |_| {
            dom::clear_fragment();
            shared.set(None);
        })
    };

    let screen = match (&*shared, quiz.screen, quiz.answers.complete()) {
        (Some(outcome), _, _) => html! {
            <SharedResult {lang} outcome={*outcome} {ontakecheck} />
        },
        // The key gives every question its own radio elements. Reused ones would be renamed from one
        // question's group into the next, and a still-checked radio renamed into a group unchecks the
        // answer already shown there.
        (None, Screen::Question(index), _) => html! {
            <QuestionStep
                key={index}
                {lang}
                {index}
                answers={quiz.answers.clone()}
                needs_answer={quiz.needs_answer}
                {onanswer}
                onback={dispatch(Action::Back)}
                onnext={dispatch(Action::Next)}
            />
        },
        (None, Screen::Result, Some(answers)) => {
            let link = format!(
                "{}#{}",
                dom::address_without_fragment(),
                result_fragment(&answers)
            );
            html! {
                <ResultView {lang} {answers} heading={UI.result_heading.get(lang)}>
                    <SharePanel {lang} link={link} {answers} />
                    <div class="step-nav">
                        <button type="button" class="secondary" onclick={dispatch(Action::Back).reform(|_: MouseEvent| ())}>
                            { UI.back.get(lang) }
                        </button>
                    </div>
                </ResultView>
            }
        }
        // The model never shows a result without every answer; should it ever, the start screen is safe.
        (None, Screen::Start | Screen::Result, _) => html! {
            <StartView {lang} onstart={dispatch(Action::Start)} />
        },
    };
    let on_own_check = shared.is_none();
    let question = match quiz.screen {
        Screen::Question(index) if on_own_check => Some(index),
        _ => None,
    };
    let onrestart =
        (on_own_check && quiz.screen != Screen::Start).then(|| dispatch(Action::Restart));

    html! {
        <>
            <Header {lang} {question} {onsetlang} {onrestart} />
            <main class="screen">
                if *show_discarded_notice {
                    <Notice text={UI.notice_discarded.get(lang)} dismiss={UI.dismiss.get(lang)} {ondismiss} />
                }
                { screen }
            </main>
        </>
    }
}
