//! The result's texts never contradict the answers they are derived from, over many answer sets: a reason
//! quotes the answer it rests on in the words the visitor chose and says why its step helps with that point,
//! an argument answered at one of its two top levels is never a reason, a strength is named only where an
//! argument is answered at the top, the goals named as important and unreached are exactly those, the
//! quick win and the concession are ones the kind of business can act on, and no text claims there are no
//! weak points.

mod common;

use common::complete_answers;
use model::check::answers::{Field, GoalScale};
use model::check::scoring::{
    concession, goals_gap_sentence, is_unreached_important_goal, most_urgent_step, next_steps,
    quick_win, strength, strength_sentence, Reader, Reason,
};
use model::content::{
    Presence, ARGUMENTS, BANDS, BUSINESSES, GOALS, GOAL_OPTIONS, LOCAL_REVIEWS, NAME_ALERT,
    REACH_OPTIONS, RESULT_NOTES, UI,
};
use model::{Choice, CompleteAnswers, Lang, Scores, Slot};
use proptest::prelude::*;

/// Phrases that claim there is nothing weak; they must never appear in a result.
const NO_WEAK_POINTS: [&str; 4] = [
    "keine deutlichen Schwachstellen",
    "keine Schwachstellen",
    "no clear weak points",
    "no weak points",
];

/// Phrases that call something one of the weakest points, which a result may only say with proof.
const WEAKEST: [&str; 3] = ["schwächsten", "weakest", "Schwachstelle"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn reasons_quote_their_answer_and_say_why_their_step_helps(answers in complete_answers()) {
        let urgent = most_urgent_step(&answers);
        prop_assert!(next_steps(&answers).contains(&urgent), "{:?}", urgent);
        for (lang, reader) in Lang::ALL.into_iter().flat_map(|lang| [(lang, Reader::Own), (lang, Reader::Shared)]) {
            for next in next_steps(&answers) {
                let text = next.explain(lang, &answers, reader);
                let content = next.step.content();
                match next.reason {
                    Reason::Argument(i) => {
                        // Only the two lower levels are a weakness to name.
                        let level = answers.get(Slot::Argument(i));
                        prop_assert!(level < Choice::ALL[2]);
                        prop_assert_eq!(ARGUMENTS[i].remedy, next.step);
                        prop_assert!(text.contains(ARGUMENTS[i].title.get(lang)), "{}", text);
                        let quoted = ARGUMENTS[i].options[level.index()].get(lang).trim_end_matches('.');
                        prop_assert!(text.contains(quoted), "{}", text);
                        prop_assert!(!text.contains(".“.") && !text.contains(".”."), "{}", text);
                        prop_assert!(text.ends_with(content.helps_argument.get(lang)), "{}", text);
                    }
                    Reason::Goal(i) => {
                        prop_assert!(answers.get(Slot::Importance(i)) >= Choice::ALL[2]);
                        prop_assert!(answers.get(Slot::Reach(i)) < Choice::HIGHEST);
                        prop_assert_eq!(GOALS[i].remedy, next.step);
                        prop_assert!(text.contains(GOALS[i].title.get(lang)), "{}", text);
                        // The words the visitor saw: the combined scale's, or before version 3 the reach's.
                        let quoted = match answers.goal_scale() {
                            GoalScale::Combined => GOAL_OPTIONS[answers.field(Field::Goal(i)).index()].get(lang),
                            GoalScale::Separate => REACH_OPTIONS[answers.get(Slot::Reach(i)).index()].get(lang),
                        };
                        prop_assert!(text.contains(quoted.trim_end_matches('.')), "{}", text);
                        prop_assert!(text.ends_with(content.helps_goal.get(lang)), "{}", text);
                    }
                    Reason::None => prop_assert_eq!(text.as_str(), UI.reason_none.get(lang)),
                }
                // A reason names no argument or goal other than its own.
                for (j, argument) in ARGUMENTS.iter().enumerate() {
                    if text.contains(argument.title.get(lang)) {
                        prop_assert_eq!(next.reason, Reason::Argument(j), "{}", text);
                    }
                }
                for (j, goal) in GOALS.iter().enumerate() {
                    if text.contains(goal.title.get(lang)) {
                        prop_assert_eq!(next.reason, Reason::Goal(j), "{}", text);
                    }
                }
            }
        }
    }

    #[test]
    fn no_result_claims_no_weak_points_or_a_weakest_point(answers in complete_answers()) {
        for lang in Lang::ALL {
            let mut texts: Vec<String> = next_steps(&answers)
                .iter()
                .map(|next| next.explain(lang, &answers, Reader::Own))
                .collect();
            texts.push(Scores::of(&answers).band().summary.get(lang).to_owned());
            texts.extend(strength_sentence(lang, &answers));
            texts.push(goals_gap_sentence(lang, &answers));
            for text in &texts {
                for phrase in NO_WEAK_POINTS.iter().chain(&WEAKEST) {
                    prop_assert!(!text.contains(phrase), "{}", text);
                }
            }
        }
    }

    /// The top section names a strength only for an argument answered at the top of its scale; the band's
    /// sentence names none at all.
    #[test]
    fn a_strength_is_named_only_where_the_answers_show_it(answers in complete_answers()) {
        let scores = Scores::of(&answers);
        if let Some(i) = strength(&answers) {
            prop_assert_eq!(answers.get(Slot::Argument(i)), Choice::HIGHEST);
        } else {
            prop_assert!((0..ARGUMENTS.len()).all(|i| answers.get(Slot::Argument(i)) < Choice::HIGHEST));
        }
        for lang in Lang::ALL {
            let band = scores.band().summary.get(lang);
            let line = strength_sentence(lang, &answers).unwrap_or_default();
            for (i, argument) in ARGUMENTS.iter().enumerate() {
                prop_assert!(!band.contains(argument.title.get(lang)));
                if line.contains(argument.title.get(lang)) {
                    prop_assert_eq!(answers.get(Slot::Argument(i)), Choice::HIGHEST, "{}", line);
                }
            }
        }
    }

    /// The quick win and the concession are ones this kind of business can act on: no Google Business
    /// Profile for an online shop (Google gives none to online-only businesses) nor as the answer for firms
    /// chosen by name, nor for a local business that says it has a profile already (it is asked for
    /// reviews instead), no name alert for a business that already watches what is said about it, and
    /// nothing promised as done today.
    #[test]
    fn advice_fits_the_kind_of_business_and_the_answers(answers in complete_answers()) {
        let presence = BUSINESSES[answers.get(Slot::Business).index()].presence;
        let (quick, alert) = quick_win(&answers);
        let watches = answers.get(Slot::Argument(6)) >= Choice::ALL[2];
        prop_assert_eq!(alert.is_some(), !watches);
        let has_profile = answers.get(Slot::Argument(5)) >= Choice::ALL[2];
        prop_assert_eq!(
            std::ptr::eq(quick, &LOCAL_REVIEWS),
            presence == Presence::Local && has_profile
        );
        for lang in Lang::ALL {
            let mut texts = vec![quick.title.get(lang), quick.action.get(lang), concession(&answers).get(lang)];
            texts.extend(alert.map(|alert| alert.action.get(lang)));
            for text in texts {
                if presence != Presence::Local {
                    prop_assert!(!text.contains("Unternehmensprofil") && !text.contains("Business Profile"), "{}", text);
                }
                for promise in ["Heute erledigt", "heute erledigt", "Done today", "done today"] {
                    prop_assert!(!text.contains(promise), "{}", text);
                }
            }
        }
    }

    /// The goals named as important and unreached are exactly those answered so.
    #[test]
    fn the_goal_gap_names_exactly_the_important_unreached_goals(answers in complete_answers()) {
        for lang in Lang::ALL {
            let sentence = goals_gap_sentence(lang, &answers);
            for (i, goal) in GOALS.iter().enumerate() {
                let gap = answers.get(Slot::Importance(i)) >= Choice::ALL[2]
                    && answers.get(Slot::Reach(i)) < Choice::ALL[2];
                prop_assert_eq!(is_unreached_important_goal(&answers, i), gap);
                prop_assert_eq!(sentence.contains(goal.title.get(lang)), gap, "{}", sentence);
            }
        }
    }
}

