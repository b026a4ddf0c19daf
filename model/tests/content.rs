//! The content is complete: every text exists in both languages, every fact names its source, and the
//! structural promises the code relies on (ordering, placeholders, unique keys) hold.

use model::content::{
    ConfigUi, EmbedUi, Era, Fact, PlanStep, ResultNotes, Ui, ARGUMENTS, ARGUMENT_LEVELS, BANDS,
    BUSINESSES, BUSINESS_QUESTION, BUSINESS_STEPS, CONFIG_UI, EMBED_UI, GOALS, GOAL_OPTIONS,
    IMPORTANCE_OPTIONS, LOCAL_REVIEWS, NAME_ALERT, PLAN, QUICK_WINS, REACH_OPTIONS, RESULT_NOTES,
    UI,
};
use model::{Lang, Text};
use std::collections::HashSet;

mod common;

fn assert_written(text: &Text, what: &str) {
    assert_present(text, what);
    assert_ne!(text.de, text.en, "{what} is not translated");
}

fn assert_present(text: &Text, what: &str) {
    common::assert_both_forms_of_address(text);
    for lang in Lang::ALL {
        let written = text.get(lang);
        assert!(!written.trim().is_empty(), "{what} has no {lang:?} text");
        assert_eq!(
            written.trim(),
            written,
            "{what} ({lang:?}) has stray spaces"
        );
    }
}

/// Every interface string.
fn interface_texts() -> Vec<&'static Text> {
    every_field!(
        Ui,
        &UI,
        [
            app_title,
            myth,
            start_intro,
            start_duration,
            privacy,
            privacy_host,
            start_button,
            progress,
            back,
            next,
            show_result,
            restart,
            restart_confirm,
            restart_yes,
            restart_no,
            switch_language,
            choose_answer,
            situation_heading,
            goal_label,
            goals_heading,
            goals_intro,
            debunk_heading,
            why_label,
            fact_label,
            source_label,
            result_heading,
            overall_label,
            score_of_100,
            per_argument_heading,
            per_goal_heading,
            table_argument,
            table_goal,
            table_score,
            table_importance,
            next_steps_heading,
            shared_next_steps_heading,
            reason_own,
            reason_shared,
            reason_none,
            strength,
            quick_win_label,
            myth_answer,
            top_step_label,
            all_steps,
            details,
            goals_no_topic,
            goals_gap,
            goals_no_gap,
            goals_chart_legend,
            scale_label,
            change_answers,
            check_address,
            contact_line,
            notice_discarded,
            notice_not_saved,
            notice_kept_in_tab,
            dismiss,
            out_of_100,
            share_heading,
            share_note,
            share_link_label,
            copy_link,
            link_copied,
            copy_failed,
            share_button,
            share_text,
            download_image,
            image_failed,
            image_file_name,
            print,
            qr_label,
            qr_caption,
            shared_heading,
            shared_note,
            shared_contact_label,
            shared_contact_text,
            take_check,
            link_error_heading,
            link_unreadable,
            link_changed,
            link_newer,
            link_unfinished,
        ]
    )
}

/// Every text the check can show.
fn all_texts() -> Vec<&'static Text> {
    let mut texts = interface_texts();
    texts.push(&BUSINESS_QUESTION);
    for argument in &ARGUMENTS {
        texts.extend([&argument.title, &argument.question, &argument.debunk]);
        texts.extend(fact_texts(&argument.fact));
        texts.extend(&argument.options);
        texts.extend(&argument.responses);
        if let Some(quote) = &argument.quote {
            texts.extend([&quote.words, &quote.attribution]);
        }
    }
    texts.extend(result_notes());
    for goal in &GOALS {
        texts.extend([&goal.title, &goal.description]);
    }
    texts.extend(
        IMPORTANCE_OPTIONS
            .iter()
            .chain(&REACH_OPTIONS)
            .chain(&GOAL_OPTIONS)
            .chain(&ARGUMENT_LEVELS),
    );
    for step in &PLAN {
        texts.extend([
            &step.title,
            &step.helps_argument,
            &step.helps_goal,
            &step.talk,
        ]);
    }
    for quick_win in QUICK_WINS.iter().chain([&LOCAL_REVIEWS]) {
        texts.extend([&quick_win.title, &quick_win.action]);
    }
    texts.push(&NAME_ALERT.action);
    for business in &BUSINESSES {
        texts.push(&business.label);
        texts.extend(&business.steps().actions);
    }
    for band in &BANDS {
        texts.extend([&band.name, &band.summary]);
    }
    texts
}

