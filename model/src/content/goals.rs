//! The seven business goals social media can serve, and the two scales each goal is rated on.

use super::{Goal, PlanStep, OPTION_COUNT};
use crate::text::Text;

pub static GOALS: [Goal; 7] = [
    Goal {
        key: "loyalty",
        title: Text::new("Kundentreue stärken", "Strengthen loyalty"),
        description: Text::addressed(
            "Ihre Stammkundschaft bleibt Ihnen verbunden, weil Sie auch zwischen zwei Einkäufen mit ihr im Gespräch sind.",
            "Deine Stammkundschaft bleibt dir treu, weil ihr auch zwischen zwei Einkäufen in Kontakt bleibt.",
            "Your regular customers stay close to you because you keep talking with them between purchases.",
        ),
        remedy: PlanStep::Focus,
    },
    Goal {
        key: "cross-up-selling",
        title: Text::new("Zusatz- und Folgeverkäufe", "Cross- and up-selling"),
        description: Text::addressed(
            "Ihre Kundschaft entdeckt weitere oder höherwertige Angebote von Ihnen, die zu ihr passen.",
            "Deine Kundschaft entdeckt, was du ihr sonst noch bieten kannst – passend und gern eine Stufe höher.",
            "Existing customers discover other offers of yours that suit them, or a step up.",
        ),
        remedy: PlanStep::Persona,
    },
    Goal {
        key: "referrals",
        title: Text::new("Weiterempfehlungen", "Referrals"),
        description: Text::addressed(
            "Zufriedene Kundinnen und Kunden teilen Ihre Beiträge oder nennen Ihren Namen, wenn Bekannte nach einem Tipp fragen.",
            "Wer zufrieden ist, teilt deine Beiträge oder nennt deinen Namen, wenn Bekannte nach einem Tipp fragen.",
            "Happy customers share your posts or mention your name when friends ask for a tip.",
        ),
        remedy: PlanStep::Networks,
    },
    Goal {
        // The key dates from version 1, when this goal also covered finding staff; it stays, since keys
        // never change. Recruiting is now a note in the result (`RESULT_NOTES.recruiting`).
        key: "new-customers-and-staff",
        title: Text::new("Neue Kundschaft gewinnen", "Win new customers"),
        description: Text::addressed(
            "Menschen, die Sie noch nicht kennen, finden über Social Media zu Ihnen und werden Kundinnen und Kunden.",
            "Leute, die dich noch nicht kennen, finden über Social Media zu dir – und werden deine Kundschaft.",
            "People who don’t know you yet find you through social media and become customers.",
        ),
        remedy: PlanStep::Persona,
    },
    Goal {
        key: "reach",
        title: Text::new("Reichweite günstig aufbauen", "Reach on a small budget"),
        description: Text::addressed(
            "Ohne großes Werbebudget erreichen Sie mit eigenen und geteilten Beiträgen nach und nach viele Menschen.",
            "Auch ohne großes Werbebudget erreichst du mit eigenen und geteilten Beiträgen nach und nach viele Leute.",
            "Without a big advertising budget, your own and shared posts reach more and more people over time.",
        ),
        remedy: PlanStep::Networks,
    },
    Goal {
        key: "awareness",
        title: Text::new("Bekanntheit steigern", "Raise awareness"),
        description: Text::addressed(
            "Mehr Menschen in Ihrer Region oder Branche kennen Ihren Namen und wissen, wofür Sie stehen.",
            "Mehr Leute in deiner Gegend oder Branche kennen deinen Namen und wissen, wofür du stehst.",
            "More people in your area or industry know your name and what you stand for.",
        ),
        remedy: PlanStep::Plan,
    },
    Goal {
        key: "market-research",
        title: Text::new("Marktforschung", "Market research"),
        description: Text::addressed(
            "Kommentare, Fragen und Reaktionen zeigen Ihnen, was Ihre Kundschaft wirklich interessiert.",
            "Kommentare, Fragen und Reaktionen zeigen dir, was deine Kundschaft wirklich bewegt.",
            "Comments, questions and reactions show you what your customers are really interested in.",
        ),
        remedy: PlanStep::Goal,
    },
];

/// The combined scale each goal is asked on since answer code version 3, from "not a topic" (index 0) to
/// "works well" (index 3); [`crate::check::answers::GOAL_LEVELS`] says what each level stores. The options address
/// nobody and read as the visitor's own words, so a reason can quote them in a shared result too.
pub static GOAL_OPTIONS: [Text; OPTION_COUNT] = [
    Text::new("Kein Thema", "Not a priority"),
    Text::new("Wichtig, klappt noch nicht", "Matters, not working yet"),
    Text::new("Klappt teilweise", "Partly working"),
    Text::new("Klappt gut", "Working well"),
];

/// How much a goal matters, from "not important" (index 0) to "very important" (index 3): the scale of
/// versions 1 and 2, which the workshop's charts still use.
pub static IMPORTANCE_OPTIONS: [Text; OPTION_COUNT] = [
    Text::new("Unwichtig", "Not important"),
    Text::new("Eher unwichtig", "Not very important"),
    Text::new("Wichtig", "Important"),
    Text::new("Sehr wichtig", "Very important"),
];

/// How well social media serves a goal today, from "not at all" (index 0) to "well" (index 3).
pub static REACH_OPTIONS: [Text; OPTION_COUNT] = [
    Text::new(
        "Gelingt mir bisher gar nicht.",
        "I don’t manage it at all yet.",
    ),
    Text::new("Gelingt mir kaum.", "I hardly manage it."),
    Text::new("Gelingt mir teilweise.", "I partly manage it."),
    Text::new("Gelingt mir gut.", "I manage it well."),
];
