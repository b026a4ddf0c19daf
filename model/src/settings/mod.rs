//! The site owner's settings: whose check it is, how it looks and speaks, and which host page hears its
//! events.
//!
//! They come from `config.ini` beside the app and from the page's query string (which is also where the
//! embed loader's attributes arrive). Only the site owner decides what the check says and where anything
//! goes, so each [`Setting`] says where it may come from ([`Trust`]): what names the owner or a
//! destination only from `config.ini`, presentation also from the address. A bad value, or a value from a
//! place it may not come from, never stops the check: it keeps its default, and a [`Problem`] says
//! exactly what was wrong, for the console and the preview notice.
//!
//! [`read`] reads `config.ini` and the query string into a [`Config`]; [`problems`] says what was wrong
//! in the owner's language; [`colour`] reads and checks the brand colours; [`counting`] checks the three
//! counting settings together. [`embed_form`] is the embed page's form that writes these settings, and
//! [`snippet`] the loader, frame and `config.ini` lines it hands the owner. This domain uses the content
//! (its messages), the text and [`crate::url`]; nothing here uses the check, the workshop or the sharing.

pub mod colour;
pub mod counting;
pub mod embed_form;
pub mod problems;
pub mod read;
pub mod snippet;

pub use colour::Colour;
pub use problems::{Place, Problem, ProblemKind, MAX_PROBLEMS};
pub use read::{presentation_query, MAX_FILE_BYTES, MAX_QUERY_BYTES};

use crate::text::{Address, Lang};

/// The query key of a workshop's join link, which carries the facilitator's contact
/// ([`crate::workshop::facilitator`]): the workshop's, so reading the settings passes it over.
pub const CONTACT_KEY: &str = "workshop";
/// The name of the settings file, beside `index.html`.
pub const FILE_NAME: &str = "config.ini";

/// The settings in effect after reading the file and the query string.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// The consultant's or company's name, shown in the header.
    pub name: Option<String>,
    /// The address of the logo image: a path beside the app, or an `https` address.
    pub logo: Option<String>,
    pub primary: Option<Colour>,
    pub accent: Option<Colour>,
    /// The label of the contact button on a German page; without one, the product's German default.
    /// Read it through [`Config::contact_label`], which picks by the page's language.
    pub contact_label: Option<String>,
    /// The label of the contact button on an English page; without one, the product's English default,
    /// never the German label: an English page that speaks German at its most important button reads
    /// as broken.
    pub contact_label_en: Option<String>,
    /// Where the contact button leads: an `https`, `http`, `mailto` or `tel` link. Without one, there is no
    /// contact button.
    pub contact_link: Option<String>,
    /// The line beside the contact button, e.g. „Im kostenlosen Erstgespräch gehen wir Ihr Ergebnis
    /// gemeinsam durch.“ Only `config.ini` sets it: it is the owner's words, which no link may change.
    /// It is the line of Sie pages; read it through [`Config::contact_text`], which picks by the page's
    /// form of address.
    pub contact_text: Option<String>,
    /// The line beside the contact button on du pages and on English pages. A form the owner leaves out
    /// falls back to the product's own line, never to another form's: „Ihr Ergebnis“ on a du page reads
    /// as a mistake.
    pub contact_text_du: Option<String>,
    pub contact_text_en: Option<String>,
    /// The owner's text on the start screen, under the quote, on Sie, du and English pages; read through
    /// [`Config::intro`]. A form the owner leaves out shows the product's own text.
    pub intro: Option<String>,
    pub intro_du: Option<String>,
    pub intro_en: Option<String>,
    /// The language a first-time visitor sees; the visitor can still switch.
    pub lang: Option<Lang>,
    /// How the German texts address the reader.
    pub address: Address,
    /// The origins of the pages allowed to receive the check's events, e.g. `https://blog.example.org`.
    pub host_origins: Vec<String>,
    /// Where the visitor's consent-given result goes when they send it from the result: the owner's form
    /// service or CRM webhook, as an `https` address. Without one (the default) there is no lead form.
    /// It needs a [`Config::privacy_link`]: a form that collects a name and an email without saying what
    /// happens to them is not offered.
    pub lead_endpoint: Option<String>,
    /// The owner's privacy policy, linked beside the lead form's consent: an `https` or `http` address,
    /// or a page beside the app.
    pub privacy_link: Option<String>,
    /// Which service counts the check's starts, questions, completions and contacts; off by default. It
    /// counts only together with an endpoint and a site (`crate::analytics`).
    pub analytics: Option<counting::Service>,
    /// Where the counting events go: the service's event address, `https` (plain `http` only on this
    /// computer), checked like the lead endpoint.
    pub analytics_endpoint: Option<String>,
    /// The site as the service knows it: Plausible's domain, Umami's website id, Matomo's site id.
    pub analytics_site: Option<String>,
    /// Shows the owner's notice with every problem of the settings.
    pub preview: bool,
}