/// The texts of a fact, its caveat included.
fn fact_texts(fact: &'static Fact) -> Vec<&'static Text> {
    let mut texts = vec![
        &fact.statement,
        &fact.meaning,
        &fact.publisher,
        &fact.title,
        &fact.base,
    ];
    texts.extend(&fact.caveat);
    texts
}

/// What the result says beyond the scores.
fn result_notes() -> Vec<&'static Text> {
    let ResultNotes {
        heading,
        concessions,
        expectations,
        recruiting,
        habits_heading,
        habits,
        crisis_heading,
        crisis_rules,
    } = &RESULT_NOTES;
    let mut texts = vec![
        heading,
        expectations,
        recruiting,
        habits_heading,
        crisis_heading,
    ];
    texts.extend(concessions);
    texts.extend(habits);
    texts.extend(crisis_rules);
    texts
}

#[test]
fn every_interface_string_exists_in_both_languages() {
    for text in interface_texts().into_iter().chain(result_notes()) {
        assert_written(text, text.de);
    }
}

#[test]
fn every_argument_has_all_its_texts_in_both_languages() {
    for argument in &ARGUMENTS {
        let key = argument.key;
        assert_written(&argument.title, &format!("{key}: title"));
        assert_written(&argument.question, &format!("{key}: question"));
        assert_written(&argument.debunk, &format!("{key}: debunk"));
        for (i, option) in argument.options.iter().enumerate() {
            assert_written(option, &format!("{key}: option {i}"));
        }
        for (i, response) in argument.responses.iter().enumerate() {
            assert_written(response, &format!("{key}: response {i}"));
        }
        assert!(argument.weight > 0, "{key} must count in the score");
    }
}

#[test]
fn every_fact_has_statement_publisher_title_year_and_base_in_every_form() {
    for argument in &ARGUMENTS {
        let fact = &argument.fact;
        let key = argument.key;
        // Statement and meaning are our sentences and are translated; names of publishers and studies may
        // read the same in both languages.
        assert_written(&fact.statement, &format!("{key}: statement"));
        assert_written(&fact.meaning, &format!("{key}: meaning"));
        for (text, what) in [
            (&fact.publisher, "publisher"),
            (&fact.title, "title"),
            (&fact.base, "base"),
        ] {
            assert_present(text, &format!("{key}: {what}"));
        }
        if let Some(caveat) = &fact.caveat {
            assert_written(caveat, &format!("{key}: caveat"));
        }
        assert!(
            (1990..=2100).contains(&fact.year),
            "{key}: {} is no publication year",
            fact.year
        );
        assert!(
            fact.link.is_none_or(|link| link.starts_with("https://")),
            "{key}: a link must be an https address"
        );
        for lang in Lang::ALL {
            let citation = fact.citation(lang);
            for part in [
                fact.publisher.get(lang),
                fact.title.get(lang),
                fact.base.get(lang),
            ] {
                assert!(
                    citation.contains(part),
                    "{key}: {citation:?} lacks {part:?}"
                );
            }
            assert!(citation.contains(&fact.year.to_string()), "{citation:?}");
        }
    }
}

/// The current calendar year, from the test machine's clock: the model itself has no clock.
fn current_year() -> i64 {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("a clock after 1970")
        .as_secs();
    // Howard Hinnant's days-to-civil algorithm, reduced to the year.
    let days = (seconds / 86_400) as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    year_of_era + era * 400 + i64::from(month_index >= 10)
}

