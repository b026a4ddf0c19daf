//! The settings reader over arbitrary input: whatever `config.ini` or a crafted address holds, it never
//! panics, lists at most `MAX_PROBLEMS` problems and one summary, and does bounded work. The bound is
//! structural: the reader looks only at the first `MAX_FILE_BYTES` of the file and `MAX_QUERY_BYTES` of
//! the query, and each line's work is linear in its length (no key is compared for a suggestion beyond a
//! few dozen characters). The tests below check that nothing past the bound changes the outcome, and
//! count lines, not clock time.

use model::settings::{
    Config, Place, Problem, ProblemKind, Setting, MAX_FILE_BYTES, MAX_PROBLEMS, MAX_QUERY_BYTES,
};
use model::Lang;
use proptest::prelude::*;

/// Lines that look like settings, half-settings and noise, so the cases reach every branch of the reader.
fn line() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        proptest::sample::select(Setting::ALL.map(Setting::key).to_vec()).prop_map(str::to_owned),
        "[a-zA-Z_-]{0,12}",
        ".{0,40}",
    ];
    let value = prop_oneof![
        "[ -~]{0,80}",
        ".{0,200}",
        Just("javascript:alert(1)".to_owned()),
        Just(" /%09/evil.example/x".to_owned()),
        Just("#1a6b4f".to_owned()),
    ];
    prop_oneof![
        (key.clone(), value).prop_map(|(key, value)| format!("{key} = {value}")),
        key,
        Just("# comment".to_owned()),
    ]
}

/// Query strings of settings as a link or an embed writes them, every key in the spellings the reader
/// accepts (any case, hyphens for underscores, a `data-` that only the loader strips), with values that
/// the file-only settings would accept.
fn query() -> impl Strategy<Value = String> {
    let key =
        proptest::sample::select(Setting::ALL.map(Setting::key).to_vec()).prop_flat_map(|key| {
            prop_oneof![
                Just(key.to_owned()),
                Just(key.to_ascii_uppercase()),
                Just(key.replace('_', "-")),
                Just(["data-", key].concat()),
            ]
        });
    let value = prop_oneof![
        Just("Sicherheitswarnung".to_owned()),
        Just("https%3A%2F%2Fevil.example%2Fx".to_owned()),
        Just("mailto%3Aphish%40evil.example".to_owned()),
        Just("https://evil.example".to_owned()),
        Just(String::new()),
        "[a-zA-Z0-9%.:/-]{0,40}",
    ];
    proptest::collection::vec((key, value), 0..12).prop_map(|pairs| {
        let pairs: Vec<String> = pairs
            .iter()
            .map(|(key, value)| format!("{key}={value}"))
            .collect();
        ["?", &pairs.join("&")].concat()
    })
}

fn file() -> impl Strategy<Value = String> {
    proptest::collection::vec(line(), 0..200).prop_map(|lines| lines.join("\n"))
}

