//! Component tests, run in headless Chromium by `wasm-bindgen-test` (see scripts/test).

#![cfg(target_arch = "wasm32")]
// The tests look into the page the components render into and into its storage; the rule that only
// `src/web/` touches the browser (clippy.toml) is for the app, not for what inspects it.
#![allow(clippy::disallowed_methods)]

use model::check::answers::{Field, GOAL_SCREENS};
use model::check::code::CodeError;
use model::check::scoring::Reader;
use model::content::{
    asked_argument, ARGUMENTS, BANDS, BUSINESSES, LEAD_UI, PLAN, QUICK_WINS, RESULT_NOTES, UI,
};
use model::workshop::facilitator::Contact;
use model::{Answers, Choice, CompleteAnswers, Lang, Quiz, Scores, Screen, Slot};
use social_media_check::pages::check::choice_group::{choice_group, ChoiceGroupProps};
use social_media_check::pages::check::lead_form::{LeadFormProps, LeadFormView};
use social_media_check::pages::check::question::{question_step, QuestionStepProps};
use social_media_check::pages::check::result::{ResultView, ResultViewProps};
use social_media_check::pages::check::score_gauge::{score_gauge, ScoreGaugeProps};
use social_media_check::pages::check::send_to_facilitator::{
    SendToFacilitator, SendToFacilitatorProps,
};
use social_media_check::pages::check::share_panel::{SharePanel, SharePanelProps};
use social_media_check::pages::check::shared_result::{shared_result, SharedResultProps};
use social_media_check::pages::check::App;
use social_media_check::web::settings::Settings;
use social_media_check::PageProps;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

const STORAGE_KEY: &str = "social-media-check";

/// A fresh element in the page to render one component into.
fn container() -> Element {
    let document = page_document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

fn page_document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} in {}", root.inner_html()))
}

/// Waits until the browser has painted and the work the app left for after the paint is rendered (the
/// result builds what lies below its first screen then).
async fn painted() {
    yew::scheduler::flush().await;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        social_media_check::web::dom::after_next_paint(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        })
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    yew::scheduler::flush().await;
}

#[derive(Properties, PartialEq)]
struct ViewProps {
    html: Html,
}

/// A component that shows what a view function made, so that Yew renders it, with its callbacks and the
/// components inside it, as it does in the app.
#[function_component(View)]
fn view(props: &ViewProps) -> Html {
    props.html.clone()
}

/// Renders what a view function made into `root`.
fn mount(root: &Element, html: Html) {
    yew::Renderer::<View>::with_root_and_props(root.clone(), ViewProps { html }).render();
}