#[test]
fn the_test_clock_reads_a_plausible_year() {
    let year = current_year();
    assert!((2025..2100).contains(&year), "{year}");
}

#[test]
fn no_current_fact_is_older_than_three_years() {
    let oldest = current_year() - 3;
    for argument in &ARGUMENTS {
        let fact = &argument.fact;
        if fact.era == Era::Current {
            assert!(
                i64::from(fact.year) >= oldest,
                "{}: a figure from {} is older than three years; replace it or show it as history",
                argument.key,
                fact.year
            );
        }
    }
}

#[test]
fn the_results_answer_to_the_myth_quotes_the_first_cards_figure() {
    // The line is worded apart from the card, so that it stays one short line; it must still say what the
    // card says, and change with it.
    let card = &ARGUMENTS[0];
    assert_eq!(card.key, "how-do-you-know");
    for lang in [Lang::De, Lang::En] {
        let statement = card.fact.statement.get(lang);
        let share = statement[..statement.find('%').expect("a share")]
            .trim_end_matches(['\u{a0}', ' '])
            .rsplit(' ')
            .next()
            .expect("the number before the per cent sign");
        let answer = UI.myth_answer.get(lang);
        assert!(
            answer.contains(&format!("{share}\u{a0}%")) || answer.contains(&format!("{share}%")),
            "{answer}"
        );
        let year = statement
            .split(|c: char| !c.is_ascii_digit())
            .find(|number| number.len() == 4)
            .expect("the year of the data");
        assert!(answer.contains(year), "{answer}");
        assert!(answer.contains("Destatis"), "{answer}");
    }
}

#[test]
fn every_card_rests_on_a_current_figure() {
    // A sceptic who checks one date and finds 2012 distrusts the rest: each card's fact is of the last
    // three years (`no_current_fact_is_older_than_three_years`), and history may only stand beside it.
    for argument in &ARGUMENTS {
        assert_eq!(argument.fact.era, Era::Current, "{}", argument.key);
    }
}

#[test]
fn a_historical_fact_names_its_year_in_every_form() {
    // A rule for the content, not a check of today's cards: none of them is history now.
    let historical = ARGUMENTS
        .iter()
        .map(|argument| &argument.fact)
        .filter(|fact| fact.era == Era::History);
    for fact in historical {
        for lang in Lang::ALL {
            assert!(
                fact.statement.get(lang).contains(&fact.year.to_string()),
                "{:?} does not say it is from {}",
                fact.statement.get(lang),
                fact.year
            );
        }
    }
}

#[test]
fn a_quote_says_it_is_attributed() {
    let quotes: Vec<_> = ARGUMENTS.iter().filter_map(|a| a.quote.as_ref()).collect();
    assert!(!quotes.is_empty());
    for quote in quotes {
        assert!(
            quote.attribution.de.contains("zugeschrieben"),
            "{:?}",
            quote.attribution.de
        );
        assert!(
            quote.attribution.en.contains("Attributed"),
            "{:?}",
            quote.attribution.en
        );
    }
}

/// Whether the texts differ from each other in every form.
fn all_distinct<'a>(texts: impl IntoIterator<Item = &'a Text> + Clone) -> bool {
    Lang::ALL.iter().all(|&lang| {
        let written: Vec<&str> = texts.clone().into_iter().map(|t| t.get(lang)).collect();
        written.iter().collect::<HashSet<_>>().len() == written.len()
    })
}

#[test]
fn every_question_has_four_distinct_options() {
    for argument in &ARGUMENTS {
        assert_eq!(argument.options.len(), 4);
        assert!(all_distinct(&argument.options), "{}: options", argument.key);
        assert!(
            all_distinct(&argument.responses),
            "{}: responses",
            argument.key
        );
    }
    assert!(all_distinct(&IMPORTANCE_OPTIONS));
    assert!(all_distinct(&REACH_OPTIONS));
    assert!(all_distinct(BUSINESSES.iter().map(|b| &b.label)));
}

