//! The check's page (`index.html`): holds the quiz state, persists it, and shows the start screen or the
//! question the user is on. The result has a page of its own (`result_page.rs`), so its code loads only
//! once the questions are done.

use crate::components::notice::Notice;
use crate::components::question::QuestionStep;
use crate::components::shell::Shell;
use crate::components::start::StartView;
use crate::settings::Settings;
use crate::state::QuizState;
use crate::{dom, host, storage};
use gloo_events::EventListener;
use model::content::UI;
use model::host_event::HostEvent;
use model::share::{read_state_fragment, result_fragment, state_fragment};
use model::{Action, Choice, CompleteAnswers, Lang, Screen, Slot};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The site owner's settings, read before the app starts.
    #[prop_or_default]
    pub settings: Rc<Settings>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let config = &props.settings.config;
    let loaded = use_memo((), |_| {
        let mut loaded = storage::load(config.lang.unwrap_or_default());
        // Back from the result page, the check arrives in the fragment, which wins over storage: where
        // storage is blocked (in many embeds) it is the only copy. It is saved, so the fragment can go.
        if let Some(quiz) = read_state_fragment(&dom::location_fragment()) {
            loaded.quiz = quiz;
            dom::replace_fragment("");
        }
        loaded
    });
    let state = use_reducer({
        let quiz = loaded.quiz.clone();
        move || QuizState(quiz)
    });
    let show_discarded_notice = use_state(|| loaded.discarded);
    let quiz = &state.0;
    // The quiz keeps the language the visitor chose; the settings decide how German addresses them.
    let lang = quiz.lang.with_address(config.address);

    // Every change is saved at once, so a reload resumes exactly where the user was.
    use_effect_with(quiz.clone(), storage::save);
    // A result link pasted into the address bar of an open tab arrives as a change of the fragment; the
    // result page shows it. (`route.js` does the same for a link opened from elsewhere.)
    use_effect_with((), |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "hashchange", |_| {
                let fragment = dom::location_fragment();
                if fragment.starts_with("#r=") {
                    dom::go_to(&dom::result_page_address(&fragment), false);
                }
            })
        });
        move || drop(listener)
    });
    // Focus follows the user from screen to screen, but the first render leaves focus where the page put
    // it: an app that grabs focus on load would pull a page embedding it down to itself. The host page
    // hears of the same moves, again only of those the visitor made, not of a reload. With every answer
    // given, the result page takes over.
    let previous_screen = use_mut_ref(|| None::<Screen>);
    {
        let (quiz, host_origins) = (quiz.clone(), config.host_origins.clone());
        use_effect_with(quiz.screen, move |&screen| {
            let previous = previous_screen.borrow_mut().replace(screen);
            let moved = previous.is_some_and(|previous| previous != screen);
            match (screen, quiz.answers.complete()) {
                (Screen::Result, Some(answers)) => {
                    if moved {
                        let link = result_link(&answers);
                        let event = HostEvent::Completed {
                            answers: &answers,
                            link: &link,
                            lang,
                        };
                        host::post(event, &host_origins);
                    }
                    // One history entry for the whole check, as for its steps: the browser's back button
                    // leaves it rather than bouncing between the result and the last question.
                    dom::go_to(&dom::result_page_address(&state_fragment(&quiz)), true);
                }
                (Screen::Question(index), _) if moved => {
                    dom::focus_step_heading();
                    if previous == Some(Screen::Start) {
                        host::post(HostEvent::Started, &host_origins);
                    }
                    host::post(HostEvent::Step(index), &host_origins);
                }
                _ if moved => dom::focus_step_heading(),
                _ => {}
            }
        });
    }

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

    let screen = match quiz.screen {
        // The key gives every question its own radio elements. Reused ones would be renamed from one
        // question's group into the next, and a still-checked radio renamed into a group unchecks the
        // answer already shown there.
        Screen::Question(index) => html! {
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
        // The result page is on its way; until it arrives, the page stays empty rather than flashing
        // the start screen.
        Screen::Result if quiz.answers.complete().is_some() => html! {},
        // The model never shows a result without every answer; should it ever, the start screen is safe.
        Screen::Start | Screen::Result => html! {
            <StartView {lang} result_goes_to_host={!props.settings.config.host_origins.is_empty()} onstart={dispatch(Action::Start)} />
        },
    };
    let question = match quiz.screen {
        Screen::Question(index) => Some(index),
        _ => None,
    };
    let onrestart = (quiz.screen != Screen::Start).then(|| dispatch(Action::Restart));

    html! {
        <Shell {lang} settings={props.settings.clone()} {question} {onsetlang} {onrestart}>
            if *show_discarded_notice {
                <Notice text={UI.notice_discarded.get(lang)} dismiss={UI.dismiss.get(lang)} {ondismiss} />
            }
            { screen }
        </Shell>
    }
}

/// The link to this result: the check's address, settings included, with the answers in the fragment.
pub(crate) fn result_link(answers: &CompleteAnswers) -> String {
    let mut link = dom::check_address();
    link.push('#');
    link.push_str(&result_fragment(answers));
    link
}
