//! The top-level component: holds the quiz state, persists it, and shows the screen the user is on, or a
//! result someone shared through a link.

use crate::components::header::Header;
use crate::components::notice::Notice;
use crate::components::preview_notice::PreviewNotice;
use crate::components::question::QuestionStep;
use crate::components::result::ResultView;
use crate::components::share_panel::SharePanel;
use crate::components::shared_result::SharedResult;
use crate::components::start::StartView;
use crate::settings::Settings;
use crate::state::QuizState;
use crate::{dom, host, storage};
use gloo_events::EventListener;
use model::config::{contact_href, Place, Problem, ProblemKind};
use model::content::{CONFIG_UI, UI};
use model::host_event::HostEvent;
use model::share::{read_fragment, result_fragment};
use model::{Action, Choice, Lang, Screen, Slot};
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
    let loaded = use_memo((), |_| storage::load(config.lang.unwrap_or_default()));
    let state = use_reducer({
        let quiz = loaded.quiz.clone();
        move || QuizState(quiz)
    });
    let show_discarded_notice = use_state(|| loaded.discarded);
    // A result link opened in this tab. It is shown instead of the user's own check, which stays as it
    // was: the shared answers never enter the quiz state, so they are never saved over it.
    let shared = use_state(|| read_fragment(&dom::location_fragment()));
    let quiz = &state.0;
    // The quiz keeps the language the visitor chose; the settings decide how German addresses them.
    let lang = quiz.lang.with_address(config.address);
    let logo_failed = use_state(|| false);

    // Every change is saved at once, so a reload resumes exactly where the user was.
    use_effect_with(quiz.clone(), storage::save);
    {
        let name = config.name.clone();
        use_effect_with(lang, move |&lang| {
            let title = match name {
                Some(name) => [UI.app_title.get(lang), " – ", &name].concat(),
                None => UI.app_title.get(lang).to_owned(),
            };
            dom::set_document_language(lang, &title)
        });
    }
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
    // it: an app that grabs focus on load would pull a page embedding it down to itself. The host page
    // hears of the same moves, again only of those the visitor made, not of a reload.
    let previous_screen = use_mut_ref(|| None::<Screen>);
    {
        let (answers, host_origins) = (quiz.answers.clone(), config.host_origins.clone());
        use_effect_with(
            (quiz.screen, shared.is_some()),
            move |&(screen, showing_shared)| {
                let previous = previous_screen.borrow_mut().replace(screen);
                if previous.is_none() {
                    return;
                }
                dom::focus_step_heading();
                if showing_shared || previous == Some(screen) {
                    return;
                }
                match screen {
                    Screen::Question(index) => {
                        if previous == Some(Screen::Start) {
                            host::post(HostEvent::Started, &host_origins);
                        }
                        host::post(HostEvent::Step(index), &host_origins);
                    }
                    Screen::Result => {
                        if let Some(answers) = answers.complete() {
                            let link = result_link(&answers);
                            let event = HostEvent::Completed {
                                answers: &answers,
                                link: &link,
                                lang,
                            };
                            host::post(event, &host_origins);
                        }
                    }
                    Screen::Start => {}
                }
            },
        );
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
    let ontakecheck = {
        let shared = shared.clone();
        Callback::from(move |_| {
            dom::clear_fragment();
            shared.set(None);
        })
    };

    let onshared = {
        let host_origins = config.host_origins.clone();
        Callback::from(move |method: &'static str| {
            host::post(HostEvent::Shared(method), &host_origins)
        })
    };
    let onlogoerror = {
        let logo_failed = logo_failed.clone();
        let logo = config.logo.clone();
        Callback::from(move |_| {
            if let Some(logo) = &logo {
                let problem = logo_problem(logo);
                crate::settings::report(std::slice::from_ref(&problem), lang);
            }
            logo_failed.set(true);
        })
    };
    let mut problems = props.settings.problems.clone();
    if let (true, Some(logo)) = (*logo_failed, &config.logo) {
        problems.push(logo_problem(logo));
    }

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
            let link = result_link(&answers);
            let contact = match &config.contact_link {
                Some(contact_link) => html! {
                    <p class="contact">
                        <a class="primary" href={contact_href(contact_link, &link)}>
                            { config.contact_label.as_deref().unwrap_or(CONFIG_UI.contact_default.get(lang)) }
                        </a>
                    </p>
                },
                None => html! {},
            };
            html! {
                <ResultView {lang} {answers} heading={UI.result_heading.get(lang)} {contact}>
                    <SharePanel {lang} link={link} {answers} {onshared} />
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
            <Header
                {lang}
                {question}
                {onsetlang}
                {onrestart}
                name={config.name.clone()}
                logo={config.logo.clone().filter(|_| !*logo_failed)}
                {onlogoerror}
            />
            <main class="screen">
                if config.preview {
                    <PreviewNotice {lang} {problems} />
                }
                if *show_discarded_notice {
                    <Notice text={UI.notice_discarded.get(lang)} dismiss={UI.dismiss.get(lang)} {ondismiss} />
                }
                { screen }
            </main>
        </>
    }
}

/// The link to this result: the page's address, settings included, with the answers in the fragment.
fn result_link(answers: &model::CompleteAnswers) -> String {
    let mut link = dom::address_without_fragment();
    link.push('#');
    link.push_str(&result_fragment(answers));
    link
}

fn logo_problem(logo: &str) -> Problem {
    Problem {
        place: Place::Page,
        kind: ProblemKind::LogoMissing {
            value: logo.to_owned(),
        },
    }
}
