//! The five-step plan, the situation question and the result bands.

use super::{Band, Business, PlanStep, PlanStepContent};
use crate::text::Text;

pub static PLAN: [PlanStepContent; 5] = [
    PlanStepContent {
        step: PlanStep::Goal,
        title: Text::new("Ziel festlegen", "Define your goal"),
        action: Text::addressed(
            "Schreiben Sie ein Ziel mit einer Zahl auf, etwa „10 Anfragen im Monat über Social Media“, und notieren Sie, wo Sie heute stehen. So sehen Sie später schwarz auf weiß, was sich verändert hat.",
            "Schreib ein Ziel mit einer Zahl auf, etwa „10 Anfragen im Monat über Social Media“, und notiere, wo du heute stehst. So siehst du später schwarz auf weiß, was sich verändert hat.",
            "Write down one goal with a number, such as “10 enquiries a month through social media”, and note where you stand today. Later you will see in black and white what has changed.",
        ),
    },
    PlanStepContent {
        step: PlanStep::Persona,
        title: Text::new("Buyer Persona entwickeln", "Build a buyer persona"),
        action: Text::addressed(
            "Denken Sie an eine echte Person aus Ihrer Kundschaft, wie Sie sie sich öfter wünschen, und beschreiben Sie sie auf einer Seite: Alltag, Fragen, genutzte Kanäle. Fragen Sie diese Person diese Woche, wo sie sich online informiert.",
            "Denk an eine echte Person aus deiner Kundschaft, wie du sie dir öfter wünschst, und beschreibe sie auf einer Seite: Alltag, Fragen, genutzte Kanäle. Frag diese Person diese Woche, wo sie sich online informiert.",
            "Pick a real customer you would like more of and describe them on one page: daily life, questions, the channels they use. This week, ask them where they look for information online.",
        ),
    },
    PlanStepContent {
        step: PlanStep::Networks,
        title: Text::new("Netzwerke auswählen", "Identify your networks"),
        action: Text::addressed(
            "Weniger ist mehr: Wählen Sie höchstens zwei Netzwerke, in denen Ihre Wunschkunden unterwegs sind. Legen Sie dort diese Woche ein vollständiges Profil an oder bringen Sie Ihr bestehendes auf den neuesten Stand.",
            "Weniger ist mehr: Wähle höchstens zwei Netzwerke, in denen deine Wunschkunden unterwegs sind. Leg dort diese Woche ein vollständiges Profil an oder bring dein bestehendes auf den neuesten Stand.",
            "Less is more: choose no more than two networks where your ideal customers spend time. This week, create a complete profile there or bring your existing one up to date.",
        ),
    },
    PlanStepContent {
        step: PlanStep::Focus,
        title: Text::new("Schwerpunkt setzen", "Set a focus"),
        action: Text::addressed(
            "Wählen Sie ein Thema, bei dem Sie Ihren Kunden wirklich weiterhelfen, und sammeln Sie diese Woche fünf Fragen, die man Ihnen dazu oft stellt. Maßgeblich ist, was Ihre Kunden interessiert – nicht, was Sie selbst gern erzählen.",
            "Wähle ein Thema, bei dem du deinen Kunden wirklich weiterhilfst, und sammle diese Woche fünf Fragen, die man dir dazu oft stellt. Maßgeblich ist, was deine Kunden interessiert – nicht, was du selbst gern erzählst.",
            "Choose one topic where you can genuinely help your customers, and this week collect five questions you are often asked about it. What counts is what interests your customers, not what you would like to talk about.",
        ),
    },
    PlanStepContent {
        step: PlanStep::Plan,
        title: Text::new("Planen, wenigstens ein bisschen", "Plan, at least a little"),
        action: Text::addressed(
            "Legen Sie diese Woche einen einfachen Redaktionsplan für die nächsten vier Wochen an: wer was wann wo veröffentlicht. Richten Sie außerdem eine Suchbenachrichtigung für Ihren Namen und Ihren Firmennamen ein.",
            "Leg diese Woche einen einfachen Redaktionsplan für die nächsten vier Wochen an: wer was wann wo veröffentlicht. Richte außerdem eine Suchbenachrichtigung für deinen Namen und deinen Firmennamen ein.",
            "This week, draw up a simple editorial calendar for the next four weeks: who posts what, when and where. Also set up a search alert for your own name and your company name.",
        ),
    },
];

pub static BUSINESS_QUESTION: Text = Text::addressed(
    "Was beschreibt Ihr Unternehmen am besten?",
    "Was beschreibt dein Unternehmen am besten?",
    "What best describes your business?",
);

