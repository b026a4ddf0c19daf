//! The lead form: nothing goes out before consent and "Senden", one request per press at most, nothing
//! typed is lost when sending fails, and the body carries the documented fields.

use model::check::link::{read_fragment, result_fragment};
use model::content::{LeadUi, LEAD_UI, UI};
use model::lead::{
    contact_href, email_route, heading, privacy_line, LeadAction, LeadField, LeadForm, LeadProblem,
    LeadResult, LeadStatus,
};
use model::url::query_pairs;
use model::Reducer;
use model::{CompleteAnswers, Lang, Scores};
use proptest::prelude::*;

mod common;

const ANSWERS: &str = "2130213230211203322130";

fn answers() -> CompleteAnswers {
    CompleteAnswers::from_digits(ANSWERS).expect("22 digits")
}

fn filled() -> LeadForm {
    [
        LeadAction::EditName("Anna Beispiel".into()),
        LeadAction::EditEmail("anna@beispiel.de".into()),
        LeadAction::EditMessage("Rufen Sie mich an & gern bald: 50% + mehr".into()),
    ]
    .into_iter()
    .fold(LeadForm::default(), LeadForm::apply)
}

/// The service's answer to request `attempt`.
fn answer(attempt: u32, delivered: bool) -> LeadAction {
    LeadAction::Answered { attempt, delivered }
}

fn apply_all(form: LeadForm, actions: impl IntoIterator<Item = LeadAction>) -> LeadForm {
    actions.into_iter().fold(form, LeadForm::apply)
}

#[test]
fn a_new_form_is_unticked_and_shows_no_problem_before_the_first_try() {
    let form = LeadForm::default();
    assert!(!form.consent);
    assert_eq!(form.status, LeadStatus::Editing);
    assert!(!form.can_send());
    assert_eq!(form.problem_at(LeadField::Name), None);
    assert_eq!(
        form.problems(),
        [
            LeadProblem::NameMissing,
            LeadProblem::EmailMissing,
            LeadProblem::ConsentMissing
        ]
    );
}

#[test]
fn without_consent_pressing_send_sends_nothing_and_says_why() {
    let form = filled().apply(LeadAction::Submit);
    assert_eq!(form.status, LeadStatus::Editing);
    assert_eq!(form.attempt, 0, "no request was asked for");
    assert_eq!(
        form.problem_at(LeadField::Consent),
        Some(LeadProblem::ConsentMissing)
    );
    assert_eq!(form.problem_at(LeadField::Name), None);
    assert_eq!(form.problem_at(LeadField::Email), None);
}

#[test]
fn required_fields_are_checked_with_a_message_at_each() {
    let form = apply_all(
        LeadForm::default(),
        [
            LeadAction::SetConsent(true),
            LeadAction::EditName("   ".into()),
            LeadAction::EditEmail("anna@".into()),
            LeadAction::Submit,
        ],
    );
    assert_eq!(form.status, LeadStatus::Editing);
    assert_eq!(
        form.problem_at(LeadField::Name),
        Some(LeadProblem::NameMissing)
    );
    assert_eq!(
        form.problem_at(LeadField::Email),
        Some(LeadProblem::EmailIncomplete)
    );
    assert_eq!(form.problem_at(LeadField::Consent), None);
    // The messages follow the typing once shown.
    let form = form.apply(LeadAction::EditEmail(String::new()));
    assert_eq!(
        form.problem_at(LeadField::Email),
        Some(LeadProblem::EmailMissing)
    );
    let form = form.apply(LeadAction::EditEmail(" anna@beispiel.de ".into()));
    assert_eq!(form.problem_at(LeadField::Email), None);
    for lang in Lang::ALL {
        for problem in [
            LeadProblem::NameMissing,
            LeadProblem::EmailMissing,
            LeadProblem::EmailIncomplete,
            LeadProblem::ConsentMissing,
        ] {
            assert!(!problem.text().get(lang).is_empty());
        }
    }
}

