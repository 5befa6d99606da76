//! The first view's data: one multirequest for the header and the four panels at the top (on the first
//! load also carrying the first answers of the panels below, so each finds its answer waiting), the last
//! answer kept on screen (dimmed) while a newer one loads, and what the first view exports.

use super::data::{first_view_calls, parse_first_view, parse_interactive_first_view, FirstView};
use super::exports::{tables_later, FirstViewExport};
use super::view_state::ViewState;
use crate::api::{Client, FetchError};
use crate::dashboard::scope::scope_of;
use crate::dashboard::{DashboardContext, PageKind, Scope};
use crate::state::DashboardState;
use leptos::prelude::*;
use report_api::metadata::MediaType;
use report_api::time_range::{DayRange, Zone};

/// A loaded first view with the days it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// What was read.
    pub view: FirstView,
    /// The days it shows.
    pub current: DayRange,
    /// The days it compares with.
    pub compare: Option<DayRange>,
}

impl Loaded {
    /// Whether the entry is an image (no playback, no funnel, no engagement per user).
    pub fn is_image(&self) -> bool {
        matches!(&self.view.entry, Ok(e) if e.media_type == Some(MediaType::Image))
    }

    /// What the page's rankings lead with: impressions for an image or an entry not played in the range.
    pub fn lead(&self) -> crate::dashboard::Lead {
        let total = |header: &str| {
            self.view
                .current
                .highlights
                .as_ref()
                .ok()
                .map(|h| h.totals.num(header))
        };
        crate::dashboard::Lead::of(
            self.is_image(),
            total(report_api::headers::COUNT_PLAYS),
            total(report_api::headers::COUNT_LOADS),
        )
    }

    /// The entry's duration in seconds (0 when the entry could not be read).
    pub fn seconds(&self) -> f64 {
        self.view
            .entry
            .as_ref()
            .map(|e| e.ms_duration as f64 / 1000.0)
            .unwrap_or(0.0)
    }
}

/// The first view's answer as the page's parts read it.
#[derive(Clone, Copy)]
pub struct FirstViewData {
    /// The last answer (kept while a newer one loads); `None` before the first.
    pub last: RwSignal<Option<Result<Loaded, FetchError>>>,
    /// A request is under way.
    pub pending: RwSignal<bool>,
    /// The first request has answered (the panels below then load their own answers).
    pub primed: RwSignal<bool>,
    /// Asks again.
    pub retry: Callback<()>,
}

impl FirstViewData {
    /// An answer is on screen while a newer one loads (it is dimmed).
    pub fn reloading(&self) -> bool {
        self.pending.get() && self.last.with(Option::is_some)
    }

    /// An answer is on screen and nothing newer is loading.
    pub fn ready(&self) -> bool {
        self.last.with(Option::is_some) && !self.pending.get()
    }

    /// Whether the entry shown is an image.
    pub fn is_image(&self) -> bool {
        self.last.with(|l| matches!(l, Some(Ok(l)) if l.is_image()))
    }
}

/// Loads the first view of `view` on page `kind`, again whenever what it depends on changes.
pub fn use_first_view(client: Client, kind: PageKind, view: ViewState) -> FirstViewData {
    let interactive = kind == PageKind::Interactive;
    let ViewState {
        entry_id,
        state,
        zone,
        days,
        created,
        ..
    } = view;
    let monthly = Memo::new(move |_| state.with(|s| s.monthly));
    let filters = Memo::new(move |_| state.with(|s| s.filters.clone()));
    let pending = RwSignal::new(false);
    let primed = RwSignal::new(false);
    let resource = LocalResource::new(move || {
        let (current, compare) = days.get();
        let st = state.get_untracked();
        // What the first view depends on, and nothing else of the view (a table opened reloads nothing).
        let scope = Scope {
            monthly: monthly.get(),
            filters: filters.get(),
            ..scope_of(entry_id.get(), zone.get(), (current, compare), &st, kind)
        };
        let client = client.clone();
        pending.set(true);
        // On the first load, the breakdown panels' first answers travel in the same request.
        let ahead = if primed.get_untracked() {
            crate::api::clear_prefetched();
            vec![]
        } else {
            prefetch_batches(&scope, &st, kind)
        };
        let calls = first_view_calls(&scope);
        async move {
            // The charts library loads while the data is on its way: asked for in a task that runs once
            // this one has sent the request (its parsing would otherwise hold the request back). The
            // interactive page draws its flow (a graph) in the first view, so it asks for that module too.
            leptos::task::spawn_local(async move { crate::charts::loader::prefetch_echarts(interactive) });
            let result = client.multirequest_with_prefetch(&calls, &ahead).await;
            pending.set(false);
            primed.set(true);
            result.map(|slots| Loaded {
                view: if interactive {
                    parse_interactive_first_view(&slots, compare.is_some())
                } else {
                    parse_first_view(&slots, compare.is_some())
                },
                current,
                compare,
            })
        }
    });
    let last: RwSignal<Option<Result<Loaded, FetchError>>> = RwSignal::new(None);
    Effect::new(move |_| {
        if let Some(result) = resource.get() {
            if let Ok(Loaded {
                view: FirstView { entry: Ok(entry), .. },
                ..
            }) = &result
            {
                let day = Zone::Fixed(0).local_date(entry.created_at);
                if created.get_untracked() != Some(day) {
                    created.set(Some(day));
                }
            }
            last.set(Some(result));
        }
    });
    FirstViewData {
        last,
        pending,
        primed,
        retry: Callback::new(move |_| resource.refetch()),
    }
}

/// Leaves in the export registry what the first view's panels show (made into tables when exported).
pub fn export_first_view(ctx: DashboardContext, first: FirstViewData) {
    let quartile = Memo::new(move |_| ctx.state.with(|s| s.funnel_quartile));
    Effect::new(move |_| {
        let Some(result) = first.last.get() else { return };
        // A first view that could not be loaded at all has nothing to export (not the previous one's).
        let Ok(l) = result else {
            ctx.exports.clear_later();
            return;
        };
        let (is_image, seconds) = (l.is_image(), l.seconds());
        ctx.exports.set_later(tables_later(FirstViewExport {
            view: l.view,
            zone: ctx.zone.get_untracked(),
            quartile: quartile.get(),
            is_image,
            seconds,
        }));
    });
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
