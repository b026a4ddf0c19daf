//! The content is complete: every text exists in both languages, every fact names its source, and the
//! structural promises the code relies on (ordering, placeholders, unique keys) hold.

use model::content::{
    ConfigUi, EmbedUi, PlanStep, Ui, ARGUMENTS, ARGUMENT_LEVELS, BANDS, BUSINESSES,
    BUSINESS_QUESTION, CONFIG_UI, EMBED_UI, GOALS, IMPORTANCE_OPTIONS, PLAN, REACH_OPTIONS, UI,
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

/// The fields of `value`, a struct of type `$type`, as a list of references. The pattern names every field
/// without `..`, so a new field fails to compile until it is listed here, and so checked.
macro_rules! every_field {
    ($type:ident, $value:expr, [$($field:ident),* $(,)?]) => {{
        let $type { $($field),* } = $value;
        vec![$($field),*]
    }};
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
            argument_label,
            goal_label,
            goals_intro,
            importance_legend,
            reach_legend,
            debunk_heading,
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
            reason_argument,
            reason_goal,
            reason_none,
            notice_discarded,
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
        texts.extend([
            &argument.title,
            &argument.question,
            &argument.debunk,
            &argument.fact.statement,
            &argument.fact.source,
        ]);
        texts.extend(&argument.options);
    }
    for goal in &GOALS {
        texts.extend([&goal.title, &goal.description]);
    }
    texts.extend(
        IMPORTANCE_OPTIONS
            .iter()
            .chain(&REACH_OPTIONS)
            .chain(&ARGUMENT_LEVELS),
    );
    for step in &PLAN {
        texts.extend([&step.title, &step.action]);
    }
    for business in &BUSINESSES {
        texts.extend([&business.label, &business.networks]);
    }
    for band in &BANDS {
        texts.extend([&band.name, &band.summary]);
    }
    texts
}

#[test]
fn every_interface_string_exists_in_both_languages() {
    for text in interface_texts() {
        // The product name is the same in both languages; everything else is translated.
        if std::ptr::eq(text, &UI.app_title) {
            assert_present(text, "the app title");
        } else {
            assert_written(text, text.de);
        }
    }
}

#[test]
fn every_argument_has_all_its_texts_in_both_languages() {
    for argument in &ARGUMENTS {
        let key = argument.key;
        assert_written(&argument.title, &format!("{key}: title"));
        assert_written(&argument.question, &format!("{key}: question"));
        assert_written(&argument.debunk, &format!("{key}: debunk"));
        assert_written(&argument.fact.statement, &format!("{key}: fact"));
        for (i, option) in argument.options.iter().enumerate() {
            assert_written(option, &format!("{key}: option {i}"));
        }
        assert!(argument.weight > 0, "{key} must count in the score");
    }
}

#[test]
fn every_fact_names_its_source() {
    for argument in &ARGUMENTS {
        for lang in Lang::ALL {
            assert!(
                argument.fact.source.get(lang).chars().count() >= 10,
                "{}: the fact's source is missing or too vague",
                argument.key
            );
        }
    }
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
        assert_written(&content.action, &format!("{step:?}: action"));
    }
    assert_written(&BUSINESS_QUESTION, "the business question");
    for business in &BUSINESSES {
        assert_written(&business.label, business.key);
        assert_written(&business.networks, business.key);
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
        (&UI.start_duration, &["{total}"]),
        (&UI.argument_label, &["{n}"]),
        (&UI.goal_label, &["{n}"]),
        (&UI.score_of_100, &["{score}"]),
        (&UI.reason_argument, &["{argument}"]),
        (&UI.reason_goal, &["{goal}"]),
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
            logo_missing,
            unknown_language,
            unknown_address,
            not_an_origin,
            too_long,
            not_yes_or_no,
            text_too_long,
            more_problems,
            preview_heading,
            preview_fine,
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
            contact_label,
            contact_link,
            lang,
            address,
            address_sie,
            address_du,
            lang_de,
            lang_en,
            host_origin,
            preview_heading,
            preview_title,
            code_heading,
            loader_label,
            iframe_label,
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