pub static BUSINESSES: [Business; 4] = [
    Business {
        key: "local",
        label: Text::new(
            "Geschäft, Gastronomie oder Handwerk für Kunden in der Nähe",
            "A shop, restaurant or trade serving customers nearby",
        ),
        networks: Text::addressed(
            "Beginnen Sie mit Ihrem Google-Unternehmensprofil und Ihren Bewertungen, dazu Facebook, das sich für Privatkunden gut eignet. Viele Empfehlungen laufen außerdem über WhatsApp-Gruppen in Ihrer Umgebung.",
            "Beginne mit deinem Google-Unternehmensprofil und deinen Bewertungen, dazu Facebook, das sich für Privatkunden gut eignet. Viele Empfehlungen laufen außerdem über WhatsApp-Gruppen in deiner Umgebung.",
            "Start with your Google business profile and your reviews, plus Facebook, which works well for private customers. Many recommendations also travel through WhatsApp groups in your area.",
        ),
    },
    Business {
        key: "consumer-services",
        label: Text::new(
            "Dienstleistung oder Beratung für Privatkunden",
            "Services or advice for private customers",
        ),
        networks: Text::addressed(
            "Facebook eignet sich gut für Privatkunden, und YouTube ist die wichtigste Videoplattform in Deutschland. Ein Blog auf Ihrer Website zeigt Ihr Fachwissen, und über Messenger wie WhatsApp werden Sie weiterempfohlen.",
            "Facebook eignet sich gut für Privatkunden, und YouTube ist die wichtigste Videoplattform in Deutschland. Ein Blog auf deiner Website zeigt dein Fachwissen, und über Messenger wie WhatsApp wirst du weiterempfohlen.",
            "Facebook works well for private customers, and YouTube is the leading video platform in Germany. A blog on your website shows your expertise, and messengers such as WhatsApp carry recommendations.",
        ),
    },
    Business {
        key: "b2b",
        label: Text::new(
            "Produkte oder Leistungen für andere Unternehmen",
            "Products or services for other businesses",
        ),
        networks: Text::addressed(
            "Schauen Sie zuerst auf LinkedIn und XING, und zeigen Sie Ihr Fachwissen in einem Blog auf Ihrer Website, Ihrem zentralen Anlaufpunkt. Für Videos ist Vimeo im Geschäftsleben verbreitet, und auch Fachleute tauschen sich in Messenger-Gruppen aus.",
            "Schau zuerst auf LinkedIn und XING, und zeig dein Fachwissen in einem Blog auf deiner Website, deinem zentralen Anlaufpunkt. Für Videos ist Vimeo im Geschäftsleben verbreitet, und auch Fachleute tauschen sich in Messenger-Gruppen aus.",
            "Look at LinkedIn and XING first, and show your expertise in a blog on your website, your central hub. For video, Vimeo is common in business, and professionals also talk in messenger groups.",
        ),
    },
    Business {
        key: "online-shop",
        label: Text::new("Verkauf über einen Onlineshop", "Selling online"),
        networks: Text::addressed(
            "Ihre Website ist der zentrale Anlaufpunkt; Facebook und YouTube bringen Privatkunden dorthin, zum Beispiel mit Produktvideos. Bewertungen und Empfehlungen, etwa in WhatsApp-Gruppen, geben neuen Kunden Sicherheit.",
            "Deine Website ist der zentrale Anlaufpunkt; Facebook und YouTube bringen Privatkunden dorthin, zum Beispiel mit Produktvideos. Bewertungen und Empfehlungen, etwa in WhatsApp-Gruppen, geben neuen Kunden Sicherheit.",
            "Your website is the central hub; Facebook and YouTube bring private customers to it, for example with product videos. Reviews and recommendations, in WhatsApp groups for instance, give new customers confidence.",
        ),
    },
];

pub static BANDS: [Band; 4] = [
    Band {
        min: 0,
        name: Text::new("Erste Schritte", "First steps"),
        summary: Text::addressed(
            "Social Media spielt für Ihr Unternehmen bisher kaum eine Rolle – schon ein, zwei gezielte Schritte bringen Sie spürbar voran.",
            "Social Media spielt für dein Unternehmen bisher kaum eine Rolle – schon ein, zwei gezielte Schritte bringen dich spürbar voran.",
            "Social media plays hardly any part in your business yet – one or two deliberate steps will make a noticeable difference.",
        ),
    },
    Band {
        min: 30,
        name: Text::new("Im Aufbau", "Building up"),
        summary: Text::addressed(
            "Sie haben erste Grundlagen gelegt; jetzt geht es darum, Ihre Ziele und Kanäle klarer zu fassen.",
            "Du hast erste Grundlagen gelegt; jetzt geht es darum, deine Ziele und Kanäle klarer zu fassen.",
            "You have laid some foundations; now it is about making your goals and channels clearer.",
        ),
    },
    Band {
        min: 55,
        name: Text::new("Gut aufgestellt", "Well placed"),
        summary: Text::addressed(
            "Sie nutzen soziale Medien schon bewusst und können mit Plan und klarem Schwerpunkt noch mehr erreichen.",
            "Du nutzt soziale Medien schon bewusst und kannst mit Plan und klarem Schwerpunkt noch mehr erreichen.",
            "You already use social media deliberately and can achieve more with a plan and a clear focus.",
        ),
    },
    Band {
        min: 80,
        name: Text::new("Vorreiter", "Front-runner"),
        summary: Text::addressed(
            "Sie wissen, wo Ihre Kunden online sind, und pflegen Ihr Netzwerk – bleiben Sie dran und halten Sie Ihre Inhalte frisch.",
            "Du weißt, wo deine Kunden online sind, und pflegst dein Netzwerk – bleib dran und halte deine Inhalte frisch.",
            "You know where your customers are online and look after your network – keep at it and keep your content fresh.",
        ),
    },
];
