//! The five-step plan, the situation question with each kind of business's concrete actions, what the
//! result says beyond the scores, and the result bands.

use super::{
    Band, Business, BusinessSteps, NameAlert, PlanStep, PlanStepContent, Presence, QuickWin,
    ResultNotes,
};
use crate::text::Text;

pub static PLAN: [PlanStepContent; 5] = [
    PlanStepContent {
        step: PlanStep::Goal,
        title: Text::new("Ziel festlegen", "Define your goal"),
        helps_argument: Text::new(
            "Ein Ziel mit Zahl legt fest, was Social Media über Werbung und direkte Kontakte hinaus bringen soll.",
            "A measurable goal sets what social media should bring beyond ads and direct contacts.",
        ),
        helps_goal: Text::new(
            "Ein Ziel mit Zahl legt fest, was genau erreicht werden soll, und macht Fortschritt messbar.",
            "A measurable goal sets exactly what is to be achieved and lets you see progress.",
        ),
        talk: Text::addressed(
            "Welches Ziel sich für Sie zuerst lohnt, klärt ein kurzes Gespräch.",
            "Welches Ziel sich für dich zuerst lohnt? Das klärt ein kurzes Gespräch.",
            "A short conversation settles which goal is worth pursuing first.",
        ),
    },
    PlanStepContent {
        step: PlanStep::Persona,
        title: Text::new("Wunschkundschaft beschreiben", "Describe your ideal customers"),
        helps_argument: Text::new(
            "Eine Beschreibung der Wunschkundschaft ersetzt Vermutungen durch das, was man über sie weiß.",
            "A description of the ideal customers replaces assumptions with what is known about them.",
        ),
        helps_goal: Text::new(
            "Wer weiß, was die Kundschaft fragt und braucht, kann ihr das Passende zeigen und Menschen wie sie gewinnen.",
            "Knowing what customers ask and need lets a business show them the right offer and win people like them.",
        ),
        talk: Text::addressed(
            "Wer Ihre Wunschkundschaft ist, lässt sich im Gespräch schnell klären.",
            "Wer genau deine Wunschkundschaft ist? Das ist im Gespräch schnell geklärt.",
            "A conversation quickly pins down who your ideal customers are.",
        ),
    },
    PlanStepContent {
        step: PlanStep::Networks,
        title: Text::new("Netzwerke auswählen", "Choose your networks"),
        helps_argument: Text::new(
            "Die passenden Netzwerke sind dort, wo man sucht, mitliest und empfiehlt.",
            "The right networks are where people search, read along and recommend.",
        ),
        helps_goal: Text::new(
            "Teilen und weiterempfehlen kann die Kundschaft am leichtesten dort, wo sie ohnehin unterwegs ist.",
            "Customers can share and recommend posts most easily where they already spend their time.",
        ),
        talk: Text::addressed(
            "Mit welchem Netzwerk Sie am besten anfangen, lässt sich im Gespräch klären.",
            "Mit welchem Netzwerk du am besten anfängst, zeigt ein kurzes Gespräch.",
            "A short conversation shows which network to start with.",
        ),
    },
    PlanStepContent {
        step: PlanStep::Focus,
        title: Text::new("Schwerpunkt setzen", "Set a focus"),
        helps_argument: Text::new(
            "Ein Schwerpunkt auf hilfreichen Inhalten nimmt den Verkaufsdruck aus den Beiträgen.",
            "A focus on helpful content takes the hard sell out of the posts.",
        ),
        helps_goal: Text::new(
            "Ein klarer Schwerpunkt gibt der Stammkundschaft einen Grund, dranzubleiben.",
            "A clear focus gives regular customers a reason to stay.",
        ),
        talk: Text::addressed(
            "Worüber Sie schreiben können, ohne zu werben, lässt sich gemeinsam schnell festlegen.",
            "Worüber du schreiben kannst, ohne zu werben? Das ist gemeinsam schnell gefunden.",
            "A short conversation quickly settles what to post without selling.",
        ),
    },
    PlanStepContent {
        step: PlanStep::Plan,
        title: Text::new("Planen, wenigstens ein bisschen", "Plan, at least a little"),
        helps_argument: Text::new(
            "Ein fester Plan schließt regelmäßiges Nachsehen ein, sodass Kritik früh auffällt.",
            "A fixed plan includes looking in regularly, so criticism is noticed early.",
        ),
        helps_goal: Text::new(
            "Regelmäßige Beiträge nach Plan machen ein Unternehmen nach und nach bekannt.",
            "Regular posts to a plan make a business known bit by bit.",
        ),
        talk: Text::addressed(
            "Ein Plan, der in Ihre Woche passt, ist gemeinsam schneller gemacht.",
            "Ein Plan, der in deine Woche passt, ist gemeinsam schneller gemacht.",
            "A plan that fits your week is quicker to make together.",
        ),
    },
];

