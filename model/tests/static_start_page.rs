//! `index.html` shows the start screen as static HTML until the app has loaded. Its German texts must be
//! the app's own, or the page would change its words the moment the app starts.

use model::content::UI;
use model::Question;

#[test]
fn the_static_start_page_says_what_the_app_says() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../index.html");
    let page = std::fs::read_to_string(path).expect("index.html beside the model crate");
    // The minutes stated are the model's estimate of the time the check takes to read and answer.
    let duration = UI.start_duration.fill(
        model::Lang::De,
        &[
            ("minutes", &model::content::reading_minutes().to_string()),
            ("total", &Question::COUNT.to_string()),
        ],
    );
    for text in [
        UI.app_title.de,
        UI.myth.de,
        UI.start_intro.de,
        &duration,
        UI.privacy.de,
        UI.start_button.de,
    ] {
        assert!(page.contains(text), "index.html lacks {text:?}");
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
