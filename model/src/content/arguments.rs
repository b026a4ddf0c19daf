//! The seven arguments against the myth, in the order the check asks them.

use super::{Argument, Fact, PlanStep, OPTION_COUNT};
use crate::text::Text;

const ESCHMENT_2018: Text = Text::new(
    "Thomas Eschment, „Ohne Social Media bist du im Eimer!“, 2018",
    "Thomas Eschment, “Ohne Social Media bist du im Eimer!”, 2018",
);

const FEUER_FREI: Text = Text::new(
    "„Feuer frei für Social Media“, Fachbeitrag eines Social-Media-Beratungsunternehmens (undatiert)",
    "“Feuer frei für Social Media”, article by a German social media consultancy (undated)",
);

pub static ARGUMENTS: [Argument; 7] = [
    Argument {
        key: "how-do-you-know",
        title: Text::addressed(
            "Woher wissen Sie das?",
            "Woher weißt du das?",
            "How do you know?",
        ),
        question: Text::addressed(
            "Haben Sie selbst nachgesehen, wo Ihre Kunden online unterwegs sind – etwa mit einer eigenen Suche oder durch Nachfragen?",
            "Hast du selbst nachgesehen, wo deine Kunden online unterwegs sind – etwa mit einer eigenen Suche oder durch Nachfragen?",
            "Have you checked for yourself where your customers spend time online – by searching, say, or by asking them?",
        ),
        options: [
            Text::new(
                "Nein, das habe ich noch nie geprüft.",
                "No, I have never checked.",
            ),
            Text::new(
                "Nur kurz, ich vermute eher, als dass ich es weiß.",
                "Only briefly – I assume more than I know.",
            ),
            Text::new(
                "Ja, ich habe gesucht oder einzelne Kunden gefragt.",
                "Yes, I have searched or asked a few customers.",
            ),
            Text::new(
                "Ja, ich prüfe das regelmäßig und kenne ihre Kanäle.",
                "Yes, I check regularly and know which channels they use.",
            ),
        ],
        debunk: Text::addressed(
            "Wer soziale Netzwerke nie selbst besucht, hat dort auch nie nach seinen Kunden gesucht. Die Behauptung, sie seien nicht da, stützt sich dann nur auf sich selbst – ein Zirkelschluss. Ob Ihre Kunden wirklich fehlen, zeigt erst ein eigener Blick: eine Suche nach Ihrer Branche und Ihrem Ort oder eine kurze Frage an einige Stammkunden.",
            "Wer soziale Netzwerke nie selbst besucht, hat dort auch nie nach seinen Kunden gesucht. Die Behauptung, sie seien nicht da, stützt sich dann nur auf sich selbst – ein Zirkelschluss. Ob deine Kunden wirklich fehlen, zeigt erst ein eigener Blick: eine Suche nach deiner Branche und deinem Ort oder eine kurze Frage an einige Stammkunden.",
            "If you never visit social networks yourself, you have never looked for your customers there either. The claim that they are absent then rests only on itself – a circular argument. Whether your customers really are missing only becomes clear when you look: search for your trade and your town, or ask a few regular customers.",
        ),
        fact: Fact {
            statement: Text::new(
                "In Deutschland haben 78\u{a0}% aller Internetnutzer ein Konto bei mindestens einem sozialen Netzwerk.",
                "In Germany, 78% of all internet users have an account with at least one social network.",
            ),
            source: ESCHMENT_2018,
        },
        weight: 1,
        remedy: PlanStep::Persona,
    },
    Argument {
        key: "beyond-customers",
        title: Text::new("Mehr als direkte Kunden", "More than direct customers"),
        question: Text::addressed(
            "Erreichen Sie online auch Menschen, die nicht selbst kaufen, Sie aber weiterempfehlen könnten – Partner, Bekannte, Empfehler?",
            "Erreichst du online auch Menschen, die nicht selbst kaufen, dich aber weiterempfehlen könnten – Partner, Bekannte, Empfehler?",
            "Do you reach people online who may not buy themselves but could recommend you – partners, acquaintances, advocates?",
        ),
        options: [
            Text::new(
                "Nein, ich denke nur an direkte Kunden.",
                "No, I only think of direct customers.",
            ),
            Text::new("Selten und eher zufällig.", "Rarely, and more by chance."),
            Text::new(
                "Ja, zu einigen Empfehlern habe ich Kontakt.",
                "Yes, I am in touch with a few people who recommend me.",
            ),
            Text::new(
                "Ja, ich pflege solche Kontakte ganz bewusst.",
                "Yes, I look after these contacts deliberately.",
            ),
        ],
        debunk: Text::addressed(
            "Ihre Kontakte in einem Netzwerk sind weit mehr als mögliche Käufer. Jeder von ihnen kennt weitere Menschen und öffnet Ihnen so den Weg in Kreise, die Sie allein nie erreichen würden. Wer Sie empfiehlt, erzählt auch Menschen von Ihnen, die selbst gar nicht online aktiv sind.",
            "Deine Kontakte in einem Netzwerk sind weit mehr als mögliche Käufer. Jeder von ihnen kennt weitere Menschen und öffnet dir so den Weg in Kreise, die du allein nie erreichen würdest. Wer dich empfiehlt, erzählt auch Menschen von dir, die selbst gar nicht online aktiv sind.",
            "The people you are connected with online are far more than potential buyers. Each of them knows others and opens a way into circles you would never reach on your own. Someone who recommends you also tells people about you who are not active online at all.",
        ),
        fact: Fact {
            statement: Text::new(
                "Wer Facebook nutzt, ist dort im Durchschnitt mit 130 Kontakten verbunden.",
                "On average, a Facebook user is connected with 130 contacts there.",
            ),
            source: FEUER_FREI,
        },
        weight: 1,
        remedy: PlanStep::Goal,
    },
    Argument {
        key: "beyond-ads",
        title: Text::new("Mehr als Werbung", "More than advertising"),
        question: Text::addressed(
            "Nutzen Sie soziale Netzwerke auch jenseits von Werbung – um sichtbar zu sein, dazuzulernen, sich auszutauschen?",
            "Nutzt du soziale Netzwerke auch jenseits von Werbung – um sichtbar zu sein, dazuzulernen, dich auszutauschen?",
            "Do you use social networks for more than advertising – to be visible, to learn, to exchange ideas?",
        ),
        options: [
            Text::new(
                "Nein, für mich wären sie nur ein Werbekanal.",
                "No, to me they would only be an advertising channel.",
            ),
            Text::new(
                "Ich lese gelegentlich mit, mehr nicht.",
                "I read along now and then, nothing more.",
            ),
            Text::new(
                "Ja, für ein oder zwei dieser Zwecke.",
                "Yes, for one or two of these purposes.",
            ),
            Text::new(
                "Ja, ich nutze sie regelmäßig für vieles davon.",
                "Yes, I use them regularly for many of these.",
            ),
        ],
        debunk: Text::addressed(
            "Selbst wenn Anzeigen bei Ihrer Zielgruppe wenig bewirken, lohnt sich eine eigene Präsenz. Sie werden sichtbar und bauen Reichweite und ein Netzwerk auf. Nebenbei erfahren Sie, was sich in Ihrer Branche tut, tauschen sich mit Fachleuten aus und stoßen auf neue Lieferanten und Dienstleister.",
            "Selbst wenn Anzeigen bei deiner Zielgruppe wenig bewirken, lohnt sich eine eigene Präsenz. Du wirst sichtbar und baust Reichweite und ein Netzwerk auf. Nebenbei erfährst du, was sich in deiner Branche tut, tauschst dich mit Fachleuten aus und stößt auf neue Lieferanten und Dienstleister.",
            "Even if ads do little for your target group, being present pays off. You become visible and build reach and a network of your own. Along the way you learn what is happening in your industry, exchange ideas with peers and come across new suppliers and service providers.",
        ),
        fact: Fact {
            statement: Text::new(
                "Allein Facebook zählt in Deutschland 30 Millionen Nutzerinnen und Nutzer.",
                "Facebook alone has 30 million users in Germany.",
            ),
            source: ESCHMENT_2018,
        },
        weight: 1,
        remedy: PlanStep::Goal,
    },
    Argument {
        key: "not-absent",
        title: Text::new("Da, aber zurückhaltend", "Present, but holding back"),
        question: Text::addressed(
            "Setzen Sie in sozialen Netzwerken auf nützliche Beiträge und Gespräche statt auf direkte Verkaufsangebote?",
            "Setzt du in sozialen Netzwerken auf nützliche Beiträge und Gespräche statt auf direkte Verkaufsangebote?",
            "On social media, do you rely on useful posts and conversation rather than direct sales pitches?",
        ),
        options: [
            Text::new(
                "Nein, ich bin dort nicht aktiv oder werbe nur.",
                "No, I am not active there, or I only advertise.",
            ),
            Text::new(
                "Meist geht es in meinen Beiträgen ums Verkaufen.",
                "My posts are mostly about selling.",
            ),
            Text::new(
                "Ich mische Angebote mit hilfreichen Beiträgen.",
                "I mix offers with helpful posts.",
            ),
            Text::new(
                "Ja, ich setze auf Hilfe und Dialog, Angebote sind selten.",
                "Yes, I focus on help and conversation; offers are rare.",
            ),
        ],
        debunk: Text::new(
            "Wer Fremden per Privatnachricht Angebote schickt, erntet oft Schweigen – und hält das leicht für den Beweis, dass dort keine Kunden sind. Tatsächlich weichen die Menschen nur dem Verkaufsdruck aus. Persönliche Profile sind kein Vertriebsweg; Vertrauen wächst durch Hilfsbereitschaft und ehrliches Gespräch.",
            "If you send strangers sales offers by private message, you will often hear nothing back – and may take that as proof that there are no customers. In fact, people are simply avoiding the sales pressure. Personal profiles are not a sales channel; trust grows from helpfulness and honest conversation.",
        ),
        fact: Fact {
            statement: Text::new(
                "Laut einer Oxford-Studie sprechen soziale Medien das Belohnungszentrum im Gehirn an: Man kommt für Rückmeldung und Zugehörigkeit, nicht für Verkaufsgespräche.",
                "According to an Oxford study, social media activates the brain’s reward centre: people come for feedback and belonging, not for sales pitches.",
            ),
            source: Text::new(
                "Oxford-Studie, zitiert in „Feuer frei für Social Media“, Fachbeitrag eines Social-Media-Beratungsunternehmens (undatiert)",
                "Oxford study, quoted in “Feuer frei für Social Media”, article by a German social media consultancy (undated)",
            ),
        },
        weight: 1,
        remedy: PlanStep::Focus,
    },
    Argument {
        key: "beyond-big-networks",
        title: Text::new("Mehr als die großen Netzwerke", "More than the big networks"),
        question: Text::addressed(
            "Wissen Sie, wo Ihre Kunden still mitlesen oder sich in Messenger-Gruppen Tipps und Empfehlungen geben?",
            "Weißt du, wo deine Kunden still mitlesen oder sich in Messenger-Gruppen Tipps und Empfehlungen geben?",
            "Do you know where your customers quietly read along, or swap tips and recommendations in messenger groups?",
        ),
        options: [
            Text::new(
                "Nein, daran habe ich noch nicht gedacht.",
                "No, I hadn’t thought of that.",
            ),
            Text::new(
                "Ich ahne es, kenne aber keine solchen Gruppen.",
                "I suspect so, but I don’t know any such groups.",
            ),
            Text::new(
                "Ich kenne einige solcher Gruppen und Foren.",
                "I know a few such groups and forums.",
            ),
            Text::new(
                "Ja, und man kann mich dort leicht weiterempfehlen.",
                "Yes, and I am easy to recommend there.",
            ),
        ],
        debunk: Text::new(
            "Viele Menschen posten nie etwas, lesen aber regelmäßig mit und informieren sich dabei auch über Anbieter. Dazu kommen kleine Gruppen in WhatsApp und anderen Messengern, in denen Nachbarn, Eltern oder Kollegen Tipps und Links teilen. Auch wer Facebook meidet, ist dort oft dabei – und genau dort fallen Empfehlungen.",
            "Many people never post anything but read along regularly, and find out about providers as they do. Then there are small groups in WhatsApp and other messengers where neighbours, parents or colleagues share tips and links. Even people who avoid Facebook are often part of these – and that is exactly where recommendations are made.",
        ),
        fact: Fact {
            statement: Text::new(
                "WhatsApp kam auf 900 Millionen Nutzerinnen und Nutzer.",
                "WhatsApp had 900 million users.",
            ),
            source: Text::new(
                "Thomas Eschment, „Ohne Social Media bist du im Eimer!“, 2018 (Nutzerzahlen wie dort angegeben)",
                "Thomas Eschment, “Ohne Social Media bist du im Eimer!”, 2018 (user figures as quoted there)",
            ),
        },
        weight: 1,
        remedy: PlanStep::Networks,
    },
    Argument {
        key: "search-engines",
        title: Text::new("Suchmaschinen und Bewertungen", "Search engines and reviews"),
        question: Text::addressed(
            "Wissen Sie, was eine Suche nach Ihrem Namen zeigt, und pflegen Sie Ihre Bewertungen, etwa im Google-Unternehmensprofil?",
            "Weißt du, was eine Suche nach deinem Namen zeigt, und pflegst du deine Bewertungen, etwa im Google-Unternehmensprofil?",
            "Do you know what a search for your name shows, and do you look after your reviews, for example on your Google business profile?",
        ),
        options: [
            Text::new(
                "Nein, darum habe ich mich noch nicht gekümmert.",
                "No, I haven’t looked into that yet.",
            ),
            Text::new(
                "Ich habe einmal gesucht, pflege aber nichts.",
                "I have searched once, but I don’t look after anything.",
            ),
            Text::new(
                "Ich habe ein Profil, kümmere mich aber selten darum.",
                "I have a profile, but I rarely look after it.",
            ),
            Text::new(
                "Ja, ich pflege mein Profil und antworte auf Bewertungen.",
                "Yes, I keep my profile up to date and reply to reviews.",
            ),
        ],
        debunk: Text::addressed(
            "Eine gewöhnliche Suche bei Google & Co. liefert auch Beiträge aus sozialen Netzwerken, oft ohne eigenes Konto lesbar. Für Suchende gibt es keine Grenze zwischen „dem Internet“ und „den sozialen Medien“. Und damit gute Bewertungen entstehen, etwa im Google-Unternehmensprofil oder in Branchenportalen, brauchen Sie Menschen, die Sie kennen und gern bewerten.",
            "Eine gewöhnliche Suche bei Google & Co. liefert auch Beiträge aus sozialen Netzwerken, oft ohne eigenes Konto lesbar. Für Suchende gibt es keine Grenze zwischen „dem Internet“ und „den sozialen Medien“. Und damit gute Bewertungen entstehen, etwa im Google-Unternehmensprofil oder in Branchenportalen, brauchst du Menschen, die dich kennen und gern bewerten.",
            "An ordinary search on Google and the like also brings up posts from social networks, often readable without an account. For someone searching, there is no line between “the internet” and “social media”. And for good reviews to appear, on your Google business profile or on industry portals, you need people who know you and are happy to rate you.",
        ),
        fact: Fact {
            statement: Text::new(
                "70\u{a0}% der Deutschen recherchieren vor einem Kauf im Internet.",
                "70% of Germans research online before they buy.",
            ),
            source: FEUER_FREI,
        },
        weight: 1,
        remedy: PlanStep::Networks,
    },
    Argument {
        key: "crisis",
        title: Text::new("Krisenfest durch Netzwerke", "Resilient in a crisis"),
        question: Text::addressed(
            "Würden Sie rechtzeitig merken, wenn online schlecht über Ihr Unternehmen gesprochen wird – und könnten Sie dann reagieren?",
            "Würdest du rechtzeitig merken, wenn online schlecht über dein Unternehmen gesprochen wird – und könntest du dann reagieren?",
            "Would you notice in time if people spoke badly about your business online – and could you respond?",
        ),
        options: [
            Text::new(
                "Nein, davon würde ich wohl erst spät erfahren.",
                "No, I would probably hear about it late.",
            ),
            Text::new(
                "Vielleicht zufällig, wenn mich jemand darauf hinweist.",
                "Perhaps by chance, if someone pointed it out to me.",
            ),
            Text::new(
                "Ich schaue ab und zu nach, was über mich geschrieben wird.",
                "I check now and then what is written about me.",
            ),
            Text::new(
                "Ja, ich habe eine Suchbenachrichtigung und ein Netzwerk, das mich kennt.",
                "Yes, I have a search alert and a network that knows me.",
            ),
        ],
        debunk: Text::addressed(
            "Wer in sozialen Netzwerken fehlt, bekommt kaum mit, wie dort über die eigene Firma geredet wird. Kritik oder falsche Behauptungen erreichen Sie dann spät, und Ihnen fehlt ein Netzwerk, das Ihre Sicht weiterträgt. Ein einfacher Anfang: Richten Sie eine Suchbenachrichtigung, etwa einen Google Alert, für Ihren Namen und Ihren Firmennamen ein.",
            "Wer in sozialen Netzwerken fehlt, bekommt kaum mit, wie dort über die eigene Firma geredet wird. Kritik oder falsche Behauptungen erreichen dich dann spät, und dir fehlt ein Netzwerk, das deine Sicht weiterträgt. Ein einfacher Anfang: Richte eine Suchbenachrichtigung, etwa einen Google Alert, für deinen Namen und deinen Firmennamen ein.",
            "If you are absent from social networks, you hardly notice how people there talk about your business. Criticism or false claims then reach you late, and you have no network to carry your side of the story. A simple start: set up a search alert, such as a Google Alert, for your own name and your company name.",
        ),
        fact: Fact {
            statement: Text::new(
                "Jeff Bezos zufolge erzählt ein unzufriedener Kunde offline 6 Menschen davon, online aber 6.000.",
                "According to Jeff Bezos, an unhappy customer tells 6 people offline, but 6,000 online.",
            ),
            source: Text::new(
                "Jeff Bezos, zitiert in Thomas Eschment, „Ohne Social Media bist du im Eimer!“, 2018",
                "Jeff Bezos, quoted in Thomas Eschment, “Ohne Social Media bist du im Eimer!”, 2018",
            ),
        },
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