/// The quick win, one per [`Presence`] in its order: something each kind of business can start this week.
/// None promises to be done today: a Google Business Profile is filled in within half an hour, but Google
/// verifies it afterwards, which can take days.
pub static QUICK_WINS: [QuickWin; 3] = [
    QuickWin {
        title: Text::new(
            "Das kostenlose Google-Unternehmensprofil",
            "The free Google Business Profile",
        ),
        action: Text::addressed(
            "Beanspruchen Sie Ihr Google-Unternehmensprofil und ergänzen Sie Öffnungszeiten und Fotos; das dauert etwa eine halbe Stunde. Bis Google es bestätigt hat, können einige Tage vergehen.",
            "Hol dir dein Google-Unternehmensprofil und ergänz Öffnungszeiten und Fotos – das dauert etwa eine halbe Stunde. Bis Google es bestätigt, können ein paar Tage vergehen.",
            "Claim your Google Business Profile and add opening hours and photos; that takes about half an hour. Google then verifies it, which can take a few days.",
        ),
    },
    QuickWin {
        title: Text::new("Bewertungen erbitten", "Ask for reviews"),
        action: Text::addressed(
            "Legen Sie diese Woche jedem Paket eine Karte bei, die um eine Bewertung bittet (per E-Mail nur mit Einwilligung), und fragen Sie alle, nicht nur die Zufriedenen: Gezielt nur zufriedene Kundschaft zu fragen, verbietet Google ausdrücklich.",
            "Leg diese Woche jedem Paket eine Karte bei, die um eine Bewertung bittet (per E-Mail nur mit Einwilligung), und frag alle – nicht nur die Zufriedenen. Nur die Zufriedenen zu fragen, verbietet Google ausdrücklich.",
            "This week, put a card asking for a review in every parcel (by email only with the customer’s consent), and ask everyone, not just the happy ones: Google explicitly forbids asking only satisfied customers.",
        ),
    },
    QuickWin {
        title: Text::new("Das eigene Profil schärfen", "Sharpen your profile"),
        action: Text::addressed(
            "Schreiben Sie in Ihr LinkedIn-Profil in einem Satz, wem Sie wobei helfen, und vernetzen Sie sich mit fünf Kundinnen oder Kunden, mit denen Sie gern gearbeitet haben. Eine halbe Stunde genügt.",
            "Schreib in einem Satz in dein LinkedIn-Profil, wem du wobei hilfst. Dann vernetz dich mit fünf Kundinnen oder Kunden, mit denen die Arbeit Spaß gemacht hat. Eine halbe Stunde reicht.",
            "Add one sentence to your LinkedIn profile saying who you help with what, and connect with five clients you enjoyed working with. Half an hour is enough.",
        ),
    },
];

/// The quick win for a local business whose answer says it has a Google profile already („Ein Profil, …“):
/// claiming one would be advice it has followed, so it gets reviews, asked of everyone at the counter or
/// with the bill, as Google's rules require.
pub static LOCAL_REVIEWS: QuickWin = QuickWin {
    title: Text::new("Um Bewertungen bitten", "Ask for reviews"),
    action: Text::addressed(
        "Stellen Sie diese Woche ein Kärtchen mit dem QR-Code Ihres Google-Profils an die Kasse oder legen Sie es der Rechnung bei, und bitten Sie alle um eine Bewertung, nicht nur die Zufriedenen: Gezielt nur zufriedene Kundschaft zu fragen, verbietet Google ausdrücklich.",
        "Stell diese Woche ein Kärtchen mit dem QR-Code deines Google-Profils an die Kasse oder leg es der Rechnung bei, und bitte alle um eine Bewertung – nicht nur die Zufriedenen. Nur die Zufriedenen zu fragen, verbietet Google ausdrücklich.",
        "This week, put a card with your Google profile’s QR code by the till or in with the bill, and ask everyone for a review, not just the happy ones: Google explicitly forbids asking only satisfied customers.",
    ),
};

/// The name alert the quick win adds for a business that does not watch what is said about it yet.
pub static NAME_ALERT: NameAlert = NameAlert {
    action: Text::addressed(
        "Richten Sie außerdem einen Google Alert für Ihren Firmennamen ein. Er meldet neue Erwähnungen auf Websites; Google-Bewertungen, Instagram und geschlossene Gruppen sieht er nicht, dort hilft nur eigenes Nachsehen.",
        "Richte außerdem einen Google Alert für deinen Firmennamen ein. Er meldet neue Erwähnungen auf Websites; Google-Bewertungen, Instagram und geschlossene Gruppen sieht er nicht – da hilft nur, selbst nachzuschauen.",
        "Also set up a Google Alert for your business name. It reports new mentions on websites; it does not see Google reviews, Instagram or closed groups, which you have to check yourself.",
    ),
};

/// The first question, which `index.html` also shows before the app has loaded, when it cannot know yet
/// whether the settings ask for "du" or "Sie": so it addresses nobody in German.
pub static BUSINESS_QUESTION: Text = Text::new(
    "Welche Beschreibung trifft am besten zu?",
    "What best describes your business?",
);

/// The kinds of business, in the order of the answer code. The first four are version 1's, in their
/// places (version 1's "local" also covered trades, which now have an entry of their own); new kinds go
/// at the end.
/// How many kinds of business the situation question offers. Answer codes of format version 2 hold up to
/// seven; a longer list needs a new format version.
pub const BUSINESS_COUNT: usize = 7;

