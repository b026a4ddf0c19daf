//! The seven arguments against the myth, in the order the check asks them.
//!
//! ARCHITECTURE.md ("Content design") explains each argument's job and why its fact was chosen.

use super::{Argument, Era, Fact, PlanStep, Quote, OPTION_COUNT};
use crate::text::Text;

pub static ARGUMENTS: [Argument; 7] = [
    Argument {
        key: "how-do-you-know",
        title: Text::new("Wissen statt Vermutung", "Knowledge, not assumption"),
        question: Text::addressed(
            "Woher wissen Sie, ob Ihre Kundschaft in Social Media unterwegs ist?",
            "Woher weißt du, ob deine Kundschaft in Social Media unterwegs ist?",
            "How do you know whether your customers use social media?",
        ),
        options: [
            Text::new("Ich vermute es nur.", "I am only assuming."),
            Text::new(
                "Aus einzelnen Gesprächen, die ich zufällig mitbekommen habe.",
                "From a few conversations I happened to hear.",
            ),
            Text::new(
                "Ich habe einmal gezielt nachgesehen oder nachgefragt.",
                "I looked or asked on purpose, once.",
            ),
            Text::new(
                "Ich frage regelmäßig nach und kenne ihre Kanäle.",
                "I ask regularly and know the channels they use.",
            ),
        ],
        responses: [
            Text::addressed(
                "Dann lohnt sich ein Blick: Fragen Sie diese Woche drei Stammkundinnen oder Stammkunden, wo sie sich online informieren.",
                "Dann lohnt sich ein Blick: Frag diese Woche drei Stammkundinnen oder Stammkunden, wo sie sich online informieren.",
                "Then it is worth a look: this week, ask three regular customers where they look things up online.",
            ),
            Text::addressed(
                "Einzelne Gespräche sind ein Anfang. Fragen Sie gezielt nach, etwa am Ende eines Auftrags, welche Plattformen Ihre Kundschaft nutzt.",
                "Einzelne Gespräche sind ein Anfang. Frag gezielt nach, etwa am Ende eines Auftrags, welche Plattformen deine Kundschaft nutzt.",
                "A few conversations are a start. Ask on purpose, at the end of a job for instance, which platforms your customers use.",
            ),
            Text::addressed(
                "Gut, dass Sie nachgesehen haben. Wiederholen Sie das ab und zu: Die Nutzung verändert sich, gerade bei Älteren.",
                "Gut, dass du nachgesehen hast. Wiederhol das ab und zu: Die Nutzung verändert sich, gerade bei Älteren.",
                "Good that you checked. Do it again now and then: usage changes, especially among older people.",
            ),
            Text::addressed(
                "Sie wissen, wo Ihre Kundschaft ist, und sind damit vielen voraus. Die Zahlen unten helfen, wenn Sie Zweifelnde überzeugen wollen.",
                "Du weißt, wo deine Kundschaft ist, und bist damit vielen voraus. Die Zahlen unten helfen, wenn du Zweifelnde überzeugen willst.",
                "You know where your customers are, which puts you ahead of many. The figures below help when you want to convince doubters.",
            ),
        ],
        debunk: Text::addressed(
            "Wer Social Media nie selbst nutzt, hat dort auch nie nach der eigenen Kundschaft gesucht. Der Satz „Meine Kunden sind nicht da“ stützt sich dann nur auf sich selbst – ein Zirkelschluss. Auch „Meine Kunden sind älter“ trägt immer weniger, wie die Zahlen zeigen. Ob Ihre Kundschaft wirklich fehlt, zeigt erst ein eigener Blick.",
            "Wer Social Media nie selbst nutzt, hat dort auch nie nach der eigenen Kundschaft gesucht. Der Satz „Meine Kunden sind nicht da“ stützt sich dann nur auf sich selbst – ein Zirkelschluss. Auch „Meine Kunden sind älter“ trägt immer weniger, wie die Zahlen zeigen. Ob deine Kundschaft wirklich fehlt, zeigt erst ein eigener Blick.",
            "If you never use social media yourself, you have never looked for your customers there either. “My customers aren’t there” then rests only on itself – a circular argument. “My customers are older” holds less and less too, as the figures show. Whether your customers really are missing only becomes clear when you look.",
        ),
        fact: Fact {
            statement: Text::new(
                "2025 waren 42\u{a0}% der 55- bis 64-Jährigen und 25\u{a0}% der 65- bis 74-Jährigen in Deutschland privat in Social Media aktiv. 2021 waren es erst 29 und 15\u{a0}%.",
                "In 2025, 42% of people aged 55 to 64 and 25% of those aged 65 to 74 in Germany were active on social media in their private lives, up from 29% and 15% in 2021.",
            ),
            meaning: Text::new(
                "Wer eine ältere Kundschaft pauschal abschreibt, übersieht bei den 55- bis 64-Jährigen fast jede zweite Person – und jedes Jahr kommen mehr dazu.",
                "Write off older customers wholesale and you miss almost every second person aged 55 to 64 – with more joining every year.",
            ),
            publisher: Text::new(
                "Statistisches Bundesamt (Destatis)",
                "Federal Statistical Office of Germany (Destatis)",
            ),
            title: Text::new(
                "Pressemitteilung zur privaten Nutzung von Social Media",
                "press release on private use of social media",
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
        title: Text::new("Reichweite über Kontakte", "Reach through contacts"),
        question: Text::addressed(
            "Wie gut erreichen Sie online Menschen, die selbst nicht kaufen, Sie aber weiterempfehlen können – Partnerbetriebe, Bekannte, frühere Kundschaft?",
            "Wie gut erreichst du online Menschen, die selbst nicht kaufen, dich aber weiterempfehlen können – Partnerbetriebe, Bekannte, frühere Kundschaft?",
            "How well do you reach people online who don’t buy themselves but can recommend you – partner businesses, acquaintances, past customers?",
        ),
        options: [
            Text::new("Gar nicht.", "Not at all."),
            Text::new("Kaum, höchstens zufällig.", "Hardly, only by chance."),
            Text::new("Einige davon, ab und zu.", "Some of them, now and then."),
            Text::new(
                "Viele, und ich pflege diese Kontakte regelmäßig.",
                "Many, and I keep in touch with them regularly.",
            ),
        ],
        responses: [
            Text::addressed(
                "Ein Anfang, der wenig kostet: Verbinden Sie sich diese Woche online mit drei Partnerbetrieben, die Sie schon offline kennen.",
                "Ein Anfang, der wenig kostet: Verbinde dich diese Woche online mit drei Partnerbetrieben, die du schon offline kennst.",
                "A start that costs little: this week, connect online with three partner businesses you already know offline.",
            ),
            Text::addressed(
                "Aus Zufall kann Absicht werden: Teilen oder kommentieren Sie ab und zu, was Ihre Partnerbetriebe veröffentlichen.",
                "Aus Zufall kann Absicht werden: Teile oder kommentiere ab und zu, was deine Partnerbetriebe veröffentlichen.",
                "Chance can become intent: now and then, share or comment on what your partner businesses post.",
            ),
            Text::addressed(
                "Sie haben schon Menschen, die Sie empfehlen. Sagen Sie ihnen, wofür genau – das macht Empfehlungen treffsicherer.",
                "Du hast schon Menschen, die dich empfehlen. Sag ihnen, wofür genau – das macht Empfehlungen treffsicherer.",
                "You already have people who recommend you. Tell them what for, exactly – that makes their recommendations hit home.",
            ),
            Text::addressed(
                "Genau so wächst Reichweite: Sie pflegen Ihre Kontakte schon bewusst. Die Zahl unten zeigt, wie weit jeder Kontakt reicht.",
                "Genau so wächst Reichweite: Du pflegst deine Kontakte schon bewusst. Die Zahl unten zeigt, wie weit jeder Kontakt reicht.",
                "That is how reach grows: you already look after your contacts deliberately. The figure below shows how far each contact reaches.",
            ),
        ],
        debunk: Text::addressed(
            "Die Menschen, mit denen Sie online verbunden sind, sind weit mehr als mögliche Käuferinnen und Käufer. Jede und jeder von ihnen kennt weitere Menschen und öffnet Ihnen so Kreise, die Sie allein nie erreichen würden. Wer Sie empfiehlt, erzählt auch denen von Ihnen, die selbst gar nicht online aktiv sind.",
            "Die Menschen, mit denen du online verbunden bist, sind weit mehr als mögliche Käuferinnen und Käufer. Jede und jeder von ihnen kennt weitere Menschen und öffnet dir so Kreise, die du allein nie erreichen würdest. Wer dich empfiehlt, erzählt auch denen von dir, die selbst gar nicht online aktiv sind.",
            "The people you are connected with online are far more than potential buyers. Each of them knows others and opens circles you would never reach on your own. Someone who recommends you also tells people who are not active online at all.",
        ),
        fact: Fact {
            statement: Text::new(
                "2016 zeigte eine Studie der Universität Oxford: Online-Netzwerke sind etwa so groß wie die Netzwerke offline, rund 150 Menschen. Jeder Kontakt war damit eine Brücke zu etwa 150 weiteren.",
                "In 2016, a University of Oxford study found that online networks are about as large as offline ones, roughly 150 people. Each contact was thus a bridge to about 150 others.",
            ),
            meaning: Text::new(
                "Zehn zufriedene Kontakte sind so rechnerisch eine Brücke zu bis zu 1.500 Menschen.",
                "Ten satisfied contacts are thus, on paper, a bridge to up to 1,500 people.",
            ),
            publisher: Text::new(
                "Robin Dunbar, Universität Oxford",
                "Robin Dunbar, University of Oxford",
            ),
            title: Text::new(
                "Royal Society Open Science 3:150292",
                "Royal Society Open Science 3:150292",
            ),
            year: 2016,
            base: Text::new(
                "Befragung zu persönlichen Netzwerken online und offline",
                "survey of personal networks online and offline",
            ),
            link: Some("https://doi.org/10.1098/rsos.150292"),
            caveat: None,
            era: Era::History,
        },
        quote: None,
        weight: 1,
        remedy: PlanStep::Goal,
    },
    Argument {
        key: "beyond-ads",
        title: Text::new("Präsenz ohne Werbung", "Presence beyond ads"),
        question: Text::addressed(
            "Wie oft nutzen Sie Social Media für Ihr Unternehmen, ohne zu werben – um sichtbar zu sein, dazuzulernen oder sich auszutauschen?",
            "Wie oft nutzt du Social Media für dein Unternehmen, ohne zu werben – um sichtbar zu sein, dazuzulernen oder dich auszutauschen?",
            "How often do you use social media for your business without advertising – to be visible, to learn or to exchange ideas?",
        ),
        options: [
            Text::new("Nie.", "Never."),
            Text::new("Ein paar Mal im Jahr.", "A few times a year."),
            Text::new("Etwa einmal im Monat.", "About once a month."),
            Text::new("Jede Woche.", "Every week."),
        ],
        responses: [
            Text::addressed(
                "Es geht ohne Werbebudget: Folgen Sie diese Woche drei Fachleuten oder Verbänden Ihrer Branche und lesen Sie mit.",
                "Es geht ohne Werbebudget: Folge diese Woche drei Fachleuten oder Verbänden deiner Branche und lies mit.",
                "You can start without an ad budget: this week, follow three experts or associations in your trade and read along.",
            ),
            Text::addressed(
                "Ein Anfang ist gemacht. Aus ein paar Mal im Jahr wird mehr, wenn Sie sich einen festen Termin setzen, etwa jeden Montag zehn Minuten.",
                "Ein Anfang ist gemacht. Aus ein paar Mal im Jahr wird mehr, wenn du dir einen festen Termin setzt, etwa jeden Montag zehn Minuten.",
                "A start has been made. A few times a year becomes more once you set a fixed slot, ten minutes every Monday, say.",
            ),
            Text::addressed(
                "Gut: Sie nutzen Social Media schon regelmäßig jenseits von Werbung. Ein Beitrag pro Woche würde Sie noch sichtbarer machen.",
                "Gut: Du nutzt Social Media schon regelmäßig jenseits von Werbung. Ein Beitrag pro Woche würde dich noch sichtbarer machen.",
                "Good: you already use social media regularly beyond advertising. One post a week would make you more visible still.",
            ),
            Text::addressed(
                "Sie sind jede Woche präsent, ohne zu werben – genau das baut Sichtbarkeit und ein Netzwerk auf. Bleiben Sie dabei.",
                "Du bist jede Woche präsent, ohne zu werben – genau das baut Sichtbarkeit und ein Netzwerk auf. Bleib dabei.",
                "You are present every week without advertising – exactly what builds visibility and a network. Keep it up.",
            ),
        ],
        debunk: Text::addressed(
            "Selbst wenn Anzeigen bei Ihrer Zielgruppe wenig bewirken, lohnt sich eine eigene Präsenz. Sie werden sichtbar und bauen Reichweite und ein Netzwerk auf. Nebenbei erfahren Sie, was sich in Ihrer Branche tut, tauschen sich mit Fachleuten aus und stoßen auf neue Bezugsquellen und Partnerbetriebe.",
            "Selbst wenn Anzeigen bei deiner Zielgruppe wenig bewirken, lohnt sich eine eigene Präsenz. Du wirst sichtbar und baust Reichweite und ein Netzwerk auf. Nebenbei erfährst du, was sich in deiner Branche tut, tauschst dich mit Fachleuten aus und stößt auf neue Bezugsquellen und Partnerbetriebe.",
            "Even if ads do little for your target group, being present pays off. You become visible and build reach and a network of your own. Along the way you learn what is happening in your trade, exchange ideas with peers and come across new suppliers and partners.",
        ),
        fact: Fact {
            statement: Text::new(
                "63\u{a0}% der Menschen ab 14 in Deutschland nutzen mindestens einmal pro Woche Social Media, rund 44 Millionen, 35\u{a0}% sogar täglich. Instagram allein erreicht jede Woche 40\u{a0}%.",
                "63% of people aged 14 and over in Germany use social media at least once a week, about 44 million, and 35% every day. Instagram alone reaches 40% every week.",
            ),
            meaning: Text::new(
                "Wer dort regelmäßig Nützliches zeigt, ist sichtbar, wo Woche für Woche die Mehrheit vorbeischaut – ohne einen Euro für Anzeigen.",
                "Share something useful there regularly and you are visible where most people drop by every week – without spending a cent on ads.",
            ),
            publisher: Text::new(
                "ARD/ZDF-Forschungskommission",
                "ARD/ZDF research commission",
            ),
            title: Text::new(
                "ARD/ZDF-Medienstudie, „Social Media zwischen Wachstum und Sättigung“",
                "ARD/ZDF media study, “Social Media zwischen Wachstum und Sättigung”",
            ),
            year: 2025,
            base: Text::new(
                "Menschen ab 14 in Deutschland, 2.512 Befragte; WhatsApp nicht mitgezählt",
                "people aged 14 and over in Germany, 2,512 respondents; WhatsApp not counted",
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
        title: Text::new("Hilfe statt Verkaufsdruck", "Help, not hard selling"),
        question: Text::addressed(
            "Was zeigen Sie in Social Media vor allem – oder was würden Sie dort zeigen?",
            "Was zeigst du in Social Media vor allem – oder was würdest du dort zeigen?",
            "What do you mainly share on social media – or what would you share there?",
        ),
        options: [
            Text::new("Nur Angebote und Werbung.", "Only offers and ads."),
            Text::new(
                "Vor allem Angebote, ab und zu einen Tipp.",
                "Mostly offers, the occasional tip.",
            ),
            Text::new(
                "Halb Angebote, halb Tipps und Einblicke.",
                "Half offers, half tips and insights.",
            ),
            Text::new(
                "Vor allem Tipps, Einblicke und Antworten, selten Angebote.",
                "Mostly tips, insights and answers, rarely offers.",
            ),
        ],
        responses: [
            Text::addressed(
                "Versuchen Sie es mit einem Tipp: Beantworten Sie diese Woche in einem Beitrag eine Frage, die Ihre Kundschaft Ihnen oft stellt.",
                "Versuch es mit einem Tipp: Beantworte diese Woche in einem Beitrag eine Frage, die deine Kundschaft dir oft stellt.",
                "Try a tip: this week, answer a question your customers often ask you in a post.",
            ),
            Text::addressed(
                "Der Tipp zwischendurch ist der richtige Weg. Drehen Sie das Verhältnis um: erst drei hilfreiche Beiträge, dann ein Angebot.",
                "Der Tipp zwischendurch ist der richtige Weg. Dreh das Verhältnis um: erst drei hilfreiche Beiträge, dann ein Angebot.",
                "The occasional tip is the right track. Turn the ratio around: three helpful posts first, then one offer.",
            ),
            Text::addressed(
                "Eine gute Mischung. Wenn Sie auf Fragen und Kommentare antworten, wird aus Beiträgen ein Gespräch, und dort wächst Vertrauen.",
                "Eine gute Mischung. Wenn du auf Fragen und Kommentare antwortest, wird aus Beiträgen ein Gespräch, und dort wächst Vertrauen.",
                "A good mix. When you answer questions and comments, posts turn into conversation, and that is where trust grows.",
            ),
            Text::addressed(
                "So gewinnt man Vertrauen: Sie helfen zuerst und verkaufen selten. Die Forschung unten erklärt, warum das wirkt.",
                "So gewinnt man Vertrauen: Du hilfst zuerst und verkaufst selten. Die Forschung unten erklärt, warum das wirkt.",
                "That is how trust is won: you help first and sell rarely. The research below explains why it works.",
            ),
        ],
        debunk: Text::new(
            "Wer Fremden per Privatnachricht Angebote schickt, erntet oft Schweigen – und hält das leicht für den Beweis, dass dort keine Kundschaft ist. Tatsächlich weichen die Menschen nur dem Verkaufsdruck aus: Sie sind in Social Media für ihre eigenen Themen und den Austausch da. Vertrauen wächst durch Hilfsbereitschaft und ehrliches Gespräch.",
            "If you send strangers sales offers by private message, you will often hear nothing back – and may take that as proof that there are no customers. In fact, people are simply avoiding the sales pressure: they are on social media for their own topics and for conversation. Trust grows from helpfulness and honest conversation.",
        ),
        fact: Fact {
            statement: Text::new(
                "2012 zeigten Forschende der Harvard University: Über sich selbst zu sprechen aktiviert das Belohnungssystem im Gehirn. Die Versuchspersonen verzichteten dafür sogar auf Geld.",
                "In 2012, Harvard researchers showed that talking about oneself activates the brain’s reward system. Participants even gave up money to do so.",
            ),
            meaning: Text::new(
                "Für ein Unternehmen heißt das: Wer Menschen über ihre Fragen und Erfahrungen sprechen lässt, trifft ihren Antrieb besser als jedes Verkaufsgespräch.",
                "For a business, this means: letting people talk about their questions and experiences matches what drives them better than any sales pitch.",
            ),
            publisher: Text::new(
                "Diana Tamir und Jason Mitchell, Harvard University",
                "Diana Tamir and Jason Mitchell, Harvard University",
            ),
            title: Text::new(
                "„Disclosing information about the self is intrinsically rewarding“, PNAS 109(21)",
                "“Disclosing information about the self is intrinsically rewarding”, PNAS 109(21)",
            ),
            year: 2012,
            base: Text::new(
                "Versuchspersonen in Laborexperimenten",
                "participants in laboratory experiments",
            ),
            link: Some("https://doi.org/10.1073/pnas.1202129109"),
            caveat: None,
            era: Era::History,
        },
        quote: None,
        weight: 1,
        remedy: PlanStep::Focus,
    },
    Argument {
        key: "beyond-big-networks",
        title: Text::new("Gruppen und stille Mitlesende", "Groups and silent readers"),
        question: Text::addressed(
            "Wie gut kennen Sie die Gruppen und Foren, in denen sich Ihre Kundschaft gegenseitig Anbieter empfiehlt, etwa in WhatsApp oder Facebook?",
            "Wie gut kennst du die Gruppen und Foren, in denen sich deine Kundschaft gegenseitig Anbieter empfiehlt, etwa in WhatsApp oder Facebook?",
            "How well do you know the groups and forums where your customers recommend providers to each other, on WhatsApp or Facebook, say?",
        ),
        options: [
            Text::new("Gar nicht.", "Not at all."),
            Text::new(
                "Ich weiß, dass es sie gibt, kenne aber keine.",
                "I know they exist, but I don’t know any.",
            ),
            Text::new("Ich kenne einige davon.", "I know a few of them."),
            Text::new(
                "Ich kenne die wichtigsten und schaue regelmäßig hinein.",
                "I know the main ones and look in regularly.",
            ),
        ],
        responses: [
            Text::addressed(
                "Ein einfacher erster Schritt: Fragen Sie drei Kundinnen oder Kunden, in welchen Gruppen sie sich Tipps holen – etwa von Eltern, aus der Nachbarschaft oder dem Verein.",
                "Ein einfacher erster Schritt: Frag drei Kundinnen oder Kunden, in welchen Gruppen sie sich Tipps holen – etwa von Eltern, aus der Nachbarschaft oder dem Verein.",
                "A simple first step: ask three customers which groups they get tips from – parents’, neighbourhood or club groups, say.",
            ),
            Text::addressed(
                "Den Anfang haben Sie: Sie wissen, dass es diese Gruppen gibt. Fragen Sie bei der nächsten Empfehlung, wo man Sie gefunden hat.",
                "Den Anfang hast du: Du weißt, dass es diese Gruppen gibt. Frag bei der nächsten Empfehlung, wo man dich gefunden hat.",
                "You have the start: you know these groups exist. With the next referral, ask where they found you.",
            ),
            Text::addressed(
                "Gut, Sie kennen einige Gruppen. Machen Sie es dort leicht, Sie zu empfehlen: Ein kurzer Link zu Ihrem Profil oder Ihrem WhatsApp-Business-Konto genügt.",
                "Gut, du kennst einige Gruppen. Mach es dort leicht, dich zu empfehlen: Ein kurzer Link zu deinem Profil oder deinem WhatsApp-Business-Konto genügt.",
                "Good, you know a few groups. Make it easy to recommend you there: a short link to your profile or your WhatsApp Business account is enough.",
            ),
            Text::addressed(
                "Sie sind dort, wo Empfehlungen entstehen. Hören Sie weiter zu: Was in den Gruppen gefragt wird, ist Stoff für Ihre nächsten Beiträge.",
                "Du bist dort, wo Empfehlungen entstehen. Hör weiter zu: Was in den Gruppen gefragt wird, ist Stoff für deine nächsten Beiträge.",
                "You are where recommendations happen. Keep listening: what people ask in those groups is material for your next posts.",
            ),
        ],
        debunk: Text::new(
            "Viele Menschen posten nie etwas, lesen aber regelmäßig mit und informieren sich dabei auch über Anbieter. Dazu kommen kleine Gruppen in WhatsApp und anderen Messengern, in denen Nachbarschaft, Eltern oder das Kollegium Tipps und Links teilen. Auch wer keine große Plattform nutzt, ist dort oft dabei – und genau dort fallen Empfehlungen.",
            "Many people never post anything but read along regularly, and find out about providers as they do. Then there are small groups on WhatsApp and other messengers where neighbours, parents or colleagues share tips and links. Even people who use no big platform are often part of these – and that is exactly where recommendations are made.",
        ),
        fact: Fact {
            statement: Text::new(
                "63\u{a0}% der Menschen ab 16 in Deutschland sind in Gruppenchats, im Schnitt in fünf. Bei den Menschen ab 65 sind es 43\u{a0}%.",
                "63% of people aged 16 and over in Germany are in group chats, in five on average. Among those aged 65 and over, it is 43%.",
            ),
            meaning: Text::new(
                "Ein Gruppenchat ist ein kleines Netzwerk, in dem eine Empfehlung sofort viele erreicht – auch in einer älteren Kundschaft.",
                "A group chat is a small network where one recommendation reaches many at once – among older customers too.",
            ),
            publisher: Text::new("Bitkom", "Bitkom"),
            title: Text::new("Umfrage zu Gruppenchats", "survey on group chats"),
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
        title: Text::new("Auffindbarkeit in der Suche", "Being found in search"),
        question: Text::addressed(
            "Wie oft sehen Sie nach, was eine Suche nach Ihrem Unternehmen zeigt – Einträge, Beiträge, Bewertungen?",
            "Wie oft siehst du nach, was eine Suche nach deinem Unternehmen zeigt – Einträge, Beiträge, Bewertungen?",
            "How often do you check what a search for your business shows – listings, posts, reviews?",
        ),
        options: [
            Text::new("Noch nie.", "Never."),
            Text::new("Einmal, vor längerer Zeit.", "Once, a while ago."),
            Text::new("Ab und zu.", "Now and then."),
            Text::new(
                "Regelmäßig, mindestens einmal im Monat.",
                "Regularly, at least once a month.",
            ),
        ],
        responses: [
            Text::addressed(
                "Das geht in fünf Minuten: Suchen Sie heute nach Ihrem Firmennamen und Ihrem Ort und sehen Sie, was Ihre Kundschaft zuerst sieht.",
                "Das geht in fünf Minuten: Such heute nach deinem Firmennamen und deinem Ort und sieh, was deine Kundschaft zuerst sieht.",
                "It takes five minutes: today, search for your business name and your town and see what your customers see first.",
            ),
            Text::addressed(
                "Seitdem kann sich viel getan haben, etwa durch neue Bewertungen. Suchen Sie heute noch einmal nach Ihrem Firmennamen.",
                "Seitdem kann sich viel getan haben, etwa durch neue Bewertungen. Such heute noch einmal nach deinem Firmennamen.",
                "A lot may have changed since, through new reviews for instance. Search for your business name again today.",
            ),
            Text::addressed(
                "Gut, Sie behalten Ihre Suchergebnisse im Blick. Antworten Sie auch auf Bewertungen, freundlich und sachlich, gerade auf kritische.",
                "Gut, du behältst deine Suchergebnisse im Blick. Antworte auch auf Bewertungen, freundlich und sachlich, gerade auf kritische.",
                "Good, you keep an eye on your search results. Reply to reviews too, kindly and factually, especially to critical ones.",
            ),
            Text::addressed(
                "Sie wissen, was Ihre Kundschaft bei der Suche findet. Die Zahl unten zeigt, wie viele Menschen darauf achten.",
                "Du weißt, was deine Kundschaft bei der Suche findet. Die Zahl unten zeigt, wie viele Menschen darauf achten.",
                "You know what your customers find when they search. The figure below shows how many people pay attention to it.",
            ),
        ],
        debunk: Text::addressed(
            "Eine gewöhnliche Suche bei Google & Co. zeigt auch Beiträge aus Social Media, oft ohne eigenes Konto lesbar, und dazu Bewertungen. Für Suchende gibt es keine Grenze zwischen „dem Internet“ und „Social Media“. Gute Bewertungen entstehen, wenn Menschen Sie kennen und gern bewerten; nach Googles eigener Hilfe zählen Anzahl und Note auch für die Platzierung in der lokalen Suche.",
            "Eine gewöhnliche Suche bei Google & Co. zeigt auch Beiträge aus Social Media, oft ohne eigenes Konto lesbar, und dazu Bewertungen. Für Suchende gibt es keine Grenze zwischen „dem Internet“ und „Social Media“. Gute Bewertungen entstehen, wenn Menschen dich kennen und gern bewerten; nach Googles eigener Hilfe zählen Anzahl und Note auch für die Platzierung in der lokalen Suche.",
            "An ordinary search on Google and the like also brings up posts from social media, often readable without an account, and reviews too. For someone searching, there is no line between “the internet” and “social media”. Good reviews come from people who know you and are happy to rate you; according to Google’s own help pages, their number and score also count towards the ranking in local search.",
        ),
        fact: Fact {
            statement: Text::new(
                "71\u{a0}% der Menschen in Deutschland lesen regelmäßig Kundenbewertungen. Von den Menschen ab 55 prüfen 60\u{a0}% vor dem Kauf die Bewertungen.",
                "71% of people in Germany regularly read customer reviews. Of those aged 55 and over, 60% check reviews before they buy.",
            ),
            meaning: Text::new(
                "Was andere online über ein Unternehmen schreiben, entscheidet mit, ob jemand anruft oder vorbeikommt – auch in einer älteren Kundschaft.",
                "What others write about a business online helps decide whether someone calls or comes by – among older customers too.",
            ),
            publisher: Text::new("Trustpilot und London Research", "Trustpilot and London Research"),
            title: Text::new("Umfrage zu Online-Bewertungen", "survey on online reviews"),
            year: 2025,
            base: Text::new(
                "1.200 Menschen in Deutschland, befragt im Juni 2025",
                "1,200 people in Germany, asked in June 2025",
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
        title: Text::new("Frühwarnung bei Kritik", "Early warning of criticism"),
        question: Text::addressed(
            "Wie würden Sie erfahren, dass online schlecht über Ihr Unternehmen gesprochen wird?",
            "Wie würdest du erfahren, dass online schlecht über dein Unternehmen gesprochen wird?",
            "How would you find out that people are speaking badly of your business online?",
        ),
        options: [
            Text::new("Wahrscheinlich gar nicht.", "Probably not at all."),
            Text::new(
                "Zufällig, wenn mich jemand darauf hinweist.",
                "By chance, if someone points it out to me.",
            ),
            Text::new("Ich sehe ab und zu selbst nach.", "I look for myself now and then."),
            Text::new(
                "Sofort, durch eine Suchbenachrichtigung für meinen Namen.",
                "At once, through a search alert for my name.",
            ),
        ],
        responses: [
            Text::addressed(
                "Das lässt sich heute ändern: Richten Sie eine kostenlose Suchbenachrichtigung, etwa einen Google Alert, für Ihren Firmennamen ein.",
                "Das lässt sich heute ändern: Richte eine kostenlose Suchbenachrichtigung, etwa einen Google Alert, für deinen Firmennamen ein.",
                "You can change that today: set up a free search alert, such as a Google Alert, for your business name.",
            ),
            Text::addressed(
                "Auf Hinweise zu warten ist riskant, denn sie kommen oft spät. Eine Suchbenachrichtigung für Ihren Firmennamen meldet sich von selbst.",
                "Auf Hinweise zu warten ist riskant, denn sie kommen oft spät. Eine Suchbenachrichtigung für deinen Firmennamen meldet sich von selbst.",
                "Waiting for someone to tell you is risky, as they often tell you late. A search alert for your business name reports by itself.",
            ),
            Text::addressed(
                "Gut, dass Sie selbst nachsehen. Eine Suchbenachrichtigung nimmt Ihnen das ab und meldet sich auch zwischen zwei Blicken.",
                "Gut, dass du selbst nachsiehst. Eine Suchbenachrichtigung nimmt dir das ab und meldet sich auch zwischen zwei Blicken.",
                "Good that you check for yourself. A search alert does it for you, and reports between your checks as well.",
            ),
            Text::addressed(
                "Sie sind gut gewappnet. Wenn Kritik kommt, antworten Sie schnell, ehrlich und freundlich.",
                "Du bist gut gewappnet. Wenn Kritik kommt, antworte schnell, ehrlich und freundlich.",
                "You are well prepared. When criticism comes, reply quickly, honestly and kindly.",
            ),
        ],
        debunk: Text::addressed(
            "Wer in Social Media fehlt, bekommt kaum mit, wie dort über die eigene Firma geredet wird. Kritik oder falsche Behauptungen erreichen Sie dann spät, und Ihnen fehlt ein Netzwerk, das Ihre Sicht weiterträgt. Wer dagegen früh davon erfährt, kann antworten, solange noch wenige mitlesen.",
            "Wer in Social Media fehlt, bekommt kaum mit, wie dort über die eigene Firma geredet wird. Kritik oder falsche Behauptungen erreichen dich dann spät, und dir fehlt ein Netzwerk, das deine Sicht weiterträgt. Wer dagegen früh davon erfährt, kann antworten, solange noch wenige mitlesen.",
            "If you are absent from social media, you hardly notice how people there talk about your business. Criticism or false claims then reach you late, and you have no network to carry your side of the story. Hear about it early, though, and you can reply while few people are reading.",
        ),
        fact: Fact {
            statement: Text::new(
                "2018 werteten Forschende rund 126.000 Meldungen aus, die etwa 3 Millionen Menschen von 2006 bis 2017 auf Twitter geteilt hatten: Falschmeldungen verbreiteten sich weiter, schneller und breiter als wahre.",
                "In 2018, researchers analysed about 126,000 stories shared by some 3 million people on Twitter from 2006 to 2017: false news spread farther, faster and more broadly than the truth.",
            ),
            meaning: Text::new(
                "Eine falsche Behauptung über ein Unternehmen kann schneller kreisen als jede Richtigstellung – umso wichtiger ist es, früh davon zu erfahren.",
                "A false claim about a business can travel faster than any correction – all the more reason to hear about it early.",
            ),
            publisher: Text::new("Soroush Vosoughi, Deb Roy und Sinan Aral", "Soroush Vosoughi, Deb Roy and Sinan Aral"),
            title: Text::new(
                "„The spread of true and false news online“, Science 359(6380)",
                "“The spread of true and false news online”, Science 359(6380)",
            ),
            year: 2018,
            base: Text::new(
                "rund 126.000 Meldungen auf Twitter, 2006 bis 2017",
                "about 126,000 stories on Twitter, 2006 to 2017",
            ),
            link: Some("https://doi.org/10.1126/science.aap9559"),
            caveat: Some(Text::new(
                "Die Studie untersucht Falschmeldungen, nicht Beschwerden über Unternehmen.",
                "The study looks at false news, not at complaints about businesses.",
            )),
            era: Era::History,
        },
        quote: Some(Quote {
            words: Text::new(
                "„Wenn man Kunden in der realen Welt unzufrieden macht, erzählen sie es vielleicht jeweils 6 Freunden. Wenn man Kunden im Internet unzufrieden macht, können sie es jeweils 6.000 Freunden erzählen.“",
                "“If you make customers unhappy in the physical world, they might each tell 6 friends. If you make customers unhappy on the Internet, they can each tell 6,000 friends.”",
            ),
            attribution: Text::new(
                "Jeff Bezos zugeschrieben, um 1996, aus dem Englischen übersetzt; das Original ist nicht belegt. Eine Redensart, keine Messung.",
                "Attributed to Jeff Bezos, about 1996; the original has not been found. A saying, not a measurement.",
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