#[test]
fn email_addresses_are_checked_for_their_shape() {
    for good in [
        "anna@beispiel.de",
        "a.b+c@mail.example.org",
        " anna@beispiel.de ",
    ] {
        let form = filled().apply(LeadAction::EditEmail(good.into()));
        assert!(
            !form.problems().contains(&LeadProblem::EmailIncomplete),
            "{good}"
        );
    }
    for bad in [
        "anna",
        "anna@",
        "@beispiel.de",
        "anna@beispiel",
        "anna @beispiel.de",
        "anna@.de",
    ] {
        let form = filled().apply(LeadAction::EditEmail(bad.into()));
        assert!(
            form.problems().contains(&LeadProblem::EmailIncomplete),
            "{bad}"
        );
    }
}

#[test]
fn with_consent_one_press_asks_for_one_request_and_a_second_press_adds_none() {
    let form = apply_all(
        filled(),
        [
            LeadAction::SetConsent(true),
            LeadAction::Submit,
            LeadAction::Submit,
        ],
    );
    assert_eq!(form.status, LeadStatus::Sending);
    assert_eq!(form.attempt, 1);
    assert!(!form.can_send());
    // Nothing typed changes while it is on its way: the body that went out is what the form shows.
    let form = form.apply(LeadAction::EditName("Berta".into()));
    assert_eq!(form.name, "Anna Beispiel");
}

#[test]
fn a_confirmed_send_replaces_the_form_and_never_sends_again() {
    let form = apply_all(
        filled(),
        [
            LeadAction::SetConsent(true),
            LeadAction::Submit,
            answer(1, true),
            LeadAction::Submit,
            LeadAction::SetConsent(false),
        ],
    );
    assert_eq!(form.status, LeadStatus::Sent);
    assert_eq!(form.attempt, 1);
    assert!(form.consent);
}

#[test]
fn a_failed_send_keeps_everything_typed_and_may_be_tried_again() {
    let sending = apply_all(filled(), [LeadAction::SetConsent(true), LeadAction::Submit]);
    let failed = sending.clone().apply(answer(1, false));
    assert_eq!(failed.status, LeadStatus::Failed);
    assert_eq!(
        (&failed.name, &failed.email, &failed.message, failed.consent),
        (&sending.name, &sending.email, &sending.message, true)
    );
    assert!(failed.can_send());
    let again = failed.apply(LeadAction::Submit);
    assert_eq!((again.status, again.attempt), (LeadStatus::Sending, 2));
    // The first request's late answer belongs to an attempt that is over.
    let late = again.apply(answer(1, true));
    assert_eq!(late.status, LeadStatus::Sending);
}

#[test]
fn a_success_after_giving_up_waiting_still_counts() {
    let form = apply_all(
        filled(),
        [
            LeadAction::SetConsent(true),
            LeadAction::Submit,
            answer(1, false),
            answer(1, true),
        ],
    );
    assert_eq!(form.status, LeadStatus::Sent);
}

