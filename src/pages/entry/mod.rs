//! The entry and interactive pages: the session's state, then the dashboard of one media entry or
//! interactive path. The page reads its view from the address (`view_state`), loads its first view
//! (`first_view`), changes the view through the address (`navigation`), and lays out its header
//! (`header`), the date controls, the four first-view slots (`first_view_slot`, drawn by
//! `first_view_panels`) and the panels below, whose code is fetched when shown.

pub mod data;
pub mod exports;
pub mod first_view;
pub mod first_view_panels;
pub mod first_view_slot;
pub mod header;
pub mod navigation;
pub mod view_state;

use crate::api::Client;
use crate::browser::when_idle;
use crate::components::date_range::DateRangeControls;
use crate::components::deferred::{Deferred, PartLoading};
use crate::components::panel_error::PanelError;
use crate::dashboard::{DashboardContext, ExportRegistry, Lead, PageKind, PanelId};
use crate::embed::Connection;
use crate::i18n::{t, tf, Msg};
use crate::panels::countries::CountriesPanel;
use crate::panels::devices::DevicesPanel;
use crate::panels::domains::DomainsPanel;
use crate::panels::filters::{FilterChips, FilterPanel};
use crate::panels::path::PathPanels;
use crate::panels::users::UsersPanel;
use crate::router::use_location;
use crate::split::{wasm_split, ChunkError, ChunkLoad};
use first_view::{export_first_view, use_first_view, FirstViewData};
use first_view_slot::FirstViewSlot;
use header::EntryHeader;
use leptos::prelude::*;
use navigation::use_navigation;
use report_api::time_range::Zone;
use view_state::{use_view_state, ViewState};

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

/// The dashboard of one entry or interactive path for one connection.
#[component]
fn EntryDashboard(client: Client, kind: PageKind) -> impl IntoView {
    let interactive = kind == PageKind::Interactive;
    let view = use_view_state();
    let ViewState {
        entry_id,
        state,
        zone,
        days,
        ..
    } = view;
    let on_change = use_navigation(kind, entry_id);
    let first = use_first_view(client.clone(), kind, view);
    let ctx = DashboardContext {
        client: StoredValue::new(client),
        entry_id,
        zone,
        days,
        state,
        on_change,
        entry: Memo::new(move |_| match first.last.get() {
            Some(Ok(l)) => l.view.entry.ok(),
            _ => None,
        }),
        // Kept while a newer first view loads: the lists do not flip order and back.
        lead: Memo::new(move |previous: Option<&Lead>| match first.last.get() {
            Some(Ok(l)) if !interactive => l.lead(),
            _ => previous.copied().unwrap_or_default(),
        }),
        exports: ExportRegistry::new(),
        kind,
        primed: first.primed,
    };
    provide_context(ctx);
    export_first_view(ctx, first);
    let filter_open = RwSignal::new(false);
    let filter_count = Memo::new(move |_| state.with(|s| s.filters.chips().len()));
    let shows_playback = move || !first.is_image() && !interactive;
    let zone_name = Signal::derive(move || match zone.get() {
        Zone::Iana(tz) => tz.name().to_string(),
        Zone::Fixed(_) => "UTC".to_string(),
    });
    let bounds = move |compare: bool| {
        let (current, other) = days.get();
        if compare { other } else { Some(current) }.map(|d| d.bounds(zone.get()))
    };
    view! {
        <div
            class="entry-page"
            data-ready=move || first.ready().to_string()
            data-from=move || bounds(false).map(|b| b.from_date.to_string())
            data-to=move || bounds(false).map(|b| b.to_date.to_string())
            data-compare-from=move || bounds(true).map(|b| b.from_date.to_string())
            data-compare-to=move || bounds(true).map(|b| b.to_date.to_string())
        >
            <LinkNotices view />
            <EntryHeader first entry_id filter_open filter_count />
            <DateRangeControls
                state=state
                current=Signal::derive(move || days.get().0)
                compare=Signal::derive(move || days.get().1)
                zone_name=zone_name
                browser_zone=view.browser_zone
                on_change=on_change
            />
            <Show when=move || ctx.lead.get() == Lead::Impressions>
                <p class="lead-note" role="note">{t(Msg::LeadsWithImpressions)}</p>
            </Show>
            <Show when=move || filter_open.get()>
                <Deferred load=ChunkLoad::new(move || {
                    filter_panel(Callback::new(move |_| filter_open.set(false)))
                }) />
            </Show>
            // The chips' code is in the filter panel's chunk, fetched once there are filters.
            <Show when=move || filter_count.with(|n| *n != 0)>
                <Deferred load=ChunkLoad::new(filter_chips) />
            </Show>
            <FirstViewSlot
                panel=PanelId::Highlights
                title=Msg::Highlights
                first
                cards=true
                draw=first_view_panels::highlights(state, interactive)
            />
            <Show when=shows_playback>
                <FirstViewSlot
                    panel=PanelId::Playback
                    title=Msg::ViewsOnPlayback
                    first
                    draw=first_view_panels::playback(state, on_change)
                />
            </Show>
            <FirstViewSlot
                panel=PanelId::Trend
                title=Msg::MetricsOverTime
                first
                draw=first_view_panels::trend(state, on_change)
            />
            <Show when=shows_playback>
                <FirstViewSlot
                    panel=PanelId::Funnel
                    title=Msg::EngagementFunnel
                    first
                    draw=first_view_panels::funnel(state, on_change)
                />
            </Show>
            <PanelsBelow interactive first />
        </div>
    }
}

/// What the address held that could not be read, each with the reason.
#[component]
fn LinkNotices(view: ViewState) -> impl IntoView {
    move || {
        let list = view.parsed.get().1;
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
    }
}

/// The panels below the first view: the interactive path's, or the entry's breakdowns. The entry's are
/// fetched once the first view's request is answered and the browser is idle again (the first view
/// drawn), so the first view never waits on them or shares the CPU with them.
#[component]
fn PanelsBelow(interactive: bool, first: FirstViewData) -> impl IntoView {
    if interactive {
        return view! { <Deferred load=ChunkLoad::new(path_panels) /> }.into_any();
    }
    let show_users = Signal::derive(move || !first.is_image());
    let idle = RwSignal::new(false);
    Effect::new(move |_| {
        if first.primed.get() && !idle.get_untracked() {
            when_idle(move || idle.set(true));
        }
    });
    view! {
        <Show when=move || idle.get() fallback=PartLoading>
            <Deferred load=ChunkLoad::new(move || breakdown_panels(show_users)) />
        </Show>
    }
    .into_any()
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