#[test]
fn the_steps_are_listed_in_the_order_of_the_kinds_of_business() {
    let keys: Vec<&str> = BUSINESSES.iter().map(|b| b.key).collect();
    let step_keys: Vec<&str> = BUSINESS_STEPS.iter().map(|s| s.key).collect();
    assert_eq!(keys, step_keys);
}

#[test]
fn each_kind_of_business_gets_its_own_steps() {
    for step in PlanStep::ALL {
        assert!(
            all_distinct(BUSINESSES.iter().map(|b| &b.steps().actions[step.index()])),
            "{step:?}: two kinds of business get the same action"
        );
    }
}

#[test]
fn xing_appears_only_in_the_recruiting_note() {
    for text in all_texts() {
        let is_recruiting = std::ptr::eq(text, &RESULT_NOTES.recruiting);
        for lang in Lang::ALL {
            assert_eq!(
                text.get(lang).contains("XING"),
                is_recruiting,
                "{:?}",
                text.get(lang)
            );
        }
    }
}

#[test]
fn the_stated_duration_covers_the_reading() {
    // The check promises a result in at most four minutes. The floor fails if the estimate stops counting
    // the cards: seven cards of about sixty words and fifteen answers alone take three minutes.
    let minutes = model::check::length::reading_minutes();
    assert!((3..=4).contains(&minutes), "{minutes} minutes");
    assert!(model::check::length::reading_words() > 450);
}

#[test]
fn every_goal_and_plan_step_has_its_texts_in_both_languages() {
    for goal in &GOALS {
        assert_written(&goal.title, &format!("{}: title", goal.key));
        assert_written(&goal.description, &format!("{}: description", goal.key));
    }
    for option in IMPORTANCE_OPTIONS
        .iter()
        .chain(&REACH_OPTIONS)
        .chain(&ARGUMENT_LEVELS)
    {
        assert_written(option, "an option");
    }
    for (content, step) in PLAN.iter().zip(PlanStep::ALL) {
        assert_eq!(content.step, step, "the plan is listed in plan order");
        assert_written(&content.title, &format!("{step:?}: title"));
    }
    assert_written(&BUSINESS_QUESTION, "the business question");
    for business in &BUSINESSES {
        assert_written(&business.label, business.key);
        for action in &business.steps().actions {
            assert_written(action, business.key);
        }
    }
}

#[test]
fn keys_are_unique() {
    let keys: Vec<&str> = ARGUMENTS
        .iter()
        .map(|a| a.key)
        .chain(GOALS.iter().map(|g| g.key))
        .chain(BUSINESSES.iter().map(|b| b.key))
        .collect();
    let unique: HashSet<&str> = keys.iter().copied().collect();
    assert_eq!(unique.len(), keys.len(), "{keys:?}");
}

#[test]
fn bands_start_at_zero_and_rise() {
    assert_eq!(BANDS[0].min, 0);
    assert!(BANDS.windows(2).all(|pair| pair[0].min < pair[1].min));
    for band in &BANDS {
        assert_written(&band.name, "a band's name");
        assert_written(&band.summary, "a band's summary");
    }
}

#[test]
fn interface_strings_carry_their_placeholders() {
    for (text, placeholders) in [
        (&UI.progress, &["{n}", "{total}"][..]),
        (&UI.start_duration, &["{minutes}", "{questions}"]),
        (&UI.goal_label, &["{n}"]),
        (&UI.score_of_100, &["{score}"]),
        (&UI.reason_own, &["{topic}", "{answer}"]),
        (&UI.reason_shared, &["{topic}", "{answer}"]),
        (&UI.goals_no_topic, &["{goals}"]),
        (&UI.strength, &["{argument}"]),
        (&UI.goals_gap, &["{goals}"]),
        (&UI.scale_label, &["{score}", "{band}"]),
        (&UI.check_address, &["{address}"]),
        (&UI.contact_line, &["{contact}"]),
        (&UI.share_text, &["{score}", "{band}"]),
    ] {
        for lang in Lang::ALL {
            for placeholder in placeholders {
                assert!(
                    text.get(lang).contains(placeholder),
                    "{:?} lacks {placeholder} in {lang:?}",
                    text.get(lang)
                );
            }
        }
    }
}

