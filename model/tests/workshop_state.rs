//! The workshop screen's reducer: creating, choosing and deleting workshops, adding and removing
//! participants, the language and the presentation.

use model::check::code::encode;
use model::workshop::facilitator::{Contact, ContactError};
use model::workshop::paste::Workshop;
use model::workshop::saved::Workshops;
use model::workshop::state::{Slide, WorkshopAction, WorkshopState};
use model::Reducer;
use model::{Answers, Choice, CompleteAnswers, Lang};

fn link(choice: Choice) -> String {
    let answers = CompleteAnswers::uniform(choice);
    format!("https://x.de/#r={}", encode(&Answers::from(answers)))
}

fn with_workshops(names: &[&str]) -> WorkshopState {
    let list = names.iter().map(|name| Workshop::new(name)).collect();
    WorkshopState::new(Lang::De, Workshops { list }, String::new())
}

#[test]
fn a_new_screen_shows_the_first_saved_workshop_or_none() {
    assert_eq!(with_workshops(&[]).current, None);
    assert_eq!(with_workshops(&["A", "B"]).current, Some(0));
    assert_eq!(with_workshops(&["A", "B"]).current().unwrap().name, "A");
}

#[test]
fn creating_shows_the_new_workshop_and_clears_the_report() {
    let state = with_workshops(&["A"])
        .apply(WorkshopAction::AddLinks(link(Choice::LOWEST)))
        .apply(WorkshopAction::Create("  Montag ".to_owned()));
    assert_eq!(state.current, Some(1));
    assert_eq!(state.current().unwrap().name, "Montag");
    assert_eq!(state.report, None);
    assert_eq!(state.workshops.list[0].participants().len(), 1);
}

#[test]
fn links_go_to_the_workshop_on_screen_and_report_what_they_added() {
    let state = with_workshops(&["A", "B"])
        .apply(WorkshopAction::Select(1))
        .apply(WorkshopAction::AddLinks(format!(
            "{}\n{}\nkein Link",
            link(Choice::LOWEST),
            link(Choice::HIGHEST)
        )));
    let report = state.report.clone().unwrap();
    assert_eq!((report.added, report.rejected.len()), (2, 1));
    assert_eq!(state.workshops.list[0].participants().len(), 0);
    assert_eq!(state.workshops.list[1].participants().len(), 2);

    let state = state.apply(WorkshopAction::RemoveParticipant(0));
    assert_eq!(
        state.current().unwrap().participants()[0].answers,
        CompleteAnswers::uniform(Choice::HIGHEST)
    );
    let state = state.apply(WorkshopAction::Select(0));
    assert_eq!(
        state.report, None,
        "another workshop starts without a report"
    );
}

#[test]
fn links_without_a_workshop_change_nothing() {
    let state = with_workshops(&[]);
    assert_eq!(
        state
            .clone()
            .apply(WorkshopAction::AddLinks(link(Choice::LOWEST))),
        state
    );
}

#[test]
fn indices_out_of_range_change_nothing() {
    let state = with_workshops(&["A", "B"]).apply(WorkshopAction::Select(1));
    for action in [
        WorkshopAction::Select(2),
        WorkshopAction::Delete(2),
        WorkshopAction::RemoveParticipant(0),
    ] {
        assert_eq!(state.clone().apply(action.clone()), state, "{action:?}");
    }
}

#[test]
fn deleting_shows_the_first_workshop_left_or_none() {
    let state = with_workshops(&["A", "B", "C"])
        .apply(WorkshopAction::Select(2))
        .apply(WorkshopAction::Delete(1));
    assert_eq!(state.current().unwrap().name, "A");
    let names: Vec<&str> = state
        .workshops
        .list
        .iter()
        .map(|w| w.name.as_str())
        .collect();
    assert_eq!(names, ["A", "C"]);
    let state = state
        .apply(WorkshopAction::Delete(0))
        .apply(WorkshopAction::Delete(0));
    assert_eq!(state.current, None);
}

