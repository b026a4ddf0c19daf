use crate::content::CONFIG_UI;
use crate::text::Lang;
use crate::text::Text;
/// One setting that could not be used as given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub place: Place,
    pub kind: ProblemKind,
}

/// Where a problem was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A line of `config.ini`, counted from 1.
    Line(usize),
    /// The page's query string, as set by a link or an embed.
    Address,
    /// The browser, while showing the setting (a logo that does not load).
    Page,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// A line of the file that is not `key = value`.
    NotASetting,
    UnknownKey {
        key: String,
        /// A known key that differs by a typo or two.
        suggestion: Option<&'static str>,
    },
    /// A setting only `config.ini` may set, found in the page's address.
    FileOnly {
        key: &'static str,
    },
    NotAColour {
        key: &'static str,
        value: String,
    },
    /// A contact link with a scheme other than `https`, `http`, `mailto` or `tel` (`javascript:` included).
    LinkNotAllowed {
        value: String,
    },
    /// A logo address that is neither a path beside the app nor an `https` address.
    LogoNotAllowed {
        value: String,
    },
    /// A privacy link that is neither a page beside the app nor an `https` or `http` address.
    PrivacyLinkNotAllowed {
        value: String,
    },
    /// A lead endpoint that is not an `https` address (plain `http` only on this computer, for testing).
    LeadEndpointNotAllowed {
        value: String,
    },
    /// A lead endpoint without a privacy link: the lead form is not offered.
    LeadNeedsPrivacyLink,
    /// An `analytics` that is none of the services the check speaks to.
    UnknownAnalytics {
        value: String,
    },
    /// An analytics endpoint that is not an `https` address (plain `http` only on this computer).
    AnalyticsEndpointNotAllowed {
        value: String,
    },
    /// An analytics site that the service cannot know: not a domain for Plausible, not a website id for
    /// Umami, not a number for Matomo.
    AnalyticsSiteNotAllowed {
        value: String,
    },
    /// Some of `analytics`, `analytics_endpoint` and `analytics_site`, but not all three: nothing is
    /// counted.
    AnalyticsIncomplete,
    LogoMissing {
        value: String,
    },
    UnknownLanguage {
        value: String,
    },
    UnknownAddress {
        value: String,
    },
    NotAnOrigin {
        value: String,
    },
    TooLong {
        key: &'static str,
        max: usize,
    },
    NotYesOrNo {
        key: &'static str,
        value: String,
    },
    /// The file or the address is longer than any settings need; the rest from here on is not read.
    TextTooLong {
        max: usize,
    },
    /// `config.ini` is an HTML page: most likely a single-page host's fallback page for a file it does not
    /// have. One problem stands for the whole file, whose settings all keep their defaults.
    HtmlPage,
    /// The summary after [`MAX_PROBLEMS`]: how many more problems there were.
    MoreProblems {
        count: usize,
    },
}

/// How many problems are listed one by one; the rest are counted in one more line. Nobody reads a longer
/// list, and a browser console with hundreds of thousands of warnings stalls the page.
pub const MAX_PROBLEMS: usize = 50;
/// The problems found so far: the first [`MAX_PROBLEMS`] in full, the rest only counted.
#[derive(Default)]
pub(super) struct Problems {
    listed: Vec<Problem>,
    unlisted: usize,
}

impl Problems {
    pub(super) fn push(&mut self, place: Place, kind: impl FnOnce() -> ProblemKind) {
        if self.listed.len() < MAX_PROBLEMS {
            self.listed.push(Problem {
                place,
                kind: kind(),
            });
        } else {
            self.unlisted += 1;
        }
    }

    pub(super) fn finish(mut self) -> Vec<Problem> {
        if self.unlisted > 0 {
            self.listed.push(Problem {
                place: Place::Page,
                kind: ProblemKind::MoreProblems {
                    count: self.unlisted,
                },
            });
        }
        self.listed
    }
}
impl Problem {
    /// The problem in one or two sentences for the site owner, with where it was found.
    pub fn describe(&self, lang: Lang) -> String {
        let ui = &CONFIG_UI;
        let number = match self.kind {
            ProblemKind::TooLong { max, .. } | ProblemKind::TextTooLong { max } => max.to_string(),
            ProblemKind::MoreProblems { count } => count.to_string(),
            _ => String::new(),
        };
        let (message, key, value): (&Text, &str, &str) = match &self.kind {
            ProblemKind::NotASetting => (&ui.not_a_setting, "", ""),
            ProblemKind::UnknownKey { key, .. } => (&ui.unknown_key, key, ""),
            ProblemKind::FileOnly { key } => (&ui.file_only, key, ""),
            ProblemKind::NotAColour { key, value } => (&ui.not_a_colour, key, value),
            ProblemKind::LinkNotAllowed { value } => (&ui.link_not_allowed, "", value),
            ProblemKind::LogoNotAllowed { value } => (&ui.logo_not_allowed, "", value),
            ProblemKind::PrivacyLinkNotAllowed { value } => {
                (&ui.privacy_link_not_allowed, "", value)
            }
            ProblemKind::LeadEndpointNotAllowed { value } => {
                (&ui.lead_endpoint_not_allowed, "", value)
            }
            ProblemKind::LeadNeedsPrivacyLink => (&ui.lead_needs_privacy_link, "", ""),
            ProblemKind::UnknownAnalytics { value } => (&ui.unknown_analytics, "", value),
            ProblemKind::AnalyticsEndpointNotAllowed { value } => {
                (&ui.analytics_endpoint_not_allowed, "", value)
            }
            ProblemKind::AnalyticsSiteNotAllowed { value } => {
                (&ui.analytics_site_not_allowed, "", value)
            }
            ProblemKind::AnalyticsIncomplete => (&ui.analytics_incomplete, "", ""),
            ProblemKind::LogoMissing { value } => (&ui.logo_missing, "", value),
            ProblemKind::UnknownLanguage { value } => (&ui.unknown_language, "", value),
            ProblemKind::UnknownAddress { value } => (&ui.unknown_address, "", value),
            ProblemKind::NotAnOrigin { value } => (&ui.not_an_origin, "", value),
            ProblemKind::TooLong { key, .. } => (&ui.too_long, key, ""),
            ProblemKind::NotYesOrNo { key, value } => (&ui.not_yes_or_no, key, value),
            ProblemKind::TextTooLong { .. } => (&ui.text_too_long, "", ""),
            // The message names the file itself: the page has no line worth pointing at.
            ProblemKind::HtmlPage => return ui.html_page.get(lang).to_owned(),
            // The summary stands for problems in many places, so it names none.
            ProblemKind::MoreProblems { .. } => {
                return ui.more_problems.fill(lang, &[("count", &number)]);
            }
        };
        let mut text = match self.place {
            Place::Line(line) => ui.place_line.fill(lang, &[("line", &line.to_string())]),
            Place::Address => ui.place_address.get(lang).to_owned(),
            Place::Page => ui.place_page.get(lang).to_owned(),
        };
        text.push_str(": ");
        text.push_str(&message.fill(lang, &[("key", key), ("value", value), ("max", &number)]));
        if let ProblemKind::UnknownKey {
            suggestion: Some(suggestion),
            ..
        } = self.kind
        {
            text.push(' ');
            text.push_str(&ui.did_you_mean.fill(lang, &[("key", suggestion)]));
        }
        text
    }
}