#[test]
fn no_text_has_a_stray_brace() {
    // A brace outside the documented placeholders would show up on screen as a broken template.
    let documented = [
        "{n}",
        "{total}",
        "{score}",
        "{argument}",
        "{goal}",
        "{band}",
        "{minutes}",
        "{questions}",
        "{topic}",
        "{answer}",
        "{goals}",
        "{address}",
        "{contact}",
    ];
    for text in all_texts() {
        for lang in Lang::ALL {
            let stripped = documented
                .iter()
                .fold(text.get(lang).to_owned(), |t, p| t.replace(p, ""));
            assert!(!stripped.contains(['{', '}']), "{:?}", text.get(lang));
        }
    }
}

#[test]
fn formal_words_are_found_inside_sentences_only() {
    assert_eq!(
        common::formal_words_inside_sentences("Sie seien nicht da. Fragen Sie Ihre Kunden!"),
        ["Sie", "Ihre"]
    );
    assert_eq!(
        common::formal_words_inside_sentences("Ihre Kontakte kennen andere: Sie helfen."),
        Vec::<&str>::new()
    );
}

#[test]
fn the_site_owner_texts_are_written_in_every_language() {
    let config = every_field!(
        ConfigUi,
        &CONFIG_UI,
        [
            place_line,
            place_address,
            place_page,
            not_a_setting,
            unknown_key,
            did_you_mean,
            file_only,
            not_a_colour,
            link_not_allowed,
            logo_not_allowed,
            privacy_link_not_allowed,
            lead_endpoint_not_allowed,
            lead_needs_privacy_link,
            unknown_analytics,
            analytics_endpoint_not_allowed,
            analytics_site_not_allowed,
            analytics_incomplete,
            logo_missing,
            unknown_language,
            unknown_address,
            not_an_origin,
            too_long,
            not_yes_or_no,
            text_too_long,
            html_page,
            more_problems,
            preview_heading,
            preview_fine,
            preview_fine_embed_page,
            preview_problems,
            preview_embed_link,
            contact_default,
        ]
    );
    let embed = every_field!(
        EmbedUi,
        &EMBED_UI,
        [
            title,
            intro,
            settings_heading,
            file_only_note,
            reset,
            name,
            logo,
            primary,
            accent,
            primary_picker,
            accent_picker,
            contact_label,
            contact_label_en,
            contact_link,
            contact_text,
            contact_text_du,
            contact_text_en,
            own_intro,
            own_intro_du,
            own_intro_en,
            lang,
            address,
            address_sie,
            address_du,
            lang_de,
            lang_en,
            host_origin,
            privacy_link,
            lead_endpoint,
            analytics,
            analytics_none,
            plausible,
            umami,
            matomo,
            analytics_endpoint,
            analytics_site,
            completed,
            not_a_colour,
            too_long,
            contact_link_mistake,
            logo_mistake,
            privacy_link_mistake,
            lead_endpoint_mistake,
            lead_needs_privacy_link,
            host_origin_mistake,
            analytics_endpoint_mistake,
            analytics_site_mistake,
            analytics_incomplete,
            not_offered,
            preview_heading,
            preview_title,
            preview_width,
            preview_desktop,
            preview_phone,
            code_heading,
            status_fine,
            status_one_mistake,
            status_mistakes,
            download_config,
            fallback_link,
            mistakes_left_out,
            loader_label,
            iframe_label,
            differs_note,
            config_label,
            copy,
            copied,
            copy_failed,
            back_to_check,
        ]
    );
    // The owner's messages are impersonal, so they read the same whatever form the visitors get.
    assert!(config.iter().all(|text| text.du.is_none()));
    for text in config.into_iter().chain(embed) {
        assert_present(text, text.de);
    }
}

