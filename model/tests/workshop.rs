//! The workshop: reading pasted chat lines, duplicates and the participant limit, the saved text, the
//! group's figures on hand-computed cases and on random groups, the CSV export, and the screen's texts.

mod common;

use common::complete_answers;
use model::check::code::{encode, CodeError};
use model::content::{SendUi, WorkshopUi, ARGUMENTS, BANDS, GOALS, SEND_UI, UI, WORKSHOP_UI};
use model::share::card::{
    group_card_layout, group_card_svg, text_width, CardColours, CARD_HEIGHT, CARD_WIDTH,
    MIN_FONT_SIZE, PANEL_WIDTH,
};
use model::url::percent_encode;
use model::workshop::aggregate::{aggregate, GoalStat, ItemStat, Prompt, Stat};
use model::workshop::csv::{to_csv, CsvFormat};
use model::workshop::paste::{
    clean_name, sender_name, teams_sender, AddReport, Rejected, Workshop, MAX_NAME_CHARS,
    MAX_PARTICIPANTS,
};
use model::workshop::saved::Workshops;
use model::{Answers, Choice, CompleteAnswers, Lang, Scores, Slot, Text};
use proptest::prelude::*;
use std::collections::HashSet;

fn code_of(answers: &CompleteAnswers) -> String {
    encode(&Answers::from(*answers))
}

fn from_digits(digits: &str) -> CompleteAnswers {
    CompleteAnswers::from_digits(digits).expect("22 digits from 0 to 3")
}

/// The `n`-th of many different answer sets: `n` written in base 4, one digit per slot.
fn numbered(n: usize) -> CompleteAnswers {
    let mut answers = CompleteAnswers::uniform(Choice::LOWEST);
    let mut rest = n;
    for slot in Slot::all() {
        answers.set(slot, Choice::ALL[rest % 4]);
        rest /= 4;
    }
    answers
}

fn workshop_with(participants: &[CompleteAnswers]) -> Workshop {
    let mut workshop = Workshop::new("Test");
    let codes: Vec<String> = participants.iter().map(code_of).collect();
    let report = workshop.add_links(&codes.join("\n"));
    assert_eq!(report.added, participants.len(), "{report:?}");
    workshop
}

/// A code with one symbol changed, which its checksum must catch.
fn tampered(code: &str) -> String {
    let replacement = if code.as_bytes()[5] == b'A' { "B" } else { "A" };
    format!("{}{replacement}{}", &code[..5], &code[6..])
}

// Reading pasted text.

#[test]
fn a_pasted_chat_adds_its_results_and_names_every_refused_line() {
    let first = CompleteAnswers::uniform(Choice::LOWEST);
    let second = numbered(12_345);
    let third = CompleteAnswers::uniform(Choice::HIGHEST);
    let (second_code, third_code) = (code_of(&second), code_of(&third));
    let spaced_third = format!("{}%20{}", &third_code[..7], &third_code[7..]);
    let pasted = [
        format!(
            "Anna (10:42): https://x.de/check/#r={} danke!",
            code_of(&first)
        ),
        String::new(),
        format!("  {}  ", second_code.to_lowercase()),
        format!("Ben #2: https://x.de/check/#r={}", tampered(&third_code)),
        "   ".to_owned(),
        "Hallo zusammen, ich bin gleich so weit".to_owned(),
        format!("Carla: https://x.de/check/#r={spaced_third}\r"),
        "https://x.de/check/".to_owned(),
        format!("#r={}", code_of(&first)),
        format!("Dora: x.de/check/#r={}", encode(&Answers::default())),
        "10YN4TM6MCCV8J".to_owned(),
    ]
    .join("\n");

    let mut workshop = Workshop::new("Montag");
    let report = workshop.add_links(&pasted);

    assert_eq!(report.added, 4, "{report:?}");
    assert_eq!(report.duplicates, 1, "{report:?}");
    assert_eq!(report.too_many, 0);
    let refused: Vec<(usize, CodeError)> = report
        .rejected
        .iter()
        .map(|rejected| (rejected.line, rejected.error))
        .collect();
    assert_eq!(
        refused,
        [
            (4, CodeError::Checksum),
            (6, CodeError::NotACode),
            (8, CodeError::NotACode),
            (10, CodeError::Incomplete),
        ]
    );
    assert_eq!(
        report.rejected[1].text,
        "Hallo zusammen, ich bin gleich so weit"
    );
    assert_eq!(
        workshop.answers()[..3],
        [first, second, third],
        "results are kept in the order they were pasted"
    );
    assert_eq!(
        Ok(workshop.answers()[3]),
        model::check::code::decode_complete("10YN4TM6MCCV8J"),
        "a bare version-1 code on its own line"
    );
}

#[test]
fn duplicates_are_counted_within_a_paste_and_against_the_workshop() {
    let (a, b, c) = (numbered(1), numbered(2), numbered(3));
    let mut workshop = workshop_with(&[a]);
    let report = workshop.add_links(&format!(
        "{}\n#r={}\n{}\n{}",
        code_of(&b),
        code_of(&a),
        code_of(&c),
        code_of(&b)
    ));
    assert_eq!(
        report,
        AddReport {
            added: 2,
            duplicates: 2,
            too_many: 0,
            rejected: Vec::new(),
        }
    );
    assert_eq!(workshop.answers(), [a, b, c]);
}

#[test]
fn blank_text_adds_nothing_and_reports_nothing() {
    let mut workshop = Workshop::new("Leer");
    assert_eq!(workshop.add_links(""), AddReport::default());
    assert_eq!(workshop.add_links("\n \r\n\t\n"), AddReport::default());
    assert!(workshop.participants().is_empty());
}

#[test]
fn a_long_refused_line_is_cut_after_sixty_characters() {
    let sixty = "?".repeat(60);
    let mut workshop = Workshop::new("Lang");
    let report = workshop.add_links(&format!("{sixty}\n  {sixty}ä tail  \n"));
    assert_eq!(
        report.rejected,
        [
            Rejected {
                line: 1,
                text: sixty.clone(),
                error: CodeError::NotACode,
            },
            Rejected {
                line: 2,
                text: format!("{sixty}…"),
                error: CodeError::NotACode,
            },
        ]
    );
}

