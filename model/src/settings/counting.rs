//! The counting settings (`analytics`, `analytics_endpoint`, `analytics_site`): which service, and whether
//! the three fit together. What is counted and how it is sent is [`crate::analytics`]'s.

use crate::settings::Config;
use crate::settings::ProblemKind;

/// A counting service the check speaks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Service {
    /// Plausible's Events API: `POST /api/event` with a JSON body.
    Plausible,
    /// Umami's `POST /api/send` with a JSON body.
    Umami,
    /// Matomo's HTTP Tracking API: `matomo.php` with form-encoded parameters.
    Matomo,
}

impl Service {
    /// Its value in `config.ini`.
    pub fn key(self) -> &'static str {
        match self {
            Service::Plausible => "plausible",
            Service::Umami => "umami",
            Service::Matomo => "matomo",
        }
    }

    /// The service `value` names, in any case.
    pub fn from_key(value: &str) -> Option<Service> {
        [Service::Plausible, Service::Umami, Service::Matomo]
            .into_iter()
            .find(|service| service.key().eq_ignore_ascii_case(value.trim()))
    }

    /// Whether `site` is what this service calls a site: a domain for Plausible, a website id (a UUID)
    /// for Umami, a number for Matomo.
    fn knows_site(self, site: &str) -> bool {
        match self {
            Service::Plausible => site.contains('.') && !site.contains([':', '/']),
            Service::Umami => site.len() == 36 && site.bytes().filter(|&b| b == b'-').count() == 4,
            Service::Matomo => site.bytes().all(|b| b.is_ascii_digit()),
        }
    }
}

/// Whether `site` could be a site at any service: short, and only letters, digits, dots and hyphens, so
/// it travels in a body as it is. Which service it fits is checked once all three settings are read.
pub fn is_site(site: &str) -> bool {
    site.len() <= 100
        && site
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
}

/// Checks the three settings together after `config.ini` is read: all three, with a site that fits the
/// service, or none. Otherwise all three are dropped, so nothing is counted, and the problem says why.
pub(crate) fn complete(config: &mut Config) -> Result<(), ProblemKind> {
    let problem = match (
        config.analytics,
        &config.analytics_endpoint,
        &config.analytics_site,
    ) {
        (None, None, None) => return Ok(()),
        (Some(service), Some(_), Some(site)) if service.knows_site(site) => return Ok(()),
        (Some(_), Some(_), Some(site)) => ProblemKind::AnalyticsSiteNotAllowed {
            value: site.clone(),
        },
        _ => ProblemKind::AnalyticsIncomplete,
    };
    config.analytics = None;
    config.analytics_endpoint = None;
    config.analytics_site = None;
    Err(problem)
}