#[test]
fn no_german_text_uses_the_generic_masculine_for_people() {
    // Owners, visitors and recipients are women and men; the content names them in neutral words
    // („wer sie betreibt“, „die Verantwortlichen“, „An:“). The myth and quotes keep their words, and none of
    // them uses these (the Bezos quote's „Freunden“ is not on the list, so it may stay).
    let sources = [
        include_str!("../src/content/ui.rs"),
        include_str!("../src/content/arguments.rs"),
        include_str!("../src/content/goals.rs"),
        include_str!("../src/content/plan.rs"),
        include_str!("../src/content/lead_ui.rs"),
        include_str!("../src/content/send_ui.rs"),
        include_str!("../src/content/embed_ui.rs"),
        include_str!("../src/content/config_ui.rs"),
        include_str!("../src/content/counting_ui.rs"),
        include_str!("../src/content/workshop_ui.rs"),
    ];
    for source in sources {
        for word in source.split(|c: char| !c.is_alphabetic()) {
            assert!(
                ![
                    "Betreiber",
                    "Betreibern",
                    "Empfänger",
                    "Empfängern",
                    "Besucher",
                    "Besuchern",
                    "Nutzer",
                    "Nutzern",
                    "Kunde",
                    "Teilnehmer",
                    "Teilnehmern",
                    "Mitarbeiter",
                    "Mitarbeitern",
                    "Leser",
                    "Lesern",
                    "Interessenten",
                    "Berater",
                    "Inhaber",
                    "Kollegium",
                    "Freunde",
                ]
                .contains(&word),
                "„{word}“ in the content"
            );
        }
    }
}

/// Every content source file with user-facing texts, by name.
const CONTENT_SOURCES: [(&str, &str); 10] = [
    ("ui.rs", include_str!("../src/content/ui.rs")),
    ("arguments.rs", include_str!("../src/content/arguments.rs")),
    ("goals.rs", include_str!("../src/content/goals.rs")),
    ("plan.rs", include_str!("../src/content/plan.rs")),
    ("lead_ui.rs", include_str!("../src/content/lead_ui.rs")),
    ("send_ui.rs", include_str!("../src/content/send_ui.rs")),
    ("embed_ui.rs", include_str!("../src/content/embed_ui.rs")),
    ("config_ui.rs", include_str!("../src/content/config_ui.rs")),
    (
        "counting_ui.rs",
        include_str!("../src/content/counting_ui.rs"),
    ),
    (
        "workshop_ui.rs",
        include_str!("../src/content/workshop_ui.rs"),
    ),
];

/// The German texts of a content source file as a „du“ reader sees them: the second text of every
/// `Text::addressed(sie, du, en)`, and the German of every `Text::new(de, en)`, which both forms share.
fn du_texts(source: &'static str) -> Vec<String> {
    texts_at(source, 1, 0)
}

/// The English texts of a content source file: the third text of every `Text::addressed(sie, du, en)`
/// and the second of every `Text::new(de, en)`.
fn english_texts(source: &'static str) -> Vec<String> {
    texts_at(source, 2, 1)
}

/// The `addressed`-th string literal of every `Text::addressed(…)` and the `new`-th of every `Text::new(…)`
/// in a content source file, with escapes read.
fn texts_at(source: &'static str, addressed: usize, new: usize) -> Vec<String> {
    let mut texts = Vec::new();
    for (constructor, wanted) in [("Text::addressed(", addressed), ("Text::new(", new)] {
        for (at, _) in source.match_indices(constructor) {
            let mut literals = Vec::new();
            let mut chars = source[at + constructor.len()..].chars();
            while literals.len() <= wanted {
                // Up to the next string literal, then its text, with escapes read.
                if chars.by_ref().find(|&c| c == '"').is_none() {
                    break;
                }
                let mut literal = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => literal.extend(chars.next()),
                        c => literal.push(c),
                    }
                }
                literals.push(literal);
            }
            texts.extend(literals.into_iter().nth(wanted));
        }
    }
    texts
}