#[test]
fn a_full_workshop_counts_further_results_as_too_many() {
    let everyone: Vec<CompleteAnswers> = (0..MAX_PARTICIPANTS).map(numbered).collect();
    let mut workshop = workshop_with(&everyone);
    let report = workshop.add_links(&format!(
        "{}\n{}\n{}",
        code_of(&numbered(MAX_PARTICIPANTS)),
        code_of(&everyone[17]),
        code_of(&numbered(MAX_PARTICIPANTS + 1)),
    ));
    assert_eq!(report.added, 0);
    assert_eq!(report.too_many, 2);
    assert_eq!(
        report.duplicates, 1,
        "a result already there is a duplicate"
    );
    assert_eq!(workshop.participants().len(), MAX_PARTICIPANTS);

    workshop.remove(0);
    let report = workshop.add_links(&code_of(&numbered(MAX_PARTICIPANTS)));
    assert_eq!((report.added, report.too_many), (1, 0));
}

#[test]
fn remove_takes_out_one_participant_and_ignores_a_bad_index() {
    let (a, b, c) = (numbered(10), numbered(20), numbered(30));
    let mut workshop = workshop_with(&[a, b, c]);
    workshop.remove(1);
    assert_eq!(workshop.answers(), [a, c]);
    workshop.remove(2);
    workshop.remove(usize::MAX);
    assert_eq!(workshop.answers(), [a, c]);
    workshop.remove(0);
    workshop.remove(0);
    assert!(workshop.participants().is_empty());
    workshop.remove(0);
}

#[test]
fn a_name_is_trimmed_and_kept_on_one_line() {
    assert_eq!(
        Workshop::new("  Team\tA\nMorgen \r\n").name,
        "Team A Morgen"
    );
    assert_eq!(Workshop::new(" \t ").name, "");
    assert_eq!(
        Workshop::new("Café „Süd“, 2. Runde").name,
        "Café „Süd“, 2. Runde"
    );
}

// The saved text.

