//! Scoring: the extremes, monotonicity over many answer sets, and how next steps are chosen.

mod common;

use common::{answers_asked_apart, combined_answers, complete_answers};
use model::check::answers::Field;
use model::check::scoring::{band_of, goal_is_topic, next_steps, Reason, NEXT_STEP_COUNT};
use model::content::{PlanStep, ARGUMENTS, GOALS};
use model::{Choice, CompleteAnswers, Scores, Slot};
use proptest::prelude::*;

fn all_scores(scores: &Scores) -> Vec<u8> {
    let mut all = vec![scores.overall];
    all.extend(scores.arguments);
    all.extend(scores.goals);
    all
}

#[test]
fn all_lowest_answers_score_zero_everywhere() {
    let scores = Scores::of(&CompleteAnswers::uniform(Choice::LOWEST));
    assert!(all_scores(&scores).iter().all(|&s| s == 0), "{scores:?}");
}

#[test]
fn all_highest_answers_score_one_hundred_everywhere() {
    let scores = Scores::of(&CompleteAnswers::uniform(Choice::HIGHEST));
    assert!(all_scores(&scores).iter().all(|&s| s == 100), "{scores:?}");
}

#[test]
fn the_extremes_hold_whatever_the_importance() {
    for importance in Choice::ALL {
        for readiness in [Choice::LOWEST, Choice::HIGHEST] {
            let mut answers = CompleteAnswers::uniform(readiness);
            for i in 0..GOALS.len() {
                answers.set(Slot::Importance(i), importance);
            }
            let expected = if readiness == Choice::LOWEST { 0 } else { 100 };
            assert_eq!(Scores::of(&answers).overall, expected);
        }
    }
}

#[test]
fn single_levels_score_in_thirds() {
    let scores: Vec<u8> = Choice::ALL
        .iter()
        .map(|&choice| {
            let mut answers = CompleteAnswers::uniform(Choice::LOWEST);
            answers.set(Slot::Argument(0), choice);
            Scores::of(&answers).arguments[0]
        })
        .collect();
    assert_eq!(scores, [0, 33, 67, 100]);
}

