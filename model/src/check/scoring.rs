//! Scores, bands and next steps, computed from a complete answer set.
//!
//! Everything here is integer arithmetic, so the same answers give the same scores on every machine and in
//! every later version that keeps these rules: share links rely on that. ARCHITECTURE.md states the formula.

use crate::check::answers::{
    Choice, CompleteAnswers, Field, GoalScale, Slot, ARGUMENT_COUNT, GOAL_COUNT,
};
use crate::content::{
    Band, NameAlert, PlanStep, Presence, QuickWin, ARGUMENTS, ARGUMENT_SHARE, BANDS, BUSINESSES,
    GOALS, GOAL_OPTIONS, GOAL_SHARE, LOCAL_REVIEWS, NAME_ALERT, OPTION_COUNT, QUICK_WINS,
    REACH_OPTIONS, RESULT_NOTES, UI,
};
use crate::text::Lang;
use crate::text::Text;

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
        // levels weighted by the goal's weight (`goal_weight`). Both are kept as exact fractions and combined
        // in one rounding.
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
            let weight = goal_weight(answers, i);
            (
                sum + weight * level(answers.get(Slot::Reach(i))),
                weights + weight,
            )
        });
        let argument_share = u64::from(ARGUMENT_SHARE);
        // When no goal counts (every goal "not a topic"), the arguments are the whole score.
        let goal_share = if goal_weights == 0 {
            0
        } else {
            u64::from(GOAL_SHARE)
        };
        let goal_weights = goal_weights.max(1);
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

/// How much goal `i` counts in the goal part. Versions 1 and 2 weighed a goal by 1 + importance, so an
/// unimportant goal still counted a little; since version 3 a goal that is "not a topic" counts nothing
/// and every other goal the same, as the combined scale asks nothing finer.
fn goal_weight(answers: &CompleteAnswers, i: usize) -> u64 {
    let importance = level(answers.get(Slot::Importance(i)));
    match answers.goal_scale() {
        GoalScale::Separate => 1 + importance,
        GoalScale::Combined => importance,
    }
}

/// Whether goal `i` is a topic for the visitor: always for answers of versions 1 and 2, which asked every
/// goal's reach; since version 3, unless the visitor answered "not a topic". The result charts only these.
pub fn goal_is_topic(answers: &CompleteAnswers, i: usize) -> bool {
    goal_weight(answers, i) > 0
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

/// The lowest importance a goal must have to be called important: "Wichtig" ("Important"). The same level
/// on an argument's scale is the lower of the two top levels, which is never named as a weakness.
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
    /// Argument `i` is answered at one of the two lower levels, and this step strengthens it.
    Argument(usize),
    /// Goal `i` is important to the user and not fully reached yet, and this step brings it closer.
    Goal(usize),
    /// No weak answer calls for this step; it is simply next in the plan.
    None,
}

/// The argument about noticing criticism early, whose top answers say that the business already watches
/// what is said about it.
const CRISIS_ARGUMENT: usize = 6;
const _: () = assert!(matches!(
    ARGUMENTS[CRISIS_ARGUMENT].key.as_bytes(),
    b"crisis"
));

/// The argument about being found in search, whose two top answers say that the business has a profile
/// („Ein Profil, wenige Bewertungen“, „… viele Bewertungen“).
const SEARCH_ARGUMENT: usize = 5;
const _: () = assert!(matches!(
    ARGUMENTS[SEARCH_ARGUMENT].key.as_bytes(),
    b"search-engines"
));

/// The quick win for this kind of business (for a local one that has its Google profile already, asking
/// for reviews instead of claiming the profile), and the name alert unless the answers say that the
/// business already watches what is said about it (the crisis argument at one of its two top levels).
pub fn quick_win(answers: &CompleteAnswers) -> (&'static QuickWin, Option<&'static NameAlert>) {
    let presence = BUSINESSES[answers.get(Slot::Business).index()].presence;
    let has_profile = level(answers.get(Slot::Argument(SEARCH_ARGUMENT))) >= IMPORTANT;
    let watches = level(answers.get(Slot::Argument(CRISIS_ARGUMENT))) >= IMPORTANT;
    let win = match presence {
        Presence::Local if has_profile => &LOCAL_REVIEWS,
        _ => &QUICK_WINS[presence.index()],
    };
    (win, (!watches).then_some(&NAME_ALERT))
}

/// The result's honest concession for this kind of business: when the myth holds, or what is enough.
pub fn concession(answers: &CompleteAnswers) -> &'static Text {
    let presence = BUSINESSES[answers.get(Slot::Business).index()].presence;
    &RESULT_NOTES.concessions[presence.index()]
}