/// One setting, in the order the embed page offers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Setting {
    Name,
    Logo,
    Primary,
    Accent,
    ContactLabel,
    /// The contact button's label on an English page.
    ContactLabelEn,
    ContactLink,
    /// The owner's line above the contact button on the result, on Sie pages, du pages and English pages.
    ContactText,
    ContactTextDu,
    ContactTextEn,
    /// The owner's text under the start screen's quote, in each form.
    Intro,
    IntroDu,
    IntroEn,
    Lang,
    Address,
    HostOrigin,
    PrivacyLink,
    LeadEndpoint,
    /// The counting service, its event address and the site's name there.
    Analytics,
    AnalyticsEndpoint,
    AnalyticsSite,
    /// Shows the owner's notice rather than setting anything.
    Preview,
}

/// Where a setting may come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trust {
    /// Only `config.ini`: what the check says in the owner's name, and every destination (the logo's
    /// address, the contact link, the origins that hear the events). Anyone can craft a link or an
    /// embedding page, so letting them set these would turn the owner's own check into a phishing page, a
    /// tracking pixel or a leak of the visitor's answers.
    FileOnly,
    /// Also the page's address and the loader's attributes: presentation only (language, form of
    /// address, colours, the owner's notice). Whoever sets them changes how the check looks to the
    /// visitor who follows their link, never what it says or where anything goes.
    Presentation,
}

impl Setting {
    /// Every setting, in the embed page's order.
    pub const ALL: [Setting; 22] = [
        Setting::Name,
        Setting::Logo,
        Setting::Primary,
        Setting::Accent,
        Setting::ContactLabel,
        Setting::ContactLabelEn,
        Setting::ContactLink,
        Setting::ContactText,
        Setting::ContactTextDu,
        Setting::ContactTextEn,
        Setting::Intro,
        Setting::IntroDu,
        Setting::IntroEn,
        Setting::Lang,
        Setting::Address,
        Setting::HostOrigin,
        Setting::PrivacyLink,
        Setting::LeadEndpoint,
        Setting::Analytics,
        Setting::AnalyticsEndpoint,
        Setting::AnalyticsSite,
        Setting::Preview,
    ];

    /// The settings an embed page or a snippet carries: all but `preview`, which is the owner's own view
    /// and comes last in [`Setting::ALL`].
    pub const EMBEDDED: &'static [Setting] = Setting::ALL.split_last().expect("settings").1;

    /// Its key in `config.ini` and in the query string.
    pub fn key(self) -> &'static str {
        match self {
            Setting::Name => "name",
            Setting::Logo => "logo",
            Setting::Primary => "primary",
            Setting::Accent => "accent",
            Setting::ContactLabel => "contact_label",
            Setting::ContactLabelEn => "contact_label_en",
            Setting::ContactLink => "contact_link",
            Setting::ContactText => "contact_text",
            Setting::ContactTextDu => "contact_text_du",
            Setting::ContactTextEn => "contact_text_en",
            Setting::Intro => "intro",
            Setting::IntroDu => "intro_du",
            Setting::IntroEn => "intro_en",
            Setting::Lang => "lang",
            Setting::Address => "address",
            Setting::HostOrigin => "host_origin",
            Setting::PrivacyLink => "privacy_link",
            Setting::LeadEndpoint => "lead_endpoint",
            Setting::Analytics => "analytics",
            Setting::AnalyticsEndpoint => "analytics_endpoint",
            Setting::AnalyticsSite => "analytics_site",
            Setting::Preview => "preview",
        }
    }

    /// The setting a key names, in any case; hyphens count as underscores, so an embed's
    /// `data-contact-link` reaches `contact_link`.
    pub fn from_key(key: &str) -> Option<Setting> {
        let normal = key.trim().to_ascii_lowercase().replace('-', "_");
        Setting::ALL
            .into_iter()
            .find(|setting| setting.key() == normal)
    }

    pub fn trust(self) -> Trust {
        match self {
            Setting::Name
            | Setting::Logo
            | Setting::ContactLabel
            | Setting::ContactLabelEn
            | Setting::ContactLink
            | Setting::ContactText
            | Setting::ContactTextDu
            | Setting::ContactTextEn
            | Setting::Intro
            | Setting::IntroDu
            | Setting::IntroEn
            | Setting::HostOrigin
            | Setting::PrivacyLink
            | Setting::LeadEndpoint
            | Setting::Analytics
            | Setting::AnalyticsEndpoint
            | Setting::AnalyticsSite => Trust::FileOnly,
            Setting::Primary
            | Setting::Accent
            | Setting::Lang
            | Setting::Address
            | Setting::Preview => Trust::Presentation,
        }
    }

    /// Whether a value for this setting found at `place` may be used.
    pub fn may_come_from(self, place: Place) -> bool {
        match (self.trust(), place) {
            (_, Place::Line(_)) | (Trust::Presentation, _) => true,
            (Trust::FileOnly, Place::Address | Place::Page) => false,
        }
    }

    /// Whether `value` is a good value for this setting; the snippets copy nothing else.
    pub fn accepts(self, value: &str) -> bool {
        self.normal(value).is_ok()
    }

    /// `value` as the check reads it and `config.ini` would write it (`None` for the default), or what is
    /// wrong with it: so the embed page can compare values and say what is wrong at the field.
    pub fn normal(self, value: &str) -> Result<Option<String>, ProblemKind> {
        let mut config = Config::default();
        config.apply(self, value)?;
        Ok(config.value(self))
    }
}
