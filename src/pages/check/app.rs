//! The check's page (`index.html`): holds the quiz state, persists it, and shows the screen the visitor is
//! on: the start, a question, or their result. A result someone shared (`#r=…`) is shown read-only over the
//! visitor's own check, which it never touches.

use crate::components::notice::Notice;
use crate::pages::check::debunk_card::DEBUNK_CARD_ID;
use crate::pages::check::own_result::OwnResult;
use crate::pages::check::question::QuestionStep;
use crate::pages::check::shared_result::SharedResult;
use crate::pages::check::shell::Shell;
use crate::pages::check::start::StartView;
use crate::state::State;
use crate::web::{analytics, dom, storage};
use crate::PageProps;
use model::analytics::{Analytics, Event};
use model::check::answers::Field;
use model::check::link::read_fragment;
use model::content::UI;
use model::host_event::HostEvent;
use model::{Choice, Lang, Question, QuizAction, Screen};
use yew::prelude::*;

#[function_component(App)]
pub fn app(props: &PageProps) -> Html {
    let config = &props.settings.config;
    let loaded = use_memo((), |_| {
        storage::load(config.lang.unwrap_or_default(), &config.host_origins)
    });
    // A visitor who began on the static first question, before the app had loaded, carries on from there.
    let state = use_reducer(|| {
        let quiz = &loaded.quiz;
        State(
            props
                .early_start
                .map_or_else(|| quiz.clone(), |early| quiz.continued_from(early)),
        )
    });
    let notice = use_state(|| loaded.discarded.then_some(&UI.notice_discarded));
    // A shared result is read from the address, not from storage, so it never replaces the visitor's own.
    let shared = use_state(|| read_fragment(&dom::location_fragment()));
    let quiz = &state.0;
    // The quiz keeps the language the visitor chose; the settings decide how German addresses them.
    let lang = quiz.lang.with_address(config.address);

    // Every change is saved at once, so a reload resumes exactly where the visitor was. Where storage
    // refuses (full, blocked), the answers stay in this page and, where it can, in its address, and the
    // visitor hears once what a reload keeps.
    {
        let (notice, warned) = (notice.clone(), use_mut_ref(|| false));
        let host_origins = config.host_origins.clone();
        use_effect_with(quiz.clone(), move |quiz| {
            if let Err(not_saved) = storage::save(quiz, &host_origins) {
                if !warned.replace(true) {
                    notice.set(Some(not_saved.notice()));
                }
            }
        });
    }
    // Someone opened a result link, as the page loaded or pasted into the address bar later: the owner
    // counts it (a link that does not open counts too, since someone followed it).
    {
        let settings = props.settings.clone();
        use_effect_with(shared.is_some(), move |&opened| {
            if opened {
                analytics::count(Event::SharedResultOpened, &settings.config, lang);
            }
        });
    }
    // A result link pasted into the address bar of an open tab arrives as a change of the fragment.
    {
        let shared = shared.clone();
        use_effect_with((), move |_| {
            let listener =
                dom::on_fragment_change(move |fragment| shared.set(read_fragment(&fragment)));
            move || drop(listener)
        });
    }
    // Focus follows the visitor from screen to screen, but the first render leaves focus where the page put
    // it: an app that grabs focus on load would pull a page embedding it down to itself. The host page
    // hears of the same moves, again only of those the visitor made, not of a reload.
    let on_screen = (quiz.screen, shared.is_some());
    // Leaving the static start counts as the visitor's move; a reload does not.
    let previous = use_mut_ref(|| props.early_start.map(|_| (loaded.quiz.screen, false)));
    {
        let (quiz, settings) = (quiz.clone(), props.settings.clone());
        use_effect_with(on_screen, move |&now| {
            let report = |event| analytics::report(event, &settings.config, lang);
            let before = previous.borrow_mut().replace(now);
            let Some((screen_before, _)) = before.filter(|&before| before != now) else {
                return;
            };
            dom::show_new_screen();
            match (now, quiz.answers.complete()) {
                ((Screen::Result, false), Some(answers)) if screen_before != Screen::Result => {
                    let link = dom::result_link(&answers);
                    let event = HostEvent::Completed {
                        answers: &answers,
                        link: &link,
                        lang,
                    };
                    report(event);
                }
                ((Screen::Question(index), false), _) if screen_before != now.0 => {
                    if screen_before == Screen::Start {
                        report(HostEvent::Started);
                    }
                    report(HostEvent::Step(index));
                }
                _ => {}
            }
        });
    }

    // Each screen of the visitor's own check is an entry in the browser's history, so Back and Forward move
    // between questions instead of leaving the check. A move made with Back or Forward lands on the entry
    // of its screen, which `remember_screen` then leaves as it is.
    {
        let first = use_mut_ref(|| true);
        use_effect_with(
            (quiz.screen, shared.is_none()),
            move |&(screen, showing_own)| {
                let is_first = first.replace(false);
                if showing_own {
                    dom::remember_screen(&screen.code(), !is_first);
                }
            },
        );
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = dom::on_history_move(move |code| {
                if let Some(screen) = Screen::from_code(&code) {
                    state.dispatch(QuizAction::Show(screen));
                }
            });
            move || drop(listener)
        });
    }

    // An answer to an argument brings up its debunk card, the heart of the check, below the options and
    // often below the fold; it comes into view. Only an answer does this: not a reload, not a new screen.
    let argument_answer = match quiz.question() {
        Some(Question::Argument(i)) => quiz.answers.field(Field::Argument(i)),
        _ => None,
    };
    let previous_answer = use_mut_ref(|| None::<(Screen, Option<Choice>)>);
    use_effect_with((quiz.screen, argument_answer), move |&now| {
        let before = previous_answer.borrow_mut().replace(now);
        if before.is_some_and(|before| before.0 == now.0 && before.1 != now.1) {
            dom::reveal(DEBUNK_CARD_ID);
        }
    });

    let dispatch = |action: QuizAction| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(action))
    };
    let onanswer = {
        let state = state.clone();
        Callback::from(move |(field, choice): (Field, Choice)| {
            state.dispatch(QuizAction::Answer(field, choice))
        })
    };
    let onsetlang = {
        let state = state.clone();
        Callback::from(move |lang: Lang| state.dispatch(QuizAction::SetLang(lang)))
    };
    let ondismiss = {
        let notice = notice.clone();
        Callback::from(move |_| notice.set(None))
    };
    let ontakecheck = {
        let shared = shared.clone();
        Callback::from(move |_| {
            dom::replace_fragment("");
            shared.set(None);
        })
    };

    let screen = match (&*shared, quiz.screen, quiz.answers.complete()) {
        (Some(outcome), ..) => html! {
            <SharedResult {lang} outcome={*outcome} {ontakecheck} settings={props.settings.clone()} />
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
                onback={dispatch(QuizAction::Back)}
                onnext={dispatch(QuizAction::Next)}
            />
        },
        (None, Screen::Result, Some(answers)) => html! {
            <OwnResult {lang} {answers} settings={props.settings.clone()}
                onback={dispatch(QuizAction::Back)} />
        },
        // The model never shows a result without every answer; should it ever, the start screen is safe.
        (None, Screen::Start | Screen::Result, _) => html! {
            <StartView {lang} result_goes_to_host={!config.host_origins.is_empty()}
                lead_owner={lead_owner(config)} counting={Analytics::of(config).is_some()}
                intro={config.intro(lang).map(|intro| AttrValue::from(intro.to_owned()))}
                onstart={dispatch(QuizAction::Start)} />
        },
    };
    let question = match (&*shared, quiz.screen) {
        (None, Screen::Question(index)) => Some(index),
        _ => None,
    };
    let onrestart =
        (shared.is_none() && quiz.screen != Screen::Start).then(|| dispatch(QuizAction::Restart));

    html! {
        <Shell {lang} settings={props.settings.clone()} {question} {onsetlang} {onrestart}>
            if let Some(text) = *notice {
                <Notice text={text.get(lang)} dismiss={UI.dismiss.get(lang)} {ondismiss} />
            }
            { screen }
        </Shell>
    }
}

/// Whom the visitor may send the result to, for the start screen's privacy line: `None` without a lead
/// endpoint, `Some(None)` for an owner without a name.
fn lead_owner(config: &model::config::Config) -> Option<Option<AttrValue>> {
    config
        .lead_endpoint
        .as_ref()
        .map(|_| config.name.clone().map(AttrValue::from))
}
