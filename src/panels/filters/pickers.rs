//! The filter panel's pickers beyond the plain lists: regions and cities as countries and regions are
//! chosen, page URLs of the chosen domains, playback types, and users found by a search.

use super::choice_list::{ChoiceBox, ChoiceList};
use super::options::{choices, page_url_call, place_calls, ChoiceSet};
use crate::api::{explain, explain_response, slot_value, table_at};
use crate::components::panel::panel_body;
use crate::dashboard::panel_data::use_panel_data;
use crate::dashboard::DashboardContext;
use crate::i18n::{t, Msg};
use crate::state::filters::{playback_type_label, Dimension, Filters};
use leptos::prelude::*;
use report_api::metadata::{user_list, ListPage, User};
use report_api::time_range::TimeBounds;

/// Regions of the chosen countries, cities of the chosen regions: loaded as the choice narrows.
#[component]
pub fn PlaceChoices(draft: RwSignal<Filters>) -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let countries = Memo::new(move |_| draft.with(|f| f.get(Dimension::Country).to_vec()));
    let regions = Memo::new(move |_| draft.with(|f| f.get(Dimension::Region).to_vec()));
    let places = use_panel_data(
        move || (ctx.scope().current, countries.get(), regions.get()),
        move |(_, countries, regions): (TimeBounds, Vec<String>, Vec<String>)| {
            let client = ctx.client();
            let calls = place_calls(&ctx.scope_untracked(), &countries, &regions);
            async move {
                if countries.is_empty() {
                    return Ok((ChoiceSet::default(), ChoiceSet::default()));
                }
                let slots = client.multirequest(&calls).await.map_err(|e| explain(&e))?;
                let read = |i: usize, col: &str, d| table_at(&slots, i).map(|t| choices(&t, col, col, d));
                let r = read(0, "region", Dimension::Region)?;
                let c = if regions.is_empty() {
                    ChoiceSet::default()
                } else {
                    read(1, "city", Dimension::City)?
                };
                Ok((r, c))
            }
        },
    );
    panel_body(places, move |(r, c): (ChoiceSet, ChoiceSet)| {
        view! {
            {(!countries.get().is_empty()).then(|| view! { <ChoiceList dim=Dimension::Region choices=r draft /> })}
            {(!regions.get().is_empty()).then(|| view! { <ChoiceList dim=Dimension::City choices=c draft /> })}
        }
    })
}

/// Page URLs of the chosen domains (loaded when a domain is picked).
#[component]
pub fn PageUrlChoices(draft: RwSignal<Filters>) -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let domains = Memo::new(move |_| draft.with(|f| f.get(Dimension::Domain).to_vec()));
    let data = use_panel_data(
        move || (ctx.scope().current, domains.get()),
        move |(_, domains): (TimeBounds, Vec<String>)| {
            let client = ctx.client();
            let call = page_url_call(&ctx.scope_untracked(), &domains);
            async move {
                if domains.is_empty() {
                    return Ok(ChoiceSet::default());
                }
                let slots = client.multirequest(&[call]).await.map_err(|e| explain(&e))?;
                table_at(&slots, 0).map(|t| choices(&t, "referrer", "referrer", Dimension::PageUrl))
            }
        },
    );
    let body = panel_body(data, move |c: ChoiceSet| {
        (!domains.get().is_empty()).then(|| view! { <ChoiceList dim=Dimension::PageUrl choices=c draft /> })
    });
    view! { {body} }
}

/// Video on demand, live and DVR.
#[component]
pub fn PlaybackTypeChoices(draft: RwSignal<Filters>) -> impl IntoView {
    view! {
        <fieldset class="filter-group">
            <legend>{t(Msg::PlaybackType)}</legend>
            <ul class="choices">
                {["vod", "live", "dvr"]
                    .into_iter()
                    .map(|v| {
                        view! {
                            <ChoiceBox
                                dim=Dimension::PlaybackType
                                value=v.to_string()
                                label=playback_type_label(v).to_string()
                                draft
                            />
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="muted small">{t(Msg::VodOnlyByDefault)}</p>
        </fieldset>
    }
}

/// Users: a search over `user.list`; picked users become the user filter, and stay listed.
#[component]
pub fn UserChoices(draft: RwSignal<Filters>) -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let query = RwSignal::new(String::new());
    let found: RwSignal<Result<Vec<User>, String>> = RwSignal::new(Ok(vec![]));
    let search = move || {
        let text = query.get_untracked().trim().to_string();
        if text.is_empty() {
            found.set(Ok(vec![]));
            return;
        }
        let client = ctx.client();
        leptos::task::spawn_local(async move {
            let r = client.multirequest(&[user_list(Some(&text), None, 30)]).await;
            found.set(match r {
                Err(e) => Err(explain(&e)),
                Ok(slots) => slot_value(slots.first())
                    .and_then(|v| ListPage::parse(v, User::parse))
                    .map(|p| p.objects)
                    .map_err(|e| explain_response(&e)),
            });
        });
    };
    let list = move || {
        let mut list: Vec<(String, String)> = draft.with(|f| {
            f.get(Dimension::User)
                .iter()
                .map(|u| (u.clone(), u.clone()))
                .collect()
        });
        let error = match found.get() {
            Ok(users) => {
                for u in users {
                    if !list.iter().any(|(id, _)| *id == u.id) {
                        let label = if u.full_name.is_empty() {
                            u.id.clone()
                        } else {
                            format!("{} ({})", u.full_name, u.id)
                        };
                        list.push((u.id, label));
                    }
                }
                None
            }
            Err(e) => Some(e),
        };
        view! {
            {error.map(|e| view! { <li class="compare-error" role="alert">{e}</li> })}
            {list
                .into_iter()
                .map(|(id, label)| view! { <ChoiceBox dim=Dimension::User value=id label draft /> })
                .collect_view()}
        }
    };
    view! {
        <fieldset class="filter-group">
            <legend>{t(Msg::Users)}</legend>
            <form
                class="inline-search"
                role="search"
                on:submit=move |ev| {
                    ev.prevent_default();
                    search();
                }
            >
                <input
                    type="search"
                    aria-label=t(Msg::FindUsers)
                    placeholder=t(Msg::IdOrNameStarts)
                    maxlength="100"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
                <button type="submit">{t(Msg::Find)}</button>
            </form>
            <ul class="choices">{list}</ul>
        </fieldset>
    }
}