pub static BUSINESSES: [Business; BUSINESS_COUNT] = [
    Business {
        key: "local",
        label: Text::new(
            "Geschäft, Café oder Restaurant vor Ort",
            "A shop, café or restaurant serving local customers",
        ),
        presence: Presence::Local,
    },
    Business {
        key: "consumer-services",
        label: Text::new(
            "Dienstleistung für Privatkundschaft, etwa Kosmetik, Fitness oder Coaching",
            "Services for private customers, such as beauty, fitness or coaching",
        ),
        presence: Presence::Local,
    },
    Business {
        key: "b2b",
        label: Text::new(
            "Leistungen oder Produkte für andere Unternehmen (B2B)",
            "Services or products for other businesses (B2B)",
        ),
        presence: Presence::Personal,
    },
    Business {
        key: "online-shop",
        label: Text::new("Onlineshop", "An online shop"),
        presence: Presence::Online,
    },
    Business {
        key: "trades",
        label: Text::new("Handwerksbetrieb", "A trade or craft business"),
        presence: Presence::Local,
    },
    Business {
        key: "freelance",
        label: Text::new("Solo-selbstständig", "Freelancer or sole trader"),
        presence: Presence::Personal,
    },
    Business {
        key: "regulated-profession",
        label: Text::new(
            "Beruf mit Werberegeln, etwa Arztpraxis, Kanzlei oder Steuerberatung",
            "A profession with advertising rules, such as a medical practice, law firm or tax adviser",
        ),
        presence: Presence::Local,
    },
];

