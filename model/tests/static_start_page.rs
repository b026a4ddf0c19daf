//! `index.html` shows the start screen as static HTML, in German and in English, until the app has loaded.
//! Its texts must be the app's own, or the page would change its words the moment the app starts.

use model::content::UI;
use model::{Lang, Question};

#[test]
fn the_static_start_page_says_what_the_app_says_in_both_languages() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../index.html");
    let page = std::fs::read_to_string(path).expect("index.html beside the model crate");
    for (lang, code) in [(Lang::De, "de"), (Lang::En, "en")] {
        // The minutes stated are the model's estimate of the time the check takes to read and answer.
        let duration = UI.start_duration.fill(
            lang,
            &[
                ("minutes", &model::content::reading_minutes().to_string()),
                ("total", &Question::COUNT.to_string()),
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

/// The static start screen shows before the settings are read, so it cannot know whether they ask for
/// "du" or "Sie". Its texts must read the same in both forms.
#[test]
fn the_static_start_page_addresses_nobody() {
    for text in [
        &UI.start_intro,
        &UI.privacy,
        &UI.privacy_host,
        &UI.start_button,
        &UI.myth,
    ] {
        assert_eq!(text.du, None, "{:?} has a du form", text.de);
    }
}
