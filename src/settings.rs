//! The site owner's settings in the page: fetching `config.ini`, painting the brand colours, and telling the
//! owner in the console what could not be used. Reading and checking the settings is the model's job
//! (`model::config`); this module only does what needs the browser.

use model::config::{self, Config, Problem};
use model::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlElement, Response};

/// The settings in effect, with what was wrong in them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    pub config: Config,
    pub problems: Vec<Problem>,
}

/// Reads `config.ini` beside the page and the page's query string. A missing or unreadable file means no
/// file settings: the check then runs with its defaults and whatever the query string sets.
pub async fn load() -> Settings {
    let file = fetch_text(config::FILE_NAME).await.unwrap_or_default();
    let query = web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default();
    let (config, problems) = Config::read(&file, &query);
    Settings { config, problems }
}

async fn fetch_text(address: &str) -> Option<String> {
    let window = web_sys::window()?;
    // A plain request, so it picks up the page's preload of the file (see index.html). Freshness is the
    // offline cache's business: it refreshes the file on every visit.
    let response = JsFuture::from(window.fetch_with_str(address))
        .await
        .ok()?
        .dyn_into::<Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Sets the brand colours as the stylesheet's custom properties. Through the style object, not a `style`
/// attribute, so a Content-Security-Policy without `'unsafe-inline'` allows it.
pub fn apply_colours(config: &Config) {
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|root| root.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    for (property, colour) in [("--primary", config.primary), ("--accent", config.accent)] {
        if let Some(colour) = colour {
            let _ = style.set_property(property, &colour.readable_on_white().css());
        }
    }
}

/// Writes every problem to the console, where a site owner looks first when something is off.
pub fn report(problems: &[Problem], lang: Lang) {
    for problem in problems {
        let mut message = String::from("Social-Media-Check: ");
        message.push_str(&problem.describe(lang));
        web_sys::console::warn_1(&message.into());
    }
}