fn click(element: &Element) {
    element.unchecked_ref::<HtmlElement>().click();
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
async fn a_choice_group_is_a_labelled_radio_group_that_reports_the_choice() {
    let root = container();
    let chosen = Rc::new(Cell::new(None));
    let props = ChoiceGroupProps {
        name: "test-group".into(),
        legend: "Wie oft?".into(),
        options: vec!["nie".into(), "selten".into(), "oft".into(), "immer".into()],
        selected: Some(Choice::new(1).unwrap()),
        error_id: None,
        onchoose: {
            let chosen = chosen.clone();
            Callback::from(move |choice| chosen.set(Some(choice)))
        },
    };
    mount(&root, choice_group(&props));
    yew::scheduler::flush().await;

    assert_eq!(
        one(&root, "fieldset legend").text_content().unwrap(),
        "Wie oft?"
    );
    let radios = all(&root, "input[type=radio][name=test-group]");
    assert_eq!(radios.len(), 4);
    for radio in &radios {
        let label = one(&root, &format!("label[for='{}']", radio.id()));
        assert!(
            label.contains(Some(radio)),
            "each radio sits in its own label"
        );
    }
    assert!(radios[1].unchecked_ref::<HtmlInputElement>().checked());
    click(&radios[3]);
    assert_eq!(chosen.get(), Choice::new(3));
}

fn question_props(index: usize, answers: Answers, needs_answer: bool) -> QuestionStepProps {
    QuestionStepProps {
        lang: Lang::De,
        index,
        answers,
        needs_answer,
        onanswer: Callback::noop(),
        onback: Callback::noop(),
        onnext: Callback::noop(),
    }
}

#[wasm_bindgen_test]
async fn the_debunk_card_with_fact_and_source_appears_once_the_argument_is_answered() {
    let unanswered = container();
    mount(
        &unanswered,
        question_step(&question_props(1, Answers::default(), false)),
    );
    // Screen 1 asks the first argument of the check's order.
    let first = asked_argument(0);
    let mut answers = Answers::default();
    answers.set(Slot::Argument(first), Choice::LOWEST);
    let answered = container();
    mount(&answered, question_step(&question_props(1, answers, false)));
    yew::scheduler::flush().await;

    assert!(unanswered.query_selector(".debunk").unwrap().is_none());
    let card = one(&answered, ".debunk").text_content().unwrap();
    assert!(card.contains(ARGUMENTS[first].fact.statement.de));
    assert!(one(&answered, ".debunk .fact figcaption")
        .text_content()
        .unwrap()
        .contains(&ARGUMENTS[first].fact.source(Lang::De)));
    // The argument explained, the figure's meaning and its base wait behind "Warum?".
    let why = one(&answered, ".debunk details.why");
    assert!(!why.has_attribute("open"));
    assert_eq!(
        one(&why, "summary").text_content().unwrap(),
        UI.why_label.de
    );
    let folded = why.text_content().unwrap();
    assert!(folded.contains(ARGUMENTS[first].debunk.de));
    assert!(folded.contains(&ARGUMENTS[first].fact.citation(Lang::De)));
    assert_eq!(
        one(&answered, ".debunk .response").text_content().unwrap(),
        ARGUMENTS[first].responses[0].de,
        "the card's first line answers the lowest choice"
    );
}

#[wasm_bindgen_test]
async fn a_goal_screen_asks_each_goal_on_one_scale_and_flags_what_is_missing() {
    let root = container();
    let mut answers = Answers::default();
    answers.answer(Field::Goal(0), Choice::HIGHEST);
    mount(&root, question_step(&question_props(8, answers, true)));
    yew::scheduler::flush().await;

    let groups = all(&root, "fieldset");
    assert_eq!(groups.len(), GOAL_SCREENS[0].len());
    assert_eq!(
        groups[0].get_attribute("aria-describedby"),
        None,
        "the first goal is answered"
    );
    assert!(one(&groups[0], "#slot-8-3")
        .dyn_into::<HtmlInputElement>()
        .unwrap()
        .checked());
    assert_eq!(
        groups[1].get_attribute("aria-describedby").as_deref(),
        Some("needs-answer")
    );
    assert_eq!(
        one(&root, "[role=alert]").text_content().unwrap(),
        UI.choose_answer.de
    );
}

#[wasm_bindgen_test]
async fn the_result_shows_score_band_charts_with_tables_and_three_steps() {
    let root = container();
    let props = ResultViewProps {
        lang: Lang::En,
        answers: CompleteAnswers::uniform(Choice::HIGHEST),
        scores: Scores::of(&CompleteAnswers::uniform(Choice::HIGHEST)),
        reader: Reader::Own,
        heading: "Your result".into(),
        next_steps_heading: UI.next_steps_heading.en.into(),
        contact: Some(html! { <a class="primary">{ "Get in touch" }</a> }),
        contact_text: None,
        lead_opener: html! { <p class="lead-open">{ "Send it" }</p> },
        lead: html! { <section class="lead-form">{ "The form" }</section> },
        intro: html! {},
        children: html! { <p id="after-the-result">{ "more" }</p> },
    };
    yew::Renderer::<ResultView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    // The first screen comes first, on its own; the rest follows once it has been painted.
    assert_eq!(
        one(&root, ".overall-score").text_content().unwrap(),
        UI.score_of_100.fill(Lang::En, &[("score", "100")])
    );
    assert_eq!(all(&root, ".contact").len(), 1);
    // Without the owner's contact_text, the line above the button gives a reason to talk, tied to the
    // step the first screen names.
    let top_step = one(&root, ".top-step h2").text_content().unwrap();
    let step = PLAN
        .iter()
        .find(|step| step.title.en == top_step)
        .expect("a plan step");
    assert_eq!(
        one(&root, ".contact-text").text_content().unwrap(),
        step.talk.en
    );
    assert!(all(&root, ".next-steps, svg.bars, #after-the-result").is_empty());
    painted().await;
    assert_eq!(all(&root, ".contact").len(), 2);
    let charts = all(&root, "svg.bars");
    assert_eq!(charts.len(), 2);
    for chart in &charts {
        assert_eq!(chart.get_attribute("aria-hidden").as_deref(), Some("true"));
        assert_eq!(all(chart, "rect.bar-fill").len(), 7);
    }
    let tables = all(&root, "table");
    assert_eq!(tables.len(), 2);
    for table in &tables {
        assert_eq!(all(table, "tbody tr").len(), 7);
    }
    assert_eq!(all(&root, ".next-steps > li").len(), 3);
    assert_eq!(one(&root, "h1").text_content().unwrap(), "Your result");
    assert!(root.query_selector("#after-the-result").unwrap().is_some());
    // The contact stands in the first screen, with the score, and again after the next steps and the
    // quick win it invites the visitor to talk about.
    let contacts = all(&root, ".contact");
    assert_eq!(contacts.len(), 2);
    assert!(one(&root, ".result-top").contains(Some(&contacts[0])));
    let after_steps = one(&root, ".quick-win").next_element_sibling().unwrap();
    assert_eq!(&after_steps, &contacts[1]);
    // The lead form follows the second contact; the first screen only leads there.
    assert_eq!(
        contacts[0].next_element_sibling().unwrap(),
        one(&root, ".result-top .lead-open")
    );
    assert_eq!(
        contacts[1].next_element_sibling().unwrap(),
        one(&root, ".lead-form")
    );
    // Every argument answered at the top: a strength is named, and no goal is left open.
    assert!(one(&root, ".strength")
        .text_content()
        .unwrap()
        .starts_with("Strength"));
    assert_eq!(
        one(&root, ".goals-gap").text_content().unwrap(),
        format!("◆ {}", UI.goals_no_gap.en)
    );
    assert!(all(&root, "g.marked").is_empty());
    // Every answer is the highest, so the business is the fourth kind and the steps are the plan's first.
    assert_eq!(
        one(&root, ".next-steps .action").text_content().unwrap(),
        BUSINESSES[3].steps().actions[0].en
    );
    assert!(one(&root, ".notes")
        .text_content()
        .unwrap()
        .contains(RESULT_NOTES.expectations.en));
}

#[wasm_bindgen_test]
async fn the_first_screen_names_the_top_step_and_the_rest_folds_away_with_a_quick_win() {
    let root = container();
    let mut answers = CompleteAnswers::uniform(Choice::LOWEST);
    for i in 0..7 {
        answers.set(Slot::Importance(i), Choice::HIGHEST);
    }
    let props = ResultViewProps {
        lang: Lang::De,
        answers,
        scores: Scores::of(&answers),
        reader: Reader::Shared,
        heading: "Ergebnis".into(),
        next_steps_heading: UI.shared_next_steps_heading.de.into(),
        contact: None,
        contact_text: None,
        lead_opener: html! {},
        lead: html! {},
        intro: html! { <p id="intro">{ "Intro" }</p> },
        children: html! {},
    };
    yew::Renderer::<ResultView>::with_root_and_props(root.clone(), props).render();
    painted().await;

    // The first screen names one step with the answer it rests on, as someone else's answer.
    let reason = one(&root, ".top-step .reason").text_content().unwrap();
    assert!(reason.starts_with("Die Antwort zu „"), "{reason}");
    // All three steps and the charts fold away.
    let folds = all(&root, ".result details.fold");
    assert_eq!(folds.len(), 2);
    assert!(folds.iter().all(|fold| !fold.has_attribute("open")));
    let steps = all(&root, ".all-steps .next-steps > li");
    assert_eq!(steps.len(), 3);
    for step in &steps {
        assert!(step.query_selector("h3").unwrap().is_some());
        assert!(!one(step, ".reason").text_content().unwrap().is_empty());
    }
    assert!(one(&root, ".top-step h2").text_content().unwrap().len() > 3);
    // A shop on the high street (the first kind of business) gets the Google profile, and since it does
    // not watch what is said about it, the name alert.
    assert_eq!(
        one(&root, ".quick-win h3").text_content().unwrap(),
        QUICK_WINS[0].title.de
    );
    assert_eq!(all(&root, ".quick-win p").len(), 3);
    // Without a contact in config.ini, there is no contact line either.
    assert!(all(&root, ".contact, .contact-text").is_empty());
    assert_eq!(
        one(&root, ".quick-win-label").text_content().unwrap(),
        UI.quick_win_label.de
    );
    assert_eq!(
        one(&root, "#next-steps-heading").text_content().unwrap(),
        UI.shared_next_steps_heading.de
    );
    // The intro stands between the heading and the score; nothing claims a strength.
    assert_eq!(
        one(&root, "h1").next_element_sibling().unwrap().id(),
        "intro"
    );
    assert!(root.query_selector(".strength").unwrap().is_none());
    // Every goal is very important and not reached: all seven are marked in the chart and named, and each
    // goal's bar carries its importance as a tick at the end of the scale; the arguments have none.
    assert_eq!(all(&root, "g.marked").len(), 7);
    let charts = all(&root, "svg.bars");
    assert_eq!(all(&charts[0], ".bar-target").len(), 0);
    let ticks = all(&charts[1], ".bar-target");
    assert_eq!(ticks.len(), 7);
    assert!(ticks
        .iter()
        .all(|tick| tick.parent_element().unwrap().get_attribute("x").as_deref() == Some("99%")));
    let gap = one(&root, ".goals-gap").text_content().unwrap();
    assert!(gap.contains("Kundentreue stärken"), "{gap}");
}

#[wasm_bindgen_test]
async fn the_score_gauge_marks_the_four_bands_and_the_score() {
    let root = container();
    let props = ScoreGaugeProps {
        score: 62,
        label: "62 out of 100, band “Well placed”".into(),
        out_of: "out of 100".into(),
    };
    mount(&root, score_gauge(&props));
    yew::scheduler::flush().await;

    let gauge = one(&root, "svg.score-gauge");
    assert_eq!(gauge.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        gauge.get_attribute("aria-label").as_deref(),
        Some("62 out of 100, band “Well placed”")
    );
    let bands = all(&root, "path.gauge-band");
    assert_eq!(bands.len(), BANDS.len());
    let current: Vec<bool> = bands
        .iter()
        .map(|band| band.class_list().contains("current"))
        .collect();
    assert_eq!(
        current,
        [false, false, true, false],
        "62 is in the third band"
    );
    // Each band's arc starts where the band starts, on a half ring of length 1000.
    let offsets: Vec<String> = bands
        .iter()
        .map(|band| band.get_attribute("stroke-dashoffset").unwrap())
        .collect();
    let starts: Vec<String> = BANDS
        .iter()
        .map(|band| format!("-{}", 10 * u32::from(band.min)))
        .collect();
    assert_eq!(offsets, starts);
    assert_eq!(one(&root, ".gauge-score").text_content().unwrap(), "62");
    // The dot turns 1.8° per point from the left end: 62 points are 111.6°.
    assert_eq!(
        one(&root, ".gauge-marker")
            .get_attribute("transform")
            .as_deref(),
        Some("rotate(111.6 100 100)")
    );
}

#[wasm_bindgen_test]
async fn the_share_panel_offers_the_link_and_the_actions() {
    let root = container();
    let link = "http://127.0.0.1:8080/#r=123RCY1JDTP863";
    let props = SharePanelProps {
        lang: Lang::De,
        link: link.into(),
        scores: Scores::of(&CompleteAnswers::uniform(Choice::HIGHEST)),
        primary: None,
        accent: None,
        brand: Default::default(),
        onshared: Callback::noop(),
    };
    yew::Renderer::<SharePanel>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let field = one(&root, "input#share-link");
    assert_eq!(field.unchecked_ref::<HtmlInputElement>().value(), link);
    assert!(field.has_attribute("readonly"));
    assert!(one(&root, "label[for=share-link]").text_content().unwrap() == UI.share_link_label.de);
    let buttons: Vec<String> = all(&root, "button")
        .iter()
        .map(|button| button.text_content().unwrap().trim().to_owned())
        .collect();
    for label in [UI.copy_link.de, UI.download_image.de, UI.print.de] {
        assert!(buttons.iter().any(|b| b == label), "{label} in {buttons:?}");
    }
    // The QR code and the image come from the share worker, which this test page does not serve: the panel
    // keeps their place and waits, without breaking (the end-to-end tests cover the worker).
    assert_eq!(
        one(&root, ".qr-code")
            .get_attribute("aria-hidden")
            .as_deref(),
        Some("true")
    );
    let download = all(&root, "button")
        .into_iter()
        .find(|button| button.text_content().unwrap().trim() == UI.download_image.de)
        .unwrap();
    assert!(download.has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn sending_to_the_facilitator_shows_the_recipient_first_and_carries_the_name() {
    let root = container();
    let props = SendToFacilitatorProps {
        lang: Lang::En,
        result_link: "http://127.0.0.1:8080/#r=123RCY1JDTP863".into(),
        contact: Contact::Email("lead@example.org".to_owned()),
    };
    yew::Renderer::<SendToFacilitator>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    assert!(one(&root, ".send-recipient")
        .text_content()
        .unwrap()
        .contains("lead@example.org"));
    let href = || one(&root, "a.primary").get_attribute("href").unwrap();
    assert!(
        href().starts_with("mailto:lead@example.org?subject="),
        "{}",
        href()
    );
    assert!(
        href().ends_with("%23r%3D123RCY1JDTP863"),
        "no name yet: {}",
        href()
    );

    let name = one(&root, "input#send-name");
    name.unchecked_ref::<HtmlInputElement>().set_value("Ben");
    name.dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert!(
        href().ends_with("%23r%3D123RCY1JDTP863%26n%3DBen"),
        "{}",
        href()
    );

    let chat = container();
    let props = SendToFacilitatorProps {
        lang: Lang::De,
        result_link: "http://127.0.0.1:8080/#r=123RCY1JDTP863".into(),
        contact: Contact::parse("https://chat.example.org/g/1").unwrap(),
    };
    yew::Renderer::<SendToFacilitator>::with_root_and_props(chat.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(one(&chat, ".send-recipient")
        .text_content()
        .unwrap()
        .contains("chat.example.org"));
    assert_eq!(
        all(&chat, "a[href]").len(),
        0,
        "the chat opens only on a click"
    );
}

#[wasm_bindgen_test]
async fn a_shared_result_invites_the_recipient_and_a_bad_link_says_why() {
    let good = container();
    let props = SharedResultProps {
        lang: Lang::En,
        outcome: Ok(CompleteAnswers::uniform(Choice::LOWEST)),
        ontakecheck: Callback::noop(),
        settings: Rc::new(Settings::read(
            "contact_link = mailto:hallo@example.org",
            "",
        )),
    };
    mount(&good, shared_result(&props));
    let bad = container();
    let props = SharedResultProps {
        lang: Lang::De,
        outcome: Err(CodeError::Checksum),
        ontakecheck: Callback::noop(),
        settings: Rc::default(),
    };
    mount(&bad, shared_result(&props));
    painted().await;

    assert_eq!(
        one(&good, "h1").text_content().unwrap(),
        UI.shared_heading.en
    );
    assert!(one(&good, ".overall-score")
        .text_content()
        .unwrap()
        .starts_with('0'));
    assert_eq!(
        one(&good, ".step-nav .primary").text_content().unwrap(),
        UI.take_check.en
    );
    // The way to the reader's own check at the top as well, and the steps are the other business's.
    assert_eq!(
        one(&good, ".shared-intro .primary").text_content().unwrap(),
        UI.take_check.en
    );
    assert_eq!(
        one(&good, "#next-steps-heading").text_content().unwrap(),
        UI.shared_next_steps_heading.en
    );
    assert!(
        good.query_selector(".share").unwrap().is_none(),
        "a shared result is read-only"
    );
    // Whoever received the result may talk to the consultant about it.
    assert_eq!(
        one(&good, ".result-top .contact a").text_content().unwrap(),
        UI.shared_contact_label.en
    );
    assert_eq!(
        one(&good, ".result-top .contact-text")
            .text_content()
            .unwrap(),
        UI.shared_contact_text.en
    );

    assert_eq!(
        one(&bad, "h1").text_content().unwrap(),
        UI.link_error_heading.de
    );
    assert!(bad.text_content().unwrap().contains(UI.link_changed.de));
    assert!(bad.query_selector(".result").unwrap().is_none());
    assert_eq!(
        one(&bad, ".step-nav .primary").text_content().unwrap(),
        UI.take_check.de
    );
}

async fn render_app() -> Element {
    let root = container();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn the_app_saves_every_answer_and_resumes_where_the_user_was() {
    storage().clear().unwrap();
    let root = render_app().await;
    click(&one(&root, ".start button.primary"));
    yew::scheduler::flush().await;
    click(&all(&root, "input[type=radio]")[2]);
    yew::scheduler::flush().await;
    click(&one(&root, ".step-nav .primary"));
    yew::scheduler::flush().await;

    let saved = storage()
        .get_item(STORAGE_KEY)
        .unwrap()
        .expect("the state is saved");
    let quiz = Quiz::from_saved(&saved).unwrap();
    assert_eq!(quiz.screen, Screen::Question(1));
    assert_eq!(quiz.answers.get(Slot::Business), Choice::new(2));

    root.remove();
    let resumed = render_app().await;
    assert_eq!(
        one(&resumed, "#step-heading").text_content().unwrap(),
        ARGUMENTS[asked_argument(0)].title.de
    );
    assert!(resumed.query_selector(".notice").unwrap().is_none());
    resumed.remove();
}

#[wasm_bindgen_test]
async fn a_damaged_saved_state_is_discarded_with_a_notice() {
    storage()
        .set_item(STORAGE_KEY, "smc1.de.q99.garbage")
        .unwrap();
    let root = render_app().await;
    assert_eq!(
        one(&root, ".notice p").text_content().unwrap(),
        UI.notice_discarded.de
    );
    assert!(root.query_selector(".start").unwrap().is_some());
    root.remove();
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn switching_the_language_sets_the_lang_attribute() {
    storage().clear().unwrap();
    let root = render_app().await;
    click(&one(&root, ".tools button[lang=en]"));
    yew::scheduler::flush().await;
    let html = page_document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(
        one(&root, "#step-heading").text_content().unwrap(),
        UI.app_title.en
    );
    assert!(one(&root, ".start button.primary").text_content().unwrap() == UI.start_button.en);
    root.remove();
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn the_owner_settings_give_du_their_name_and_a_preview_of_their_mistakes() {
    storage().clear().unwrap();
    let root = container();
    let props = PageProps {
        settings: Rc::new(Settings::read(
            "name = Muster Beratung\naddress = du\nprimary = blau",
            "?preview",
        )),
        ..PageProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    assert_eq!(
        one(&root, ".owner").text_content().unwrap(),
        "Muster Beratung"
    );
    let problems = all(&root, ".preview li");
    assert_eq!(problems.len(), 1);
    assert!(problems[0].text_content().unwrap().contains("„blau“"));

    // The first question addresses nobody (index.html shows it before the settings are read); the
    // second, the first argument's, does.
    let asked = &ARGUMENTS[asked_argument(0)].question;
    let du = asked
        .du
        .expect("the first argument's question addresses the reader");
    click(&one(&root, ".start button.primary"));
    yew::scheduler::flush().await;
    click(&one(&root, "#slot-0-0"));
    yew::scheduler::flush().await;
    click(&one(&root, ".step-nav button.primary"));
    yew::scheduler::flush().await;
    assert_eq!(one(&root, "legend").text_content().unwrap(), du);
    // Back from English, German is again in the form the settings ask for.
    click(&one(&root, ".tools button[lang=en]"));
    yew::scheduler::flush().await;
    assert_eq!(one(&root, "legend").text_content().unwrap(), asked.en);
    click(&one(&root, ".tools button[lang=de]"));
    yew::scheduler::flush().await;
    assert_eq!(one(&root, "legend").text_content().unwrap(), du);
    let html = page_document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("de-x-du"));
    root.remove();
    storage().clear().unwrap();
}

/// Going back from a question whose answer is the first option to one whose answer is the third must show
/// the third checked. Reusing the radio elements across questions once lost it: renaming a still-checked
/// radio into the new group unchecks the group's other radios.
#[wasm_bindgen_test]
async fn going_back_shows_the_earlier_answer_checked() {
    let mut answers = Answers::default();
    answers.set(Slot::Business, Choice::new(2).unwrap());
    // The first two arguments the check asks (their slots follow another order).
    answers.set(Slot::Argument(asked_argument(0)), Choice::new(2).unwrap());
    answers.set(Slot::Argument(asked_argument(1)), Choice::LOWEST);
    let quiz = Quiz {
        screen: Screen::Question(2),
        answers,
        ..Quiz::default()
    };
    storage().set_item(STORAGE_KEY, &quiz.to_saved()).unwrap();
    let root = render_app().await;
    let checked = |root: &Element| {
        all(root, "input[type=radio]")
            .iter()
            .position(|radio| radio.unchecked_ref::<HtmlInputElement>().checked())
    };
    assert_eq!(checked(&root), Some(0));
    for expected in [Some(2), Some(2)] {
        click(&one(&root, ".step-nav .secondary"));
        yew::scheduler::flush().await;
        assert_eq!(checked(&root), expected, "{}", root.inner_html());
    }
    root.remove();
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn the_lead_form_starts_unticked_and_pressing_send_shows_what_is_missing() {
    let root = container();
    let props = LeadFormProps {
        lang: Lang::De,
        answers: CompleteAnswers::uniform(Choice::HIGHEST),
        result_link: "https://example.org/check/#r=10YN4TM6MCCV8J".into(),
        // Never reached: the form has no consent, so it sends nothing.
        endpoint: "https://leads.invalid/form".into(),
        privacy_link: "https://example.org/datenschutz".into(),
        owner: Some("Muster Beratung".into()),
        other_route: html! {},
        onsent: Callback::noop(),
    };
    yew::Renderer::<LeadFormView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    assert_eq!(
        one(&root, "h2").text_content().unwrap(),
        "Ergebnis an Muster Beratung senden"
    );
    let consent = one(&root, "#lead-consent");
    assert!(!consent.unchecked_ref::<HtmlInputElement>().checked());
    let privacy = one(&root, "label[for=lead-consent] a");
    assert_eq!(privacy.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(privacy.get_attribute("rel").as_deref(), Some("noopener"));
    let send = one(&root, "button[type=submit]");
    assert_eq!(send.get_attribute("aria-disabled").as_deref(), Some("true"));
    assert_eq!(
        send.get_attribute("aria-describedby").as_deref(),
        Some("lead-consent-hint")
    );
    assert_eq!(
        one(&root, "#lead-consent-hint").text_content().unwrap(),
        LEAD_UI.consent_needed.de
    );
    assert!(
        all(&root, ".field-error").is_empty(),
        "no message before a try"
    );

    click(&send);
    yew::scheduler::flush().await;
    let messages: Vec<String> = all(&root, ".field-error")
        .iter()
        .map(|message| message.text_content().unwrap())
        .collect();
    assert_eq!(
        messages,
        [
            LEAD_UI.name_missing.de,
            LEAD_UI.email_missing.de,
            LEAD_UI.consent_needed.de
        ]
    );
    let name = one(&root, "#lead-name");
    assert_eq!(name.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        name.get_attribute("aria-describedby").as_deref(),
        Some("lead-name-error")
    );
    assert_eq!(
        page_document().active_element().as_ref(),
        Some(&name),
        "focus goes to the first field to mend"
    );
    assert_eq!(one(&root, "[role=status]").text_content().unwrap(), "");
}
