//! The entry page: header, date range and compare, and the panels of one media entry.

pub mod data;
pub mod exports;

use crate::api::FetchError;
use crate::browser::when_idle;
use crate::components::date_range::{range_label, DateRangeControls};
use crate::components::deferred::{Deferred, PartLoading};
use crate::components::export_button::ExportMenu;
use crate::components::panel_error::PanelError;
use crate::config;
use crate::dashboard::PanelId;
use crate::dashboard::{DashboardContext, ExportRegistry, PageKind, Scope};
use crate::embed::Connection;
use crate::i18n::{t, tf, Msg};
use crate::panels::countries::CountriesPanel;
use crate::panels::devices::DevicesPanel;
use crate::panels::domains::DomainsPanel;
use crate::panels::filters::{FilterChips, FilterPanel};
use crate::panels::funnel::EngagementFunnel;
use crate::panels::highlights::HighlightCards;
use crate::panels::path::PathPanels;
use crate::panels::playback::{PlaybackSeries, ViewsOnPlayback};
use crate::panels::trend::MetricsOverTime;
use crate::panels::users::UsersPanel;
use crate::router::use_location;
use crate::split::{wasm_split, ChunkError, ChunkLoad};
use crate::state::{DashboardState, RangeChoice};
use chrono::NaiveDate;
use data::{first_view_calls, parse_first_view, parse_path_first_view, FirstView, FirstViewRequest};
use leptos::prelude::*;
use report_api::metadata::{Entry, MediaType};
use report_api::time_range::{DayRange, Preset, Zone};

/// A loaded first view with the days it covers.
#[derive(Debug, Clone, PartialEq)]
struct Loaded {
    view: FirstView,
    current: DayRange,
    compare: Option<DayRange>,
}

use crate::api::{explain as describe_fetch, explain_response as describe};

/// What the page header shows: the entry, why it could not be read, or that it is loading.
#[derive(Clone, PartialEq)]
enum HeaderState {
    Loading,
    Entry { entry: Entry, owner: String },
    Failed(String),
}

fn entry_kind(e: &Entry) -> &'static str {
    if e.is_interactive() {
        return t(Msg::KindInteractive);
    }
    match e.media_type {
        Some(MediaType::Video) => t(Msg::KindVideo),
        Some(MediaType::Audio) => t(Msg::KindAudio),
        Some(MediaType::Image) => t(Msg::KindImage),
        _ => t(Msg::KindEntry),
    }
}

/// `/entry/:id`: the dashboard once a session is known; otherwise what is missing.
#[component]
pub fn EntryPage() -> impl IntoView {
    view! { <DashboardPage kind=PageKind::Entry /> }
}

/// `/interactive/:id`: the interactive path dashboard.
#[component]
pub fn InteractivePage() -> impl IntoView {
    view! { <DashboardPage kind=PageKind::Interactive /> }
}

#[component]
fn DashboardPage(kind: PageKind) -> impl IntoView {
    let conn = expect_context::<Connection>();
    let location = use_location();
    move || match conn.client.get() {
        Some(client) => view! { <EntryDashboard client kind /> }.into_any(),
        None if conn.embedded() && conn.bridge_failed.get() => view! {
            <section class="panel">
                <h1>{t(Msg::NotConnected)}</h1>
                <PanelError
                    message=t(Msg::PartNotLoaded).to_string()
                    on_retry=Callback::new(move |_| crate::embed::start_bridge(conn, location))
                />
            </section>
        }
        .into_any(),
        None if conn.embedded() => view! {
            <section class="panel" aria-busy="true">
                <h1>{t(Msg::Connecting)}</h1>
                <p>{t(Msg::WaitingForPortal)}</p>
            </section>
        }
        .into_any(),
        None => view! {
            <section class="panel notice-box" role="alert">
                <h1>{t(Msg::NoSession)}</h1>
                <p>{tf(Msg::NeedsKs, &["?ks=…", "&serviceUrl=https://…"])}</p>
            </section>
        }
        .into_any(),
    }
}

