//! What every panel of the entry page shares: the connection, the entry, the days, the zone, the filters
//! and the way to change the view. Provided once by the page; each panel builds its own requests from it.

use super::data::entry_filter_at;
use crate::api::Client;
use crate::export::ExportRegistry;
use crate::state::filters::{Dimension, Filters};
use crate::state::DashboardState;
use leptos::prelude::*;
use report_api::metadata::Entry;
use report_api::time_range::{DayRange, TimeBounds, Zone};
use report_api::{Interval, ReportInputFilter};

/// The entry page's shared context.
#[derive(Clone, Copy)]
pub struct EntryContext {
    /// The connection.
    pub client: StoredValue<Client>,
    /// The entry id from the route.
    pub entry_id: Memo<String>,
    /// The zone of day boundaries.
    pub zone: Memo<Zone>,
    /// The current days and the compare days.
    pub days: Memo<(DayRange, Option<DayRange>)>,
    /// The whole view.
    pub state: Signal<DashboardState>,
    /// Asks for a new view (written to the URL, which then drives every panel).
    pub on_change: Callback<DashboardState>,
    /// The entry, once read.
    pub entry: Memo<Option<Entry>>,
    /// What each panel would export.
    pub exports: ExportRegistry,
    /// An entry or an interactive path.
    pub kind: super::PageKind,
    /// The page's first batch has answered (its panels' first answers were fetched inside it).
    pub primed: RwSignal<bool>,
}

/// What a breakdown panel's requests depend on: compared by value, so a panel reloads only when one of
/// these changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Scope {
    /// The entry.
    pub entry_id: String,
    /// The zone.
    pub zone: Zone,
    /// The current days.
    pub current_days: DayRange,
    /// The compare days.
    pub compare_days: Option<DayRange>,
    /// The current period's instants.
    pub current: TimeBounds,
    /// The compare period's instants.
    pub compare: Option<TimeBounds>,
    /// The filters.
    pub filters: Filters,
    /// Monthly buckets for graphs.
    pub monthly: bool,
    /// The id is an interactive path: reports filter `rootEntryIdIn`, not `entryIdIn`.
    pub root: bool,
}

impl Scope {
    /// The end-user filter of one period, with every dashboard filter applied.
    pub fn filter(&self, bounds: TimeBounds) -> ReportInputFilter {
        let interval = if self.monthly {
            Interval::Months
        } else {
            Interval::Days
        };
        let mut f = entry_filter_at(&self.entry_id, bounds, self.zone, interval);
        self.filters.apply(&mut f);
        if self.root {
            f.root_entry_id_in = f.entry_id_in.take();
        }
        f
    }

    /// The filter for reports the reference dashboard sends with the plain filter class (top domains):
    /// plain unless a user filter needs the end-user class to travel (contract §4.1).
    pub fn plain_filter(&self, bounds: TimeBounds) -> ReportInputFilter {
        let mut f = self.filter(bounds);
        if self.filters.get(Dimension::User).is_empty() {
            f.filter_type = ReportInputFilter::base().filter_type;
        }
        f
    }

    /// The periods asked for: current, then compare.
    pub fn periods(&self) -> Vec<TimeBounds> {
        std::iter::once(self.current).chain(self.compare).collect()
    }

    /// Whether a compare period is on.
    pub fn comparing(&self) -> bool {
        self.compare.is_some()
    }
}

/// The scope of a view.
pub fn scope_of(
    entry_id: String,
    zone: Zone,
    (current_days, compare_days): (DayRange, Option<DayRange>),
    state: &DashboardState,
    kind: super::PageKind,
) -> Scope {
    Scope {
        entry_id,
        zone,
        current_days,
        compare_days,
        current: current_days.bounds(zone),
        compare: compare_days.map(|c| c.bounds(zone)),
        filters: state.filters.clone(),
        monthly: state.monthly,
        root: kind == super::PageKind::Path,
    }
}

impl EntryContext {
    /// The current scope (tracked: a panel's loader reruns when it changes).
    pub fn scope(&self) -> Scope {
        self.state.with(|s| {
            scope_of(
                self.entry_id.get(),
                self.zone.get(),
                self.days.get(),
                s,
                self.kind,
            )
        })
    }

    /// The current scope, without tracking.
    pub fn scope_untracked(&self) -> Scope {
        untrack(|| self.scope())
    }

    /// Changes the view with `f`.
    pub fn update(&self, f: impl FnOnce(&mut DashboardState)) {
        let mut s = self.state.get_untracked();
        f(&mut s);
        self.on_change.run(s);
    }

    /// Adds a filter value (every panel re-queries).
    pub fn add_filter(&self, d: Dimension, value: &str) {
        let s = self.state.get_untracked();
        let filters = s.filters.with(d, value);
        self.on_change.run(s.with_filters(filters));
    }

    /// The client.
    pub fn client(&self) -> Client {
        self.client.get_value()
    }
}
