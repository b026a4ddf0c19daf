use crate::components::page_bar::use_page_language;
use crate::pages::check::header::Header;
use crate::pages::check::preview_notice::{preview_notice, PreviewNoticeProps};
use crate::web::host;
use crate::web::settings::{self, Settings};
use model::content::UI;
use model::settings::{Place, Problem, ProblemKind};
use model::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub lang: Lang,
    pub settings: Rc<Settings>,
    /// The position of the question on screen, for the progress bar.
    #[prop_or_default]
    pub question: Option<usize>,
    pub onsetlang: Callback<Lang>,
    #[prop_or_default]
    pub onrestart: Option<Callback<()>>,
    pub children: Html,
}

/// What the check's pages share around their content: the header with the site owner's name and logo,
/// the document's title and language, and in preview mode the owner's notice. A logo that does not load
/// is dropped and reported like any other mistake in the settings.
#[function_component(Shell)]
pub fn shell(props: &ShellProps) -> Html {
    let lang = props.lang;
    let config = &props.settings.config;
    let logo_failed = use_state(|| false);
    let title = match &config.name {
        Some(name) => [UI.app_title.get(lang), " – ", name].concat(),
        None => UI.app_title.get(lang).to_owned(),
    };
    use_page_language(lang, title);
    let logo_problem = config.logo.as_ref().map(|logo| Problem {
        place: Place::Page,
        kind: ProblemKind::LogoMissing {
            value: logo.clone(),
        },
    });
    let onlogoerror = {
        let (logo_failed, logo_problem) = (logo_failed.clone(), logo_problem.clone());
        Callback::from(move |_| {
            settings::report(logo_problem.as_slice(), lang);
            logo_failed.set(true);
        })
    };
    // After every render, an embedded page tells its host how tall it now is.
    use_effect(host::post_height);
    let mut problems = props.settings.problems.clone();
    if *logo_failed {
        problems.extend(logo_problem);
    }

    html! {
        <>
            <Header
                {lang}
                question={props.question}
                onsetlang={props.onsetlang.clone()}
                onrestart={props.onrestart.clone()}
                name={config.name.clone()}
                logo={config.logo.clone().filter(|_| !*logo_failed)}
                {onlogoerror}
            />
            <main class="screen">
                if config.preview {
                    { preview_notice(&PreviewNoticeProps { lang, problems }) }
                }
                { props.children.clone() }
            </main>
        </>
    }
}