/// The entry dashboard for one connection.
#[component]
fn EntryDashboard(client: crate::api::Client, kind: PageKind) -> impl IntoView {
    let path_page = kind == PageKind::Interactive;
    let conn = expect_context::<Connection>();
    let location = use_location();
    let entry_id = Memo::new(move |_| location.route.with(|r| r.entry_id().to_string()));
    let parsed = Memo::new(move |_| {
        let search = location.search.get();
        let pairs: Vec<(String, String)> = form_urlencoded::parse(search.trim_start_matches('?').as_bytes())
            .into_owned()
            .collect();
        DashboardState::from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    });
    let state = Signal::derive(move || parsed.get().0);
    let browser_zone = config::browser_time_zone();
    let browser_zone_name = browser_zone.clone().unwrap_or_else(|| "UTC".into());
    let zone = Memo::new(move |_| state.get().zone(browser_zone.as_deref()));
    let created: RwSignal<Option<NaiveDate>> = RwSignal::new(None);
    let days = Memo::new(move |_| {
        let s = state.get();
        let z = zone.get();
        let today = z.local_date(config::now_unix());
        let created_day = match s.range {
            RangeChoice::Preset(Preset::SinceCreation) => created.get(),
            _ => None,
        };
        let current = s.days(today, created_day);
        (current, s.compare_days(current))
    });
    let monthly = Memo::new(move |_| state.with(|s| s.monthly));
    let filters_now = Memo::new(move |_| state.with(|s| s.filters.clone()));
    let pending = RwSignal::new(false);
    let primed = RwSignal::new(false);
    let client_for_panels = client.clone();
    let resource = LocalResource::new(move || {
        let id = entry_id.get();
        let z: Zone = zone.get();
        let (current, compare) = days.get();
        let monthly = monthly.get();
        let filters = filters_now.get();
        let client = client.clone();
        pending.set(true);
        // On the first load, the breakdown panels' first answers travel in the same request.
        let ahead = if primed.get_untracked() {
            crate::api::clear_prefetched();
            vec![]
        } else {
            let st = state.get_untracked();
            let scope = crate::dashboard::scope::scope_of(id.clone(), z, (current, compare), &st, kind);
            prefetch_batches(&scope, &st, kind)
        };
        async move {
            let calls = first_view_calls(FirstViewRequest {
                entry_id: &id,
                zone: z,
                current: current.bounds(z),
                compare: compare.map(|c| c.bounds(z)),
                monthly,
                filters: &filters,
                path: path_page,
            });
            // The charts library loads while the data is on its way: asked for in a task that runs once
            // this one has sent the request (its parsing would otherwise hold the request back). The
            // path page draws its flow (a graph) in the first view, so it asks for that module too.
            leptos::task::spawn_local(async move { crate::charts::loader::prefetch_echarts(path_page) });
            let result = client.multirequest_with_prefetch(&calls, &ahead).await;
            pending.set(false);
            primed.set(true);
            result.map(|slots| Loaded {
                view: if path_page {
                    parse_path_first_view(&slots, compare.is_some())
                } else {
                    parse_first_view(&slots, compare.is_some())
                },
                current,
                compare,
            })
        }
    });
    // Keep the last answer on screen (dimmed) while a new one loads.
    let last: RwSignal<Option<Result<Loaded, FetchError>>> = RwSignal::new(None);
    Effect::new(move |_| {
        if let Some(result) = resource.get() {
            if let Ok(loaded) = &result {
                if let Ok(entry) = &loaded.view.entry {
                    let day = Zone::Fixed(0).local_date(entry.created_at);
                    if created.get_untracked() != Some(day) {
                        created.set(Some(day));
                    }
                }
            }
            last.set(Some(result));
        }
    });
    let on_change = Callback::new(move |s: DashboardState| {
        let search = location.search.get_untracked();
        let current: Vec<(String, String)> =
            form_urlencoded::parse(search.trim_start_matches('?').as_bytes())
                .into_owned()
                .collect();
        let pairs = crate::state::query_with_foreign(&s, &current);
        // Kaltura's analytics tells the host every view change, so it can keep its own address in step.
        let mut payload = serde_json::Map::new();
        payload.insert("id".into(), serde_json::Value::String(entry_id.get_untracked()));
        for (k, v) in s.to_query() {
            payload.insert(k.into(), serde_json::Value::String(v));
        }
        conn.post(&crate::embed::messages::outbound(
            "navigate",
            Some(serde_json::Value::Object(payload)),
        ));
        let query: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        location.navigate(
            &format!(
                "{}/{}?{}",
                kind.prefix(),
                urlencode(&entry_id.get_untracked()),
                query
            ),
            false,
        );
    });
    let retry = Callback::new(move |_| resource.refetch());
    let entry = Memo::new(move |_| match last.get() {
        Some(Ok(l)) => l.view.entry.ok(),
        _ => None,
    });
    let ctx = DashboardContext {
        client: StoredValue::new(client_for_panels.clone()),
        entry_id,
        zone,
        days,
        state,
        on_change,
        entry,
        exports: ExportRegistry::new(),
        kind,
        primed,
    };
    provide_context(ctx);
    // What the first view's panels show is what they export.
    let quartile = Memo::new(move |_| state.with(|s| s.funnel_quartile));
    Effect::new(move |_| {
        let Some(result) = last.get() else { return };
        // A first view that could not be loaded at all has nothing to export (not the previous one's).
        let Ok(l) = result else {
            ctx.exports.clear_later();
            return;
        };
        let (is_image, seconds) = match &l.view.entry {
            Ok(e) => (
                e.media_type == Some(MediaType::Image),
                e.ms_duration as f64 / 1000.0,
            ),
            Err(_) => (false, 0.0),
        };
        ctx.exports
            .set_later(exports::tables_later(exports::FirstViewExport {
                view: l.view,
                zone: zone.get_untracked(),
                quartile: quartile.get(),
                is_image,
                seconds,
            }));
    });
    let on_trend = Callback::new(
        move |(metric, metric2, monthly): (&'static str, Option<&'static str>, bool)| {
            on_change.run(DashboardState {
                metric,
                metric2,
                monthly,
                ..state.get_untracked()
            });
        },
    );
    let on_playback_table = Callback::new(move |open: bool| {
        on_change.run(state.get_untracked().with_table(PanelId::Playback, open))
    });
    let on_trend_table = Callback::new(move |open: bool| {
        on_change.run(state.get_untracked().with_table(PanelId::Trend, open))
    });
    let on_quartile = Callback::new(move |q: u8| {
        on_change.run(DashboardState {
            funnel_quartile: q,
            ..state.get_untracked()
        })
    });
    let zone_name = Signal::derive(move || match zone.get() {
        Zone::Iana(tz) => tz.name().to_string(),
        Zone::Fixed(_) => "UTC".to_string(),
    });

    let filter_open = RwSignal::new(false);
    let filter_count = Memo::new(move |_| state.with(|s| s.filters.chips().len()));
    let notices = move || {
        let list = parsed.get().1;
        (!list.is_empty()).then(|| {
            view! {
                <div class="notice-box" role="status">
                    <p>{t(Msg::LinkNotUnderstood)}</p>
                    <ul>
                        {list
                            .into_iter()
                            .map(|n| view! { <li><code>{n.param}</code> ": " {n.reason}</li> })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    };

    // A memo, so that a reload of the same entry leaves the header (and the state of its export menu) alone.
    let header_state = Memo::new(move |_| {
        last.with(|l| match l {
            Some(Ok(l)) => match &l.view.entry {
                Ok(entry) => {
                    let owner = l
                        .view
                        .owner
                        .as_ref()
                        .map(|u| {
                            if u.full_name.is_empty() {
                                u.id.clone()
                            } else {
                                u.full_name.clone()
                            }
                        })
                        .unwrap_or_else(|| entry.user_id.clone());
                    HeaderState::Entry {
                        entry: entry.clone(),
                        owner,
                    }
                }
                Err(e) => HeaderState::Failed(describe(e)),
            },
            Some(Err(e)) => HeaderState::Failed(describe_fetch(e)),
            None => HeaderState::Loading,
        })
    });
    let header = move || match header_state.get() {
        HeaderState::Entry { entry, owner } => {
            let entry_path = format!("/content/entries/entry/{}", entry.id);
            view! {
                        <header class="entry-header">
                            <Show when=move || conn.embedded()>
                                <button
                                    type="button"
                                    class="back"
                                    on:click=move |_| conn.post(&crate::embed::messages::outbound("navigateBack", None))
                                >
                                    "← " {t(Msg::BackToMedia)}
                                </button>
                            </Show>
                            <h1 class="entry-name" title=entry.name.clone()>{entry.name.clone()}</h1>
                            <div class="entry-actions">
                                <button
                                    type="button"
                                    class="filter-toggle"
                                    aria-expanded=move || filter_open.get().to_string()
                                    on:click=move |_| filter_open.update(|o| *o = !*o)
                                >
                                    {move || {
                                        let n = filter_count.get();
                                        if n == 0 { t(Msg::Filter).to_string() } else { tf(Msg::FilterCount, &[&n.to_string()]) }
                                    }}
                                </button>
                                <ExportMenu />
                            </div>
                            <p class="entry-meta">
                                <span class="entry-kind">{entry_kind(&entry)}</span>
                                " · "
                                <span class="entry-owner" title=owner.clone()>{tf(Msg::Owner, &[&owner])}</span>
                                <Show when=move || conn.embedded()>
                                    " · "
                                    <a
                                        href="#"
                                        on:click={
                                            let entry_path = entry_path.clone();
                                            move |ev| {
                                                ev.prevent_default();
                                                conn.post(&crate::embed::messages::outbound(
                                                    "navigateTo",
                                                    Some(serde_json::Value::String(entry_path.clone())),
                                                ));
                                            }
                                        }
                                    >
                                        {t(Msg::SeeAllDetails)}
                                    </a>
                                </Show>
                            </p>
                        </header>
                    }
                    .into_any()
        }
        HeaderState::Failed(message) => view! {
            <header class="entry-header">
                <h1 class="entry-name">{tf(Msg::EntryNamed, &[&entry_id.get()])}</h1>
                <PanelError message on_retry=retry />
            </header>
        }
        .into_any(),
        HeaderState::Loading => view! {
            <header class="entry-header" aria-busy="true">
                <h1 class="entry-name skeleton-text">{t(Msg::LoadingEntry)}</h1>
            </header>
        }
        .into_any(),
    };

    let highlights = move || match last.get() {
        None => {
            view! { <div class="cards skeleton" aria-busy="true"><p>{t(Msg::Loading)}</p></div> }.into_any()
        }
        Some(Err(e)) => view! { <PanelError message=describe_fetch(&e) on_retry=retry /> }.into_any(),
        Some(Ok(l)) => match l.view.current.highlights {
            Err(e) => view! { <PanelError message=describe(&e) on_retry=retry /> }.into_any(),
            Ok(current) => {
                let is_image = matches!(&l.view.entry, Ok(e) if e.media_type == Some(MediaType::Image));
                let compare = l.view.compare.map(|c| c.highlights.map_err(|e| describe(&e)));
                let compare_label = l.compare.map(range_label).unwrap_or_default();
                let filtered = state.with_untracked(|s| !s.filters.chips().is_empty());
                view! { <HighlightCards current compare is_image compare_label path=path_page filtered /> }
                    .into_any()
            }
        },
    };

    let is_image = move || matches!(last.get(), Some(Ok(l)) if matches!(&l.view.entry, Ok(e) if e.media_type == Some(MediaType::Image)));
    let loaded_or = move || match last.get() {
        None => Err(view! { <p class="skeleton" aria-busy="true">{t(Msg::Loading)}</p> }.into_any()),
        Some(Err(e)) => Err(view! { <PanelError message=describe_fetch(&e) on_retry=retry /> }.into_any()),
        Some(Ok(l)) => Ok(l),
    };
    let playback = move || match loaded_or() {
        Err(v) => v,
        Ok(l) => match l.view.current.percentiles {
            Err(e) => view! { <PanelError message=describe(&e) on_retry=retry /> }.into_any(),
            Ok(t) => {
                let seconds = l
                    .view
                    .entry
                    .as_ref()
                    .map(|e| e.ms_duration as f64 / 1000.0)
                    .unwrap_or(0.0);
                let compare = l
                    .view
                    .compare
                    .and_then(|c| c.percentiles.ok())
                    .map(|t| PlaybackSeries::from_table(&t));
                let table_open = state.with(|s| s.table_open(PanelId::Playback));
                view! {
                    <ViewsOnPlayback
                        current=PlaybackSeries::from_table(&t)
                        compare
                        seconds
                        table_open
                        on_table=on_playback_table
                    />
                }
                .into_any()
            }
        },
    };
    let trend = move || match loaded_or() {
        Err(v) => v,
        Ok(l) => match l.view.current.graphs {
            Err(e) => view! { <PanelError message=describe(&e) on_retry=retry /> }.into_any(),
            Ok(graphs) => {
                let s = state.get();
                let compare = l.view.compare.and_then(|c| c.graphs.ok());
                view! {
                    <MetricsOverTime
                        graphs
                        compare
                        metric=s.metric
                        metric2=s.metric2
                        monthly=s.monthly
                        on_change=on_trend
                        table_open=s.table_open(PanelId::Trend)
                        on_table=on_trend_table
                    />
                }
                .into_any()
            }
        },
    };
    let funnel = move || match loaded_or() {
        Err(v) => v,
        Ok(l) => match l.view.current.funnel {
            Err(e) => view! { <PanelError message=describe(&e) on_retry=retry /> }.into_any(),
            Ok(current) => {
                let compare = match (l.view.compare.map(|c| c.funnel), l.compare) {
                    (Some(Ok(t)), Some(days)) => Some((range_label(days), t)),
                    _ => None,
                };
                let quartile = state.with(|s| s.funnel_quartile);
                view! {
                    <EngagementFunnel current compare quartile current_label=range_label(l.current) on_quartile />
                }
                .into_any()
            }
        },
    };

    view! {
        <div
            class="entry-page"
            data-ready=move || (last.get().is_some() && !pending.get()).to_string()
            data-from=move || days.get().0.bounds(zone.get()).from_date.to_string()
            data-to=move || days.get().0.bounds(zone.get()).to_date.to_string()
            data-compare-from=move || days.get().1.map(|c| c.bounds(zone.get()).from_date.to_string())
            data-compare-to=move || days.get().1.map(|c| c.bounds(zone.get()).to_date.to_string())
        >
            {notices}
            {header}
            <DateRangeControls
                state=state
                current=Signal::derive(move || days.get().0)
                compare=Signal::derive(move || days.get().1)
                zone_name=zone_name
                browser_zone=Signal::derive(move || browser_zone_name.clone())
                on_change=on_change
            />
            <Show when=move || filter_open.get()>
                <Deferred load=ChunkLoad::new(move || {
                    filter_panel(Callback::new(move |_| filter_open.set(false)))
                }) />
            </Show>
            // The chips' code is in the filter panel's chunk, fetched once there are filters.
            <Show when=move || filter_count.with(|n| *n != 0)>
                <Deferred load=ChunkLoad::new(filter_chips) />
            </Show>
            <section class="panel" aria-labelledby="highlights-title" class:reloading=move || pending.get() && last.get().is_some()>
                <h2 id="highlights-title">{t(Msg::Highlights)}</h2>
                {highlights}
            </section>
            <Show when=move || !is_image() && !path_page>
                <section class="panel" aria-labelledby="playback-title" class:reloading=move || pending.get() && last.get().is_some()>
                    <h2 id="playback-title">{t(Msg::ViewsOnPlayback)}</h2>
                    {playback}
                </section>
            </Show>
            <section class="panel" aria-labelledby="trend-title" class:reloading=move || pending.get() && last.get().is_some()>
                <h2 id="trend-title">{t(Msg::MetricsOverTime)}</h2>
                {trend}
            </section>
            <Show when=move || !is_image() && !path_page>
                <section class="panel" aria-labelledby="funnel-title" class:reloading=move || pending.get() && last.get().is_some()>
                    <h2 id="funnel-title">{t(Msg::EngagementFunnel)}</h2>
                    {funnel}
                </section>
            </Show>
            {if path_page {
                view! { <Deferred load=ChunkLoad::new(path_panels) /> }.into_any()
            } else {
                // Fetched once the first view's request is answered and the browser is idle again (the
                // first view drawn), so the first view never waits on it or shares the CPU with it.
                let show_users = Signal::derive(move || !is_image());
                let idle = RwSignal::new(false);
                Effect::new(move |_| {
                    if primed.get() && !idle.get_untracked() {
                        when_idle(move || idle.set(true));
                    }
                });
                view! {
                    <Show when=move || idle.get() fallback=PartLoading>
                        <Deferred load=ChunkLoad::new(move || breakdown_panels(show_users)) />
                    </Show>
                }
                .into_any()
            }}
        </div>
    }
}

/// The entry page's panels below the first view: engagement per user, countries, devices, domains. Their
/// code is a wasm chunk of its own.
#[wasm_split(entry_breakdowns, fallible)]
fn breakdown_panels(show_users: Signal<bool>) -> Result<AnyView, ChunkError> {
    Ok(view! {
        <Show when=move || show_users.get()>
            <UsersPanel />
        </Show>
        <CountriesPanel />
        <DevicesPanel />
        <DomainsPanel />
    }
    .into_any())
}

/// The interactive page's panels (paths, nodes, videos): a wasm chunk of their own, which the entry page
/// never fetches.
#[wasm_split(path_panels, fallible)]
fn path_panels() -> Result<AnyView, ChunkError> {
    Ok(view! { <PathPanels /> }.into_any())
}

/// The active filters' chips: in the filter panel's chunk.
#[wasm_split(filter_panel, fallible)]
fn filter_chips() -> Result<AnyView, ChunkError> {
    Ok(view! { <FilterChips /> }.into_any())
}

/// The filter panel, opened from the header: a wasm chunk of its own.
#[wasm_split(filter_panel, fallible)]
fn filter_panel(on_close: Callback<()>) -> Result<AnyView, ChunkError> {
    Ok(view! { <FilterPanel on_close /> }.into_any())
}

/// The first answers of the panels below the first view, fetched in the first view's request: the same
/// calls each panel's loader makes, so each finds its answer waiting.
fn prefetch_batches(
    scope: &Scope,
    state: &DashboardState,
    kind: PageKind,
) -> Vec<Vec<report_api::ServiceCall>> {
    use crate::panels::{countries, devices, domains, path};
    match kind {
        PageKind::Interactive if state.views.node.is_none() => vec![path::path_calls(scope)],
        PageKind::Interactive => vec![],
        PageKind::Entry => vec![
            countries::geo_calls(scope, None),
            devices::device_calls(scope, &state.views.devices),
            domains::domain_calls(&domains::DomainsQuery {
                scope: scope.clone(),
                domain: state.views.domain.clone(),
                sort: state.views.domain_sort,
                page: state.views.domain_page,
            }),
        ],
    }
}

fn urlencode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
