//! Filters: the panel that picks them (location, device, operating system, browser, domain and page URL,
//! category / playback context, users, playback type; option lists from the API for the current dates),
//! and the chips that show the active ones, each removable. Applying re-queries every panel through the
//! URL.

use crate::api::{explain, explain_response, slot_value, table_at};
use crate::components::panel::panel_body;
use crate::dashboard::panel_data::use_panel_data;
use crate::dashboard::{DashboardContext, Scope};
use crate::format;
use crate::i18n::{t, tf, Msg};
use crate::state::filters::{playback_type_label, Dimension, Filters};
use leptos::prelude::*;
use report_api::geo::stored_country_name;
use report_api::headers::COUNT_PLAYS;
use report_api::metadata::{user_list, ListPage, User};
use report_api::{Pager, ReportAction, ReportCall, ReportTable, ReportType, ServiceCall, DELIMITER};

/// One choice of a filter: the value sent, what people read, and its plays in the period.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// The value as the API stores it.
    pub value: String,
    /// Its label.
    pub label: String,
    /// Plays in the period (0 when unknown).
    pub plays: f64,
}

/// One dimension's choices, and how many values the service has (more than listed when it has more
/// than the 500 asked for).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChoiceSet {
    /// The values listed, most played first.
    pub choices: Vec<Choice>,
    /// Values the service has.
    pub total: u64,
}

/// The dimensions whose choices come from one report, with the report, its value column and label column.
const LISTED: [(Dimension, ReportType, &str, &str); 5] = [
    (
        Dimension::Country,
        ReportType::MapOverlayCountry,
        "country",
        "country",
    ),
    (Dimension::Device, ReportType::Platforms, "device", "device"),
    (
        Dimension::OperatingSystem,
        ReportType::OperatingSystem,
        "os",
        "os",
    ),
    (Dimension::Browser, ReportType::Browsers, "browser", "browser"),
    (
        Dimension::Domain,
        ReportType::TopSyndication,
        "domain_name",
        "domain_name",
    ),
];

/// The option calls: one table per listed dimension, then the playback contexts, for the current dates
/// and the entry only (so every value that has plays can be picked, whatever is already filtered).
pub fn option_calls(scope: &Scope) -> Vec<ServiceCall> {
    let bare = Scope {
        filters: Filters::new(),
        ..scope.clone()
    };
    let f = bare.filter(bare.current);
    let table = |report| {
        ReportCall::new(
            ReportAction::GetTable {
                pager: Pager::new(500, 1),
                order: Some(format!("-{COUNT_PLAYS}")),
            },
            report,
            f.clone(),
        )
        .to_service_call()
    };
    let mut calls: Vec<ServiceCall> = LISTED.iter().map(|(_, r, _, _)| table(*r)).collect();
    calls.push(table(ReportType::TopPlaybackContext));
    calls
}

/// The choices of a table: value column, label column (the stored name for countries).
pub fn choices(table: &ReportTable, value: &str, label: &str, d: Dimension) -> ChoiceSet {
    let listed = table
        .iter()
        .filter_map(|r| {
            let shown = r.text(label).to_string();
            let v = if d == Dimension::Country {
                stored_country_name(r.text(value)).to_string()
            } else {
                r.text(value).to_string()
            };
            (!v.is_empty() && !v.contains(DELIMITER)).then(|| Choice {
                value: v,
                label: if shown.is_empty() {
                    r.text(value).to_string()
                } else {
                    shown
                },
                plays: r.num(COUNT_PLAYS),
            })
        })
        .collect();
    ChoiceSet {
        choices: listed,
        total: table
            .total_count
            .max(table.rows.len() as u64 + table.omitted_rows),
    }
}

/// Every dimension's choices.
pub type Options = Vec<(Dimension, ChoiceSet)>;

/// Reads the answer of [`option_calls`]; a failed list is an empty one, not a failed panel.
pub fn parse_options(slots: &[crate::api::Slot]) -> Options {
    let table = |i: usize| table_at(slots, i).ok();
    let mut out: Options = LISTED
        .iter()
        .enumerate()
        .map(|(i, (d, _, value, label))| {
            (
                *d,
                table(i)
                    .map(|t| choices(&t, value, label, *d))
                    .unwrap_or_default(),
            )
        })
        .collect();
    let contexts = table(LISTED.len())
        .map(|t| choices(&t, "object_id", "name", Dimension::Context))
        .unwrap_or_default();
    out.push((Dimension::Context, contexts));
    out
}

