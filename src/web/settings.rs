//! The site owner's settings in the page: fetching `config.ini`, painting the brand colours, and telling the
//! owner in the console what could not be used. Reading and checking the settings is the model's job
//! (`model::settings`); this module only does what needs the browser.

use model::settings::{self, Config, Problem};
use model::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlElement, Response};

/// The settings in effect, with what was wrong in them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    pub config: Config,
    pub problems: Vec<Problem>,
    /// The text of `config.ini`, for [`Settings::file_config`].
    file: String,
}

impl Settings {
    /// The settings of `config.ini`'s text `file` and the page's `query` string. An empty file means no
    /// file settings: the page then runs with its defaults and whatever the query string may set.
    pub fn read(file: &str, query: &str) -> Settings {
        let (config, problems) = Config::read(file, query);
        Settings {
            config,
            problems,
            file: file.to_owned(),
        }
    }

    /// The settings of `config.ini` alone, before the page's address overrides them: what the embed
    /// page's code need not repeat. Read only when asked, since only the embed page asks.
    pub fn file_config(&self) -> Config {
        Config::read(&self.file, "").0
    }

    /// Writes every problem to the console, where a site owner looks first when something is off.
    pub fn report(&self) {
        report(&self.problems, self.config.lang.unwrap_or_default());
    }
}

/// The text of `config.ini` beside the page, or `None` when it is missing or unreadable.
pub async fn fetch_config_file() -> Option<String> {
    let address = settings::FILE_NAME;
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
    // Contrast matters for text and controls; a stripe or a border that only decorates keeps the owner's
    // own accent.
    if let Some(accent) = config.accent {
        let _ = style.set_property("--accent-decoration", &accent.css());
    }
}

/// Writes `problems` to the console in `lang`.
pub fn report(problems: &[Problem], lang: Lang) {
    for problem in problems {
        let mut message = String::from("Social-Media-Check: ");
        message.push_str(&problem.describe(lang));
        web_sys::console::warn_1(&message.into());
    }
}
