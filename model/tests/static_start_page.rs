//! `index.html` shows the start screen and the first question as static HTML, in German and in English,
//! until the app has loaded. Their texts must be the app's own, or the page would change its words the
//! moment the app starts.

use model::content::{BUSINESSES, BUSINESS_QUESTION, UI};
use model::{Lang, Question, Slot, Text};

fn index_html() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../index.html");
    std::fs::read_to_string(path).expect("index.html beside the model crate")
}

/// The static first question's own texts, beside the start screen's.
fn first_question_texts() -> Vec<&'static Text> {
    let mut texts = vec![
        &UI.situation_heading,
        &BUSINESS_QUESTION,
        &UI.back,
        &UI.next,
        &UI.switch_language,
        &UI.restart,
    ];
    texts.extend(BUSINESSES.iter().map(|business| &business.label));
    texts
}

#[test]
fn the_static_start_page_says_what_the_app_says_in_both_languages() {
    let page = index_html();
    for (lang, code) in [(Lang::De, "de"), (Lang::En, "en")] {
        // The minutes stated are the model's estimate of the time the check takes to read and answer.
        let duration = UI.start_duration.fill(
            lang,
            &[
                (
                    "minutes",
                    &model::check::length::reading_minutes().to_string(),
                ),
                (
                    "questions",
                    &model::check::answers::Question::COUNT.to_string(),
                ),
            ],
        );
        for text in [
            UI.app_title.get(lang),
            UI.myth.get(lang),
            UI.start_intro.get(lang),
            &duration,
            UI.privacy.get(lang),
            UI.start_button.get(lang),
        ] {
            let marked = format!("lang=\"{code}\">{text}<");
            assert!(page.contains(&marked), "index.html lacks {marked:?}");
        }
    }
}

#[test]
fn the_static_first_question_says_what_the_app_says_in_both_languages() {
    let page = index_html();
    let question = &page[page
        .find("<template id=\"first-question\">")
        .expect("the template")..];
    for (lang, code) in [(Lang::De, "de"), (Lang::En, "en")] {
        let progress = UI
            .progress
            .fill(lang, &[("n", "1"), ("total", &Question::COUNT.to_string())]);
        let texts = first_question_texts()
            .into_iter()
            .map(|text| text.get(lang));
        for text in texts.chain([progress.as_str(), UI.app_title.get(lang)]) {
            let marked = format!("lang=\"{code}\">{text}<");
            assert!(
                question.contains(&marked),
                "the first question lacks {marked:?}"
            );
        }
    }
    assert!(question.contains(&format!(
        "<progress max=\"{}\" value=\"1\"",
        Question::COUNT
    )));
    for index in 0..Slot::Business.option_count() {
        let radio = format!("id=\"slot-0-{index}\" name=\"slot-0\" value=\"{index}\"");
        assert!(
            question.contains(&radio),
            "the first question lacks {radio:?}"
        );
    }
}

/// The static pages show before the settings are read, so they cannot know whether they ask for "du" or
/// "Sie". Their texts must read the same in both forms.
#[test]
fn the_static_pages_address_nobody() {
    let start = [
        &UI.start_intro,
        &UI.privacy,
        &UI.privacy_host,
        &UI.start_button,
        &UI.myth,
    ];
    for text in start.into_iter().chain(first_question_texts()) {
        assert_eq!(text.du, None, "{:?} has a du form", text.de);
    }
}