/// A chip's label: `Country: France`, with playback types and known context names readable.
pub fn chip_label(d: Dimension, value: &str) -> String {
    let v = match d {
        Dimension::PlaybackType => playback_type_label(value).to_string(),
        Dimension::User if value == "Unknown" => t(Msg::AnonymousViewers).to_string(),
        _ => value.to_string(),
    };
    format!("{}: {v}", d.label())
}

/// The active filters as removable chips, with "Clear all".
#[component]
pub fn FilterChips() -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let chips = Memo::new(move |_| ctx.state.with(|s| s.filters.chips()));
    view! {
        <Show when=move || !chips.get().is_empty()>
            <div class="filter-chips" role="region" aria-label=t(Msg::ActiveFilters)>
                <span class="chips-title">{t(Msg::FilteredTo)}</span>
                <ul>
                    {move || {
                        chips
                            .get()
                            .into_iter()
                            .map(|(d, v)| {
                                let label = chip_label(d, &v);
                                view! {
                                    <li class="chip" data-dim=d.key()>
                                        <span>{label.clone()}</span>
                                        <button
                                            type="button"
                                            aria-label=tf(Msg::RemoveFilter, &[&label])
                                            on:click=move |_| {
                                                let s = ctx.state.get_untracked();
                                                let f = s.filters.without(d, &v);
                                                ctx.on_change.run(s.with_filters(f));
                                            }
                                        >
                                            "×"
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <button
                    type="button"
                    class="link"
                    on:click=move |_| {
                        let s = ctx.state.get_untracked();
                        ctx.on_change.run(s.with_filters(Filters::new()));
                    }
                >
                    {t(Msg::ClearAll)}
                </button>
            </div>
        </Show>
    }
}

/// A list of checkboxes for one dimension, bound to the draft.
#[component]
fn ChoiceList(dim: Dimension, choices: ChoiceSet, draft: RwSignal<Filters>) -> impl IntoView {
    let id = format!("filter-{}", dim.key());
    let (listed, total) = (choices.choices.len(), choices.total);
    // Values already chosen but absent from this period's list stay visible, so they can be removed.
    let mut all = choices.choices;
    for v in draft.get_untracked().get(dim) {
        if !all.iter().any(|c| &c.value == v) {
            all.push(Choice {
                value: v.clone(),
                label: v.clone(),
                plays: 0.0,
            });
        }
    }
    let empty = all.is_empty();
    view! {
        <fieldset class="filter-group" id=id>
            <legend>{dim.label()}</legend>
            {empty.then(|| view! { <p class="muted">{t(Msg::NoValues)}</p> })}
            <ul class="choices">
                {all
                    .into_iter()
                    .map(|c| {
                        let value = c.value.clone();
                        let v2 = c.value.clone();
                        view! {
                            <li>
                                <label>
                                    <input
                                        type="checkbox"
                                        prop:checked=move || draft.with(|f| f.contains(dim, &value))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            draft.update(|f| {
                                                *f = if on { f.with(dim, &v2) } else { f.without(dim, &v2) };
                                            });
                                        }
                                    />
                                    <span>{c.label}</span>
                                    {(c.plays > 0.0).then(|| view! { <span class="muted">{format!(" {} plays", format::count(c.plays))}</span> })}
                                </label>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <crate::components::left_out::RowsLeftOut shown=listed total_count=total />
        </fieldset>
    }
}

/// The "Filter" panel: the draft is edited here and applied at once.
#[component]
pub fn FilterPanel(
    /// Closes the panel.
    on_close: Callback<()>,
) -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let draft = RwSignal::new(ctx.state.with_untracked(|s| s.filters.clone()));
    let options = use_panel_data(
        move || ctx.scope().current,
        move |_| {
            let client = ctx.client();
            let scope = ctx.scope_untracked();
            async move {
                let slots = client
                    .multirequest(&option_calls(&scope))
                    .await
                    .map_err(|e| explain(&e))?;
                Ok::<Options, String>(parse_options(&slots))
            }
        },
    );
    // Regions of the chosen countries, cities of the chosen regions: loaded as the choice narrows.
    let countries = Memo::new(move |_| draft.with(|f| f.get(Dimension::Country).to_vec()));
    let regions = Memo::new(move |_| draft.with(|f| f.get(Dimension::Region).to_vec()));
    let places = use_panel_data(
        move || (ctx.scope().current, countries.get(), regions.get()),
        move |(_, countries, regions): (report_api::time_range::TimeBounds, Vec<String>, Vec<String>)| {
            let client = ctx.client();
            let scope = Scope {
                filters: Filters::new(),
                ..ctx.scope_untracked()
            };
            async move {
                if countries.is_empty() {
                    return Ok((ChoiceSet::default(), ChoiceSet::default()));
                }
                let mut f = scope.filter(scope.current);
                f.country_in = Some(countries.join(DELIMITER));
                let table = |report, f: report_api::ReportInputFilter| {
                    ReportCall::new(
                        ReportAction::GetTable {
                            pager: Pager::new(500, 1),
                            order: Some(format!("-{COUNT_PLAYS}")),
                        },
                        report,
                        f,
                    )
                    .to_service_call()
                };
                let mut calls = vec![table(ReportType::MapOverlayRegion, f.clone())];
                if !regions.is_empty() {
                    let mut fc = f.clone();
                    fc.region_in = Some(regions.join(DELIMITER));
                    calls.push(table(ReportType::MapOverlayCity, fc));
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
    // Users: a search over user.list, picked users become the user filter.
    let user_query = RwSignal::new(String::new());
    let user_results: RwSignal<Result<Vec<User>, String>> = RwSignal::new(Ok(vec![]));
    let search_users = move || {
        let text = user_query.get_untracked().trim().to_string();
        if text.is_empty() {
            user_results.set(Ok(vec![]));
            return;
        }
        let client = ctx.client();
        leptos::task::spawn_local(async move {
            let r = client.multirequest(&[user_list(Some(&text), None, 30)]).await;
            user_results.set(match r {
                Err(e) => Err(explain(&e)),
                Ok(slots) => slot_value(slots.first())
                    .and_then(|v| ListPage::parse(v, User::parse))
                    .map(|p| p.objects)
                    .map_err(|e| explain_response(&e)),
            });
        });
    };
    let lists = panel_body(options, move |opts: Options| {
        opts.into_iter()
            .map(|(d, c)| {
                let domain_urls = (d == Dimension::Domain).then(|| view! { <PageUrlChoices draft /> });
                view! { <ChoiceList dim=d choices=c draft />{domain_urls} }
            })
            .collect_view()
    });
    let place_lists = panel_body(places, move |(r, c): (ChoiceSet, ChoiceSet)| {
        view! {
            {(!countries.get().is_empty()).then(|| view! { <ChoiceList dim=Dimension::Region choices=r draft /> })}
            {(!regions.get().is_empty()).then(|| view! { <ChoiceList dim=Dimension::City choices=c draft /> })}
        }
    });
    let apply = move |_| {
        let s = ctx.state.get_untracked();
        ctx.on_change.run(s.with_filters(draft.get_untracked()));
        on_close.run(());
    };
    view! {
        <section class="panel filter-panel" aria-labelledby="filter-title">
            <div class="panel-head">
                <h2 id="filter-title">{t(Msg::Filter)}</h2>
                <div class="panel-tools">
                    <button type="button" on:click=move |_| draft.set(Filters::new())>{t(Msg::ClearAll)}</button>
                    <button type="button" on:click=move |_| on_close.run(())>{t(Msg::Cancel)}</button>
                    <button type="button" class="primary" on:click=apply>{t(Msg::ApplyFilters)}</button>
                </div>
            </div>
            <p class="muted">{t(Msg::ChoicesExplained)}</p>
            <div class="filter-grid">
                {lists}
                {place_lists}
                <fieldset class="filter-group">
                    <legend>{t(Msg::PlaybackType)}</legend>
                    <ul class="choices">
                        {["vod", "live", "dvr"]
                            .into_iter()
                            .map(|v| {
                                view! {
                                    <li>
                                        <label>
                                            <input
                                                type="checkbox"
                                                prop:checked=move || draft.with(|f| f.contains(Dimension::PlaybackType, v))
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    draft.update(|f| {
                                                        *f = if on { f.with(Dimension::PlaybackType, v) } else { f.without(Dimension::PlaybackType, v) };
                                                    });
                                                }
                                            />
                                            <span>{playback_type_label(v)}</span>
                                        </label>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <p class="muted small">{t(Msg::VodOnlyByDefault)}</p>
                </fieldset>
                <fieldset class="filter-group">
                    <legend>{t(Msg::Users)}</legend>
                    <form
                        class="inline-search"
                        role="search"
                        on:submit=move |ev| {
                            ev.prevent_default();
                            search_users();
                        }
                    >
                        <input
                            type="search"
                            aria-label=t(Msg::FindUsers)
                            placeholder=t(Msg::IdOrNameStarts)
                            maxlength="100"
                            prop:value=move || user_query.get()
                            on:input=move |ev| user_query.set(event_target_value(&ev))
                        />
                        <button type="submit">{t(Msg::Find)}</button>
                    </form>
                    <ul class="choices">
                        {move || {
                            let picked: Vec<String> = draft.with(|f| f.get(Dimension::User).to_vec());
                            let found = user_results.get();
                            let mut list: Vec<(String, String)> = picked.iter().map(|u| (u.clone(), u.clone())).collect();
                            let error = match found {
                                Ok(users) => {
                                    for u in users {
                                        if !list.iter().any(|(id, _)| *id == u.id) {
                                            let label = if u.full_name.is_empty() { u.id.clone() } else { format!("{} ({})", u.full_name, u.id) };
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
                                    .map(|(id, label)| {
                                        let id2 = id.clone();
                                        view! {
                                            <li>
                                                <label>
                                                    <input
                                                        type="checkbox"
                                                        prop:checked=move || draft.with(|f| f.contains(Dimension::User, &id))
                                                        on:change=move |ev| {
                                                            let on = event_target_checked(&ev);
                                                            draft.update(|f| {
                                                                *f = if on { f.with(Dimension::User, &id2) } else { f.without(Dimension::User, &id2) };
                                                            });
                                                        }
                                                    />
                                                    <span>{label}</span>
                                                </label>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            }
                        }}
                    </ul>
                </fieldset>
            </div>
        </section>
    }
}

/// Page URLs of the chosen domains (loaded when a domain is picked).
#[component]
fn PageUrlChoices(draft: RwSignal<Filters>) -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let domains = Memo::new(move |_| draft.with(|f| f.get(Dimension::Domain).to_vec()));
    let data = use_panel_data(
        move || (ctx.scope().current, domains.get()),
        move |(_, domains): (report_api::time_range::TimeBounds, Vec<String>)| {
            let client = ctx.client();
            let scope = Scope {
                filters: Filters::new(),
                ..ctx.scope_untracked()
            };
            async move {
                if domains.is_empty() {
                    return Ok(ChoiceSet::default());
                }
                let f = scope.plain_filter(scope.current);
                let call = ReportCall::new(
                    ReportAction::GetTable {
                        pager: Pager::new(500, 1),
                        order: Some(format!("-{COUNT_PLAYS}")),
                    },
                    ReportType::TopSyndication,
                    f,
                )
                .with_object_ids(domains.join(DELIMITER))
                .to_service_call();
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn country_choices_carry_stored_names() {
        let t = ReportTable::parse(
            &json!({"objectType":"KalturaReportTable","header":"object_id|country|coordinates|count_plays","data":"TW|Taiwan|25/121|4;FR|France|46/2|9;||0/0|1;","totalCount":3}),
            "|",
        )
        .unwrap();
        let set = choices(&t, "country", "country", Dimension::Country);
        let c = &set.choices;
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].value, "Taiwan, Province of China");
        assert_eq!(c[0].label, "Taiwan");
        assert_eq!(c[1].plays, 9.0);
        assert_eq!(
            set.total, 3,
            "the service's count, the row without a value included"
        );
        let many = ReportTable::parse(
            &json!({"objectType":"KalturaReportTable","header":"city|count_plays","data":"Paris|4;","totalCount":20000}),
            "|",
        )
        .unwrap();
        assert_eq!(choices(&many, "city", "city", Dimension::City).total, 20_000);
    }

    #[test]
    fn a_failed_list_is_empty_not_fatal() {
        let slots: Vec<crate::api::Slot> = vec![Err(report_api::ApiError::internal())];
        let o = parse_options(&slots);
        assert_eq!(o.len(), LISTED.len() + 1);
        assert!(o.iter().all(|(_, c)| c.choices.is_empty() && c.total == 0));
    }

    #[test]
    fn chips_read_well() {
        assert_eq!(chip_label(Dimension::PlaybackType, "dvr"), "Playback type: DVR");
        assert_eq!(chip_label(Dimension::User, "Unknown"), "User: Anonymous viewers");
    }
}