/// `text` without what stands between „ and “: a quote keeps its words, whatever its form of address.
fn outside_quotes(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '„' => depth += 1,
            '“' if depth > 0 => depth -= 1,
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The capitalised formal words of `text` outside quotes, wherever they stand: in a „du“ text even a
/// sentence's first „Sie“ reads as the formal address, so the content says "they" another way there.
fn formal_words_anywhere(text: &str) -> Vec<String> {
    outside_quotes(text)
        .split(|c: char| !c.is_alphabetic())
        .filter(|word| {
            [
                "Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres",
            ]
            .contains(word)
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn formal_words_are_found_anywhere_outside_quotes() {
    assert_eq!(formal_words_anywhere("Sie sind vielen voraus."), ["Sie"]);
    assert_eq!(
        formal_words_anywhere("Gut. Ihre Kundschaft liest mit."),
        ["Ihre"]
    );
    assert!(formal_words_anywhere("Der Satz „Sind Sie da?“ bleibt.").is_empty());
    assert!(formal_words_anywhere("Frag sie, wo sie sich umschauen.").is_empty());
    let du = du_texts(
        r#"Text::addressed("Fragen Sie.", "Frag \"ruhig\".", "Ask.") Text::new("Ihr Name.", "Your name.")"#,
    );
    assert_eq!(du, ["Frag \"ruhig\".", "Ihr Name."]);
}

#[test]
fn no_du_text_contains_a_formal_sie_or_ihr() {
    // What a „du“ reader sees never says „Sie“, „Ihnen“ or „Ihr…“ outside a quote: not in a du form, and not
    // in a text both forms share, where a sentence's first „Sie“ meaning "they" would read as formal too.
    let mut found = Vec::new();
    for (file, source) in CONTENT_SOURCES {
        let texts = du_texts(source);
        assert!(texts.len() > 3, "{file}: no texts read");
        // The embed page's choice of the form of address names it: „Sie“ there is a word, not an address.
        for text in texts.into_iter().filter(|text| text != "Sie") {
            let formal = formal_words_anywhere(&text);
            if !formal.is_empty() {
                found.push(format!("{file}: {formal:?} in {text:?}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn every_figure_states_its_year_and_base() {
    // The card's visible source line names the year; its folded citation adds who was asked, and where.
    for argument in &ARGUMENTS {
        let fact = &argument.fact;
        let year = fact.year.to_string();
        for lang in Lang::ALL {
            let source = fact.source(lang);
            assert!(
                source.contains(&year),
                "{}: {source:?} lacks {year}",
                argument.key
            );
            let base = fact.base.get(lang);
            assert!(
                base.chars().any(|c| c.is_ascii_digit())
                    || base.contains(" ab ")
                    || base.contains(" aged "),
                "{}: {base:?} says neither how many nor which ages were asked",
                argument.key
            );
            assert!(
                ["Deutschland", "Germany", "EU"]
                    .iter()
                    .any(|place| base.contains(place)),
                "{}: {base:?} does not say where",
                argument.key
            );
            assert!(fact.citation(lang).ends_with(base), "{}", argument.key);
        }
    }
}

#[test]
fn the_check_asks_every_argument_once_the_strongest_first() {
    use model::content::{asked_argument, asked_position, ASKED_ORDER};
    let mut keys: Vec<&str> = ASKED_ORDER.to_vec();
    keys.sort_unstable();
    let mut all: Vec<&str> = ARGUMENTS.iter().map(|argument| argument.key).collect();
    all.sort_unstable();
    assert_eq!(keys, all, "ASKED_ORDER lists every argument once");
    for position in 0..ARGUMENTS.len() {
        assert_eq!(asked_position(asked_argument(position)), position);
    }
    // Search and reviews, then group chats open the check; the crisis closes it.
    assert_eq!(ASKED_ORDER[..2], ["search-engines", "beyond-big-networks"]);
    assert_eq!(ASKED_ORDER[6], "crisis");
}

/// The first word of every sentence of `text` outside quotes, without punctuation: the text's first word and
/// every word after one that ends in „.“, „!“, „?“, „:“ or „;“.
fn sentence_openers(text: &str) -> Vec<String> {
    let mut openers = Vec::new();
    let mut at_start = true;
    for word in outside_quotes(text).split_whitespace() {
        if at_start {
            openers.push(word.trim_matches(|c: char| !c.is_alphabetic()).to_owned());
        }
        at_start = word.ends_with(['.', '!', '?', ':', ';']);
    }
    openers
}

/// The long forms of du imperatives the content shortens („wähl“, „schreib“, „zeig“), wherever they stand
/// in `text` outside quotes, unless „ich“ comes before (then it is the first person: „Ich frage nach“).
/// Verbs whose stem needs the -e („antworte“, „richte“, „rechne“, „sammle“, „plane“) are not listed, nor
/// forms that are also nouns („Frage“, „Folge“, „Suche“).
fn long_imperatives(text: &str) -> Vec<String> {
    const LONG: [&str; 22] = [
        "notiere",
        "wähle",
        "markiere",
        "kopiere",
        "fotografiere",
        "setze",
        "schreibe",
        "zeige",
        "mache",
        "hole",
        "ergänze",
        "vernetze",
        "bringe",
        "kürze",
        "beschreibe",
        "erkläre",
        "bedanke",
        "versuche",
        "drehe",
        "schaue",
        "nenne",
        "füge",
    ];
    let text = outside_quotes(text);
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|word| !word.is_empty())
        .collect();
    words
        .iter()
        .enumerate()
        .filter(|&(at, word)| {
            LONG.contains(&word.to_lowercase().as_str())
                && (at == 0 || !words[at - 1].eq_ignore_ascii_case("ich"))
        })
        .map(|(_, word)| (*word).to_owned())
        .collect()
}

#[test]
fn sentence_openers_and_long_imperatives_are_found() {
    assert_eq!(
        sentence_openers("Gut. Bitte alle um eine Bewertung: jetzt; „Bitte“ nicht."),
        ["Gut", "Bitte", "jetzt", "nicht"]
    );
    assert!(!sentence_openers("Wähl bitte eine Antwort.").contains(&"Bitte".to_owned()));
    assert_eq!(
        long_imperatives("Setz dir ein Ziel und notiere, wo du stehst."),
        ["notiere"]
    );
    assert_eq!(long_imperatives("Wähle eine Antwort."), ["Wähle"]);
    assert!(long_imperatives("Ich frage nach. Wähl und schreib auf.").is_empty());
    assert!(long_imperatives("Der Satz „Notiere alles“ bleibt.").is_empty());
}

#[test]
fn no_du_text_opens_a_sentence_with_bitte() {
    // At a sentence's start, „Bitte alle um …“ is first read as "please"; and a du text that means "please"
    // says it after the verb („Wähl bitte …“), so that no sentence opens with „Bitte“ at all.
    let mut found = Vec::new();
    for (file, source) in CONTENT_SOURCES {
        for text in du_texts(source) {
            if sentence_openers(&text).iter().any(|word| word == "Bitte") {
                found.push(format!("{file}: {text:?}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn du_imperatives_take_the_short_form() {
    // One imperative style in du: „wähl“, „schreib auf“, „zeig“; -e only where the stem needs it.
    let mut found = Vec::new();
    for (file, source) in CONTENT_SOURCES {
        for text in du_texts(source) {
            let long = long_imperatives(&text);
            if !long.is_empty() {
                found.push(format!("{file}: {long:?} in {text:?}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn no_english_text_reads_translated() {
    // Calques of German the reviews found, and a space before an ellipsis, which English does not set.
    let calques = [
        "by itself",
        "by themselves",
        "also when",
        "goal with a number",
        "every second person",
        "Good that you",
        "You have the start",
        "A start has been made",
        "Done today",
        "e-mail",
        " …",
    ];
    let mut found = Vec::new();
    for (file, source) in CONTENT_SOURCES {
        let texts = english_texts(source);
        assert!(texts.len() > 3, "{file}: no texts read");
        for text in texts {
            for calque in calques.iter().filter(|calque| text.contains(*calque)) {
                found.push(format!("{file}: {calque:?} in {text:?}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