fn action() -> impl Strategy<Value = LeadAction> {
    prop_oneof![
        prop_oneof![Just(""), Just(" "), Just("Anna")].prop_map(|s| LeadAction::EditName(s.into())),
        prop_oneof![Just(""), Just("anna@"), Just("anna@beispiel.de")]
            .prop_map(|s| LeadAction::EditEmail(s.into())),
        any::<bool>().prop_map(LeadAction::SetConsent),
        Just(LeadAction::Submit),
        Just(LeadAction::Submit),
        (0u32..4, any::<bool>()).prop_map(|(attempt, delivered)| answer(attempt, delivered)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Whatever happens, a request is asked for only by "Senden" on a form with consent, a name and an
    /// e-mail address, and only one at a time.
    #[test]
    fn nothing_goes_out_without_consent_and_a_press(actions in prop::collection::vec(action(), 0..24)) {
        let mut form = LeadForm::default();
        for action in actions {
            let before = form.clone();
            form = form.apply(action.clone());
            if form.attempt != before.attempt {
                prop_assert_eq!(&action, &LeadAction::Submit);
                prop_assert_eq!(form.attempt, before.attempt + 1);
                prop_assert!(matches!(before.status, LeadStatus::Editing | LeadStatus::Failed));
                prop_assert_eq!(form.status, LeadStatus::Sending);
                prop_assert!(form.consent && form.problems().is_empty());
            }
            if form.status == LeadStatus::Sending {
                prop_assert!(form.consent);
            }
        }
    }
}

fn result() -> (String, LeadForm) {
    let link = format!("https://example.org/check/#{}", result_fragment(&answers()));
    let form = apply_all(filled(), [LeadAction::SetConsent(true), LeadAction::Submit]);
    (link, form)
}

#[test]
fn the_body_carries_the_documented_fields_form_encoded() {
    let (link, form) = result();
    let body = form.body(&LeadResult {
        answers: &answers(),
        result_link: &link,
        lang: Lang::DeDu,
        owner: Some("Muster Beratung"),
    });
    let keys: Vec<_> = body
        .split('&')
        .map(|pair| pair.split('=').next().unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "name",
            "email",
            "message",
            "score",
            "band",
            "result_link",
            "lang",
            "consent",
            "consent_text"
        ]
    );
    assert!(body.starts_with("name=Anna%20Beispiel&email=anna%40beispiel.de&message=Rufen%20Sie%20mich%20an%20%26%20gern%20bald%3A%2050%25%20%2B%20mehr&"));
    let fields: Vec<(String, String)> = query_pairs(&body).collect();
    let field = |key: &str| {
        fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap()
    };
    let scores = Scores::of(&answers());
    assert_eq!(
        field("message"),
        "Rufen Sie mich an & gern bald: 50% + mehr"
    );
    assert_eq!(field("score"), scores.overall.to_string());
    assert_eq!(field("band"), scores.band().name.get(Lang::De));
    assert_eq!(field("result_link"), link);
    let fragment = &link[link.find('#').unwrap()..];
    assert_eq!(read_fragment(fragment), Some(Ok(answers())));
    assert_eq!(
        field("lang"),
        "de",
        "du or Sie is the check's business, not the owner's"
    );
    assert_eq!(field("consent"), "yes");
    assert_eq!(
        field("consent_text"),
        LEAD_UI
            .consent
            .fill(Lang::De, &[("recipient", "Muster Beratung")])
    );
    // Every byte outside the unreserved set is escaped, so no value can add a field of its own.
    assert!(body
        .split('&')
        .all(|pair| pair.split('=').count() == 2 && !pair.contains([' ', '+', '#'])));
}

#[test]
fn the_body_in_english_names_the_band_in_english_and_an_unnamed_owner_in_words() {
    let (link, form) = result();
    let body = form.body(&LeadResult {
        answers: &answers(),
        result_link: &link,
        lang: Lang::En,
        owner: None,
    });
    let fields: Vec<(String, String)> = query_pairs(&body).collect();
    assert!(fields.contains(&("lang".into(), "en".into())));
    assert!(fields.contains(&("band".into(), Scores::of(&answers()).band().name.en.into())));
    assert!(fields
        .iter()
        .any(|(k, v)| k == "consent_text" && v.contains("the owner of this website")));
}

#[test]
fn the_privacy_line_says_where_the_result_may_go() {
    for lang in Lang::ALL {
        assert_eq!(privacy_line(lang, false, None), UI.privacy.get(lang));
        assert_eq!(privacy_line(lang, true, None), UI.privacy_host.get(lang));
        let lead = privacy_line(lang, false, Some(Some("Muster Beratung")));
        assert!(lead.contains("Muster Beratung"), "{lead}");
        assert!(!lead.contains("Nichts wird") && !lead.contains("Nothing is sent"));
        let both = privacy_line(lang, true, Some(None));
        assert!(both.contains(LEAD_UI.recipient_unnamed.get(lang)), "{both}");
        assert!(both.contains(if lang.is_german() {
            "eingebunden"
        } else {
            "embedded"
        }));
    }
}

#[test]
fn the_heading_names_the_owner_or_says_plainly_what_it_does() {
    assert_eq!(
        heading(Lang::De, Some("Muster")),
        "Ergebnis an Muster senden"
    );
    assert_eq!(heading(Lang::En, None), "Send your result");
}

#[test]
fn the_lead_texts_are_written_in_every_form_and_carry_their_placeholders() {
    let all = every_field!(
        LeadUi,
        &LEAD_UI,
        [
            privacy,
            privacy_host,
            recipient_unnamed,
            heading,
            heading_unnamed,
            intro,
            name_label,
            email_label,
            message_label,
            consent,
            privacy_sentence,
            privacy_link,
            send,
            sending,
            consent_needed,
            name_missing,
            email_missing,
            email_incomplete,
            sent,
            failed,
            email_route,
            mail_subject,
            mail_body,
        ]
    );
    let with_recipient = [
        &LEAD_UI.privacy,
        &LEAD_UI.privacy_host,
        &LEAD_UI.heading,
        &LEAD_UI.intro,
        &LEAD_UI.consent,
    ];
    for text in &all {
        common::assert_both_forms_of_address(text);
        for lang in Lang::ALL {
            let written = text.get(lang);
            assert!(
                !written.trim().is_empty() && written.trim() == written,
                "{written:?}"
            );
            // The placeholders are only those the texts are filled with.
            let rest = written.replace("{recipient}", "").replace("{link}", "");
            assert!(!rest.contains(['{', '}']), "{written:?}");
        }
    }
    for lang in Lang::ALL {
        for text in with_recipient {
            assert!(
                text.get(lang).contains("{recipient}"),
                "{:?}",
                text.get(lang)
            );
        }
        assert!(LEAD_UI.privacy_sentence.get(lang).contains("{link}"));
    }
    // The start screen's lines address nobody in German: index.html shows a line before the settings are
    // read, and the app's line replaces it without changing its form of address.
    assert_eq!((LEAD_UI.privacy.du, LEAD_UI.privacy_host.du), (None, None));
}

const RESULT: &str = "https://example.org/check/#r=10YN4TM6MCCV8J";
const ENCODED_RESULT: &str = "https%3A%2F%2Fexample.org%2Fcheck%2F%23r%3D10YN4TM6MCCV8J";

#[test]
fn a_mailto_contact_opens_a_mail_ready_to_send_with_the_result_link() {
    let href = contact_href(Lang::De, "mailto:hallo@example.org", RESULT);
    assert_eq!(
        href,
        [
            "mailto:hallo@example.org?subject=Mein%20Ergebnis%20im%20Social-Media-Check&body=Hallo%2C%0D%0A%0D%0A",
            "ich%20habe%20den%20Social-Media-Check%20gemacht%20und%20w%C3%BCrde%20mein%20Ergebnis%20gern%20",
            "besprechen%3A%0D%0A",
            ENCODED_RESULT,
        ]
        .concat()
    );
    // The owner's own subject stays, in any spelling of its name; the text follows the visitor's language.
    let href = contact_href(Lang::En, "mailto:a@b.de?Subject=Check", RESULT);
    assert!(
        href.starts_with("mailto:a@b.de?Subject=Check&body=Hello%2C%0D%0A"),
        "{href}"
    );
    assert!(
        href.contains(ENCODED_RESULT) && !href.contains("subject="),
        "{href}"
    );
    // The text goes in percent-encoded, so the mail shows every character as written („würde“, the link's
    // "#r=" and its line breaks).
    let href = contact_href(Lang::De, "mailto:hallo@example.org", RESULT);
    let body = query_pairs(href.split_once('?').expect("a query").1)
        .find(|(name, _)| name == "body")
        .expect("a body")
        .1;
    assert_eq!(body, LEAD_UI.mail_body.fill(Lang::De, &[("link", RESULT)]));
    // A parameter's name counts in its encoded spelling too.
    assert_eq!(
        contact_href(Lang::De, "mailto:a@b.de?%62ody=Termin", RESULT),
        "mailto:a@b.de?%62ody=Termin"
    );
    // An owner who wrote the body leaves nothing to add; other links stay as they are.
    for link in [
        "mailto:a@b.de?subject=Check&BODY=Termin",
        "https://example.org/termin",
        "tel:+49301234",
    ] {
        assert_eq!(contact_href(Lang::De, link, RESULT), link);
    }
}

#[test]
fn the_email_route_is_the_owners_mail_address_as_the_contact_button_opens_it() {
    assert_eq!(
        email_route(Lang::DeDu, "mailto:hallo@example.org?subject=Check", RESULT),
        Some(contact_href(
            Lang::DeDu,
            "mailto:hallo@example.org?subject=Check",
            RESULT
        ))
    );
    assert_eq!(
        email_route(Lang::En, "MAILTO:hallo@example.org", RESULT)
            .map(|href| href.contains(ENCODED_RESULT)),
        Some(true)
    );
    assert_eq!(
        email_route(Lang::De, "https://example.org/termin", RESULT),
        None
    );
    assert_eq!(email_route(Lang::De, "tel:+49301234", RESULT), None);
}