/// The concrete actions for each kind of business, in the order of [`BUSINESSES`]. They are apart from
/// the labels because only the result shows them: the check's first view links the labels alone.
pub static BUSINESS_STEPS: [BusinessSteps; BUSINESS_COUNT] = [
    BusinessSteps {
        key: "local",
        actions: [
            Text::addressed(
                "Setzen Sie sich ein Ziel mit Zahl, etwa „20 neue Google-Bewertungen bis zum Sommer“ oder „jeden Monat 10 neue Kundinnen und Kunden über Instagram“, und notieren Sie, wo Sie heute stehen.",
                "Setz dir ein Ziel mit Zahl, etwa „20 neue Google-Bewertungen bis zum Sommer“ oder „jeden Monat 10 neue Kundinnen und Kunden über Instagram“, und schreib auf, wo du heute stehst.",
                "Set a measurable goal, such as “20 new Google reviews by summer” or “10 new customers a month via Instagram”, and note where you stand today.",
            ),
            Text::addressed(
                "Beschreiben Sie die Stammkundschaft, von der Sie gern mehr hätten: Wann kommt sie, was fragt sie? Fragen Sie diese Woche drei Kundinnen oder Kunden, wie sie Sie gefunden haben.",
                "Beschreib die Stammkundschaft, von der du gern mehr hättest: Wann kommt sie, was fragt sie? Frag diese Woche drei Kundinnen oder Kunden, wie sie dich gefunden haben.",
                "Describe a regular you would like more of: when do they come, what do they ask? This week, ask three customers how they found you.",
            ),
            Text::addressed(
                "Ihre Basis ist ein gepflegtes Google-Unternehmensprofil mit Antworten auf Bewertungen. Dazu Instagram für Bilder aus Laden oder Küche, ein WhatsApp-Kanal für Ihre Stammkundschaft und Facebook für Kundschaft mittleren Alters (Nutzende in Deutschland im Schnitt knapp 45; Social-Media-Atlas 2024: PER Agency, Toluna, IMWF; 3.500 Befragte ab 16).",
                "Deine Basis ist ein gepflegtes Google-Unternehmensprofil mit Antworten auf Bewertungen. Dazu Instagram für Bilder aus Laden oder Küche, ein WhatsApp-Kanal für deine Stammkundschaft und Facebook für Kundschaft mittleren Alters (Nutzende in Deutschland im Schnitt knapp 45; Social-Media-Atlas 2024: PER Agency, Toluna, IMWF; 3.500 Befragte ab 16).",
                "Your foundation is a well-kept Google Business Profile with replies to reviews. Add Instagram for pictures from the shop or kitchen, a WhatsApp channel for regulars, and Facebook for middle-aged customers (the average user in Germany is almost 45; Social Media Atlas 2024: PER Agency, Toluna, IMWF; 3,500 respondents aged 16+).",
            ),
            Text::addressed(
                "Zeigen Sie, was man nur bei Ihnen bekommt: das Tagesgericht, die neue Lieferung, den Blick hinter die Theke. Sammeln Sie diese Woche fünf Fragen, die Ihre Kundschaft oft stellt – jede ist ein Beitrag.",
                "Zeig, was es nur bei dir gibt: das Tagesgericht, die neue Lieferung, den Blick hinter die Theke. Sammle diese Woche fünf Fragen, die deine Kundschaft oft stellt – jede ist ein Beitrag.",
                "Show what people only get from you: today’s special, the new delivery, a look behind the counter. This week, collect five questions customers often ask – each one is a post.",
            ),
            Text::addressed(
                "Planen Sie für die nächsten vier Wochen zwei Beiträge pro Woche, etwa dienstags ein Foto und freitags das Wochenendangebot. Bitten Sie beim Bezahlen alle, später eine Bewertung zu schreiben, nicht nur die Zufriedenen.",
                "Plane für die nächsten vier Wochen zwei Beiträge pro Woche, etwa dienstags ein Foto und freitags das Wochenendangebot. Frag beim Bezahlen alle, ob sie dich später bewerten – nicht nur die Zufriedenen.",
                "Plan two posts a week for the next four weeks, say a photo on Tuesdays and the weekend offer on Fridays. When customers pay, ask them all to leave a review later – not just the happy ones.",
            ),
        ],
    },
    BusinessSteps {
        key: "consumer-services",
        actions: [
            Text::addressed(
                "Setzen Sie sich ein Ziel mit Zahl, etwa „5 Terminanfragen im Monat über Instagram“, und notieren Sie, wie viele es heute sind.",
                "Setz dir ein Ziel mit Zahl, etwa „5 Terminanfragen im Monat über Instagram“, und schreib auf, wie viele es heute sind.",
                "Set a measurable goal, such as “5 booking requests a month via Instagram”, and note how many there are today.",
            ),
            Text::addressed(
                "Beschreiben Sie eine Person aus Ihrer Kundschaft, von der Sie gern mehr hätten: Anlass, Sorgen, Fragen vor dem ersten Termin. Fragen Sie diese Woche zwei Stammkundinnen oder Stammkunden, wo sie sich vorher informiert haben.",
                "Beschreib eine Person aus deiner Kundschaft, von der du gern mehr hättest: Anlass, Sorgen, Fragen vor dem ersten Termin. Frag diese Woche zwei Stammkundinnen oder Stammkunden, wo sie sich vorher schlaugemacht haben.",
                "Describe a customer you would like more of: the occasion, their worries, their questions before the first appointment. This week, ask two regulars where they looked before booking.",
            ),
            Text::addressed(
                "Instagram ist Ihr Schaufenster für Einblicke und kurze Videos; das Google-Unternehmensprofil mit Bewertungen und Terminlink bringt Anfragen aus der Umgebung. Über WhatsApp Business beantworten Sie Fragen und bestätigen Termine.",
                "Instagram ist dein Schaufenster für Einblicke und kurze Videos; das Google-Unternehmensprofil mit Bewertungen und Terminlink bringt Anfragen aus der Umgebung. Über WhatsApp Business beantwortest du Fragen und bestätigst Termine.",
                "Instagram is your shop window for insights and short videos; your Google Business Profile with reviews and a booking link brings enquiries from nearby. Use WhatsApp Business to answer questions and confirm appointments.",
            ),
            Text::addressed(
                "Beantworten Sie die Fragen, die vor dem ersten Termin kommen: Wie läuft es ab, was kostet es, wie lange dauert es? Sammeln Sie diese Woche fünf davon.",
                "Beantworte die Fragen, die vor dem ersten Termin kommen: Wie läuft es ab, was kostet es, wie lange dauert es? Sammle diese Woche fünf davon.",
                "Answer the questions that come before the first appointment: how does it work, what does it cost, how long does it take? Collect five of them this week.",
            ),
            Text::addressed(
                "Planen Sie für vier Wochen einen Beitrag pro Woche und eine Story mit Einblicken. Bitten Sie nach jedem Termin um eine Bewertung, nicht nur nach den gelungenen.",
                "Plane für vier Wochen einen Beitrag pro Woche und eine Story mit Einblicken. Frag deine Kundschaft nach jedem Termin, ob sie dich bewertet – nicht nur nach den gelungenen.",
                "Plan one post a week and one story with insights for four weeks. After every appointment, not just the good ones, ask for a review.",
            ),
        ],
    },
    BusinessSteps {
        key: "b2b",
        actions: [
            Text::addressed(
                "Setzen Sie sich ein Ziel mit Zahl, etwa „2 Erstgespräche im Monat über LinkedIn“, und notieren Sie, woher Ihre Anfragen heute kommen.",
                "Setz dir ein Ziel mit Zahl, etwa „2 Erstgespräche im Monat über LinkedIn“, und schreib auf, woher deine Anfragen heute kommen.",
                "Set a measurable goal, such as “2 first meetings a month via LinkedIn”, and note where your enquiries come from today.",
            ),
            Text::addressed(
                "Beschreiben Sie die Person, die in Ihren Kundenfirmen über einen Auftrag entscheidet: Aufgabe, Sorgen, Fragen. Fragen Sie diese Woche zwei Kundenfirmen, wo sie sich über Anbieter informieren.",
                "Beschreib die Person, die bei deinen Kundenfirmen über Aufträge entscheidet: Aufgabe, Sorgen, Fragen. Frag diese Woche zwei Kundenfirmen, wo sie sich über Anbieter informieren.",
                "Describe the person who decides on a contract at your client companies: their job, worries, questions. This week, ask two clients where they look for suppliers.",
            ),
            Text::addressed(
                "LinkedIn ist das Netzwerk für B2B: Bringen Sie zuerst Ihr persönliches Profil auf den neuesten Stand, dann die Unternehmensseite. Ihr Fachwissen zeigen Sie in Beiträgen und auf Ihrer Website; ein Google-Unternehmensprofil hilft, wenn Sie regional arbeiten.",
                "LinkedIn ist das Netzwerk für B2B: Bring zuerst dein persönliches Profil auf den neuesten Stand, dann die Unternehmensseite. Dein Fachwissen zeigst du in Beiträgen und auf deiner Website; ein Google-Unternehmensprofil hilft, wenn du regional arbeitest.",
                "LinkedIn is the network for B2B: bring your personal profile up to date first, then your company page. Show your expertise in posts and on your website; a Google Business Profile helps if you work regionally.",
            ),
            Text::addressed(
                "Wählen Sie ein Fachthema, zu dem Ihre Kundschaft oft fragt, und schreiben Sie darüber aus Ihren Projekten, ohne Namen zu nennen: Problem, Lösung, Ergebnis.",
                "Wähl ein Fachthema, zu dem deine Kundschaft oft fragt, und schreib darüber aus deinen Projekten, ohne Namen zu nennen: Problem, Lösung, Ergebnis.",
                "Choose one subject your clients often ask about, and write about it from your projects without naming names: problem, solution, result.",
            ),
            Text::addressed(
                "Planen Sie für vier Wochen einen Fachbeitrag pro Woche und jeden Tag zehn Minuten für Kommentare bei anderen. Kontakte entstehen im Gespräch, nicht beim Senden.",
                "Plane für vier Wochen einen Fachbeitrag pro Woche und jeden Tag zehn Minuten für Kommentare bei anderen. Kontakte entstehen im Gespräch, nicht beim Senden.",
                "Plan one expert post a week for four weeks, and ten minutes a day for commenting on other people’s posts. Contacts come from conversation, not from broadcasting.",
            ),
        ],
    },
    BusinessSteps {
        key: "online-shop",
        actions: [
            Text::addressed(
                "Setzen Sie sich ein Ziel mit Zahl, etwa „3\u{a0}% der Bestellungen kommen über Instagram“, und lesen Sie in Ihrer Shop-Statistik ab, wo Sie heute stehen.",
                "Setz dir ein Ziel mit Zahl, etwa „3\u{a0}% der Bestellungen kommen über Instagram“, und schau in deiner Shop-Statistik nach, wo du heute stehst.",
                "Set a measurable goal, such as “3% of orders come via Instagram”, and check your shop analytics for where you stand today.",
            ),
            Text::addressed(
                "Beschreiben Sie Ihre Wunschkundschaft mit Daten aus dem Shop: Was wird zusammen gekauft, wann, mit welchen Fragen? Lesen Sie diese Woche Ihre letzten 20 Anfragen durch.",
                "Beschreib deine Wunschkundschaft mit Daten aus dem Shop: Was wird zusammen gekauft, wann, mit welchen Fragen? Lies diese Woche deine letzten 20 Anfragen durch.",
                "Describe your ideal customers with data from your shop: what is bought together, when, with which questions? This week, read through your last 20 enquiries.",
            ),
            Text::addressed(
                "Instagram und YouTube zeigen Ihre Produkte in Bild und Video, etwa im Gebrauch; Facebook erreicht Kundschaft mittleren Alters (Nutzende in Deutschland im Schnitt knapp 45; Social-Media-Atlas 2024: PER Agency, Toluna, IMWF; 3.500 Befragte ab 16). Bewertungen im Shop und ein WhatsApp-Kanal für Neuheiten schaffen Vertrauen und holen Stammkundschaft zurück.",
                "Auf Instagram und YouTube zeigst du deine Produkte in Bild und Video, am besten im Gebrauch; Facebook erreicht Kundschaft mittleren Alters (Nutzende in Deutschland im Schnitt knapp 45; Social-Media-Atlas 2024: PER Agency, Toluna, IMWF; 3.500 Befragte ab 16). Bewertungen im Shop und ein WhatsApp-Kanal für Neuheiten schaffen Vertrauen und holen deine Stammkundschaft zurück.",
                "Instagram and YouTube show your products in pictures and video, in use for instance; Facebook reaches middle-aged customers (the average user in Germany is almost 45; Social Media Atlas 2024: PER Agency, Toluna, IMWF; 3,500 respondents aged 16+). Reviews in your shop and a WhatsApp channel for new arrivals build trust and bring regulars back.",
            ),
            Text::addressed(
                "Zeigen Sie Ihre Produkte im Gebrauch statt im Katalogbild, und beantworten Sie die Fragen, die vor dem Kauf kommen: Größe, Material, Versand.",
                "Zeig deine Produkte im Gebrauch statt im Katalogbild, und beantworte die Fragen, die vor dem Kauf kommen: Größe, Material, Versand.",
                "Show your products in use rather than in catalogue shots, and answer the questions that come before buying: size, material, shipping.",
            ),
            Text::addressed(
                "Planen Sie für vier Wochen zwei Beiträge pro Woche, einen davon als kurzes Video. Legen Sie jedem Paket eine Karte bei, die um eine Bewertung bittet; per E-Mail nur mit Einwilligung.",
                "Plane für vier Wochen zwei Beiträge pro Woche, einen davon als kurzes Video. Leg jedem Paket eine Karte bei, die um eine Bewertung bittet; per E-Mail nur mit Einwilligung.",
                "Plan two posts a week for four weeks, one of them a short video. Put a card asking for a review in every parcel; by email, ask only with the customer’s consent.",
            ),
        ],
    },
    BusinessSteps {
        key: "trades",
        actions: [
            Text::addressed(
                "Setzen Sie sich ein Ziel mit Zahl, etwa „4 Anfragen im Monat über das Google-Unternehmensprofil“, und notieren Sie, woher Ihre Aufträge heute kommen.",
                "Setz dir ein Ziel mit Zahl, etwa „4 Anfragen im Monat über das Google-Unternehmensprofil“, und schreib auf, woher deine Aufträge heute kommen.",
                "Set a measurable goal, such as “4 enquiries a month via your Google Business Profile”, and note where your jobs come from today.",
            ),
            Text::addressed(
                "Beschreiben Sie den Auftrag, von dem Sie mehr möchten, und wer ihn vergibt, etwa Familien mit einem älteren Haus. Fragen Sie bei den nächsten drei Aufträgen, wie man Sie gefunden hat.",
                "Beschreib den Auftrag, von dem du mehr möchtest, und wer ihn vergibt, etwa Familien mit einem älteren Haus. Frag bei den nächsten drei Aufträgen, wie man dich gefunden hat.",
                "Describe the kind of job you want more of and who commissions it, such as families with an older house. On your next three jobs, ask how they found you.",
            ),
            Text::addressed(
                "Ihre Basis ist das Google-Unternehmensprofil mit Fotos fertiger Arbeiten und Antworten auf Bewertungen. Vorher-nachher-Bilder passen, mit dem Einverständnis der Kundschaft, auf Instagram und auf Facebook, das Kundschaft mittleren Alters erreicht (Nutzende in Deutschland im Schnitt knapp 45; Social-Media-Atlas 2024: PER Agency, Toluna, IMWF; 3.500 Befragte ab 16). Rückfragen und Termine laufen über WhatsApp Business.",
                "Deine Basis ist das Google-Unternehmensprofil mit Fotos fertiger Arbeiten und Antworten auf Bewertungen. Vorher-nachher-Bilder passen, wenn die Kundschaft einverstanden ist, auf Instagram und auf Facebook, das Kundschaft mittleren Alters erreicht (Nutzende in Deutschland im Schnitt knapp 45; Social-Media-Atlas 2024: PER Agency, Toluna, IMWF; 3.500 Befragte ab 16). Rückfragen und Termine laufen über WhatsApp Business.",
                "Your foundation is your Google Business Profile with photos of finished work and replies to reviews. Before-and-after pictures, with the customer’s consent, suit Instagram and Facebook, which reaches middle-aged customers (the average user in Germany is almost 45; Social Media Atlas 2024: PER Agency, Toluna, IMWF; 3,500 respondents aged 16+). Use WhatsApp Business for questions and dates.",
            ),
            Text::addressed(
                "Zeigen Sie Ihre Arbeit: vorher, währenddessen, nachher. Ein Foto von der Baustelle, mit dem Einverständnis der Kundschaft, und zwei Sätze dazu, was Sie dort gelöst haben, genügen.",
                "Zeig deine Arbeit: vorher, währenddessen, nachher. Ein Foto von der Baustelle und zwei Sätze, was du dort gelöst hast, reichen – wenn die Kundschaft einverstanden ist.",
                "Show your work: before, during, after. A photo from the site, with the customer’s consent, and two sentences on what you solved there are enough.",
            ),
            Text::addressed(
                "Planen Sie einen Beitrag pro Woche und fotografieren Sie auf jeder Baustelle, solange Sie dort sind, mit dem Einverständnis der Kundschaft. Bitten Sie bei jeder Abnahme um eine Google-Bewertung.",
                "Plane einen Beitrag pro Woche und mach auf jeder Baustelle Fotos, solange du dort bist – wenn die Kundschaft einverstanden ist. Frag bei jeder Abnahme nach einer Google-Bewertung.",
                "Plan one post a week, and take photos on every site while you are there, with the customer’s consent. When a job is signed off, ask for a Google review – every time.",
            ),
        ],
    },
    BusinessSteps {
        key: "freelance",
        actions: [
            Text::addressed(
                "Setzen Sie sich ein Ziel mit Zahl, etwa „1 neuer Auftrag im Quartal über Kontakte aus dem Netz“, und notieren Sie, woher Ihre letzten Aufträge kamen.",
                "Setz dir ein Ziel mit Zahl, etwa „1 neuer Auftrag im Quartal über Kontakte aus dem Netz“, und schreib auf, woher deine letzten Aufträge kamen.",
                "Set a measurable goal, such as “1 new job a quarter through contacts made online”, and note where your last jobs came from.",
            ),
            Text::addressed(
                "Beschreiben Sie die Auftraggebenden, mit denen Sie am liebsten arbeiten: Branche, Anlass, Fragen. Fragen Sie diese Woche zwei von ihnen, wo sie nach Leuten wie Ihnen suchen.",
                "Beschreib die Auftraggebenden, mit denen du am liebsten arbeitest: Branche, Anlass, Fragen. Frag diese Woche zwei von ihnen, wo sie nach Leuten wie dir suchen.",
                "Describe the clients you most like working with: their field, the occasion, their questions. This week, ask two of them where they look for people like you.",
            ),
            Text::addressed(
                "Sie selbst sind die Marke: Wählen Sie ein Netzwerk, in dem Ihre Auftraggebenden sind – LinkedIn für Firmenkundschaft, Instagram für Privatkundschaft und kreative Arbeit. Ein Google-Unternehmensprofil lohnt sich, wenn man Sie vor Ort sucht.",
                "Du selbst bist die Marke: Wähl ein Netzwerk, in dem deine Auftraggebenden sind – LinkedIn für Firmenkundschaft, Instagram für Privatkundschaft und kreative Arbeit. Ein Google-Unternehmensprofil lohnt sich, wenn man dich vor Ort sucht.",
                "You are the brand: choose one network where your clients are – LinkedIn for business clients, Instagram for private customers and creative work. A Google Business Profile pays off if people look for you locally.",
            ),
            Text::addressed(
                "Zeigen Sie, wie Sie arbeiten: ein abgeschlossenes Projekt, eine Lösung, ein Fehler, aus dem Sie gelernt haben. Persönlich wirkt stärker als perfekt.",
                "Zeig, wie du arbeitest: ein abgeschlossenes Projekt, eine Lösung, ein Fehler, aus dem du gelernt hast. Persönlich wirkt stärker als perfekt.",
                "Show how you work: a finished project, a solution, a mistake you learned from. Personal beats perfect.",
            ),
            Text::addressed(
                "Planen Sie realistisch: einen Beitrag pro Woche und 15 Minuten am Tag für Antworten und Kommentare. Tragen Sie die Zeit in den Kalender ein wie einen Kundentermin.",
                "Plane realistisch: einen Beitrag pro Woche und 15 Minuten am Tag für Antworten und Kommentare. Trag dir die Zeit in den Kalender ein wie einen Kundentermin.",
                "Plan realistically: one post a week and 15 minutes a day for replies and comments. Put the time in your calendar like a client meeting.",
            ),
        ],
    },
    BusinessSteps {
        key: "regulated-profession",
        actions: [
            Text::addressed(
                "Setzen Sie sich ein Ziel, das zu Ihrem Berufsrecht passt, etwa „mehr Anfragen zu einem Schwerpunkt“ oder „weniger Standardfragen am Telefon“, und notieren Sie, wo Sie heute stehen.",
                "Setz dir ein Ziel, das zu deinem Berufsrecht passt, etwa „mehr Anfragen zu einem Schwerpunkt“ oder „weniger Standardfragen am Telefon“, und schreib auf, wo du heute stehst.",
                "Set a goal that fits your professional rules, such as “more enquiries about one specialism” or “fewer routine questions on the phone”, and note where you stand today.",
            ),
            Text::addressed(
                "Beschreiben Sie, mit welchen Fragen sich Menschen an Ihre Praxis oder Kanzlei wenden, bevor sie einen Termin machen. Sammeln Sie diese Woche die fünf häufigsten.",
                "Beschreib, mit welchen Fragen sich Menschen an deine Praxis oder Kanzlei wenden, bevor sie einen Termin machen. Sammle diese Woche die fünf häufigsten.",
                "Describe the questions people bring to your practice or firm before they book an appointment. Collect the five most common ones this week.",
            ),
            Text::addressed(
                "Beginnen Sie mit einem vollständigen Google-Unternehmensprofil. Informieren statt werben: Sachliche Beiträge auf LinkedIn oder Instagram sind möglich, solange Sie Ihre Berufsordnung einhalten, in Heilberufen auch das Heilmittelwerbegesetz; auf Bewertungen antworten Sie, ohne zu bestätigen, dass jemand bei Ihnen war.",
                "Fang mit einem vollständigen Google-Unternehmensprofil an. Informieren statt werben: Sachliche Beiträge auf LinkedIn oder Instagram sind möglich, solange du deine Berufsordnung einhältst, in Heilberufen auch das Heilmittelwerbegesetz; auf Bewertungen antwortest du, ohne zu bestätigen, dass jemand bei dir war.",
                "Start with a complete Google Business Profile. Inform rather than advertise: factual posts on LinkedIn or Instagram are possible as long as you keep to your professional code, and in the health professions to the German law on advertising medicines and treatments (Heilmittelwerbegesetz); reply to reviews without confirming that the writer was a client or patient.",
            ),
            Text::addressed(
                "Erklären Sie allgemein verständlich, was viele wissen wollen, etwa Fristen, Abläufe oder Vorsorge – ohne Einzelfälle und ohne Erfolgsversprechen.",
                "Erklär allgemein verständlich, was viele wissen wollen, etwa Fristen, Abläufe oder Vorsorge – ohne Einzelfälle und ohne Erfolgsversprechen.",
                "Explain in plain words what many people want to know, such as deadlines, procedures or prevention – without individual cases and without promising results.",
            ),
            Text::addressed(
                "Planen Sie zwei sachliche Beiträge im Monat. Wenn Sie unsicher sind, fragen Sie Ihre Kammer oder Ihren Berufsverband nach den Regeln.",
                "Plane zwei sachliche Beiträge im Monat. Wenn du unsicher bist, frag deine Kammer oder deinen Berufsverband nach den Regeln.",
                "Plan two factual posts a month. If you are unsure, ask your professional body or association about the rules.",
            ),
        ],
    },
];

