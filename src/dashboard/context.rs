//! What every panel of a dashboard page shares: the connection, the entry, the days, the zone, the
//! filters and the way to change the view. Provided once by the page; each panel builds its own
//! requests from it.

use super::exports::ExportRegistry;
use super::page_kind::PageKind;
use super::scope::{scope_of, Scope};
use crate::api::Client;
use crate::state::filters::Dimension;
use crate::state::DashboardState;
use leptos::prelude::*;
use report_api::metadata::Entry;
use report_api::time_range::{DayRange, Zone};

/// The shared context of the entry or interactive page.
#[derive(Clone, Copy)]
pub struct DashboardContext {
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
    /// What rankings, bars, the map and the default chart follow (plays, or impressions for an image
    /// or an unplayed entry).
    pub lead: Memo<super::Lead>,
    /// What each panel would export.
    pub exports: ExportRegistry,
    /// An entry or an interactive path.
    pub kind: PageKind,
    /// The page's first batch has answered (its panels' first answers were fetched inside it).
    pub primed: RwSignal<bool>,
}

impl DashboardContext {
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