/// Who reads a result: the visitor who answered, or someone they shared it with. The reasons quote the
/// answers as "your answer" for the one and as "the answer" for the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reader {
    Own,
    Shared,
}

impl NextStep {
    /// The sentence that says why this step was chosen: the answer it rests on, quoted in the words the
    /// visitor chose ([`NextStep::stand`]), and why this step helps with it.
    pub fn explain(&self, lang: Lang, answers: &CompleteAnswers, reader: Reader) -> String {
        let content = self.step.content();
        let helps = match self.reason {
            Reason::Argument(_) => &content.helps_argument,
            Reason::Goal(_) => &content.helps_goal,
            Reason::None => return UI.reason_none.get(lang).to_owned(),
        };
        self.stand(lang, answers, reader) + " " + helps.get(lang)
    }

    /// The answer this step rests on, quoted as the visitor saw it: „Ihre Antwort zu „Frühwarnung bei
    /// Kritik“: „Durch Zufall“.“ (the option's own full stop left out, the sentence has one), or for a
    /// step no answer calls for, that it follows in the plan. The result's first screen shows this alone.
    pub fn stand(&self, lang: Lang, answers: &CompleteAnswers, reader: Reader) -> String {
        let (topic, answer) = match self.reason {
            Reason::Argument(i) => (
                ARGUMENTS[i].title.get(lang),
                ARGUMENTS[i].options[answers.get(Slot::Argument(i)).index()].get(lang),
            ),
            Reason::Goal(i) => (GOALS[i].title.get(lang), goal_answer(lang, answers, i)),
            Reason::None => return UI.reason_none.get(lang).to_owned(),
        };
        let quote = match reader {
            Reader::Own => &UI.reason_own,
            Reader::Shared => &UI.reason_shared,
        };
        let answer = answer.trim_end_matches('.');
        quote.fill(lang, &[("topic", topic), ("answer", answer)])
    }
}

/// The words of the option the visitor chose for goal `i`: the combined scale's since version 3, the
/// reach scale's before.
fn goal_answer(lang: Lang, answers: &CompleteAnswers, i: usize) -> &'static str {
    match answers.goal_scale() {
        GoalScale::Combined => GOAL_OPTIONS[answers.field(Field::Goal(i)).index()].get(lang),
        GoalScale::Separate => REACH_OPTIONS[answers.get(Slot::Reach(i)).index()].get(lang),
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
/// argument or goal that contributed most as its reason. Only an argument answered at one of the two lower
/// levels can be a reason (an answer such as "Weitgehend" is no weakness to name), and only a goal of at
/// least "Wichtig" that is not fully reached, since the reason calls it important; the others still add
/// urgency.
pub fn next_steps(answers: &CompleteAnswers) -> [NextStep; NEXT_STEP_COUNT] {
    let urgency = urgencies(answers);
    let mut chosen: [PlanStep; NEXT_STEP_COUNT] = std::array::from_fn(|i| ranked(&urgency)[i]);
    chosen.sort();
    chosen.map(|step| NextStep {
        step,
        reason: urgency[step.index()].reason,
    })
}

/// The one step that matters most for these answers: the most urgent of [`next_steps`] (the earlier plan
/// step of equals), which the result's first screen names.
pub fn most_urgent_step(answers: &CompleteAnswers) -> NextStep {
    let urgency = urgencies(answers);
    let step = ranked(&urgency)[0];
    NextStep {
        step,
        reason: urgency[step.index()].reason,
    }
}

/// The plan steps from the most urgent to the least; the earlier plan step first among equals.
fn ranked(urgency: &[Urgency; PlanStep::ALL.len()]) -> [PlanStep; PlanStep::ALL.len()] {
    let mut ranked = PlanStep::ALL;
    ranked.sort_by_key(|step| std::cmp::Reverse(urgency[step.index()].total));
    ranked
}

/// How urgent each plan step is for these answers, and the answer that contributed most to it.
fn urgencies(answers: &CompleteAnswers) -> [Urgency; PlanStep::ALL.len()] {
    let contributions = ARGUMENTS
        .iter()
        .enumerate()
        .map(|(i, argument)| {
            let answered = level(answers.get(Slot::Argument(i)));
            let reason = if answered < IMPORTANT {
                Reason::Argument(i)
            } else {
                Reason::None
            };
            (argument.remedy, TOP * (TOP - answered), reason)
        })
        .chain(GOALS.iter().enumerate().map(|(i, goal)| {
            let gap = TOP - level(answers.get(Slot::Reach(i)));
            let importance = level(answers.get(Slot::Importance(i)));
            let reason = if importance >= IMPORTANT && gap > 0 {
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
    urgency
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
