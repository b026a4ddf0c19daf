//! Scores, bands and next steps, computed from a complete answer set.
//!
//! Everything here is integer arithmetic, so the same answers give the same scores on every machine and in
//! every later version that keeps these rules: share links rely on that. ARCHITECTURE.md states the formula.

use crate::answers::{Choice, CompleteAnswers, Slot, ARGUMENT_COUNT, GOAL_COUNT};
use crate::content::{
    Band, PlanStep, ARGUMENTS, ARGUMENT_LEVELS, ARGUMENT_SHARE, BANDS, GOALS, GOAL_SHARE,
    IMPORTANCE_OPTIONS, OPTION_COUNT, UI,
};
use crate::text::Lang;

/// The highest choice index, the denominator of every level.
const TOP: u64 = OPTION_COUNT as u64 - 1;

/// All scores of one answer set, each from 0 to 100.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Scores {
    pub overall: u8,
    pub arguments: [u8; ARGUMENT_COUNT],
    /// How well each goal is reached today; the importance does not enter here.
    pub goals: [u8; GOAL_COUNT],
}

impl Scores {
    pub fn of(answers: &CompleteAnswers) -> Scores {
        let arguments = std::array::from_fn(|i| percent(answers.get(Slot::Argument(i))));
        let goals = std::array::from_fn(|i| percent(answers.get(Slot::Reach(i))));

        // The argument part is the weighted mean of the argument levels, the goal part the mean of the reach
        // levels weighted by 1 + importance, so an unimportant goal still counts a little. Both are kept as
        // exact fractions and combined in one rounding.
        let (argument_sum, argument_weights) =
            ARGUMENTS
                .iter()
                .enumerate()
                .fold((0, 0), |(sum, weights), (i, argument)| {
                    let weight = u64::from(argument.weight);
                    (
                        sum + weight * level(answers.get(Slot::Argument(i))),
                        weights + weight,
                    )
                });
        let (goal_sum, goal_weights) = (0..GOAL_COUNT).fold((0, 0), |(sum, weights), i| {
            let weight = 1 + level(answers.get(Slot::Importance(i)));
            (
                sum + weight * level(answers.get(Slot::Reach(i))),
                weights + weight,
            )
        });
        let argument_share = u64::from(ARGUMENT_SHARE);
        let goal_share = u64::from(GOAL_SHARE);
        let numerator = 100
            * (argument_share * argument_sum * goal_weights
                + goal_share * goal_sum * argument_weights);
        let denominator = (argument_share + goal_share) * TOP * argument_weights * goal_weights;

        Scores {
            overall: rounded_percent(numerator, denominator),
            arguments,
            goals,
        }
    }

    /// The band the overall score falls into.
    pub fn band(&self) -> &'static Band {
        band_of(self.overall)
    }
}

/// The band an overall score falls into.
pub fn band_of(overall: u8) -> &'static Band {
    &BANDS[band_index(overall)]
}

/// The position in [`BANDS`] of the band a score falls into, e.g. for its colour.
pub fn band_index(score: u8) -> usize {
    BANDS
        .iter()
        .rposition(|band| score >= band.min)
        .unwrap_or(0)
}

/// The lowest importance a goal must have to be called important: "Wichtig" ("Important").
const IMPORTANT: u64 = 2;

/// The strongest argument: the one answered at the top of its scale with the highest weight (the first of
/// equals), or none when no argument is answered at the top. Only what this returns is named a strength.
pub fn strength(answers: &CompleteAnswers) -> Option<usize> {
    (0..ARGUMENT_COUNT)
        .filter(|&i| level(answers.get(Slot::Argument(i))) == TOP)
        .min_by_key(|&i| std::cmp::Reverse(ARGUMENTS[i].weight))
}

/// The line under the band that names the strength, where the answers show one.
pub fn strength_sentence(lang: Lang, answers: &CompleteAnswers) -> Option<String> {
    strength(answers).map(|i| {
        UI.strength
            .fill(lang, &[("argument", ARGUMENTS[i].title.get(lang))])
    })
}

/// The sentence under the goal chart: the important goals not reached yet, by name, or that there are none.
pub fn goals_gap_sentence(lang: Lang, answers: &CompleteAnswers) -> String {
    let names: Vec<&str> = (0..GOAL_COUNT)
        .filter(|&i| is_unreached_important_goal(answers, i))
        .map(|i| GOALS[i].title.get(lang))
        .collect();
    if names.is_empty() {
        UI.goals_no_gap.get(lang).to_owned()
    } else {
        let quoted: Vec<String> = names.iter().map(|name| quoted(lang, name)).collect();
        UI.goals_gap.fill(lang, &[("goals", &quoted.join(", "))])
    }
}

/// A name in the language's quotation marks.
fn quoted(lang: Lang, name: &str) -> String {
    let (open, close) = if lang.is_german() {
        ("„", "“")
    } else {
        ("“", "”")
    };
    [open, name, close].concat()
}

