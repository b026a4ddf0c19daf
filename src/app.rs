//! The top-level component: holds the quiz state, persists it, and shows the screen the user is on.

use crate::components::header::Header;
use crate::components::notice::Notice;
use crate::components::question::QuestionStep;
use crate::components::result::ResultView;
use crate::components::start::StartView;
use crate::state::QuizState;
use crate::{dom, storage};
use model::content::UI;
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
    let quiz = &state.0;
    let lang = quiz.lang;

    // Every change is saved at once, so a reload resumes exactly where the user was.
    use_effect_with(quiz.clone(), storage::save);
    use_effect_with(lang, |&lang| {
        dom::set_document_language(lang, UI.app_title.get(lang))
    });
    // Focus follows the user from step to step, but the first render leaves focus where the page put it:
    // an app that grabs focus on load would pull a page embedding it down to itself.
    let has_rendered = use_mut_ref(|| false);
    use_effect_with(quiz.screen, move |_| {
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

    let screen = match (quiz.screen, quiz.answers.complete()) {
        // The key gives every question its own radio elements. Reused ones would be renamed from one
        // question's group into the next, and a still-checked radio renamed into a group unchecks the
        // answer already shown there.
        (Screen::Question(index), _) => html! {
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
        (Screen::Result, Some(answers)) => html! {
            <ResultView {lang} {answers} onback={dispatch(Action::Back)} />
        },
        // The model never shows a result without every answer; should it ever, the start screen is safe.
        (Screen::Start | Screen::Result, _) => html! {
            <StartView {lang} onstart={dispatch(Action::Start)} />
        },
    };

    html! {
        <>
            <Header
                {lang}
                screen={quiz.screen}
                {onsetlang}
                onrestart={dispatch(Action::Restart)}
            />
            <main class="screen">
                if *show_discarded_notice {
                    <Notice text={UI.notice_discarded.get(lang)} dismiss={UI.dismiss.get(lang)} {ondismiss} />
                }
                { screen }
            </main>
        </>
    }
}
