//! The group's picture: what the participants' results add up to, for the projector.
//!
//! Averages are computed from the same scores a participant sees on their own result, with integer
//! arithmetic and one rounding (half up), like the scores themselves.

use crate::check::answers::{CompleteAnswers, Slot, ARGUMENT_COUNT, GOAL_COUNT};
use crate::check::scoring::{rounded_percent, Scores};
use crate::content::BUSINESS_COUNT;
use crate::content::{BANDS, OPTION_COUNT, WORKSHOP_UI};
use crate::text::Lang;

/// An average and how far the group's scores spread around it, both in points from 0 to 100, and the
/// lowest and highest score in the group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stat {
    /// The mean score, rounded half up.
    pub mean: u8,
    /// The population standard deviation of the scores, rounded half up: how far from the mean a typical
    /// score lies. 0 means everyone scored the same; half of the group at 0 and half at 100 gives 50.
    pub spread: u8,
    /// The lowest and the highest score someone in the group has: so, for an argument or a goal, a level
    /// of its scale (0, 33, 67 or 100), never a figure between them. What the group is told of where its
    /// scores lie is this range, since "most between 4 and 90" (the mean ± the spread) names scores
    /// nobody can have.
    pub low: u8,
    pub high: u8,
}

/// How the group answered one argument, or how well it reaches one goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemStat {
    /// How many participants chose each option, from the first (index 0) to the last.
    pub distribution: [usize; OPTION_COUNT],
    /// The average and spread of the participants' scores for this item (0, 33, 67 or 100 each, as in
    /// [`Scores`]).
    pub stat: Stat,
}

/// How the group rated one goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GoalStat {
    /// How many participants chose each importance, from "not important" (index 0) to "very important".
    pub importance: [usize; OPTION_COUNT],
    /// How well the participants reach the goal today.
    pub reach: ItemStat,
    /// The mean importance level as 0 to 100 (all "not important" is 0, all "very important" 100).
    pub importance_mean: u8,
}

impl GoalStat {
    /// Whether the goal is "important, but not reached yet" for the group: its mean importance is at least
    /// that of "Wichtig" (67), and its mean reach is clearly lower, by more than a whole level (at least 34
    /// points) below the importance. So a goal the group finds "Wichtig" counts when its reach averages
    /// "Gelingt mir kaum" (33) or less, as on a single result, and one it finds "Sehr wichtig" when its reach
    /// averages below "teilweise" (67). A goal at importance 57 and reach 57 is neither.
    pub fn is_important_unreached(&self) -> bool {
        self.importance_mean >= IMPORTANT_FROM
            && u16::from(self.reach.stat.mean) + u16::from(CLEARLY_LOWER_BY)
                <= u16::from(self.importance_mean)
    }

    /// How important the group finds the goal, in plain words: the mean importance and the range of the
    /// levels chosen, each as 0 to 100 like the importance levels themselves.
    pub fn importance_summary(&self, lang: Lang) -> String {
        let (low, high) = level_range(&self.importance);
        summary(lang, self.importance_mean, low, high)
    }
}

/// A question for the group's discussion, derived from its weakest arguments and most important goals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prompt {
    /// Argument `i` is the group's weakest.
    WeakArgument(usize),
    /// Goal `i` is among the group's three most important and, on average, not reached.
    ImportantUnreachedGoal(usize),
    /// The group is divided on argument `i`: some are far along, others have hardly started.
    DividedArgument(usize),
}

/// The group's picture, for the projector.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupView {
    /// How many results it is made of; never 0.
    pub participants: usize,
    /// The participants' overall scores.
    pub overall: Stat,
    /// How many participants fall into each band, in the order of [`BANDS`].
    pub bands: [usize; 4],
    /// How many participants run each kind of business, in the order of [`BUSINESSES`](crate::content::BUSINESSES).
    pub businesses: [usize; BUSINESS_COUNT],
    /// Per argument, in the order of [`ARGUMENTS`](crate::content::ARGUMENTS).
    pub arguments: [ItemStat; ARGUMENT_COUNT],
    /// Per goal, in the order of [`GOALS`](crate::content::GOALS).
    pub goals: [GoalStat; GOAL_COUNT],
    /// The indices of the three arguments with the lowest mean, the weakest first; on equal means the
    /// earlier argument comes first.
    pub weakest_arguments: Vec<usize>,
    /// The indices of the three goals with the highest `importance_mean`, the most important first; on
    /// equal means the earlier goal comes first.
    pub most_important_goals: Vec<usize>,
    /// One to three questions for the discussion, see [`aggregate`].
    pub prompts: Vec<Prompt>,
}

