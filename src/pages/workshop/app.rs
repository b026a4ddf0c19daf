//! The workshop screen's top-level component: state, persistence, and the panels.

use super::collect::{CollectPanel, WorkshopPicker};
use super::group::{group_panel, GroupPanelProps};
use super::join::{contact_field, ContactFieldProps, JoinPanel};
use super::participants::{participant_list, ParticipantListProps};
use super::slides::{Slides, Step};
use crate::components::notice::{notice, NoticeProps};
use crate::components::page_bar::{use_page_language, PageBar};
use crate::state::State;
use crate::web::storage::WorkshopsKept;
use crate::web::{dom, sharing, storage};
use crate::PageProps;
use model::content::{UI, WORKSHOP_UI};
use model::share::card::{group_card_svg, CardColours};
use model::workshop::csv::{to_csv, CsvFormat};
use model::workshop::facilitator::join_link;
use model::workshop::state::{WorkshopAction, WorkshopState};
use yew::platform::spawn_local;
use yew::prelude::*;

#[function_component(WorkshopApp)]
pub fn workshop_app(props: &PageProps) -> Html {
    let loaded = use_memo((), |_| storage::load_workshops());
    let screen = use_reducer(|| {
        let lang = storage::saved_language()
            .or(props.settings.config.lang)
            .unwrap_or_default();
        let contact = storage::load_workshop_contact();
        State(WorkshopState::new(lang, loaded.0.clone(), contact))
    });
    let state = &screen.0;
    let show_damaged_notice = use_state(|| loaded.1);
    let lang = state.lang.with_address(props.settings.config.address);

    use_effect_with(state.contact.clone(), |contact| {
        storage::save_workshop_contact(contact)
    });
    let contact = state.contact();
    let join_link: AttrValue = join_link(
        &dom::folder_address(),
        contact.as_ref().ok().and_then(Option::as_ref),
    )
    .into();
    let kept = use_state_eq(|| WorkshopsKept::InStorage);
    {
        let (kept, loading) = (kept.clone(), use_mut_ref(|| true));
        use_effect_with(state.workshops.clone(), move |workshops| {
            // What was just loaded needs no saving; and saving it before the database has been asked
            // (below) would put an empty list over the workshops kept there.
            if loading.replace(false) {
                return;
            }
            // Nothing to lose while there are no results: no warning for a browser that blocks storage.
            let has_results = workshops.list.iter().any(|w| !w.participants().is_empty());
            storage::save_workshops(workshops, move |went| {
                kept.set(if has_results {
                    went
                } else {
                    WorkshopsKept::InStorage
                })
            });
        });
    }
    let save_failed = *kept == WorkshopsKept::Nowhere;
    // Where `localStorage` had no workshops, the browser's database may have kept them while it was full.
    {
        let (screen, none_loaded) = (screen.clone(), loaded.0.list.is_empty());
        use_effect_with((), move |_| {
            if none_loaded {
                spawn_local(async move {
                    if let Some(workshops) = storage::load_workshops_from_database().await {
                        screen.dispatch(WorkshopAction::Restore(workshops));
                    }
                });
            }
        });
    }
    use_page_language(lang, WORKSHOP_UI.title.get(lang).to_owned());

    let onsetlang = {
        let screen = screen.clone();
        Callback::from(move |lang| screen.dispatch(WorkshopAction::SetLang(lang)))
    };
    let presenting = state.presenting;
    let ontogglepresent = {
        let screen = screen.clone();
        Callback::from(move |_: MouseEvent| screen.dispatch(WorkshopAction::Present(!presenting)))
    };
    let ondismiss = {
        let show = show_damaged_notice.clone();
        Callback::from(move |_| show.set(false))
    };

    let current = state.current();
    let view = state.group_view();
    let slides = model::workshop::state::slides(view.as_ref());
    // The collecting panel starts open only for a workshop without results, and is not closed under the
    // facilitator's hands when the first results arrive.
    let collect_open = *use_memo(state.current, |_| {
        current.is_none_or(|workshop| workshop.participants().is_empty())
    });
    let onstep = {
        let screen = screen.clone();
        Callback::from(move |step| {
            screen.dispatch(match step {
                Step::Previous => WorkshopAction::PreviousSlide,
                Step::Next => WorkshopAction::NextSlide,
            })
        })
    };
    let onexportcsv = {
        let workshop = current.cloned();
        Callback::from(move |format: CsvFormat| {
            if let Some(workshop) = &workshop {
                let name = format!("{}.csv", WORKSHOP_UI.csv_file_name.get(lang));
                let csv = to_csv(workshop, format);
                // A browser that refuses downloads leaves nothing to tell the facilitator beyond it.
                let _ = sharing::download_text(&csv, "text/csv;charset=utf-8", &name);
            }
        })
    };
    let onexportimage = {
        // The image carries the site owner's colours, as the screen does.
        let config = &props.settings.config;
        let colours = CardColours::brand(config.primary, config.accent);
        let owner = config.name.as_deref();
        let svg = current
            .zip(view.as_ref())
            .map(|(workshop, view)| group_card_svg(lang, owner, &workshop.name, view, colours));
        Callback::from(move |_| {
            if let Some(svg) = svg.clone() {
                spawn_local(async move {
                    let _ = sharing::download_card_png(&svg, WORKSHOP_UI.image_file_name.get(lang))
                        .await;
                });
            }
        })
    };

    // The consultant's name from config.ini heads the screen and every slide, where it gives one: the
    // workshop is theirs, and the room sees whose it is.
    let owner_or_product: AttrValue = props
        .settings
        .config
        .name
        .clone()
        .map_or_else(|| UI.app_title.get(lang).into(), AttrValue::from);
    let group = match (current, view.clone()) {
        (Some(_), Some(view)) => group_panel(&GroupPanelProps {
            lang,
            view,
            onexportcsv: onexportcsv.clone(),
            onexportimage,
        }),
        (Some(_), None) => html! {
            <section class="group"><h2>{ WORKSHOP_UI.group_heading.get(lang) }</h2>
                <p>{ WORKSHOP_UI.no_participants.get(lang) }</p></section>
        },
        (None, _) => html! {},
    };

    html! {
        <div class={classes!("workshop", presenting.then_some("presenting"))}>
            <PageBar {lang} tools_label={WORKSHOP_UI.title.get(lang)} {onsetlang}
                brand={html! { <>{ owner_or_product.clone() }{ " · " }{ WORKSHOP_UI.title.get(lang) }</> }}>
                <button type="button" class="link-button" onclick={ontogglepresent} aria-pressed={presenting.to_string()}>
                    { if presenting { WORKSHOP_UI.presentation_end.get(lang) } else { WORKSHOP_UI.presentation_start.get(lang) } }
                </button>
                if !presenting {
                    <a class="link-button" href="./">{ WORKSHOP_UI.back_to_check.get(lang) }</a>
                }
            </PageBar>
            <main class="screen">
                <h1 class={classes!(presenting.then_some("visually-hidden"))}>{ WORKSHOP_UI.title.get(lang) }</h1>
                if *kept == WorkshopsKept::InDatabase {
                    <div class="notice kept-in-database" role="status">
                        <p>{ WORKSHOP_UI.kept_in_database.get(lang) }</p>
                    </div>
                }
                if save_failed {
                    <div class="notice save-failed" role="alert">
                        <p>{ WORKSHOP_UI.save_failed.get(lang) }</p>
                        if current.is_some() {
                            <button type="button" class="primary" onclick={onexportcsv.reform(move |_: MouseEvent| CsvFormat::Spreadsheet(lang))}>
                                { WORKSHOP_UI.save_failed_download.get(lang) }
                            </button>
                        }
                    </div>
                }
                if *show_damaged_notice {
                    { notice(&NoticeProps {
                        text: WORKSHOP_UI.saved_damaged.get(lang).into(),
                        dismiss: UI.dismiss.get(lang).into(),
                        ondismiss,
                    }) }
                }
                if presenting {
                    <Slides {lang} {slides} current={state.slide} {view} link={join_link.clone()}
                        owner={owner_or_product.clone()}
                        covered={state.covered} {onstep} oncover={dispatcher(&screen, WorkshopAction::Cover)} />
                } else {
                    <p class="lead">{ WORKSHOP_UI.intro.get(lang) }</p>
                    <WorkshopPicker {lang} workshops={state.workshops.clone()} current={state.current}
                        oncreate={dispatcher(&screen, WorkshopAction::Create)} onselect={dispatcher(&screen, WorkshopAction::Select)}
                        ondelete={dispatcher(&screen, WorkshopAction::Delete)} />
                    { group }
                    <details class="fold collect-fold" open={collect_open}>
                        <summary>{ WORKSHOP_UI.collect_fold.get(lang) }</summary>
                        { contact_field(&ContactFieldProps {
                            lang,
                            value: state.contact.clone().into(),
                            shown: contact.as_ref().ok().and_then(Option::as_ref).map(|c| AttrValue::from(c.shown().to_owned())),
                            invalid: contact.is_err(),
                            onchange: dispatcher(&screen, WorkshopAction::SetContact),
                        }) }
                        <JoinPanel {lang} link={join_link} />
                        if current.is_some() {
                            <CollectPanel {lang} report={state.report.clone()} onadd={dispatcher(&screen, WorkshopAction::AddLinks)} />
                        }
                    </details>
                    if let Some(workshop) = current {
                        { participant_list(&ParticipantListProps {
                            lang,
                            participants: workshop.participants().to_vec(),
                            onremove: dispatcher(&screen, WorkshopAction::RemoveParticipant),
                        }) }
                    }
                }
            </main>
        </div>
    }
}

/// A callback that turns what a panel reports into an action on the workshop state.
fn dispatcher<T: 'static>(
    screen: &UseReducerHandle<State<WorkshopState>>,
    make: fn(T) -> WorkshopAction,
) -> Callback<T> {
    let screen = screen.clone();
    Callback::from(move |value| screen.dispatch(make(value)))
}
