//! The owner's own words (`intro`, `contact_text` and their `_du` and `_en` forms): each form shows only on
//! its own pages, a form left out falls back to the product's text (never to another form's), a text too
//! long is a reported mistake rather than cut, and no link may set any of them.

use model::settings::{Config, Place, ProblemKind};
use model::Lang;

const FILE: &str =
    "intro = Finden Sie heraus …\nintro_du = Finde heraus …\nintro_en = Find out …\n\
    contact_text = Ihr Ergebnis\ncontact_text_du = Dein Ergebnis\ncontact_text_en = Your result";

#[test]
fn each_form_shows_its_own_words() {
    let (config, problems) = Config::read(FILE, "");
    assert_eq!(problems, []);
    assert_eq!(config.intro(Lang::De), Some("Finden Sie heraus …"));
    assert_eq!(config.intro(Lang::DeDu), Some("Finde heraus …"));
    assert_eq!(config.intro(Lang::En), Some("Find out …"));
    assert_eq!(config.contact_text(Lang::De), Some("Ihr Ergebnis"));
    assert_eq!(config.contact_text(Lang::DeDu), Some("Dein Ergebnis"));
    assert_eq!(config.contact_text(Lang::En), Some("Your result"));
}

#[test]
fn a_form_left_out_falls_back_to_the_products_text_never_to_another_form() {
    let (config, _) = Config::read(
        "intro = Finden Sie heraus …\ncontact_text = Ihr Ergebnis",
        "",
    );
    for lang in [Lang::DeDu, Lang::En] {
        assert_eq!(config.intro(lang), None, "{lang:?}");
        assert_eq!(config.contact_text(lang), None, "{lang:?}");
    }
    let (config, _) = Config::read("contact_text_du = Dein Ergebnis", "");
    assert_eq!(config.contact_text(Lang::De), None);
}

#[test]
fn a_text_too_long_is_reported_not_cut() {
    let (config, problems) = Config::read(&format!("intro_du = {}", "x".repeat(401)), "");
    assert_eq!(config.intro(Lang::DeDu), None);
    assert_eq!(
        problems
            .iter()
            .map(|problem| &problem.kind)
            .collect::<Vec<_>>(),
        [&ProblemKind::TooLong {
            key: "intro_du",
            max: 400
        }]
    );
    let (config, problems) = Config::read(&format!("intro = {}", "x".repeat(400)), "");
    assert_eq!(
        (config.intro(Lang::De).map(str::len), problems.len()),
        (Some(400), 0)
    );
}

#[test]
fn no_link_sets_the_owners_words() {
    let (config, problems) = Config::read(
        FILE,
        "?intro=Konto%20gesperrt&intro_du=x&intro_en=x&contact_text_du=Hier%20entsperren&contact_text_en=x",
    );
    assert_eq!(config, Config::read(FILE, "").0);
    assert_eq!(problems.len(), 5);
    assert!(problems
        .iter()
        .all(|problem| problem.place == Place::Address
            && matches!(problem.kind, ProblemKind::FileOnly { .. })));
}