/// How many weakest arguments and most important goals the group view names.
const HIGHLIGHTS: usize = 3;
/// A goal whose importance averages at least this is important to the group: the level of "Wichtig"
/// (the third of four, 67 out of 100).
const IMPORTANT_FROM: u8 = 67;
/// How far below its importance a goal's reach must average to count as not reached: more than a whole
/// level (33 points).
const CLEARLY_LOWER_BY: u8 = 34;
/// From this spread on, an argument divides the group: 30 points is nearly a whole answer level (33), so a
/// typical participant answered about a level away from the group's average.
const DIVIDED_FROM: u8 = 30;

/// The group's picture, or `None` for a workshop without participants.
///
/// The prompts are, in this order: the weakest argument; the first of the three most important goals that
/// the group finds important but does not reach ([`GoalStat::is_important_unreached`]), if there is one (a
/// goal outside the three matters too little to the group to be put to it as important); and the argument with the largest spread (the earlier one on equal
/// spreads), if that spread is at least 30 and it is not the weakest argument, already asked about.
pub fn aggregate(participants: &[CompleteAnswers]) -> Option<GroupView> {
    if participants.is_empty() {
        return None;
    }
    let scores: Vec<Scores> = participants.iter().map(Scores::of).collect();
    let arguments: [ItemStat; ARGUMENT_COUNT] = std::array::from_fn(|i| {
        let item_scores = scores.iter().map(|s| s.arguments[i]);
        item_stat(participants, Slot::Argument(i), item_scores)
    });
    let goals: [GoalStat; GOAL_COUNT] = std::array::from_fn(|i| {
        let importance = distribution(participants, Slot::Importance(i));
        let reach_scores = scores.iter().map(|s| s.goals[i]);
        GoalStat {
            importance,
            reach: item_stat(participants, Slot::Reach(i), reach_scores),
            importance_mean: mean_level(&importance),
        }
    });

    // Stable sorts keep the earlier index first among equal means.
    let mut weakest_arguments: Vec<usize> = (0..ARGUMENT_COUNT).collect();
    weakest_arguments.sort_by_key(|&i| arguments[i].stat.mean);
    weakest_arguments.truncate(HIGHLIGHTS);
    let mut most_important_goals: Vec<usize> = (0..GOAL_COUNT).collect();
    most_important_goals.sort_by_key(|&i| std::cmp::Reverse(goals[i].importance_mean));
    most_important_goals.truncate(HIGHLIGHTS);

    let weakest = weakest_arguments[0];
    let unreached_goal = most_important_goals
        .iter()
        .copied()
        .find(|&i| goals[i].is_important_unreached());
    // `max_by_key` returns the last of equal maxima, so the indices are reversed to prefer the earlier one.
    let divided_argument = (0..ARGUMENT_COUNT)
        .rev()
        .max_by_key(|&i| arguments[i].stat.spread)
        .filter(|&i| arguments[i].stat.spread >= DIVIDED_FROM && i != weakest);
    let prompts = std::iter::once(Prompt::WeakArgument(weakest))
        .chain(unreached_goal.map(Prompt::ImportantUnreachedGoal))
        .chain(divided_argument.map(Prompt::DividedArgument))
        .collect();

    Some(GroupView {
        participants: participants.len(),
        overall: Stat::of(scores.iter().map(|s| s.overall)),
        bands: BANDS.each_ref().map(|band| {
            scores
                .iter()
                .filter(|s| std::ptr::eq(s.band(), band))
                .count()
        }),
        businesses: distribution(participants, Slot::Business),
        arguments,
        goals,
        weakest_arguments,
        most_important_goals,
        prompts,
    })
}

impl GroupView {
    /// The arguments from the weakest (lowest mean) to the strongest; the earlier one first on equal means.
    pub fn arguments_weakest_first(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..ARGUMENT_COUNT).collect();
        order.sort_by_key(|&i| self.arguments[i].stat.mean);
        order
    }

    /// The goals the group finds important but does not reach yet ([`GoalStat::is_important_unreached`]),
    /// the most important first.
    pub fn important_unreached_goals(&self) -> Vec<usize> {
        let mut goals: Vec<usize> = (0..GOAL_COUNT)
            .filter(|&i| self.goals[i].is_important_unreached())
            .collect();
        goals.sort_by_key(|&i| std::cmp::Reverse(self.goals[i].importance_mean));
        goals
    }
}

