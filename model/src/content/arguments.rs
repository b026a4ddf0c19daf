//! The seven arguments against the myth, in the order of their answer-code slots; [`ASKED_ORDER`] is the
//! order the check asks them in.
//!
//! ARCHITECTURE.md ("Content design") explains each argument's job and why its fact was chosen.

use super::{Argument, Era, Fact, PlanStep, Quote, OPTION_COUNT};
use crate::text::Text;

/// The order the check asks the arguments in, by [`Argument::key`]: the strongest, least contestable
/// points first (search and reviews, then group chats), the crisis last. Only this list decides the order
/// of the screens; [`ARGUMENTS`] stays in the order of the answer code's slots, which never changes.
pub static ASKED_ORDER: [&str; 7] = [
    "search-engines",
    "beyond-big-networks",
    "how-do-you-know",
    "beyond-customers",
    "beyond-ads",
    "not-absent",
    "crisis",
];

/// The argument the check asks at `position` among the arguments (0-based), as its index in [`ARGUMENTS`].
///
/// # Panics
/// If `position` is not below 7, or a key of [`ASKED_ORDER`] names no argument (a test rules that out).
pub fn asked_argument(position: usize) -> usize {
    let key = ASKED_ORDER[position];
    ARGUMENTS
        .iter()
        .position(|argument| argument.key == key)
        .expect("every key of ASKED_ORDER names an argument")
}

/// Where the check asks the argument at `index` in [`ARGUMENTS`], among the arguments (0-based).
pub fn asked_position(index: usize) -> usize {
    (0..ASKED_ORDER.len())
        .find(|&position| asked_argument(position) == index)
        .expect("ASKED_ORDER lists every argument")
}

/// The arguments in the order the check asks them, each with its index in [`ARGUMENTS`] (its answer-code
/// slot, where its score and answer are kept). Every list of arguments a person reads follows this order,
/// so a result, a share card and a workshop's table come in the order the questions came; data for
/// machines (the answer code, host events, CSV) keeps the slots' order.
pub fn arguments_as_asked() -> impl Iterator<Item = (usize, &'static Argument)> {
    (0..ASKED_ORDER.len()).map(|position| {
        let index = asked_argument(position);
        (index, &ARGUMENTS[index])
    })
}

