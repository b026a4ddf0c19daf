//! The check's page (`index.html`): holds the quiz state, persists it, and shows the screen the visitor is
//! on: the start, a question, or their result. A result someone shared (`#r=…`) is shown read-only over the
//! visitor's own check, which it never touches.

use crate::components::notice::{notice, NoticeProps};
use crate::pages::check::hooks::{
    use_count_opened_shared_result, use_follow_screen_moves, use_reveal_card_on_answer,
    use_save_every_change, use_screens_as_history, use_shared_result_in_address,
};
use crate::pages::check::own_result::{own_result, OwnResultProps};
use crate::pages::check::question::{question_step, QuestionStepProps};
use crate::pages::check::shared_result::{shared_result, SharedResultProps};
use crate::pages::check::shell::Shell;
use crate::pages::check::start::{start_view, StartViewProps};
use crate::state::State;
use crate::web::{dom, storage};
use crate::PageProps;
use model::analytics::Analytics;
use model::check::answers::Field;
use model::content::UI;
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
    let shown_notice = use_state(|| loaded.discarded.then_some(&UI.notice_discarded));
    let shared = use_shared_result_in_address();
    let quiz = &state.0;
    // The quiz keeps the language the visitor chose; the settings decide how German addresses them.
    let lang = quiz.lang.with_address(config.address);
    // The visitor's own result, while it is on screen, with its link: made once here for the host page's
    // event and for the result's page, which shows and shares it (and makes the scores once for both).
    let result_shown = match (&*shared, quiz.screen, quiz.answers.complete()) {
        (None, Screen::Result, Some(answers)) => {
            Some((answers, AttrValue::from(dom::result_link(&answers))))
        }
        _ => None,
    };

    use_save_every_change(quiz, &config.host_origins, shown_notice.clone());
    use_count_opened_shared_result(shared.is_some(), props.settings.clone(), lang);
    use_follow_screen_moves(
        (quiz.screen, shared.is_some()),
        // Leaving the static start counts as the visitor's move; a reload does not.
        props.early_start.map(|_| loaded.quiz.screen),
        result_shown
            .as_ref()
            .map(|(answers, link)| (*answers, link.clone())),
        props.settings.clone(),
        lang,
    );
    use_screens_as_history(quiz.screen, shared.is_none(), state.clone());
    let argument_answer = match quiz.question() {
        Some(Question::Argument(i)) => quiz.answers.field(Field::Argument(i)),
        _ => None,
    };
    use_reveal_card_on_answer(quiz.screen, argument_answer);

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
        let shown_notice = shown_notice.clone();
        Callback::from(move |_| shown_notice.set(None))
    };
    let ontakecheck = {
        let shared = shared.clone();
        Callback::from(move |_| {
            dom::replace_fragment("");
            shared.set(None);
        })
    };

    // Every screen's root carries a key of its own (the start, a question's index, the own or the shared
    // result, a link's error), so a new screen never reuses the elements of the one before, even where both
    // begin with the same tag: `boot.js` knows a new screen by a new `#step-heading` element and swallows
    // the rest of a double click that opened it.
    let screen = match (&*shared, quiz.screen, result_shown) {
        (Some(outcome), ..) => shared_result(&SharedResultProps {
            lang,
            outcome: *outcome,
            ontakecheck,
            settings: props.settings.clone(),
        }),
        (None, Screen::Question(index), _) => question_step(&QuestionStepProps {
            lang,
            index,
            answers: quiz.answers.clone(),
            needs_answer: quiz.needs_answer,
            onanswer,
            onback: dispatch(QuizAction::Back),
            onnext: dispatch(QuizAction::Next),
        }),
        (None, Screen::Result, Some((answers, link))) => own_result(&OwnResultProps {
            lang,
            answers,
            link,
            settings: props.settings.clone(),
            onback: dispatch(QuizAction::Back),
        }),
        // The model never shows a result without every answer; should it ever, the start screen is safe.
        (None, Screen::Start | Screen::Result, _) => start_view(&StartViewProps {
            lang,
            result_goes_to_host: !config.host_origins.is_empty(),
            lead_owner: lead_owner(config),
            counting: Analytics::of(config).is_some(),
            intro: config
                .intro(lang)
                .map(|intro| AttrValue::from(intro.to_owned())),
            onstart: dispatch(QuizAction::Start),
        }),
    };
    let question = match (&*shared, quiz.screen) {
        (None, Screen::Question(index)) => Some(index),
        _ => None,
    };
    let onrestart =
        (shared.is_none() && quiz.screen != Screen::Start).then(|| dispatch(QuizAction::Restart));

    html! {
        <Shell {lang} settings={props.settings.clone()} {question} {onsetlang} {onrestart}>
            if let Some(text) = *shown_notice {
                { notice(&NoticeProps {
                    text: text.get(lang).into(),
                    dismiss: UI.dismiss.get(lang).into(),
                    ondismiss,
                }) }
            }
            { screen }
        </Shell>
    }
}

/// Whom the visitor may send the result to, for the start screen's privacy line: `None` without a lead
/// endpoint, `Some(None)` for an owner without a name.
fn lead_owner(config: &model::settings::Config) -> Option<Option<AttrValue>> {
    config
        .lead_endpoint
        .as_ref()
        .map(|_| config.name.clone().map(AttrValue::from))
}