/// The problems are at most the limit plus one summary, and a summary only ever comes last.
fn assert_bounded(problems: &[Problem]) {
    assert!(
        problems.len() <= MAX_PROBLEMS + 1,
        "{} problems",
        problems.len()
    );
    for (index, problem) in problems.iter().enumerate() {
        let is_summary = matches!(problem.kind, ProblemKind::MoreProblems { .. });
        assert_eq!(is_summary, index == MAX_PROBLEMS, "{problem:?} at {index}");
        for lang in Lang::ALL {
            let text = problem.describe(lang);
            // A value is quoted only up to a few dozen characters, so no message buries the others.
            assert!(text.chars().count() < 600, "{text}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_file_and_query_read_without_panic_within_the_limits(file in file(), query in ".{0,300}") {
        let (_, problems) = Config::read(&file, &query);
        assert_bounded(&problems);
    }

    #[test]
    fn any_text_whatsoever_reads_without_panic(file in any::<String>(), query in any::<String>()) {
        let (_, problems) = Config::read(&file, &query);
        assert_bounded(&problems);
    }

    /// The address never sets what only the owner may: whatever a link adds, those settings stay as the
    /// file has them.
    #[test]
    fn no_query_changes_what_only_the_file_may_set(file in file(), query in query()) {
        let (alone, _) = Config::read(&file, "");
        let (with_query, _) = Config::read(&file, &query);
        prop_assert_eq!(alone.name, with_query.name);
        prop_assert_eq!(alone.logo, with_query.logo);
        prop_assert_eq!(alone.contact_label, with_query.contact_label);
        prop_assert_eq!(alone.contact_link, with_query.contact_link);
        prop_assert_eq!(alone.contact_text, with_query.contact_text);
        prop_assert_eq!(alone.host_origins, with_query.host_origins);
        prop_assert_eq!(alone.privacy_link, with_query.privacy_link);
        prop_assert_eq!(alone.lead_endpoint, with_query.lead_endpoint);
    }

}

proptest! {
    // Each case reads 64 KB twice in a debug build, so fewer cases.
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever follows the bound, the outcome is that of the text up to it: the reader does no work on
    /// the rest, so a 5 MB file costs what 64 KB cost.
    #[test]
    fn nothing_past_the_bound_is_read(
        head in file(),
        tail in ".{0,2000}",
        other_tail in ".{0,2000}",
    ) {
        let padding = "# padding\n".repeat(MAX_FILE_BYTES / 10 + 1);
        let base = [head.as_str(), "\n", &padding].concat();
        let (config, problems) = Config::read(&[base.as_str(), &tail].concat(), "");
        let (other_config, other_problems) = Config::read(&[base.as_str(), &other_tail].concat(), "");
        prop_assert_eq!(config, other_config);
        prop_assert_eq!(problems, other_problems);

        let query = "lang=en&".repeat(MAX_QUERY_BYTES / 8 + 1);
        let (_, with_tail) = Config::read("", &[query.as_str(), "x", &tail].concat());
        let (_, with_other) = Config::read("", &[query.as_str(), "x", &other_tail].concat());
        prop_assert_eq!(with_tail, with_other);
    }
}

/// A 5 MB file of bad lines, as in the issue (240,000 of them and more): the owner gets the limit's worth
/// of problems and a count, starting with the note that the file is too long.
#[test]
fn a_five_megabyte_file_is_read_in_bounded_work() {
    let file = "ohne Gleichheitszeichen, nur Wörter\n".repeat(5 * 1024 * 1024 / 37);
    assert!(file.len() > 5_000_000);
    let (config, problems) = Config::read(&file, "");
    assert_eq!(config, Config::default());
    assert_eq!(problems.len(), MAX_PROBLEMS + 1);
    let lines_read = MAX_FILE_BYTES / "ohne Gleichheitszeichen, nur Wörter\n".len();
    assert_eq!(
        problems[0],
        Problem {
            place: Place::Line(lines_read + 1),
            kind: ProblemKind::TextTooLong {
                max: MAX_FILE_BYTES
            },
        }
    );
    assert_eq!(
        problems[MAX_PROBLEMS].kind,
        ProblemKind::MoreProblems {
            count: lines_read - (MAX_PROBLEMS - 1)
        }
    );
}

/// Work grows with the input only up to the bound: reading n lines reports problems for n lines, 2n
/// lines for 2n, and past the bound no more are counted at all.
#[test]
fn the_count_of_lines_read_grows_linearly_then_stops() {
    let counted = |lines: usize| {
        let (_, problems) = Config::read(&"x\n".repeat(lines), "");
        problems
            .iter()
            .map(|problem| match problem.kind {
                ProblemKind::MoreProblems { count } => count,
                ProblemKind::TextTooLong { .. } => 0,
                _ => 1,
            })
            .sum::<usize>()
    };
    assert_eq!(counted(1_000), 1_000);
    assert_eq!(counted(2_000), 2_000);
    let bound = MAX_FILE_BYTES / 2;
    assert_eq!(counted(bound * 2), bound);
    assert_eq!(counted(bound * 4), bound);
}

/// A single-page host answers a request for a missing `config.ini` with its start page. That page is one
/// problem, worded as such, not one per line of HTML, and every setting keeps its default; the address's
/// presentation settings still apply.
#[test]
fn an_html_page_as_config_ini_is_one_problem() {
    let page = "\u{feff}<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n  <meta charset=\"utf-8\">\n  \
                <title>Muster Beratung</title>\n  <link rel=\"stylesheet\" href=\"/app.css\">\n</head>\n\
                <body>\n  <div id=\"root\" data-primary=\"#ff0000\"></div>\n  \
                <script src=\"/app.js\"></script>\n</body>\n</html>\n";
    let (config, problems) = Config::read(page, "?address=du");
    assert_eq!(
        problems,
        vec![Problem {
            place: Place::Line(1),
            kind: ProblemKind::HtmlPage,
        }]
    );
    assert_eq!(
        problems[0].describe(Lang::De),
        "config.ini ist eine HTML-Seite (vermutlich die Ersatzseite des Hosts für eine fehlende Datei); \
         es gelten die Standardeinstellungen."
    );
    assert_eq!(
        problems[0].describe(Lang::En),
        "config.ini is an HTML page (probably the host’s fallback page for a missing file); the default \
         settings apply."
    );
    let (from_address, _) = Config::read("", "?address=du");
    assert_eq!(config, from_address);
}

/// Settings are never taken for a page: a file of settings that mentions HTML in a value is read as usual.
#[test]
fn settings_that_mention_html_are_read_as_settings() {
    let (config, problems) = Config::read("name = <html> Studio\nprimary = #1a6b4f\n", "");
    assert_eq!(problems, vec![]);
    assert_eq!(config.name.as_deref(), Some("<html> Studio"));
}
