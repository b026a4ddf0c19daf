//! The check's effects, one hook each, named for what it does: `App` (in `app.rs`) reads as a list of them.

use crate::pages::check::debunk_card::DEBUNK_CARD_ID;
use crate::state::State;
use crate::web::settings::Settings;
use crate::web::{analytics, dom, storage};
use model::analytics::Event;
use model::check::code::CodeError;
use model::check::link::read_fragment;
use model::host_event::HostEvent;
use model::{Choice, CompleteAnswers, Lang, Quiz, QuizAction, Screen, Text};
use std::rc::Rc;
use yew::prelude::*;

/// What a result link in the address held: the answers, or why they do not open; `None` without one.
pub type SharedOutcome = Option<Result<CompleteAnswers, CodeError>>;

/// Calls `onchange` with the value before and the value now whenever `value` changes between renders. The
/// first render calls it only if `first_before` is a value to compare with, and that value differs; later
/// renders ignore `first_before`.
#[hook]
pub fn use_on_change<T, F>(value: T, first_before: Option<T>, onchange: F)
where
    T: Copy + PartialEq + 'static,
    F: FnOnce(T, T) + 'static,
{
    let previous = use_mut_ref(move || first_before);
    use_effect_with(value, move |&now| {
        let before = previous.borrow_mut().replace(now);
        if let Some(before) = before.filter(|&before| before != now) {
            onchange(before, now);
        }
    });
}

/// Saves every change of the check at once, so a reload resumes exactly where the visitor was. Where
/// storage refuses (full, blocked), the answers stay in this page and, where it can, in its address, and
/// the visitor hears once, in `notice`, what a reload keeps.
#[hook]
pub fn use_save_every_change(
    quiz: &Quiz,
    host_origins: &[String],
    notice: UseStateHandle<Option<&'static Text>>,
) {
    let warned = use_mut_ref(|| false);
    let host_origins = host_origins.to_vec();
    use_effect_with(quiz.clone(), move |quiz| {
        if let Err(not_saved) = storage::save(quiz, &host_origins) {
            if !warned.replace(true) {
                notice.set(Some(not_saved.notice()));
            }
        }
    });
}

/// The result someone shared in the address (`#r=…`), read as the page loads and again whenever the
/// address's fragment changes, as when a result link is pasted into the address bar of an open tab. It is
/// read from the address, not from storage, so it never replaces the visitor's own check.
#[hook]
pub fn use_shared_result_in_address() -> UseStateHandle<SharedOutcome> {
    let shared = use_state(|| read_fragment(&dom::location_fragment()));
    {
        let shared = shared.clone();
        use_effect_with((), move |_| {
            let listener =
                dom::on_fragment_change(move |fragment| shared.set(read_fragment(&fragment)));
            move || drop(listener)
        });
    }
    shared
}

/// Counts, in the owner's analytics, that someone opened a result link, as the page loaded or pasted into
/// the address bar later (a link that does not open counts too, since someone followed it).
#[hook]
pub fn use_count_opened_shared_result(opened: bool, settings: Rc<Settings>, lang: Lang) {
    use_effect_with(opened, move |&opened| {
        if opened {
            analytics::count(Event::SharedResultOpened, &settings.config, lang);
        }
    });
}

/// Follows the visitor's moves from screen to screen (`on_screen`: the screen of their own check, and
/// whether a shared result covers it): focus moves to the new screen, and the host page hears of the start,
/// each question and the completed result (`analytics::report`, which counts the same moments). Only the
/// visitor's moves count, not the first render: an app that grabs focus on load would pull a page
/// embedding it down to itself, and a reload is no move. `left_static_start` makes leaving the static
/// start screen a move; `result_link` is the link of the visitor's own result while it is on screen.
#[hook]
pub fn use_follow_screen_moves(
    on_screen: (Screen, bool),
    left_static_start: Option<Screen>,
    own_result: Option<(CompleteAnswers, AttrValue)>,
    settings: Rc<Settings>,
    lang: Lang,
) {
    use_on_change(
        on_screen,
        left_static_start.map(|screen| (screen, false)),
        move |(screen_before, _), now| {
            let report = |event| analytics::report(event, &settings.config, lang);
            dom::show_new_screen();
            match (now, own_result) {
                ((Screen::Result, false), Some((answers, link)))
                    if screen_before != Screen::Result =>
                {
                    report(HostEvent::Completed {
                        answers: &answers,
                        link: &link,
                        lang,
                    });
                }
                ((Screen::Question(index), false), _) if screen_before != now.0 => {
                    if screen_before == Screen::Start {
                        report(HostEvent::Started);
                    }
                    report(HostEvent::Step(index));
                }
                _ => {}
            }
        },
    );
}

/// Makes each screen of the visitor's own check an entry in the browser's history, so Back and Forward
/// move between questions instead of leaving the check. A move made with Back or Forward lands on the
/// entry of its screen, which `remember_screen` then leaves as it is; the first screen replaces the entry
/// the page was opened with.
#[hook]
pub fn use_screens_as_history(
    screen: Screen,
    showing_own: bool,
    state: UseReducerHandle<State<Quiz>>,
) {
    let first = use_mut_ref(|| true);
    use_effect_with((screen, showing_own), move |&(screen, showing_own)| {
        let is_first = first.replace(false);
        if showing_own {
            dom::remember_screen(&screen.code(), !is_first);
        }
    });
    use_effect_with((), move |_| {
        let listener = dom::on_history_move(move |code| {
            if let Some(screen) = Screen::from_code(&code) {
                state.dispatch(QuizAction::Show(screen));
            }
        });
        move || drop(listener)
    });
}

/// Brings an argument's debunk card into view when the visitor answers it: the card is the heart of the
/// check and stands below the options, often below the fold. Only an answer does this (`argument_answer`
/// changing on the same screen), not a reload and not a new screen.
#[hook]
pub fn use_reveal_card_on_answer(screen: Screen, argument_answer: Option<Choice>) {
    use_on_change((screen, argument_answer), None, |before, now| {
        if before.0 == now.0 {
            dom::reveal(DEBUNK_CARD_ID);
        }
    });
}
