use crate::pages::check::result::ResultView;
use crate::web::analytics::counting;
use crate::web::dom::{self, STEP_HEADING_ID};
use crate::web::settings::Settings;
use model::analytics::Event;
use model::check::code::CodeError;
use model::check::link::explain;
use model::check::scoring::Reader;
use model::content::UI;
use model::lead::contact_href;
use model::{CompleteAnswers, Lang, Scores};
use std::rc::Rc;
use yew::prelude::*;

pub struct SharedResultProps {
    pub lang: Lang,
    /// What the result link held.
    pub outcome: Result<CompleteAnswers, CodeError>,
    /// The user wants to take the check themselves.
    pub ontakecheck: Callback<()>,
    /// The site owner's settings: the contact button of the consultant whose check this is.
    pub settings: Rc<Settings>,
}

/// A result someone shared, read-only, or the reason their link does not open. Either way the way into the
/// user's own check is one click away; the user's own saved answers are never touched.
pub fn shared_result(props: &SharedResultProps) -> Html {
    let lang = props.lang;
    let take_check = html! {
        <button type="button" class="primary" onclick={props.ontakecheck.reform(|_: MouseEvent| ())}>
            { UI.take_check.get(lang) }
        </button>
    };
    match props.outcome {
        // Third person throughout, with the way to the reader's own check at the top and at the bottom. A
        // result someone sent them is a reason to talk too: the consultant's contact button, worded for
        // the one who received it.
        Ok(answers) => {
            let config = &props.settings.config;
            let scores = Scores::of(&answers);
            let contact = config.contact_link.as_ref().map(|contact_link| {
                let label = config
                    .owners_contact_label(lang)
                    .unwrap_or(UI.shared_contact_label.get(lang));
                let onclick = counting(Event::ContactClicked, &props.settings, lang);
                html! {
                    <a class="primary" href={contact_href(lang, contact_link, &dom::result_link(&answers))} {onclick}>{ label }</a>
                }
            });
            let contact_text = Some(AttrValue::from(UI.shared_contact_text.get(lang)));
            html! {
            <ResultView key="shared-result" {lang} {answers} {scores} reader={Reader::Shared} heading={UI.shared_heading.get(lang)} {contact} {contact_text}
                next_steps_heading={UI.shared_next_steps_heading.get(lang)}
                intro={html! {
                    <div class="shared-intro">
                        <p class="shared-note">{ UI.shared_note.get(lang) }</p>
                        { take_check.clone() }
                    </div>
                }}>
                <div class="step-nav">{ take_check }</div>
            </ResultView>
            }
        }
        Err(error) => html! {
            <section key="link-error" class="link-error" aria-labelledby={STEP_HEADING_ID}>
                <h1 id={STEP_HEADING_ID} tabindex="-1">{ UI.link_error_heading.get(lang) }</h1>
                <p>{ explain(error).get(lang) }</p>
                <div class="step-nav">{ take_check }</div>
            </section>
        },
    }
}