/// Any workshop name, with tabs and line breaks more likely than among arbitrary characters.
fn any_name() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![Just('\t'), Just('\n'), Just('\r'), Just(' '), any::<char>()],
        0..24,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn any_workshop() -> impl Strategy<Value = Workshop> {
    (
        any_name(),
        proptest::collection::vec((complete_answers(), proptest::option::of(any_name())), 0..8),
    )
        .prop_map(|(name, participants)| {
            let mut workshop = Workshop::new(&name);
            // Some participants carry a name in their link, any name at all.
            let codes: Vec<String> = participants
                .iter()
                .map(|(answers, name)| match name {
                    Some(name) => format!("#r={}&n={}", code_of(answers), percent_encode(name)),
                    None => code_of(answers),
                })
                .collect();
            workshop.add_links(&codes.join("\n"));
            workshop
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn saved_workshops_read_back_unchanged(list in proptest::collection::vec(any_workshop(), 0..5)) {
        let workshops = Workshops { list };
        let saved = workshops.to_saved();
        prop_assert_eq!(saved.lines().count(), 1 + workshops.list.len());
        prop_assert_eq!(Workshops::from_saved(&saved), Ok(workshops));
    }
}

#[test]
fn the_saved_text_is_one_line_per_workshop() {
    let (a, b) = (numbered(5), numbered(6));
    let mut first = workshop_with(&[a, b]);
    first.name = "Montag".to_owned();
    let workshops = Workshops {
        list: vec![first, Workshop::new("")],
    };
    let saved = workshops.to_saved();
    assert_eq!(
        saved,
        format!("smcw2\nMontag\t{} {}\n\t", code_of(&a), code_of(&b))
    );
    assert_eq!(Workshops::from_saved(&saved), Ok(workshops.clone()));
    assert_eq!(
        Workshops::from_saved(&saved.replace("smcw2", "smcw1")),
        Ok(workshops),
        "what an earlier version saved is still read"
    );
    assert_eq!(Workshops::from_saved("smcw1"), Ok(Workshops::default()));
    assert_eq!(Workshops::default().to_saved(), "smcw2");
}

#[test]
fn damaged_saved_workshops_are_refused_whole() {
    let code = code_of(&numbered(7));
    let incomplete = encode(&Answers::default());
    let too_many: Vec<String> = (0..=MAX_PARTICIPANTS)
        .map(|n| code_of(&numbered(n)))
        .collect();
    for damaged in [
        String::new(),
        "smc1".to_owned(),
        format!("smcw3\nMontag\t{code}"),
        format!("smcw2\nMontag\t{code}&n=%20"),
        format!("smcw2\nMontag\t{code}&n=Anna {code}&n=anna"),
        format!("Montag\t{code}"),
        format!("smcw1\nMontag {code}"),
        format!("smcw1\nMontag\t{code}\n\nDienstag\t"),
        format!("smcw1\nMontag\t{}", tampered(&code)),
        format!("smcw1\nMontag\t{incomplete}"),
        format!("smcw1\nMontag\t{code} {code}"),
        format!("smcw1\nMontag\t{code},{code}"),
        format!("smcw1\nMontag\t{}", too_many.join(" ")),
    ] {
        assert!(
            Workshops::from_saved(&damaged).is_err(),
            "{:?}",
            &damaged[..damaged.len().min(80)]
        );
    }
}

// The group's figures.

#[test]
fn no_participants_give_no_group_view() {
    assert_eq!(aggregate(&[]), None);
}

#[test]
fn the_lowest_and_the_highest_answers_average_fifty_with_a_spread_of_fifty() {
    let view = aggregate(&[
        CompleteAnswers::uniform(Choice::LOWEST),
        CompleteAnswers::uniform(Choice::HIGHEST),
    ])
    .unwrap();
    let half = Stat {
        mean: 50,
        spread: 50,
        low: 0,
        high: 100,
    };
    let split = ItemStat {
        distribution: [1, 0, 0, 1],
        stat: half,
    };
    assert_eq!(view.participants, 2);
    assert_eq!(view.overall, half);
    assert_eq!(view.bands, [1, 0, 0, 1]);
    assert_eq!(view.businesses, [1, 0, 0, 1, 0, 0, 0]);
    assert_eq!(view.arguments, [split; 7]);
    assert_eq!(
        view.goals,
        [GoalStat {
            importance: [1, 0, 0, 1],
            reach: split,
            importance_mean: 50,
        }; 7]
    );
    assert_eq!(view.weakest_arguments, [0, 1, 2]);
    assert_eq!(view.most_important_goals, [0, 1, 2]);
    // Every argument is equally divided, and the most divided one is already named as the weakest. An
    // importance of 50 is below "Wichtig", so no goal is put to the group as important.
    assert_eq!(view.prompts, [Prompt::WeakArgument(0)]);
}

#[test]
fn goals_nobody_finds_important_are_not_put_to_the_group_as_important() {
    // Every goal "not important" and not reached: no question calls one important, like the goals slide.
    let view = aggregate(&[CompleteAnswers::uniform(Choice::LOWEST); 3]).expect("participants");
    assert!(view.important_unreached_goals().is_empty());
    assert!(!view
        .prompts
        .iter()
        .any(|prompt| matches!(prompt, Prompt::ImportantUnreachedGoal(_))));
}

#[test]
fn one_participant_is_their_own_average_without_spread() {
    let answers = from_digits("2012301230211203330011");
    let view = aggregate(&[answers]).unwrap();
    let scores = Scores::of(&answers);
    let alone = |score| Stat {
        mean: score,
        spread: 0,
        low: score,
        high: score,
    };
    assert_eq!(view.overall, alone(scores.overall));
    for (item, score) in view.arguments.iter().zip(scores.arguments) {
        assert_eq!(item.stat, alone(score));
    }
    assert_eq!(view.businesses, [0, 0, 1, 0, 0, 0, 0]);
    assert_eq!(view.bands, [0, 1, 0, 0], "45 is in the second band");
}

#[test]
fn three_participants_give_hand_computed_figures() {
    // Argument 2 is answered 0, 1 and 3, so scored 0, 33 and 100: the mean is 133 / 3 = 44.3, and the
    // spread √((3 · 11,089 − 133²) / 9) = √15,578 / 3 = 41.6.
    // Goal 4's importance is 1, 2 and 2: 5 of 9 possible levels, 55.6 out of 100. Its reach is 3, 3 and 2,
    // scored 100, 100 and 67: mean 89, spread √((3 · 24,489 − 267²) / 9) = √2,178 / 3 = 15.6.
    let group = [(0, 1, 3), (1, 2, 3), (3, 2, 2)].map(|(argument, importance, reach)| {
        let mut answers = CompleteAnswers::uniform(Choice::LOWEST);
        answers.set(Slot::Argument(2), Choice::ALL[argument]);
        answers.set(Slot::Importance(4), Choice::ALL[importance]);
        answers.set(Slot::Reach(4), Choice::ALL[reach]);
        answers
    });
    let view = aggregate(&group).unwrap();
    assert_eq!(
        view.arguments[2],
        ItemStat {
            distribution: [1, 1, 0, 1],
            stat: Stat {
                mean: 44,
                spread: 42,
                low: 0,
                high: 100,
            },
        }
    );
    assert_eq!(
        view.goals[4],
        GoalStat {
            importance: [0, 1, 2, 0],
            reach: ItemStat {
                distribution: [0, 0, 1, 2],
                stat: Stat {
                    mean: 89,
                    spread: 16,
                    low: 67,
                    high: 100,
                },
            },
            importance_mean: 56,
        }
    );
    assert_eq!(view.businesses, [3, 0, 0, 0, 0, 0, 0]);
}

#[test]
fn the_weakest_arguments_the_most_important_goals_and_the_prompts_follow_the_group() {
    // Everyone answers "largely" (67) and rates every goal "rather important", except: argument 4 is
    // weakest for everyone; argument 6 divides the group; goal 5 matters most and is fully reached; goal 1
    // comes next among equally important goals and is hardly reached.
    let group = [0, 3].map(|level| {
        let mut answers = CompleteAnswers::uniform(Choice::ALL[2]);
        answers.set(Slot::Argument(4), Choice::LOWEST);
        answers.set(Slot::Argument(6), Choice::ALL[level]);
        answers.set(Slot::Importance(5), Choice::HIGHEST);
        answers.set(Slot::Reach(5), Choice::HIGHEST);
        answers.set(Slot::Reach(1), Choice::ALL[1]);
        answers
    });
    let view = aggregate(&group).unwrap();
    assert_eq!(view.weakest_arguments, [4, 6, 0]);
    assert_eq!(view.most_important_goals, [5, 0, 1]);
    assert_eq!(
        view.prompts,
        [
            Prompt::WeakArgument(4),
            Prompt::ImportantUnreachedGoal(1),
            Prompt::DividedArgument(6),
        ]
    );
}

#[test]
fn the_slides_sort_arguments_weakest_first_and_pick_important_goals_not_yet_reached() {
    // As above; in addition goal 2 is rated "not important" and not reached: it is left out.
    let group = [0, 3].map(|level| {
        let mut answers = CompleteAnswers::uniform(Choice::ALL[2]);
        answers.set(Slot::Argument(4), Choice::LOWEST);
        answers.set(Slot::Argument(6), Choice::ALL[level]);
        answers.set(Slot::Argument(2), Choice::HIGHEST);
        answers.set(Slot::Importance(5), Choice::HIGHEST);
        answers.set(Slot::Importance(3), Choice::HIGHEST);
        answers.set(Slot::Reach(3), Choice::ALL[1]);
        answers.set(Slot::Reach(1), Choice::ALL[1]);
        answers.set(Slot::Importance(2), Choice::LOWEST);
        answers.set(Slot::Reach(2), Choice::LOWEST);
        answers
    });
    let view = aggregate(&group).unwrap();
    assert_eq!(view.arguments_weakest_first(), [4, 6, 0, 1, 3, 5, 2]);
    assert_eq!(view.important_unreached_goals(), [3, 1]);
    // Argument 6: 0 and 100, so the answers run from 0 to 100; argument 0: everyone at 67.
    assert_eq!(
        view.arguments[6].stat.summary(Lang::De),
        "Durchschnitt 50 · von 0 bis 100"
    );
    assert_eq!(
        view.arguments[0].stat.summary(Lang::En),
        "Average 67 · all at 67"
    );
    // Goal 3: "Sehr wichtig" for everyone.
    assert_eq!(
        view.goals[3].importance_summary(Lang::De),
        "Durchschnitt 100 · alle bei 100"
    );
}

#[test]
fn a_ready_and_united_group_gets_only_the_weakest_argument_as_a_prompt() {
    let view = aggregate(&[CompleteAnswers::uniform(Choice::HIGHEST)]).unwrap();
    assert_eq!(view.prompts, [Prompt::WeakArgument(0)]);
}

#[test]
fn a_goal_is_important_but_unreached_only_from_wichtig_on_and_with_its_reach_a_level_lower() {
    let goal = |importance_mean, reach_mean| GoalStat {
        importance: [0, 0, 1, 0],
        reach: ItemStat {
            distribution: [0, 1, 0, 0],
            stat: Stat {
                mean: reach_mean,
                spread: 0,
                low: reach_mean,
                high: reach_mean,
            },
        },
        importance_mean,
    };
    // What the slide listed before: neither important enough nor clearly lower.
    assert!(!goal(57, 57).is_important_unreached());
    assert!(!goal(57, 0).is_important_unreached(), "below Wichtig");
    assert!(
        goal(67, 33).is_important_unreached(),
        "important, hardly reached"
    );
    assert!(goal(67, 0).is_important_unreached());
    assert!(
        !goal(67, 34).is_important_unreached(),
        "not more than a level lower"
    );
    assert!(!goal(67, 67).is_important_unreached());
    assert!(goal(100, 66).is_important_unreached());
    assert!(
        !goal(100, 67).is_important_unreached(),
        "very important, partly reached"
    );
    assert!(!goal(100, 100).is_important_unreached());
}

/// The numbers a text names, in order.
fn numbers_in(text: &str) -> Vec<u8> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .map(|part| part.parse().expect("a score"))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// What the group is told of an argument, a goal's importance or its reach names its average, said as
    /// such, and otherwise only levels of the scale that someone in the group chose; of the overall score,
    /// only scores someone has.
    #[test]
    fn the_group_texts_name_only_values_the_scale_can_take(
        group in proptest::collection::vec(complete_answers(), 1..30)
    ) {
        let view = aggregate(&group).unwrap();
        let scale = |level: usize| [0, 33, 67, 100][level];
        let mut items: Vec<(String, u8, [usize; 4])> = Vec::new();
        for lang in Lang::ALL {
            for item in view.arguments.iter().chain(view.goals.iter().map(|goal| &goal.reach)) {
                items.push((item.stat.summary(lang), item.stat.mean, item.distribution));
            }
            for goal in &view.goals {
                items.push((goal.importance_summary(lang), goal.importance_mean, goal.importance));
            }
        }
        for (text, mean, distribution) in items {
            prop_assert!(text.starts_with(WORKSHOP_UI.average.de) || text.starts_with(WORKSHOP_UI.average.en));
            let numbers = numbers_in(&text);
            prop_assert_eq!(numbers[0], mean, "{}", text);
            let chosen: Vec<u8> = (0..4).filter(|&l| distribution[l] > 0).map(scale).collect();
            prop_assert!((2..=3).contains(&numbers.len()), "{}", text);
            for value in &numbers[1..] {
                prop_assert!(chosen.contains(value), "{} names {} of {:?}", text, value, chosen);
            }
            prop_assert_eq!(numbers[1], chosen[0], "{}", text);
            prop_assert_eq!(*numbers.last().unwrap(), *chosen.last().unwrap(), "{}", text);
        }
        let overall: Vec<u8> = group.iter().map(|answers| Scores::of(answers).overall).collect();
        for lang in Lang::ALL {
            let numbers = numbers_in(&view.overall.summary(lang));
            for value in &numbers[1..] {
                prop_assert!(overall.contains(value));
            }
        }
    }
}

/// The rounded mean and population standard deviation, computed the obvious way in floating point.
fn float_stat(scores: &[u8]) -> (f64, f64) {
    let n = scores.len() as f64;
    let mean = scores.iter().map(|&s| f64::from(s)).sum::<f64>() / n;
    let variance = scores
        .iter()
        .map(|&s| (f64::from(s) - mean).powi(2))
        .sum::<f64>()
        / n;
    (mean, variance.sqrt())
}

fn assert_stat_matches(stat: Stat, scores: &[u8]) {
    let (mean, spread) = float_stat(scores);
    assert!(
        (f64::from(stat.mean) - mean).abs() <= 0.5 + 1e-9,
        "{stat:?} {mean}"
    );
    assert!(
        (f64::from(stat.spread) - spread).abs() <= 0.5 + 1e-9,
        "{stat:?} {spread}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn any_group_gives_consistent_figures(group in proptest::collection::vec(complete_answers(), 1..40)) {
        let view = aggregate(&group).unwrap();
        let n = group.len();
        let scores: Vec<Scores> = group.iter().map(Scores::of).collect();
        prop_assert_eq!(view.participants, n);
        prop_assert_eq!(view.bands.iter().sum::<usize>(), n);
        prop_assert_eq!(view.businesses.iter().sum::<usize>(), n);

        let overall: Vec<u8> = scores.iter().map(|s| s.overall).collect();
        assert_stat_matches(view.overall, &overall);
        for (i, item) in view.arguments.iter().enumerate() {
            prop_assert_eq!(item.distribution.iter().sum::<usize>(), n);
            let item_scores: Vec<u8> = scores.iter().map(|s| s.arguments[i]).collect();
            assert_stat_matches(item.stat, &item_scores);
        }
        for (i, goal) in view.goals.iter().enumerate() {
            prop_assert_eq!(goal.importance.iter().sum::<usize>(), n);
            prop_assert_eq!(goal.reach.distribution.iter().sum::<usize>(), n);
            prop_assert!(goal.importance_mean <= 100);
            let reach_scores: Vec<u8> = scores.iter().map(|s| s.goals[i]).collect();
            assert_stat_matches(goal.reach.stat, &reach_scores);
        }
        for stat in view.arguments.iter().map(|a| a.stat).chain(view.goals.iter().map(|g| g.reach.stat)) {
            prop_assert!(stat.mean <= 100 && stat.spread <= 50, "{:?}", stat);
        }

        for list in [&view.weakest_arguments, &view.most_important_goals] {
            prop_assert_eq!(list.len(), 3);
            prop_assert_eq!(list.iter().collect::<HashSet<_>>().len(), 3);
            prop_assert!(list.iter().all(|&i| i < 7));
        }
        let weakest_mean = view.arguments[view.weakest_arguments[0]].stat.mean;
        prop_assert!(view.arguments.iter().all(|a| a.stat.mean >= weakest_mean));
        let top_importance = view.goals[view.most_important_goals[0]].importance_mean;
        prop_assert!(view.goals.iter().all(|g| g.importance_mean <= top_importance));

        prop_assert!((1..=3).contains(&view.prompts.len()));
        prop_assert_eq!(view.prompts[0], Prompt::WeakArgument(view.weakest_arguments[0]));
        for prompt in &view.prompts {
            match *prompt {
                Prompt::WeakArgument(i) | Prompt::DividedArgument(i) => prop_assert!(i < ARGUMENTS.len()),
                Prompt::ImportantUnreachedGoal(i) => {
                    prop_assert!(view.most_important_goals.contains(&i));
                    prop_assert!(view.goals[i].reach.stat.mean + 34 <= view.goals[i].importance_mean);
                    // The question and the goals slide agree on which goals are important.
                    prop_assert!(view.goals[i].importance_mean >= 67);
                    prop_assert!(view.important_unreached_goals().contains(&i));
                }
            }
        }
    }
}

// The CSV export.

#[test]
fn the_csv_has_a_header_and_one_row_per_participant() {
    let answers = from_digits("2012301230211203330011");
    let csv = to_csv(
        &workshop_with(&[answers, CompleteAnswers::uniform(Choice::LOWEST)]),
        CsvFormat::Plain,
    );
    let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert!(csv.ends_with("\r\n"));
    assert_eq!(lines.len(), 3);
    assert!(lines.iter().all(|line| !line.contains(['\r', '\n', '"'])));

    assert_eq!(
        lines[0],
        "participant,name,code,overall,band,business,\
         how-do-you-know,beyond-customers,beyond-ads,not-absent,beyond-big-networks,search-engines,crisis,\
         loyalty-importance,loyalty-reach,cross-up-selling-importance,cross-up-selling-reach,\
         referrals-importance,referrals-reach,new-customers-and-staff-importance,new-customers-and-staff-reach,\
         reach-importance,reach-reach,awareness-importance,awareness-reach,\
         market-research-importance,market-research-reach"
    );

    let mut row: Vec<&str> = lines[1].split(',').collect();
    assert_eq!(row.remove(1), "", "no name");
    assert_eq!(row.len(), 5 + ARGUMENTS.len() + 2 * GOALS.len());
    assert_eq!(row[0], "1");
    assert_eq!(row[1], code_of(&answers));
    // Arguments 0, 1, 2, 3, 0, 1, 2 weigh 9 of 21; reach weighted by 1 + importance gives 24 of 51; so
    // 100 · (3 · 9/21 + 2 · 24/51) / 5 = 44.5, rounded 45.
    assert_eq!(row[2], "45");
    assert_eq!(row[3], "Building up");
    assert_eq!(row[4], "b2b");
    assert_eq!(row[5..12], ["0", "33", "67", "100", "0", "33", "67"]);
    assert_eq!(
        row[12..],
        ["3", "0", "2", "33", "1", "67", "0", "100", "3", "100", "0", "0", "1", "33"]
    );

    assert_eq!(
        lines[2],
        format!(
            "2,,{},0,First steps,local,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0",
            code_of(&CompleteAnswers::uniform(Choice::LOWEST))
        )
    );
}

#[test]
fn an_empty_workshop_exports_only_the_header() {
    let csv = to_csv(&Workshop::new("Leer"), CsvFormat::Plain);
    assert_eq!(csv.matches("\r\n").count(), 1);
    assert!(csv.starts_with("participant,name,code,overall,band,business,how-do-you-know,"));
}

// The workshop screen's texts, and the participant's for sending a result there.

/// Every workshop string with the placeholders it must carry. The pattern names every field, so a new
/// field fails to compile until it is listed here, and so checked.
fn workshop_texts() -> Vec<(&'static Text, &'static [&'static str])> {
    let WorkshopUi {
        title,
        intro,
        join_heading,
        join_hint,
        workshops_heading,
        workshop_name_label,
        workshop_name_default,
        create_workshop,
        delete_workshop,
        delete_confirm,
        delete_yes,
        delete_no,
        choose_workshop,
        collect_heading,
        collect_fold,
        paste_label,
        add_links,
        scan_qr,
        scan_stop,
        scan_hint,
        scan_count,
        added_report,
        too_many,
        rejected_heading,
        rejected_line,
        participants_heading,
        participant_label,
        remove,
        group_heading,
        no_participants,
        participants_count,
        average,
        range,
        all_at,
        distribution,
        overall_heading,
        arguments_heading,
        average_per_argument,
        goals_heading,
        importance_heading,
        reach_heading,
        weakest_heading,
        important_goals_heading,
        prompts_heading,
        prompt_weak_argument,
        prompt_important_goal,
        prompt_divided_argument,
        presentation_start,
        presentation_end,
        slides_label,
        slide_previous,
        slide_next,
        slide_position,
        slide_keys_hint,
        bands_slide_heading,
        arguments_slide_heading,
        goals_slide_heading,
        goals_all_reached,
        goal_importance_reach,
        question_slide_heading,
        cover_results,
        reveal_results,
        covered_hint,
        export_csv,
        export_csv_plain,
        export_image,
        csv_file_name,
        image_file_name,
        saved_damaged,
        save_failed,
        kept_in_database,
        save_failed_download,
        back_to_check,
        contact_label,
        contact_invalid,
        contact_in_link,
    } = &WORKSHOP_UI;
    let SendUi {
        heading: send_heading,
        recipient_email: send_recipient_email,
        recipient_chat: send_recipient_chat,
        name_label: send_name_label,
        email: send_email,
        chat: send_chat,
        share: send_share,
        hint: send_hint,
        mail_subject: send_mail_subject,
        mail_body: send_mail_body,
    } = &SEND_UI;
    vec![
        (title, &[]),
        (intro, &[]),
        (join_heading, &[]),
        (join_hint, &[]),
        (workshops_heading, &[]),
        (workshop_name_label, &[]),
        (workshop_name_default, &[]),
        (create_workshop, &[]),
        (delete_workshop, &[]),
        (delete_confirm, &["{name}"]),
        (delete_yes, &[]),
        (delete_no, &[]),
        (choose_workshop, &[]),
        (collect_heading, &[]),
        (collect_fold, &[]),
        (paste_label, &[]),
        (add_links, &[]),
        (scan_qr, &[]),
        (scan_stop, &[]),
        (scan_hint, &[]),
        (scan_count, &["{n}"]),
        (added_report, &["{added}", "{duplicates}"]),
        (too_many, &["{max}"]),
        (rejected_heading, &[]),
        (rejected_line, &["{n}", "{text}"]),
        (participants_heading, &["{n}"]),
        (participant_label, &["{n}"]),
        (remove, &[]),
        (group_heading, &[]),
        (no_participants, &[]),
        (participants_count, &["{n}"]),
        (average, &[]),
        (range, &["{low}", "{high}"]),
        (all_at, &["{value}"]),
        (distribution, &[]),
        (overall_heading, &[]),
        (arguments_heading, &[]),
        (average_per_argument, &[]),
        (goals_heading, &[]),
        (importance_heading, &[]),
        (reach_heading, &[]),
        (weakest_heading, &[]),
        (important_goals_heading, &[]),
        (prompts_heading, &[]),
        (prompt_weak_argument, &["{argument}", "{score}"]),
        (prompt_important_goal, &["{goal}"]),
        (prompt_divided_argument, &["{argument}"]),
        (presentation_start, &[]),
        (presentation_end, &[]),
        (slides_label, &[]),
        (slide_previous, &[]),
        (slide_next, &[]),
        (slide_position, &["{n}", "{total}"]),
        (slide_keys_hint, &[]),
        (bands_slide_heading, &[]),
        (arguments_slide_heading, &[]),
        (goals_slide_heading, &[]),
        (goals_all_reached, &[]),
        (goal_importance_reach, &["{importance}", "{reach}"]),
        (question_slide_heading, &["{n}", "{total}"]),
        (cover_results, &[]),
        (reveal_results, &[]),
        (covered_hint, &[]),
        (export_csv, &[]),
        (export_csv_plain, &[]),
        (export_image, &[]),
        (csv_file_name, &[]),
        (image_file_name, &[]),
        (saved_damaged, &[]),
        (save_failed, &[]),
        (kept_in_database, &[]),
        (save_failed_download, &[]),
        (back_to_check, &[]),
        (contact_label, &[]),
        (contact_invalid, &[]),
        (contact_in_link, &["{contact}"]),
        (send_heading, &[]),
        (send_recipient_email, &["{address}"]),
        (send_recipient_chat, &["{host}"]),
        (send_name_label, &[]),
        (send_email, &[]),
        (send_chat, &[]),
        (send_share, &[]),
        (send_hint, &[]),
        (send_mail_subject, &[]),
        (send_mail_body, &[]),
    ]
}

#[test]
fn every_workshop_string_is_written_in_both_languages() {
    for (text, _) in workshop_texts() {
        common::assert_both_forms_of_address(text);
        for lang in Lang::ALL {
            let written = text.get(lang);
            assert!(!written.is_empty(), "{:?} has no {lang:?} text", text.de);
            assert_eq!(written.trim(), written, "{written:?} has stray spaces");
        }
        // "Workshop" is the same word in both languages; everything else is translated.
        if !std::ptr::eq(text, &WORKSHOP_UI.workshop_name_default) {
            assert_ne!(text.de, text.en, "{:?} is not translated", text.de);
        }
    }
}

#[test]
fn workshop_strings_carry_their_placeholders_and_no_other_braces() {
    for (text, placeholders) in workshop_texts() {
        for lang in Lang::ALL {
            let written = text.get(lang);
            for placeholder in placeholders {
                assert!(
                    written.contains(placeholder),
                    "{written:?} lacks {placeholder}"
                );
            }
            let stripped = placeholders
                .iter()
                .fold(written.to_owned(), |t, p| t.replace(p, ""));
            assert!(!stripped.contains(['{', '}']), "{written:?}");
        }
    }
}

#[test]
fn file_names_are_safe_everywhere() {
    for text in [&WORKSHOP_UI.csv_file_name, &WORKSHOP_UI.image_file_name] {
        for lang in Lang::ALL {
            assert!(
                text.get(lang)
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-'),
                "{:?}",
                text.get(lang)
            );
        }
    }
}

#[test]
fn a_link_at_the_end_of_a_sentence_is_read() {
    let code = model::check::code::encode(&model::Answers::from(model::CompleteAnswers::uniform(
        model::Choice::HIGHEST,
    )));
    let mut workshop = model::workshop::paste::Workshop::new("Satzzeichen");
    let report = workshop.add_links(&format!(
        "Hier ist meins: https://x.de/check/#r={code}.\n(siehe https://x.de/check/#r={code})"
    ));
    assert_eq!(
        (report.added, report.duplicates, report.rejected.len()),
        (1, 1, 0)
    );
}

// Participants' names.

#[test]
fn names_come_from_the_link_or_from_the_chat_line() {
    let answers = numbered(77);
    let code = code_of(&answers);
    let lines = [
        (format!("Anna: https://x.de/#r={code}"), Some("Anna")),
        (format!("Ben (10:42): https://x.de/#r={code}"), Some("Ben")),
        (
            format!("[10:42, 23.11.26] Carla M.: x.de/#r={code}"),
            Some("Carla M."),
        ),
        (
            format!("23.11.26, 10:43 - Dora: x.de/#r={code} danke!"),
            Some("Dora"),
        ),
        (
            format!("Egon: https://x.de/#r={code}&n=E.%20K"),
            Some("E. K"),
        ),
        (format!("https://x.de/#r={code}&n=Fritz."), Some("Fritz")),
        (format!("schau mal https://x.de/#r={code}"), None),
        (format!("https://x.de/#r={code}"), None),
        (code.clone(), None),
    ];
    for (line, name) in lines {
        let mut workshop = Workshop::new("Namen");
        let report = workshop.add_links(&line);
        assert_eq!(report.added, 1, "{line}");
        assert_eq!(workshop.participants()[0].answers, answers, "{line}");
        assert_eq!(workshop.participants()[0].name.as_deref(), name, "{line}");
    }
}

/// The sender is the name before the first colon, after a time stamp; what follows the colon is the message,
/// never part of the name. The chat apps' formats, as they write a message with a link when a conversation
/// is exported or copied:
///
/// - WhatsApp's export ("Chat exportieren", without media), on iPhone: "[05.12.26, 10:10:03] Anna: text";
///   on Android: "05.12.26, 10:10 - Anna: text", and with an English phone "12/5/26, 10:10 AM - Anna: text".
/// - Signal has no export of its own. Copying several messages in its apps gives their texts alone, one a
///   line, so such a link carries its name with `&n=` or none; the common backup tools (signal-export)
///   write "[2026-12-05 10:10] Anna: text".
/// - Microsoft Teams, when messages are selected and copied, writes each sender with the time on a line of
///   its own, "[10:10] Anna Schmidt" (or "[9:35 AM] Schmidt, Anna"), and the message on the lines below.
///   Its data export is a file for tools (JSON), not pasted text.
/// - Plain chats and copied e-mails: "Fatma: text" or "Ben (10:42): text".
#[test]
fn the_sender_is_the_name_before_the_first_colon_in_every_chat_format() {
    let answers = numbered(78);
    let code = code_of(&answers);
    let link = format!("https://x.de/check/#r={code}");
    let lines = [
        (format!("[10:10] Anna: hier mein Ergebnis {link}"), "Anna"),
        (format!("Fatma: Mein Ergebnis: {link}"), "Fatma"),
        // WhatsApp, iPhone and Android, German and English phones.
        (format!("[05.12.26, 10:10:03] Anna: {link}"), "Anna"),
        (
            format!("[05.12.26, 10:10:03] Anna Maria: Mein Ergebnis: {link}"),
            "Anna Maria",
        ),
        (format!("05.12.26, 10:10 - Anna: {link}"), "Anna"),
        (format!("05.12.26, 10:10 - Anna: hier: {link}"), "Anna"),
        (format!("12/5/26, 10:10 AM - Anna: {link}"), "Anna"),
        (format!("12/5/26, 10:10\u{202f}PM - Anna: {link}"), "Anna"),
        // Signal, as backup tools export it.
        (
            format!("[2026-12-05 10:10] Anna: das ist meins {link}"),
            "Anna",
        ),
        // A time after the name.
        (format!("Ben (10:42): Ergebnis: {link}"), "Ben"),
    ];
    for (line, name) in lines {
        let mut workshop = Workshop::new("Chats");
        let report = workshop.add_links(&line);
        assert_eq!(report.added, 1, "{line}");
        assert_eq!(
            workshop.participants()[0].name.as_deref(),
            Some(name),
            "{line}"
        );
    }
    // Signal's copied messages: the text alone, so no sender, unless the link names one.
    for (line, name) in [
        (format!("hier mein Ergebnis {link}"), None),
        (format!("hier mein Ergebnis {link}&n=Anna"), Some("Anna")),
    ] {
        let mut workshop = Workshop::new("Signal");
        workshop.add_links(&line);
        assert_eq!(workshop.participants()[0].name.as_deref(), name, "{line}");
    }
    // Teams: the sender on the line above the message, for each message below it.
    let other = code_of(&numbered(79));
    let mut workshop = Workshop::new("Teams");
    let report = workshop.add_links(&format!(
        "[10:10] Anna Schmidt\nhier mein Ergebnis {link}\n[9:35 AM] Schmidt, Ben\n\
         https://x.de/check/#r={other}&n=Ben%20S"
    ));
    assert_eq!(report.added, 2);
    let names: Vec<_> = workshop
        .participants()
        .iter()
        .map(|p| p.name.as_deref())
        .collect();
    assert_eq!(names, [Some("Anna Schmidt"), Some("Ben S")]);
    assert_eq!(
        teams_sender("[10:10] Anna: hallo"),
        None,
        "a message, no header"
    );
    assert_eq!(teams_sender("[Notiz] Anna"), None, "no time");
}

#[test]
fn names_are_one_short_line() {
    assert_eq!(
        clean_name("  Anna \t Maria\n "),
        Some("Anna Maria".to_owned())
    );
    assert_eq!(clean_name(" \t "), None);
    assert_eq!(
        clean_name(&"x".repeat(100)).map(|name| name.chars().count()),
        Some(MAX_NAME_CHARS)
    );
    assert_eq!(sender_name("Anna"), None, "no colon: part of a sentence");
    assert_eq!(sender_name(" : "), None);
}

#[test]
fn named_participants_with_identical_answers_count_twice_unnamed_ones_once() {
    let code = code_of(&numbered(9));
    let mut workshop = Workshop::new("Zwillinge");
    let report = workshop.add_links(&format!(
        "Anna: x.de/#r={code}\nBen: x.de/#r={code}\nanna: x.de/#r={code}\nx.de/#r={code}\n{code}"
    ));
    assert_eq!((report.added, report.duplicates), (2, 3), "{report:?}");
    let names: Vec<Option<&str>> = workshop
        .participants()
        .iter()
        .map(|p| p.name.as_deref())
        .collect();
    assert_eq!(names, [Some("Anna"), Some("Ben")]);

    let mut unnamed_first = Workshop::new("Erst ohne Namen");
    let report = unnamed_first.add_links(&format!("{code}\n{code}\nCarla: x.de/#r={code}"));
    assert_eq!((report.added, report.duplicates), (2, 1), "{report:?}");
}

#[test]
fn names_survive_saving() {
    let mut workshop = Workshop::new("Montag");
    let code = code_of(&numbered(3));
    workshop.add_links(&format!(
        "Anna Maria: x.de/#r={code}\nÖzlem & Co: x.de/#r={code}\n{}",
        code_of(&numbered(4))
    ));
    let workshops = Workshops {
        list: vec![workshop],
    };
    let saved = workshops.to_saved();
    assert_eq!(
        saved,
        format!(
            "smcw2\nMontag\t{code}&n=Anna%20Maria {code}&n=%C3%96zlem%20%26%20Co {}",
            code_of(&numbered(4))
        )
    );
    assert_eq!(Workshops::from_saved(&saved), Ok(workshops));
}

/// 200 chat lines as a messenger pastes them: every fifth participant answered like the one before and is
/// told apart by name alone; every tenth line repeats an earlier one.
#[test]
fn two_hundred_named_participants_from_a_chat_give_the_right_counts_averages_and_names() {
    let people: Vec<(String, CompleteAnswers)> = (0..200)
        .map(|i| {
            let answers = if i % 5 == 4 {
                numbered(i - 1)
            } else {
                numbered(i * 7_919)
            };
            (format!("Person {i}"), answers)
        })
        .collect();
    let mut chat: Vec<String> = Vec::new();
    for (i, (name, answers)) in people.iter().enumerate() {
        chat.push(format!(
            "[10:{:02}] {name}: https://x.de/check/#r={}",
            i % 60,
            code_of(answers)
        ));
        if i % 10 == 9 {
            chat.push(chat[chat.len() - 2].clone());
        }
    }
    let mut workshop = Workshop::new("Großgruppe");
    let report = workshop.add_links(&chat.join("\n"));
    assert_eq!((report.added, report.duplicates), (200, 20), "{report:?}");
    assert!(report.rejected.is_empty());
    let names: Vec<String> = workshop
        .participants()
        .iter()
        .map(|p| p.name.clone().unwrap())
        .collect();
    let expected_names: Vec<String> = people.iter().map(|(name, _)| name.clone()).collect();
    assert_eq!(names, expected_names);

    let answers: Vec<CompleteAnswers> = people.iter().map(|(_, answers)| *answers).collect();
    let view = aggregate(&workshop.answers()).unwrap();
    assert_eq!(view.participants, 200);
    let overall: Vec<u8> = answers.iter().map(|a| Scores::of(a).overall).collect();
    assert_stat_matches(view.overall, &overall);
    for argument in 0..ARGUMENTS.len() {
        let scores: Vec<u8> = answers
            .iter()
            .map(|a| Scores::of(a).arguments[argument])
            .collect();
        assert_stat_matches(view.arguments[argument].stat, &scores);
    }
    assert_eq!(view.bands.iter().sum::<usize>(), 200);

    // The spreadsheet export: one row per participant, the name in its column, the band in German.
    let csv = to_csv(&workshop, CsvFormat::Spreadsheet(Lang::De));
    let rows: Vec<Vec<&str>> = csv
        .trim_start_matches('\u{feff}')
        .split_terminator("\r\n")
        .skip(1)
        .map(|line| line.split(';').collect())
        .collect();
    assert_eq!(rows.len(), 200);
    for ((row, (name, answers)), score) in rows.iter().zip(&people).zip(&overall) {
        assert_eq!(row[1], name);
        assert_eq!(row[2], code_of(answers));
        assert_eq!(row[3], score.to_string());
        assert_eq!(row[4], Scores::of(answers).band().name.de);
    }
}

#[test]
fn the_spreadsheet_csv_opens_as_columns_in_german_excel() {
    let mut workshop = Workshop::new("Excel");
    workshop.add_links(&format!(
        "Müller; Anna: x.de/#r={}\n=1+1: x.de/#r={}",
        code_of(&CompleteAnswers::uniform(Choice::HIGHEST)),
        code_of(&CompleteAnswers::uniform(Choice::LOWEST)),
    ));
    let csv = to_csv(&workshop, CsvFormat::Spreadsheet(Lang::De));
    assert!(csv.starts_with("\u{feff}participant;name;code;overall;band;business;"));
    let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
    let highest = code_of(&CompleteAnswers::uniform(Choice::HIGHEST));
    assert!(
        lines[1].starts_with(&format!(
            "1;\"Müller; Anna\";{highest};100;{};",
            BANDS[3].name.de
        )),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with("2;'=1+1;"),
        "a name is never a formula: {}",
        lines[2]
    );
    assert_eq!(
        lines[2].split(';').count(),
        6 + ARGUMENTS.len() + 2 * GOALS.len()
    );
    let plain = to_csv(&workshop, CsvFormat::Plain);
    assert!(
        plain.starts_with("participant,name,"),
        "no byte order mark for tools"
    );
    assert!(plain.contains(&format!(
        ",Müller; Anna,{highest},100,{},",
        BANDS[3].name.en
    )));
    assert!(plain.contains(",=1+1,"), "tools get the name as given");
}

// The group's image.

#[test]
fn the_group_image_keeps_every_text_inside_its_box_from_5_to_1000_participants() {
    let long_name = "Social-Media-Sprechstunde der IHK Mittelfranken für Handel und Handwerk";
    for participants in [5, 25, 200, 1_000] {
        let answers: Vec<CompleteAnswers> =
            (0..participants).map(|n| numbered(n * 7_919)).collect();
        let view = aggregate(&answers).unwrap();
        for lang in [Lang::De, Lang::DeDu, Lang::En] {
            for (owner, name) in [
                (None, "Montag"),
                (None, long_name),
                (Some(LONGEST_OWNER), long_name),
            ] {
                let layout = group_card_layout(lang, owner, name, &view);
                for text in &layout.texts {
                    let context = format!("{participants} {lang:?} {text:?}");
                    assert!(
                        text_width(&text.text, text.font_size, text.bold) <= text.width,
                        "{context}"
                    );
                    let right_edge = if text.on_panel {
                        PANEL_WIDTH
                    } else {
                        CARD_WIDTH
                    };
                    assert!(text.left + text.width < right_edge, "{context}");
                    assert!(text.font_size >= MIN_FONT_SIZE, "{context}");
                    assert!(
                        text.baseline >= text.font_size && text.baseline < CARD_HEIGHT,
                        "{context}"
                    );
                }
                let count = participants.to_string();
                assert!(
                    layout.texts.iter().any(|text| text.text.ends_with(&count)),
                    "the participants' count is shown whole: {participants} {lang:?}"
                );
                let svg = group_card_svg(lang, owner, name, &view, CardColours::default());
                assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
            }
        }
    }
}

/// A consultant's name of the most characters `config.ini` takes (60), of wide letters.
const LONGEST_OWNER: &str = "Muster & Partner Social-Media-Beratung für Handwerk und Hand";

#[test]
fn the_group_image_is_headed_by_the_consultant_when_config_ini_names_one() {
    let view = aggregate(&[numbered(1)]).unwrap();
    let title = |owner| {
        group_card_layout(Lang::De, owner, "Montag", &view).texts[0]
            .text
            .clone()
    };
    assert_eq!(title(Some("Muster Beratung")), "Muster Beratung");
    assert_eq!(title(None), UI.app_title.de);
    let svg = group_card_svg(
        Lang::De,
        Some("Muster Beratung"),
        "Montag",
        &view,
        CardColours::default(),
    );
    assert!(svg.contains("Muster Beratung") && !svg.contains(UI.app_title.de));
}

#[test]
fn a_name_too_long_for_the_image_is_cut_and_marked() {
    let view = aggregate(&[numbered(1)]).unwrap();
    let layout = group_card_layout(Lang::En, None, &"Workshop ".repeat(20), &view);
    let kicker = &layout.texts[1];
    assert_eq!(kicker.font_size, MIN_FONT_SIZE);
    assert!(kicker.text.ends_with('…') && kicker.text.starts_with("Workshop Workshop"));
    let short = group_card_layout(Lang::En, None, "Montag", &view);
    assert_eq!(
        (short.texts[1].text.as_str(), short.texts[1].font_size),
        ("Montag", 28)
    );
}

#[test]
fn wider_text_is_estimated_wider() {
    assert!(
        text_width("Teilnehmende: 1000", 40, true) > text_width("Teilnehmende: 1000", 40, false)
    );
    assert!(text_width("mmmm", 20, false) > text_width("iiii", 20, false));
    assert_eq!(text_width("", 40, true), 0);
}