#[test]
fn every_kind_of_business_has_advice_it_can_act_on() {
    for presence in Presence::ALL {
        assert!(BUSINESSES
            .iter()
            .any(|business| business.presence == presence));
    }
    let online = BUSINESSES
        .iter()
        .position(|b| b.key == "online-shop")
        .unwrap();
    assert_eq!(BUSINESSES[online].presence, Presence::Online);
    // The name alert says what it does not see, so nobody relies on it for reviews or closed groups.
    assert!(NAME_ALERT.action.de.contains("Bewertungen"));
    assert!(RESULT_NOTES.concessions[Presence::Personal.index()]
        .de
        .contains("stimmt"));
}

#[test]
fn no_band_sentence_names_a_strength() {
    // The bands' sentences are about the overall score; naming an argument would claim a strength that a
    // high score does not prove (91 points with "never checked" on that very argument).
    for band in &BANDS {
        for lang in Lang::ALL {
            for argument in &ARGUMENTS {
                assert!(!band.summary.get(lang).contains(argument.title.get(lang)));
            }
        }
    }
}

#[test]
fn a_business_that_checked_nothing_gets_no_strength_and_every_important_goal_named() {
    let mut answers = CompleteAnswers::uniform(Choice::LOWEST);
    for i in 0..GOALS.len() {
        answers.set(Slot::Importance(i), Choice::HIGHEST);
    }
    assert_eq!(strength(&answers), None);
    let sentence = goals_gap_sentence(Lang::De, &answers);
    assert!(
        GOALS.iter().all(|goal| sentence.contains(goal.title.de)),
        "{sentence}"
    );
    let steps = next_steps(&answers);
    assert!(
        steps.iter().all(|next| next.reason != Reason::None),
        "{steps:?}"
    );
}
