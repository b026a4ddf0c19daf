//! The result page (`result.html`): the visitor's own result, with sharing and the contact button, or a
//! result someone shared through a link (`#r=…`). A page of its own, so the charts, the share panel and
//! their texts stay out of the check's first view; the check sends the visitor here once every question
//! is answered, and `route.js` sends result links here.

use crate::app::result_link;
use crate::components::result::ResultView;
use crate::components::send_to_facilitator::SendToFacilitator;
use crate::components::share_panel::SharePanel;
use crate::components::shared_result::SharedResult;
use crate::components::shell::Shell;
use crate::settings::Settings;
use crate::{dom, host, storage};
use gloo_events::EventListener;
use model::config::contact_href;
use model::content::{CONFIG_UI, UI};
use model::facilitator::Contact;
use model::host_event::HostEvent;
use model::share::{read_fragment, read_state_fragment, state_fragment};
use model::{Action, Lang, Screen};
use std::rc::Rc;
use yew::prelude::*;

/// Starts the result page.
pub fn run() {
    crate::start_page(|root, settings| {
        yew::Renderer::<ResultPage>::with_root_and_props(root, ResultPageProps { settings })
            .render();
    });
}

#[derive(Properties, PartialEq, Default)]
pub struct ResultPageProps {
    #[prop_or_default]
    pub settings: Rc<Settings>,
}

#[function_component(ResultPage)]
pub fn result_page(props: &ResultPageProps) -> Html {
    let config = &props.settings.config;
    // The check hands itself over in the fragment, since storage is blocked in many embeds; a visitor
    // who comes that way has just finished it.
    let handed_over = use_memo((), |_| read_state_fragment(&dom::location_fragment()));
    let quiz = use_state(|| {
        handed_over
            .as_ref()
            .clone()
            .unwrap_or_else(|| storage::load(config.lang.unwrap_or_default()).quiz)
    });
    // A shared result never enters the visitor's own saved check, so it is never saved over it.
    let shared = use_state(|| read_fragment(&dom::location_fragment()));
    let lang = quiz.lang.with_address(config.address);
    let own = quiz
        .answers
        .complete()
        .filter(|_| quiz.screen == Screen::Result);

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
    // A visitor who has just finished the check gets focus on their result's heading, as on every step
    // before; one who opens the page by a result link keeps focus where the browser puts it.
    let arrived = handed_over.is_some();
    use_effect_with((), move |_| {
        if arrived {
            dom::focus_step_heading();
        }
    });
    // Without a shared result and without a finished check there is nothing to show here.
    let nothing_to_show = shared.is_none() && own.is_none();
    use_effect_with(nothing_to_show, |&nothing| {
        if nothing {
            dom::go_to(&dom::check_address(), true);
        }
    });

    // Going back and restarting change the visitor's own check, which the check page then shows.
    let leave_with = |action: Action| {
        let quiz = quiz.clone();
        Callback::from(move |_| {
            let next = quiz.apply(action);
            storage::save(&next);
            let mut address = dom::check_address();
            address.push_str(&state_fragment(&next));
            dom::go_to(&address, true);
        })
    };
    let onsetlang = {
        let quiz = quiz.clone();
        Callback::from(move |lang: Lang| {
            let next = quiz.apply(Action::SetLang(lang));
            storage::save(&next);
            // A reload keeps the language, with or without storage.
            if read_state_fragment(&dom::location_fragment()).is_some() {
                dom::replace_fragment(&state_fragment(&next));
            }
            quiz.set(next);
        })
    };

    let content = match (&*shared, own) {
        (Some(outcome), _) => html! {
            <SharedResult {lang} outcome={*outcome}
                ontakecheck={Callback::from(|_| dom::go_to(&dom::check_address(), false))} />
        },
        (None, Some(answers)) => {
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
            // A workshop's join link may name where its participants send their results.
            let contact = match Contact::from_query(&dom::page_query()) {
                Some(workshop) => {
                    html! { <>{ contact }<SendToFacilitator {lang} result_link={link.clone()} contact={workshop} /></> }
                }
                None => contact,
            };
            let onshared = {
                let host_origins = config.host_origins.clone();
                Callback::from(move |method: &'static str| {
                    host::post(HostEvent::Shared(method), &host_origins)
                })
            };
            html! {
                <ResultView {lang} {answers} heading={UI.result_heading.get(lang)} {contact}>
                    <SharePanel {lang} {link} {answers} {onshared} primary={config.primary} accent={config.accent} />
                    <div class="step-nav">
                        <button type="button" class="secondary" onclick={leave_with(Action::Back).reform(|_: MouseEvent| ())}>
                            { UI.back.get(lang) }
                        </button>
                    </div>
                </ResultView>
            }
        }
        (None, None) => html! {},
    };
    let onrestart = (shared.is_none() && own.is_some()).then(|| leave_with(Action::Restart));

    html! {
        <Shell {lang} settings={props.settings.clone()} {onsetlang} {onrestart}>
            { content }
        </Shell>
    }
}