pub static RESULT_NOTES: ResultNotes = ResultNotes {
    heading: Text::new("Ehrlich gesagt", "To be honest"),
    concessions: [
        Text::new(
            "Nicht jedes Unternehmen braucht jedes Netzwerk. Wen man vor Ort sucht, dem kann ein gepflegtes Google-Unternehmensprofil mit Bewertungen für den Anfang genügen.",
            "Not every business needs every network. For a business people look for locally, a well-kept Google Business Profile with reviews can be enough to start with.",
        ),
        Text::new(
            "Nicht jedes Netzwerk lohnt sich für jeden Shop. Ein Kanal, den die eigene Kundschaft nutzt und der regelmäßig gepflegt wird, bringt mehr als fünf halbherzig geführte.",
            "Not every network pays off for every shop. One channel your customers use, kept up regularly, does more than five run half-heartedly.",
        ),
        Text::new(
            "Manchmal stimmt der Satz „Meine Kunden sind nicht in Social Media“ tatsächlich: Ein Maschinenbaubetrieb, der von fünf großen Kundenfirmen lebt und deren Einkauf persönlich kennt, gewinnt über Social Media kaum neue Aufträge. Dann genügt ein gepflegtes Profil; mehr lohnt sich, sobald neue Kundschaft oder Fachkräfte gesucht werden.",
            "Sometimes “My customers aren’t on social media” is true: an engineering firm that lives on five key accounts and knows their buyers personally wins little new business through social media. A well-kept profile is then enough; more pays off once you need new customers or staff.",
        ),
    ],
    expectations: Text::addressed(
        "Rechnen Sie mit Monaten, nicht mit Wochen, und mit ein paar Stunden pro Woche. Erfolg hat, wer dranbleibt und das Gespräch sucht, statt nur zu werben.",
        "Rechne mit Monaten, nicht Wochen, und mit ein paar Stunden pro Woche. Es klappt, wenn du dranbleibst und mit den Leuten redest, statt nur zu werben.",
        "Expect months, not weeks, and a few hours a week. It works if you keep at it and talk with people rather than just broadcast.",
    ),
    recruiting: Text::addressed(
        "Und wenn Sie Mitarbeitende suchen: Zeigen Sie Ihren Betrieb von innen, etwa auf Instagram oder LinkedIn. XING ist heute vor allem eine Jobplattform und nur dafür einen Blick wert.",
        "Und wenn du Mitarbeitende suchst: Zeig deinen Betrieb von innen, etwa auf Instagram oder LinkedIn. XING ist heute vor allem eine Jobplattform und nur dafür einen Blick wert.",
        "And if you are looking for staff: show your business from the inside, on Instagram or LinkedIn for instance. XING today is mainly a job platform, and only worth a look for that.",
    ),
    habits_heading: Text::new("So bleibt es machbar", "How to keep it manageable"),
    habits: [
        Text::new(
            "Ein Netzwerk zuerst; ein zweites kommt erst dazu, wenn das erste läuft.",
            "One network first; add a second only once the first is running.",
        ),
        Text::addressed(
            "Ihre Website bleibt die Zentrale: Jedes Profil verweist auf sie, dort steht alles Wichtige.",
            "Deine Website bleibt die Zentrale: Jedes Profil verweist auf sie, dort steht alles Wichtige.",
            "Your website stays the hub: every profile points to it, and everything important is there.",
        ),
        Text::new(
            "Eine feste Zeit am Tag, etwa 15 Minuten nach der Mittagspause: Wie beim Training zählt Regelmäßigkeit mehr als Dauer.",
            "A fixed slot each day, say 15 minutes after lunch: as with exercise, regularity counts for more than length.",
        ),
    ],
    crisis_heading: Text::new("Wenn Kritik kommt", "When criticism comes"),
    crisis_rules: [
        Text::addressed(
            "Antworten Sie schnell, auch wenn die Lösung noch fehlt: „Danke, wir sehen uns das an.“",
            "Antworte schnell, auch wenn die Lösung noch fehlt: „Danke, wir schauen uns das an.“",
            "Reply quickly, even before you have a fix: “Thank you, we are looking into it.”",
        ),
        Text::addressed(
            "Danken Sie für den Hinweis. Wer sich beschwert, gibt Ihnen eine zweite Chance.",
            "Bedank dich für den Hinweis. Wer sich beschwert, gibt dir eine zweite Chance.",
            "Thank the critic. Someone who complains is giving you a second chance.",
        ),
        Text::addressed(
            "Sagen Sie offen, was schiefgelaufen ist – in Berufen mit Schweigepflicht nur allgemein, ohne zu bestätigen, wer bei Ihnen war –, und lesen Sie die Kritik mit den Augen der Person, die sie schreibt.",
            "Sag offen, was schiefgelaufen ist – in Berufen mit Schweigepflicht nur allgemein, ohne zu bestätigen, wer bei dir war –, und lies die Kritik mit den Augen der Person, die sie schreibt.",
            "Say openly what went wrong – in professions bound by confidentiality only in general terms, without confirming who was your client or patient – and read the criticism through the eyes of the person who wrote it.",
        ),
        Text::addressed(
            "Schreiben Sie wie ein Mensch, mit Namen, nicht wie eine Rechtsabteilung.",
            "Schreib wie ein Mensch, mit Namen, nicht wie eine Rechtsabteilung.",
            "Write like a person, with your name, not like a legal department.",
        ),
        Text::new(
            "Unverzeihlich ist nur eins: Kritik zu übergehen. Gut beantwortet, kann sie aus Verärgerten wieder zufriedene Kundschaft machen.",
            "Only one thing is unforgivable: ignoring criticism. Answered well, it can turn annoyed customers into satisfied ones again.",
        ),
    ],
};

pub static BANDS: [Band; 4] = [
    Band {
        min: 0,
        key: "first-steps",
        name: Text::new("Erste Schritte", "First steps"),
        summary: Text::new(
            "Ein, zwei gezielte Schritte sind ein guter Anfang.",
            "One or two deliberate steps are a good start.",
        ),
    },
    Band {
        min: 30,
        key: "building-up",
        name: Text::new("Im Aufbau", "Building up"),
        summary: Text::new(
            "Erste Grundlagen sind gelegt.",
            "Some foundations are laid.",
        ),
    },
    Band {
        min: 55,
        key: "well-placed",
        name: Text::new("Gut aufgestellt", "Well placed"),
        summary: Text::new(
            "Social Media wird schon bewusst genutzt.",
            "Social media is already used deliberately.",
        ),
    },
    Band {
        min: 80,
        key: "front-runner",
        name: Text::new("Vorreiter", "Front-runner"),
        summary: Text::new(
            "Der Gesamtwert liegt im obersten Bereich.",
            "The overall score is in the top range.",
        ),
    },
];