#[test]
fn language_and_presentation_are_switched() {
    let state = with_workshops(&["A"])
        .apply(WorkshopAction::SetLang(Lang::En))
        .apply(WorkshopAction::Present(true));
    assert_eq!((state.lang, state.presenting), (Lang::En, true));
    assert!(!state.apply(WorkshopAction::Present(false)).presenting);
}

#[test]
fn the_presentation_steps_through_its_slides_and_stops_at_both_ends() {
    let state = with_workshops(&["A"]).apply(WorkshopAction::Present(true));
    assert_eq!(
        state.slides(),
        [Slide::Join],
        "only the join slide without results"
    );
    assert_eq!(state.clone().apply(WorkshopAction::NextSlide).slide, 0);

    let mut state = state.apply(WorkshopAction::AddLinks(format!(
        "{}\n{}",
        link(Choice::LOWEST),
        link(Choice::HIGHEST)
    )));
    let slides = state.slides();
    let prompts = state.group_view().unwrap().prompts.len();
    assert_eq!(
        slides[..4],
        [Slide::Join, Slide::Bands, Slide::Arguments, Slide::Goals]
    );
    assert_eq!(
        slides[4..],
        (0..prompts).map(Slide::Question).collect::<Vec<_>>()[..]
    );
    for expected in 1..slides.len() {
        state = state.apply(WorkshopAction::NextSlide);
        assert_eq!(state.slide, expected);
    }
    state = state.apply(WorkshopAction::NextSlide);
    assert_eq!(state.slide, slides.len() - 1, "the last slide stays");
    state = state.apply(WorkshopAction::PreviousSlide);
    assert_eq!(state.slide, slides.len() - 2);

    // Taking the results away leaves the join slide, the only one left.
    let state = state
        .apply(WorkshopAction::RemoveParticipant(0))
        .apply(WorkshopAction::RemoveParticipant(0));
    assert_eq!(state.slide, 0);
    assert_eq!(state.apply(WorkshopAction::PreviousSlide).slide, 0);
}

#[test]
fn a_new_presentation_starts_at_the_join_slide_and_results_can_be_covered() {
    let state = with_workshops(&["A"])
        .apply(WorkshopAction::AddLinks(link(Choice::LOWEST)))
        .apply(WorkshopAction::Present(true))
        .apply(WorkshopAction::NextSlide)
        .apply(WorkshopAction::Cover(true));
    assert_eq!((state.slide, state.covered), (1, true));
    assert!(state.slides()[state.slide].shows_results());
    assert!(!Slide::Join.shows_results());
    let state = state
        .apply(WorkshopAction::Present(false))
        .apply(WorkshopAction::Present(true));
    assert_eq!(state.slide, 0);
    assert!(!state.apply(WorkshopAction::Cover(false)).covered);
}

#[test]
fn the_contact_is_kept_as_typed_and_read_when_it_is_one() {
    let state = with_workshops(&["A"]);
    assert_eq!(state.contact(), Ok(None));
    let state = state.apply(WorkshopAction::SetContact("anna@".to_owned()));
    assert_eq!(
        state.contact, "anna@",
        "kept as typed, so nothing is lost while typing"
    );
    assert_eq!(state.contact(), Err(ContactError::Unreadable));
    let state = state.apply(WorkshopAction::SetContact("anna@example.org".to_owned()));
    assert_eq!(
        state.contact(),
        Ok(Some(Contact::Email("anna@example.org".to_owned())))
    );
}

#[test]
fn workshops_restored_from_the_second_storage_fill_an_empty_screen_only() {
    let kept = with_workshops(&["Kept", "Other"]).workshops;
    let restored = with_workshops(&[]).apply(WorkshopAction::Restore(kept.clone()));
    assert_eq!(restored.workshops, kept);
    assert_eq!(restored.current().unwrap().name, "Kept");
    // The facilitator began a workshop before the kept ones arrived: theirs stays.
    let begun = with_workshops(&[])
        .apply(WorkshopAction::Create("Neu".to_owned()))
        .apply(WorkshopAction::Restore(kept));
    assert_eq!(begun.workshops.list.len(), 1);
    assert_eq!(begun.current().unwrap().name, "Neu");
}