/// "Durchschnitt 54 · von 33 bis 100", or "Durchschnitt 67 · alle bei 67": an average and the range of the
/// scores the group has, in plain words. The range names only scores someone in the group has.
pub fn summary(lang: Lang, mean: u8, low: u8, high: u8) -> String {
    let range = if low == high {
        WORKSHOP_UI
            .all_at
            .fill(lang, &[("value", &low.to_string())])
    } else {
        WORKSHOP_UI.range.fill(
            lang,
            &[("low", &low.to_string()), ("high", &high.to_string())],
        )
    };
    format!("{} {mean} · {range}", WORKSHOP_UI.average.get(lang))
}

/// The scores of the lowest and the highest level chosen in a non-empty distribution: 0, 33, 67 or 100.
fn level_range(distribution: &[usize; OPTION_COUNT]) -> (u8, u8) {
    let chosen = || (0..OPTION_COUNT).filter(|&level| distribution[level] > 0);
    let score = |level: usize| rounded_percent(100 * level as u64, OPTION_COUNT as u64 - 1);
    (
        chosen().next().map_or(0, score),
        chosen().next_back().map_or(0, score),
    )
}

impl Stat {
    /// The average and the range of the scores, in plain words (see [`summary`]).
    pub fn summary(&self, lang: Lang) -> String {
        summary(lang, self.mean, self.low, self.high)
    }

    /// The mean and spread of a non-empty list of scores, in exact integer arithmetic.
    fn of(scores: impl Iterator<Item = u8>) -> Stat {
        let (mut low, mut high) = (u8::MAX, 0);
        let (n, sum, squares) = scores.fold((0, 0, 0), |(n, sum, squares), score| {
            low = low.min(score);
            high = high.max(score);
            let score = u64::from(score);
            (n + 1, sum + score, squares + score * score)
        });
        // The population variance is v / n² with v = n·Σx² − (Σx)², so the standard deviation is √v / n, and
        // rounded half up it is ⌊(√(4v) + n) / 2n⌋. Flooring √(4v) first changes nothing, because the divisor
        // is a whole number: ⌊y / d⌋ = ⌊⌊y⌋ / d⌋. So the exact integer square root gives the exact result.
        let v = n * squares - sum * sum;
        Stat {
            mean: rounded_percent(sum, n),
            spread: rounded_percent((4 * v).isqrt(), 2 * n),
            low: low.min(high),
            high,
        }
    }
}

/// The distribution of the answers in `slot`, and the average and spread of the matching scores.
fn item_stat(
    participants: &[CompleteAnswers],
    slot: Slot,
    scores: impl Iterator<Item = u8>,
) -> ItemStat {
    ItemStat {
        distribution: distribution(participants, slot),
        stat: Stat::of(scores),
    }
}

/// How many participants chose each option in `slot`.
fn distribution<const OPTIONS: usize>(
    participants: &[CompleteAnswers],
    slot: Slot,
) -> [usize; OPTIONS] {
    let mut counts = [0; OPTIONS];
    for answers in participants {
        counts[answers.get(slot).index()] += 1;
    }
    counts
}

/// The mean level of a non-empty distribution as 0 to 100, where the lowest option is 0 and the highest 100.
fn mean_level(distribution: &[usize; OPTION_COUNT]) -> u8 {
    let top = OPTION_COUNT as u64 - 1;
    let (count, levels) = (0..)
        .zip(distribution)
        .fold((0, 0), |(count, levels), (level, &n)| {
            (count + n as u64, levels + level * n as u64)
        });
    rounded_percent(100 * levels, top * count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreads_round_half_up() {
        // 0 and 1: a standard deviation of exactly 0.5.
        let spread = |scores: &[u8]| Stat::of(scores.iter().copied()).spread;
        assert_eq!(spread(&[0, 1]), 1);
        // 0, 0 and 1: mean 1/3, standard deviation √2 / 3 ≈ 0.47.
        assert_eq!(spread(&[0, 0, 1]), 0);
        // 0, 33, 67 and 100: n·Σx² − (Σx)² = 22,312, and √22,312 / 4 ≈ 37.34.
        assert_eq!(
            Stat::of([0, 33, 67, 100].into_iter()),
            Stat {
                mean: 50,
                spread: 37,
                low: 0,
                high: 100
            }
        );
    }
}