pub static ARGUMENTS: [Argument; 7] = [
    Argument {
        key: "how-do-you-know",
        title: Text::new(
            "Wissen statt Vermutung",
            "Knowledge, not assumption",
        ),
        question: Text::addressed(
            "Woher wissen Sie, ob Ihre Kundschaft in Social Media ist?",
            "Woher weißt du, ob deine Kundschaft in Social Media ist?",
            "How do you know whether your customers use social media?",
        ),
        options: [
            Text::new(
                "Ich vermute es.",
                "I’m guessing.",
            ),
            Text::new(
                "Aus einzelnen Gesprächen.",
                "From a few conversations.",
            ),
            Text::new(
                "Ich habe einmal nachgefragt.",
                "I asked once.",
            ),
            Text::new(
                "Ich frage regelmäßig nach.",
                "I ask regularly.",
            ),
        ],
        responses: [
            Text::addressed(
                "Fragen Sie diese Woche drei aus Ihrer Stammkundschaft, wo sie sich online informieren.",
                "Frag diese Woche drei aus deiner Stammkundschaft, wo sie sich online umschauen.",
                "This week, ask three regular customers where they look things up online.",
            ),
            Text::addressed(
                "Ein Anfang. Fragen Sie gezielt nach, etwa am Ende eines Auftrags.",
                "Ein Anfang. Frag gezielt nach, zum Beispiel am Ende eines Auftrags.",
                "A start. Make a point of asking, say at the end of a job.",
            ),
            Text::addressed(
                "Gut. Fragen Sie ab und zu wieder: Gerade bei Älteren tut sich viel.",
                "Gut. Frag ab und zu wieder: Gerade bei Älteren tut sich viel.",
                "Good. Ask again now and then: a lot is changing among older people.",
            ),
            Text::addressed(
                "Dann wissen Sie, wo Ihre Kundschaft ist – damit sind Sie vielen voraus.",
                "Dann weißt du, wo deine Kundschaft ist – und bist vielen voraus.",
                "Then you know where your customers are – which puts you ahead of many.",
            ),
        ],
        debunk: Text::addressed(
            "Wer Social Media nie selbst nutzt, hat dort auch nie nach der eigenen Kundschaft gesucht. Der Satz „Meine Kunden sind nicht da“ ist dann eine Vermutung, kein Befund. Auch „Meine Kunden sind älter“ trägt immer weniger: Zuwachs gibt es inzwischen fast nur noch bei Menschen ab 50 (ARD/ZDF-Medienstudie 2025). Ob Ihre Kundschaft wirklich fehlt, zeigt erst ein eigener Blick.",
            "Wer Social Media nie selbst nutzt, hat dort auch nie nach der eigenen Kundschaft gesucht. Der Satz „Meine Kunden sind nicht da“ ist dann eine Vermutung, kein Befund. Auch „Meine Kunden sind älter“ trägt immer weniger: Zuwachs gibt es inzwischen fast nur noch bei Menschen ab 50 (ARD/ZDF-Medienstudie 2025). Ob deine Kundschaft wirklich fehlt, siehst du erst, wenn du selbst nachschaust.",
            "If you never use social media yourself, you have never looked for your customers there either. “My customers aren’t there” is then an assumption, not a finding. “My customers are older” holds less and less too: growth now comes almost entirely from people aged 50 and over (ARD/ZDF media study 2025). Whether your customers really are missing only becomes clear when you look.",
        ),
        fact: Fact {
            statement: Text::new(
                "2025 waren 42 % der 55- bis 64-Jährigen in Deutschland privat in Social Media aktiv, 2021 erst 29 %.",
                "In 2025, 42% of people aged 55 to 64 in Germany actively used social media for private purposes, up from 29% in 2021.",
            ),
            meaning: Text::new(
                "Das sind zwei von fünf, und Messenger wie WhatsApp sind dabei nicht mitgezählt. Bei den 65- bis 74-Jährigen stieg der Anteil in vier Jahren von 15 auf 25 %.",
                "That is two in five, and messengers such as WhatsApp are not counted. Among 65- to 74-year-olds the share rose from 15% to 25% in four years.",
            ),
            publisher: Text::new(
                "Destatis (Statistisches Bundesamt)",
                "Destatis (Federal Statistical Office of Germany)",
            ),
            title: Text::new(
                "Pressemitteilung vom 2. März 2026, Daten für 2025",
                "press release of 2 March 2026, data for 2025",
            ),
            year: 2026,
            base: Text::new(
                "Menschen von 16 bis 74 Jahren in Deutschland, ohne Messenger",
                "people aged 16 to 74 in Germany, messengers excluded",
            ),
            link: None,
            caveat: None,
            era: Era::Current,
        },
        quote: None,
        weight: 1,
        remedy: PlanStep::Persona,
    },
    Argument {
        key: "beyond-customers",
        title: Text::new(
            "Reichweite über Kontakte",
            "Reach through contacts",
        ),
        question: Text::addressed(
            "Wie pflegen Sie online den Kontakt zu Menschen, die Sie weiterempfehlen können?",
            "Wie hältst du online Kontakt zu Leuten, die dich weiterempfehlen können?",
            "How do you keep in touch online with people who could recommend you?",
        ),
        options: [
            Text::new(
                "Gar nicht.",
                "Not at all.",
            ),
            Text::new(
                "Nur zufällig.",
                "Only by chance.",
            ),
            Text::new(
                "Ab und zu.",
                "Now and then.",
            ),
            Text::new(
                "Regelmäßig und gezielt.",
                "Regularly and deliberately.",
            ),
        ],
        responses: [
            Text::addressed(
                "Für den Anfang: Vernetzen Sie sich online mit drei Betrieben, mit denen Sie schon zusammenarbeiten.",
                "Für den Anfang: Vernetz dich online mit drei Betrieben, mit denen du schon zusammenarbeitest.",
                "To start: connect online with three businesses you already work with.",
            ),
            Text::addressed(
                "Aus Zufall wird Absicht, wenn Sie ab und zu teilen, was Partnerbetriebe zeigen.",
                "Aus Zufall wird Absicht, wenn du ab und zu teilst, was Partnerbetriebe zeigen.",
                "Chance turns into habit when you share partner businesses’ posts now and then.",
            ),
            Text::addressed(
                "Sagen Sie Ihren Kontakten, wofür genau man Sie empfehlen kann.",
                "Sag deinen Kontakten, wofür genau man dich empfehlen kann.",
                "Tell your contacts exactly what to recommend you for.",
            ),
            Text::new(
                "Genau so wächst Reichweite: Kontakt für Kontakt.",
                "That is how reach grows: one contact at a time.",
            ),
        ],
        debunk: Text::addressed(
            "Ihre Online-Kontakte sind weit mehr als mögliche Käuferinnen und Käufer. Jede und jeder von ihnen kennt weitere Menschen und öffnet Ihnen so Kreise, die Sie allein kaum erreichen würden. Das Sprungbrett ist das Vertrauen, das Sie sich vor Ort schon erarbeitet haben: Wer Sie empfiehlt, trägt es weiter, auch zu Menschen, die selbst gar nicht online sind. So erfahren Fremde, dass es Sie gibt und wobei Sie helfen.",
            "Deine Online-Kontakte sind viel mehr als mögliche Kundschaft: Alle kennen wieder andere Leute und öffnen dir so Kreise, an die du allein kaum herankämst. Dein Sprungbrett ist das Vertrauen, das du vor Ort schon hast: Wer dich empfiehlt, trägt es weiter, auch zu Leuten, die gar nicht online sind. So erfahren Fremde, dass es dich gibt und wobei du hilfst.",
            "Your online contacts are far more than potential buyers. Each of them knows others and opens circles you would hardly reach on your own. Start from the trust you have already earned locally: whoever recommends you carries it further, even to people who are not online at all. That is how strangers learn that you exist and what you help with.",
        ),
        fact: Fact {
            statement: Text::new(
                "62 % der Internetnutzenden ab 16 in Deutschland vertrauen Informationen aus dem Freundes- und Bekanntenkreis; 30 % folgen regelmäßig dessen Empfehlungen.",
                "62% of internet users aged 16 and over in Germany trust information from friends and acquaintances; 30% regularly follow their recommendations.",
            ),
            meaning: Text::new(
                "Mehr als drei von fünf vertrauen dem, was aus dem Freundes- und Bekanntenkreis kommt, und fast ein Drittel folgt regelmäßig dessen Empfehlungen. Das Vertrauen war schon höher: Bis 2023 lag es bei 70 %.",
                "More than three in five trust what friends and acquaintances pass on, and almost a third regularly follow their recommendations. Trust used to be higher: until 2023 it stood at 70%.",
            ),
            publisher: Text::new(
                "PER Agency, IMWF und Toluna",
                "PER Agency, IMWF and Toluna",
            ),
            title: Text::new(
                "Social-Media-Atlas 2025",
                "Social Media Atlas 2025",
            ),
            year: 2025,
            base: Text::new(
                "mehr als 3.500 Internetnutzende ab 16 in Deutschland",
                "more than 3,500 internet users aged 16 and over in Germany",
            ),
            link: None,
            caveat: Some(Text::new(
                "Laut derselben Studie genießen kommerzielle Quellen inzwischen mehr Vertrauen als der Bekanntenkreis.",
                "According to the same study, commercial sources now enjoy more trust than friends and acquaintances.",
            )),
            era: Era::Current,
        },
        quote: None,
        weight: 1,
        remedy: PlanStep::Goal,
    },
    Argument {
        key: "beyond-ads",
        title: Text::new(
            "Präsenz ohne Werbung",
            "Presence beyond ads",
        ),
        question: Text::addressed(
            "Wie oft sind Sie für Ihr Unternehmen in Social Media aktiv, ohne zu werben?",
            "Wie oft bist du mit deinem Unternehmen in Social Media unterwegs, ohne zu werben?",
            "How often are you on social media for your business without advertising?",
        ),
        options: [
            Text::new(
                "Nie.",
                "Never.",
            ),
            Text::new(
                "Ein paar Mal im Jahr.",
                "A few times a year.",
            ),
            Text::new(
                "Etwa monatlich.",
                "About once a month.",
            ),
            Text::new(
                "Jede Woche.",
                "Every week.",
            ),
        ],
        responses: [
            Text::addressed(
                "Es geht ohne Werbebudget: Folgen Sie drei Fachleuten Ihrer Branche und lesen Sie mit.",
                "Es geht ohne Werbebudget: Folg drei Fachleuten deiner Branche und lies mit.",
                "No ad budget needed: follow three experts in your field and read along.",
            ),
            Text::new(
                "Ein fester Termin hilft, etwa jeden Montag zehn Minuten.",
                "A fixed slot helps, say ten minutes every Monday.",
            ),
            Text::addressed(
                "Gut. Ein eigener Beitrag pro Woche macht Sie noch sichtbarer.",
                "Gut. Mit einem eigenen Beitrag pro Woche fällst du noch mehr auf.",
                "Good. One post of your own a week makes you more visible still.",
            ),
            Text::addressed(
                "Jede Woche da, ohne zu werben: So entsteht ein Netzwerk. Bleiben Sie dabei.",
                "Jede Woche da, ohne zu werben: So entsteht ein Netzwerk. Bleib dran.",
                "There every week without advertising: that is how a network grows. Keep it up.",
            ),
        ],
        debunk: Text::addressed(
            "Selbst wenn Anzeigen bei Ihrer Zielgruppe wenig bewirken, lohnt sich eine eigene Präsenz. Wer regelmäßig da ist, wird nach und nach gesehen und baut Reichweite und ein Netzwerk auf. Nebenbei erfahren Sie, was sich in Ihrer Branche tut, tauschen sich mit Fachleuten aus und stoßen auf neue Bezugsquellen und Partnerbetriebe.",
            "Auch wenn Anzeigen bei deiner Zielgruppe wenig bringen: Es lohnt sich, selbst dort präsent zu sein. Wer regelmäßig da ist, wird nach und nach gesehen und baut Reichweite und ein Netzwerk auf. Nebenbei erfährst du, was sich in deiner Branche tut, tauschst dich mit Fachleuten aus und stößt auf neue Bezugsquellen und Partnerbetriebe.",
            "Even if ads do little for your target group, being present pays off. Being there regularly gets you seen bit by bit, and builds reach and a network of your own. Along the way you learn what is happening in your trade, exchange ideas with peers and come across new suppliers and partners.",
        ),
        fact: Fact {
            statement: Text::new(
                "63 % der Menschen ab 14 in Deutschland nutzen jede Woche Social Media, 35 % sogar täglich.",
                "63% of people aged 14 and over in Germany use social media every week, 35% every day.",
            ),
            meaning: Text::new(
                "Wer dort regelmäßig Nützliches zeigt, kann gesehen werden, wo Woche für Woche die Mehrheit vorbeischaut. Das kostet kein Werbebudget, aber regelmäßig Zeit.",
                "Posting something useful there regularly lets you be seen where most people drop by every week. It costs no ad budget, but it does take regular time.",
            ),
            publisher: Text::new(
                "ARD/ZDF-Forschungskommission",
                "ARD/ZDF research commission",
            ),
            title: Text::new(
                "ARD/ZDF-Medienstudie 2025",
                "ARD/ZDF media study 2025",
            ),
            year: 2025,
            base: Text::new(
                "2.512 Befragte ab 14 in Deutschland; WhatsApp nicht mitgezählt",
                "2,512 respondents aged 14 and over in Germany; WhatsApp not counted",
            ),
            link: None,
            caveat: None,
            era: Era::Current,
        },
        quote: None,
        weight: 1,
        remedy: PlanStep::Goal,
    },
    Argument {
        key: "not-absent",
        title: Text::new(
            "Hilfe statt Verkaufsdruck",
            "Help, not hard selling",
        ),
        question: Text::addressed(
            "Was gehört für Sie in die Beiträge Ihres Unternehmens?",
            "Was gehört für dich in die Beiträge deines Unternehmens?",
            "What should your business’s posts be about?",
        ),
        options: [
            Text::new(
                "Angebote und Preise.",
                "Offers and prices.",
            ),
            Text::new(
                "Meist Angebote, mal ein Tipp.",
                "Mostly offers, now and then a tip.",
            ),
            Text::new(
                "Halb Angebote, halb Tipps.",
                "Half offers, half tips.",
            ),
            Text::new(
                "Vor allem Tipps und Einblicke.",
                "Mostly tips and insights.",
            ),
        ],
        responses: [
            Text::addressed(
                "Versuchen Sie es einmal mit einem Tipp: Beantworten Sie eine Frage, die Ihnen oft gestellt wird.",
                "Versuch es mal mit einem Tipp: Beantworte eine Frage, die du oft hörst.",
                "Try posting a tip instead: answer a question you are often asked.",
            ),
            Text::addressed(
                "Drehen Sie das Verhältnis um: erst drei hilfreiche Beiträge, dann ein Angebot.",
                "Dreh das Verhältnis um: erst drei hilfreiche Beiträge, dann ein Angebot.",
                "Turn the ratio round: three helpful posts first, then an offer.",
            ),
            Text::addressed(
                "Eine gute Mischung. Antworten Sie auf Kommentare: So wird aus Beiträgen ein Gespräch.",
                "Eine gute Mischung. Antworte auf Kommentare: So wird aus Beiträgen ein Gespräch.",
                "A good mix. Reply to comments: that turns posts into a conversation.",
            ),
            Text::new(
                "Erst helfen, selten verkaufen: So entsteht Vertrauen.",
                "Help first, sell rarely: that is how trust grows.",
            ),
        ],
        debunk: Text::new(
            "Wer in Social Media vor allem Angebote zeigt, erntet oft Schweigen und hält das leicht für den Beweis, dass dort keine Kundschaft ist. Doch die Menschen sind dort vor allem für ihre eigenen Themen, und fast zwei Drittel finden die Werbung lästig; hilfreiche Beiträge und ehrliche Antworten finden eher Gehör. Und wer dort nur Werbung erwartet und selbst nur wirbt, sieht am Ende auch nur Werbung.",
            "Post mostly offers on social media and you will often meet silence – which is easily taken as proof that no customers are there. But people are there mainly for their own interests, and almost two in three find the advertising annoying; helpful posts and honest answers get a better hearing. And if you expect nothing but advertising there and post nothing but advertising, advertising is all you will meet.",
        ),
        fact: Fact {
            statement: Text::new(
                "63 % der Befragten in Deutschland finden Werbung in Social Media lästig; 31 % suchen dort gezielt nach Angeboten.",
                "63% of consumers in Germany find advertising on social media annoying; 31% look for offers there on purpose.",
            ),
            meaning: Text::new(
                "Die meisten finden Werbung dort lästig, doch fast ein Drittel sucht gezielt nach Angeboten. Wer zuerst hilft und das Angebot daneben stellt, kann beide erreichen.",
                "Most people find advertising there annoying, yet almost a third look for offers on purpose. A business that helps first and puts its offer alongside can reach both.",
            ),
            publisher: Text::new(
                "IFH Media Analytics und Media Central",
                "IFH Media Analytics and Media Central",
            ),
            title: Text::new(
                "ChannelUP 2025 Vol. 2",
                "ChannelUP 2025 Vol. 2",
            ),
            year: 2025,
            base: Text::new(
                "1.000 Verbraucherinnen und Verbraucher in Deutschland, Juni 2025",
                "1,000 consumers in Germany, June 2025",
            ),
            link: None,
            caveat: None,
            era: Era::Current,
        },
        quote: None,
        weight: 1,
        remedy: PlanStep::Focus,
    },
    Argument {
        key: "beyond-big-networks",
        title: Text::new(
            "Gruppen und stille Mitlesende",
            "Groups and silent readers",
        ),
        question: Text::addressed(
            "Wissen Sie, in welchen Gruppen Ihre Kundschaft Empfehlungen austauscht?",
            "Weißt du, in welchen Gruppen sich deine Kundschaft gegenseitig Tipps gibt?",
            "Do you know in which groups your customers recommend businesses to each other?",
        ),
        options: [
            Text::new(
                "Ich kenne keine.",
                "I don’t know any.",
            ),
            Text::new(
                "Ich weiß, dass es sie gibt.",
                "I know they exist.",
            ),
            Text::new(
                "Ich kenne einige.",
                "I know a few.",
            ),
            Text::new(
                "Ich kenne die wichtigsten.",
                "I know the main ones.",
            ),
        ],
        responses: [
            Text::addressed(
                "Fragen Sie Ihre Stammkundschaft, wo sie sich Tipps holt – Nachbarschaft, Eltern, Verein.",
                "Frag deine Stammkundschaft, wo sie sich Tipps holt – Nachbarschaft, Eltern, Verein.",
                "Ask your regular customers where they get tips – neighbours, parents, clubs.",
            ),
            Text::addressed(
                "Machen Sie es Ihrer Stammkundschaft leicht, Sie weiterzuempfehlen: ein Link, der alles Wichtige zeigt.",
                "Mach es deiner Stammkundschaft leicht, dich weiterzuempfehlen: ein Link, der alles Wichtige zeigt.",
                "Make it easy for regulars to recommend you: one link that shows everything that matters.",
            ),
            Text::addressed(
                "Bitten Sie Ihre Stammkundschaft, Ihren Link weiterzugeben, wenn in einer Gruppe jemand fragt.",
                "Frag deine Stammkundschaft, ob sie deinen Link weitergibt, wenn in einer Gruppe jemand fragt.",
                "Ask your regulars to pass on your link when someone in a group asks.",
            ),
            Text::addressed(
                "Gut. Werben Sie in Gruppen nicht selbst: Eine Empfehlung aus der Gruppe wirkt stärker.",
                "Gut. Wirb in Gruppen nicht selbst: Eine Empfehlung aus der Gruppe wirkt stärker.",
                "Good. Don’t advertise in groups yourself: a recommendation from within the group carries more weight.",
            ),
        ],
        debunk: Text::new(
            "Viele Menschen posten nie etwas, lesen aber regelmäßig mit und informieren sich dabei auch über Unternehmen. Dazu kommen kleine Gruppen in WhatsApp und anderen Messengern, in denen Nachbarschaft, Eltern oder Kolleginnen und Kollegen Tipps und Links teilen. Auch wer keine große Plattform nutzt, ist dort oft dabei – und genau dort wird weiterempfohlen.",
            "Many people never post anything but read along regularly, and find out about businesses as they do. Then there are small groups on WhatsApp and other messengers where neighbours, parents or colleagues share tips and links. Even people who use no big platform are often part of these – and that is where recommendations are made.",
        ),
        fact: Fact {
            statement: Text::new(
                "63 % der Menschen ab 16 in Deutschland sind in Gruppenchats; bei den Menschen ab 65 sind es 43 %.",
                "63% of people aged 16 and over in Germany are in group chats; among those aged 65 and over, it is 43%.",
            ),
            meaning: Text::new(
                "Ein Gruppenchat ist ein kleines Netzwerk, in dem eine Empfehlung viele auf einmal erreicht – auch bei älterer Kundschaft. Wer Gruppenchats nutzt, ist im Schnitt in fünf davon.",
                "A group chat is a small network where one recommendation reaches many at once – among older customers too. People who use group chats are in five of them on average.",
            ),
            publisher: Text::new(
                "Bitkom",
                "Bitkom",
            ),
            title: Text::new(
                "Umfrage zu Gruppenchats",
                "survey on group chats",
            ),
            year: 2026,
            base: Text::new(
                "1.002 Menschen ab 16 in Deutschland, befragt im Oktober und November 2025",
                "1,002 people aged 16 and over in Germany, asked in October and November 2025",
            ),
            link: None,
            caveat: None,
            era: Era::Current,
        },
        quote: None,
        weight: 1,
        remedy: PlanStep::Networks,
    },
    Argument {
        key: "search-engines",
        title: Text::new(
            "Auffindbarkeit in der Suche",
            "Being found in search",
        ),
        question: Text::addressed(
            "Was findet man, wenn man Ihr Unternehmen googelt?",
            "Was findet man, wenn man dich googelt?",
            "What comes up when someone googles your business?",
        ),
        options: [
            Text::new(
                "Weiß ich nicht.",
                "I don’t know.",
            ),
            Text::new(
                "Kaum etwas.",
                "Hardly anything.",
            ),
            Text::new(
                "Ein Profil, wenige Bewertungen.",
                "A profile, few reviews.",
            ),
            Text::new(
                "Ein Profil, viele Bewertungen.",
                "A profile, many reviews.",
            ),
        ],
        responses: [
            Text::addressed(
                "Suchen Sie heute einmal nach Ihrem Unternehmen – so, wie es Ihre Kundschaft tut.",
                "Google dich heute mal selbst – so, wie es deine Kundschaft tut.",
                "Google your business today – the way your customers do.",
            ),
            Text::new(
                "Ein vollständiges Profil mit Fotos und Kontaktdaten ist der erste Schritt.",
                "A complete profile with photos and contact details is the first step.",
            ),
            Text::addressed(
                "Bitten Sie alle Kundinnen und Kunden um eine Bewertung, nicht nur die Zufriedenen.",
                "Frag alle Kundinnen und Kunden nach einer Bewertung, nicht nur die Zufriedenen.",
                "Ask every customer for a review, not only the happy ones.",
            ),
            Text::addressed(
                "Stark. Antworten Sie auf jede Bewertung, auch auf die kritischen.",
                "Stark. Antworte auf jede Bewertung, auch auf die kritischen.",
                "Strong. Reply to every review, the critical ones included.",
            ),
        ],
        debunk: Text::addressed(
            "Eine gewöhnliche Suche bei Google & Co. zeigt auch Beiträge aus Social Media, oft ohne eigenes Konto lesbar, und dazu Bewertungen. Für Suchende gibt es keine Grenze zwischen „dem Internet“ und „Social Media“. Gute Bewertungen entstehen, wenn Menschen Sie kennen und gern bewerten; laut Googles eigener Hilfe zählen Anzahl und Note auch für die Platzierung in der lokalen Suche. Und über Ihr Unternehmen steht dort oft schon etwas, in Bewertungen, Verzeichnissen oder Beiträgen anderer – nur ohne Ihre Stimme.",
            "Eine gewöhnliche Suche bei Google & Co. zeigt auch Beiträge aus Social Media, oft ohne eigenes Konto lesbar, und dazu Bewertungen. Für Suchende gibt es keine Grenze zwischen „dem Internet“ und „Social Media“. Gute Bewertungen entstehen, wenn Menschen dich kennen und gern bewerten; laut Googles eigener Hilfe zählen Anzahl und Note auch für die Platzierung in der lokalen Suche. Über dein Unternehmen steht dort oft schon etwas, in Bewertungen, Verzeichnissen oder Beiträgen anderer – nur ohne deine Stimme.",
            "An ordinary search on Google and the like also brings up posts from social media, often readable without an account, and reviews too. For someone searching, there is no line between “the internet” and “social media”. Good reviews come from people who know you and are happy to rate you; according to Google’s own help pages, their number and score also count towards the ranking in local search. And something about your business is often there already, in reviews, directories or other people’s posts – only without your voice.",
        ),
        fact: Fact {
            statement: Text::new(
                "71 % der Menschen in Deutschland lesen regelmäßig Kundenbewertungen; von den Menschen ab 55 prüfen 60 % sie vor dem Kauf.",
                "71% of people in Germany regularly read customer reviews; of those aged 55 and over, 60% check them before they buy.",
            ),
            meaning: Text::new(
                "Was andere online über ein Unternehmen schreiben, entscheidet mit, ob jemand anruft oder vorbeikommt – auch bei älterer Kundschaft.",
                "What others write about a business online helps decide whether someone calls or comes by – among older customers too.",
            ),
            publisher: Text::new(
                "Trustpilot und London Research",
                "Trustpilot and London Research",
            ),
            title: Text::new(
                "Umfrage zu Online-Bewertungen",
                "survey on online reviews",
            ),
            year: 2025,
            base: Text::new(
                "1.200 Menschen in Deutschland, Juni 2025",
                "1,200 people in Germany, June 2025",
            ),
            link: None,
            caveat: Some(Text::new(
                "Trustpilot, das die Umfrage beauftragt hat, betreibt selbst eine Bewertungsplattform.",
                "Trustpilot, which commissioned the survey, runs a review platform itself.",
            )),
            era: Era::Current,
        },
        quote: None,
        weight: 1,
        remedy: PlanStep::Networks,
    },
    Argument {
        key: "crisis",
        title: Text::new(
            "Frühwarnung bei Kritik",
            "Early warning of criticism",
        ),
        question: Text::addressed(
            "Wie erfahren Sie, wenn online schlecht über Sie gesprochen wird?",
            "Wie merkst du, wenn online jemand schlecht über dich redet?",
            "How would you find out if people were speaking badly of you online?",
        ),
        options: [
            Text::new(
                "Gar nicht.",
                "I wouldn’t find out.",
            ),
            Text::new(
                "Durch Zufall.",
                "By chance.",
            ),
            Text::new(
                "Ich sehe ab und zu nach.",
                "I look now and then.",
            ),
            Text::new(
                "Ich sehe regelmäßig nach.",
                "I check regularly.",
            ),
        ],
        responses: [
            Text::addressed(
                "Sehen Sie einmal pro Woche nach: Bewertungen, Erwähnungen, Kommentare.",
                "Schau einmal pro Woche nach: Bewertungen, Erwähnungen, Kommentare.",
                "Look once a week: reviews, mentions, comments.",
            ),
            Text::new(
                "Ein fester Termin pro Woche macht aus Zufall eine Gewohnheit.",
                "A fixed weekly slot turns chance into habit.",
            ),
            Text::addressed(
                "Gut. Antworten Sie schnell und freundlich, auch wenn die Lösung noch fehlt.",
                "Gut. Antworte schnell und freundlich, auch wenn die Lösung noch fehlt.",
                "Good. Reply quickly and kindly, even before you have a fix.",
            ),
            Text::addressed(
                "Sie hören zu. Der größte Fehler bei Kritik ist, sie zu ignorieren.",
                "Du hörst hin. Der größte Fehler bei Kritik: sie zu ignorieren.",
                "You are listening. The biggest mistake with criticism is to ignore it.",
            ),
        ],
        debunk: Text::new(
            "Ob man mitliest oder nicht: Bewertungen und Kommentare entstehen trotzdem. Wer früh davon erfährt, kann antworten – ehrlich, mit Dank für den Hinweis und schon bevor die Lösung steht. Gut beantwortete Kritik kann aus Unzufriedenen wieder zufriedene Kundschaft machen.",
            "Whether you read along or not, reviews and comments appear anyway. Hear about them early and you can reply – honestly, thanking the critic, even before there is a fix. Criticism answered well can turn unhappy customers into satisfied ones again.",
        ),
        fact: Fact {
            statement: Text::new(
                "70 % der Unternehmen mit Social-Media-Profil wollen dort ihren Kundenservice verbessern.",
                "70% of companies with a social media profile aim to improve their customer service there.",
            ),
            meaning: Text::new(
                "Viele Unternehmen wollen ihre Kundschaft dort besser betreuen. Dazu gehört, Kritik früh zu bemerken und zu antworten.",
                "Many businesses want to serve their customers better there. That includes spotting criticism early and replying.",
            ),
            publisher: Text::new("Bitkom", "Bitkom"),
            title: Text::new(
                "Umfrage zu Social Media in Unternehmen",
                "survey on social media in companies",
            ),
            year: 2025,
            base: Text::new(
                "602 Unternehmen ab 20 Beschäftigten in Deutschland, befragt im Frühjahr 2025",
                "602 companies in Germany with 20 or more employees, asked in spring 2025",
            ),
            link: None,
            caveat: None,
            era: Era::Current,
        },
        quote: Some(Quote {
            words: Text::new(
                "„Wenn man Kunden in der realen Welt unzufrieden macht, erzählt es vielleicht jeder von ihnen 6 Freunden. Wenn man Kunden im Internet unzufrieden macht, kann es jeder von ihnen 6.000 Freunden erzählen.“",
                "“If you make customers unhappy in the physical world, they might each tell 6 friends. If you make customers unhappy on the Internet, they can each tell 6,000 friends.”",
            ),
            attribution: Text::new(
                "Jeff Bezos zugeschrieben, um 1996, aus dem Englischen übersetzt; das Original ist nicht belegt. Ein zugespitzter Ausspruch, keine Messung.",
                "Attributed to Jeff Bezos, about 1996; the original has not been found. A pointed remark, not a measurement.",
            ),
        }),
        weight: 1,
        remedy: PlanStep::Plan,
    },
];

/// Short names for the four levels every argument's options go through, for a chart that shows all
/// arguments at once (the options themselves are worded for each argument).
pub static ARGUMENT_LEVELS: [Text; OPTION_COUNT] = [
    Text::new("Gar nicht", "Not at all"),
    Text::new("Ansatzweise", "Partly"),
    Text::new("Weitgehend", "Largely"),
    Text::new("Voll und ganz", "Fully"),
];