/// Whether goal `i` is important to the user (at least "Wichtig") and reached hardly or not at all: the
/// goals the result marks and names.
pub fn is_unreached_important_goal(answers: &CompleteAnswers, i: usize) -> bool {
    level(answers.get(Slot::Importance(i))) >= IMPORTANT && level(answers.get(Slot::Reach(i))) < 2
}

/// Why a next step was chosen for this user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Argument `i` is answered weakly, and this step strengthens it.
    Argument(usize),
    /// Goal `i` is important to the user and not fully reached yet, and this step brings it closer.
    Goal(usize),
    /// No weak answer calls for this step; it is simply next in the plan.
    None,
}

impl NextStep {
    /// The sentence that says why this step was chosen: the answer it rests on, quoted, and why this step
    /// helps with it. It addresses nobody, so it reads right in a shared result too.
    pub fn explain(&self, lang: Lang, answers: &CompleteAnswers) -> String {
        let content = self.step.content();
        match self.reason {
            Reason::Argument(i) => {
                let level = ARGUMENT_LEVELS[answers.get(Slot::Argument(i)).index()].get(lang);
                UI.reason_argument.fill(
                    lang,
                    &[("argument", ARGUMENTS[i].title.get(lang)), ("level", level)],
                ) + " "
                    + content.helps_argument.get(lang)
            }
            Reason::Goal(i) => {
                let importance =
                    IMPORTANCE_OPTIONS[answers.get(Slot::Importance(i)).index()].get(lang);
                UI.reason_goal.fill(
                    lang,
                    &[
                        ("goal", GOALS[i].title.get(lang)),
                        ("importance", importance),
                    ],
                ) + " "
                    + content.helps_goal.get(lang)
            }
            Reason::None => UI.reason_none.get(lang).to_owned(),
        }
    }
}

/// One of the three next steps on the result screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NextStep {
    pub step: PlanStep,
    pub reason: Reason,
}

/// How many next steps the result recommends.
pub const NEXT_STEP_COUNT: usize = 3;

/// The plan steps that matter most for these answers, in plan order.
///
/// Each argument and goal names the plan step that remedies it. A weak argument adds
/// `3 × (3 − level)` to its step's urgency, a goal adds `importance × (3 − reach)`: both range from 0 to 9,
/// so a fully missed argument weighs as much as a very important goal that is not reached at all. The three
/// most urgent steps are chosen (earlier plan steps win ties) and shown in plan order, each with the
/// argument or goal that contributed most as its reason. A goal below "Wichtig" still adds urgency but is
/// never the reason, since the reason calls it important.
pub fn next_steps(answers: &CompleteAnswers) -> [NextStep; NEXT_STEP_COUNT] {
    let contributions = ARGUMENTS
        .iter()
        .enumerate()
        .map(|(i, argument)| {
            let gap = TOP - level(answers.get(Slot::Argument(i)));
            (argument.remedy, TOP * gap, Reason::Argument(i))
        })
        .chain(GOALS.iter().enumerate().map(|(i, goal)| {
            let gap = TOP - level(answers.get(Slot::Reach(i)));
            let importance = level(answers.get(Slot::Importance(i)));
            let reason = if importance >= IMPORTANT {
                Reason::Goal(i)
            } else {
                Reason::None
            };
            (goal.remedy, importance * gap, reason)
        }));

    let mut urgency = [Urgency::default(); PlanStep::ALL.len()];
    for (step, weight, reason) in contributions {
        let entry = &mut urgency[step.index()];
        entry.total += weight;
        // Only a strictly higher weight replaces the reason, so arguments win ties against goals.
        if reason != Reason::None && weight > entry.strongest {
            entry.strongest = weight;
            entry.reason = reason;
        }
    }

    let mut ranked = PlanStep::ALL;
    ranked.sort_by_key(|step| std::cmp::Reverse(urgency[step.index()].total));
    let mut chosen: [PlanStep; NEXT_STEP_COUNT] = std::array::from_fn(|i| ranked[i]);
    chosen.sort();
    chosen.map(|step| NextStep {
        step,
        reason: urgency[step.index()].reason,
    })
}

/// How urgent one plan step is, and which argument or goal contributed most to it.
#[derive(Clone, Copy)]
struct Urgency {
    total: u64,
    strongest: u64,
    reason: Reason,
}

impl Default for Urgency {
    fn default() -> Urgency {
        Urgency {
            total: 0,
            strongest: 0,
            reason: Reason::None,
        }
    }
}

fn level(choice: Choice) -> u64 {
    choice.index() as u64
}

/// A single level as a score: 0, 33, 67 or 100.
pub fn percent(choice: Choice) -> u8 {
    rounded_percent(100 * level(choice), TOP)
}

/// `numerator / denominator`, rounded half up; the callers keep the quotient within 0..=100.
pub(crate) fn rounded_percent(numerator: u64, denominator: u64) -> u8 {
    let rounded = (2 * numerator + denominator) / (2 * denominator);
    // The clamp never applies to valid inputs; it keeps the narrowing cast obviously lossless.
    rounded.min(100) as u8
}