#[test]
fn bands_cover_every_score_in_order() {
    let mut previous = band_of(0).min;
    for score in 0..=100 {
        let band = band_of(score);
        assert!(band.min <= score && band.min >= previous);
        previous = band.min;
    }
    assert_ne!(band_of(0).min, band_of(100).min);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5_000))]

    /// Raising one readiness answer by one step never lowers any score, overall or per argument or goal,
    /// for answers asked apart (versions 1 and 2).
    #[test]
    fn improving_any_single_answer_never_lowers_any_score(answers in answers_asked_apart()) {
        let before = Scores::of(&answers);
        for slot in Slot::all().filter(|slot| slot.measures_readiness()) {
            if let Some(raised) = answers.get(slot).raised() {
                let mut improved = answers;
                improved.set(slot, raised);
                let after = Scores::of(&improved);
                for (b, a) in all_scores(&before).into_iter().zip(all_scores(&after)) {
                    prop_assert!(a >= b, "{slot:?}: {before:?} -> {after:?}");
                }
                prop_assert!(after != before, "{slot:?} had no effect");
            }
        }
    }

    /// The same on the combined scale of version 3, where a goal's first step up is not an improvement:
    /// from "not a topic" to "matters, not working yet" the goal begins to count, which may lower the
    /// score. Every step above it never lowers a score.
    #[test]
    fn improving_any_answer_of_the_combined_scale_never_lowers_any_score(answers in combined_answers()) {
        let before = Scores::of(&answers);
        for field in Field::all().filter(|&field| field != Field::Business) {
            let current = answers.field(field);
            let counts_already = !matches!(field, Field::Goal(_)) || current > Choice::LOWEST;
            if let (Some(raised), true) = (current.raised(), counts_already) {
                let mut improved = answers;
                improved.answer(field, raised);
                prop_assert_eq!(improved.field(field), raised);
                let after = Scores::of(&improved);
                for (b, a) in all_scores(&before).into_iter().zip(all_scores(&after)) {
                    prop_assert!(a >= b, "{field:?}: {before:?} -> {after:?}");
                }
                prop_assert!(after != before, "{field:?} had no effect");
            }
        }
    }

    /// Importance decides priorities, never the score of a single argument or goal.
    #[test]
    fn importance_only_weighs_goals_against_each_other(answers in complete_answers(), goal in 0..GOALS.len(), importance in 0..4usize) {
        let mut changed = answers;
        changed.set(Slot::Importance(goal), Choice::ALL[importance]);
        let (before, after) = (Scores::of(&answers), Scores::of(&changed));
        prop_assert_eq!(before.arguments, after.arguments);
        prop_assert_eq!(before.goals, after.goals);
        prop_assert!(after.overall <= 100);
    }

    /// The overall score is a weighted mean of the parts it rests on (every argument, and each goal that
    /// is a topic), so it never falls below the weakest part or rises above the strongest, give or take the
    /// rounding of each part to whole percent.
    #[test]
    fn the_overall_score_lies_between_its_weakest_and_strongest_part(answers in complete_answers()) {
        let scores = Scores::of(&answers);
        let topics = (0..GOALS.len()).filter(|&i| goal_is_topic(&answers, i));
        let parts: Vec<u8> = scores.arguments.iter().copied().chain(topics.map(|i| scores.goals[i])).collect();
        let (weakest, strongest) = (parts.iter().min().unwrap(), parts.iter().max().unwrap());
        prop_assert!(
            weakest.saturating_sub(1) <= scores.overall && scores.overall <= strongest + 1,
            "{} outside {weakest}..={strongest}",
            scores.overall
        );
    }

    /// Three different steps in plan order, and every reason names something that really is weak.
    #[test]
    fn next_steps_are_distinct_ordered_and_justified(answers in complete_answers()) {
        let steps = next_steps(&answers);
        prop_assert_eq!(steps.len(), NEXT_STEP_COUNT);
        prop_assert!(steps.windows(2).all(|pair| pair[0].step < pair[1].step));
        for next in steps {
            match next.reason {
                Reason::Argument(i) => {
                    prop_assert_eq!(ARGUMENTS[i].remedy, next.step);
                    prop_assert!(answers.get(Slot::Argument(i)) < Choice::HIGHEST);
                }
                Reason::Goal(i) => {
                    prop_assert_eq!(GOALS[i].remedy, next.step);
                    prop_assert!(answers.get(Slot::Reach(i)) < Choice::HIGHEST);
                    prop_assert!(answers.get(Slot::Importance(i)) >= Choice::ALL[2]);
                }
                Reason::None => {}
            }
        }
    }
}

#[test]
fn the_weakest_argument_brings_its_remedy_into_the_next_steps() {
    for (i, argument) in ARGUMENTS.iter().enumerate() {
        let mut answers = CompleteAnswers::uniform(Choice::HIGHEST);
        answers.set(Slot::Argument(i), Choice::LOWEST);
        let steps = next_steps(&answers);
        assert!(
            steps
                .iter()
                .any(|next| next.step == argument.remedy && next.reason == Reason::Argument(i)),
            "{}: {steps:?}",
            argument.key
        );
    }
}

#[test]
fn an_important_unreached_goal_brings_its_remedy_into_the_next_steps() {
    for (i, goal) in GOALS.iter().enumerate() {
        let mut answers = CompleteAnswers::uniform(Choice::HIGHEST);
        answers.set(Slot::Reach(i), Choice::LOWEST);
        let steps = next_steps(&answers);
        assert!(
            steps
                .iter()
                .any(|next| next.step == goal.remedy && next.reason == Reason::Goal(i)),
            "{}: {steps:?}",
            goal.key
        );
    }
}

#[test]
fn a_fully_ready_business_gets_the_first_steps_of_the_plan_without_a_reason() {
    let steps = next_steps(&CompleteAnswers::uniform(Choice::HIGHEST));
    assert_eq!(
        steps.map(|next| (next.step, next.reason)),
        [
            (PlanStep::Goal, Reason::None),
            (PlanStep::Persona, Reason::None),
            (PlanStep::Networks, Reason::None),
        ]
    );
}
