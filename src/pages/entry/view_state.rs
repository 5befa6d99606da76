//! The view a dashboard page shows, read from the address: the entry id, the dashboard state and the
//! parameters that could not be read, the zone of day boundaries and the days shown and compared.

use crate::config;
use crate::router::use_location;
use crate::state::{DashboardState, Notice, RangeChoice};
use chrono::NaiveDate;
use leptos::prelude::*;
use report_api::time_range::{DayRange, Preset, Zone};

/// The page's view, every part a signal of the address.
#[derive(Clone, Copy)]
pub struct ViewState {
    /// The entry id of the route.
    pub entry_id: Memo<String>,
    /// The state and the notices of what the address held that could not be read.
    pub parsed: Memo<(DashboardState, Vec<Notice>)>,
    /// The state alone.
    pub state: Signal<DashboardState>,
    /// The zone days start in: the address's, else the browser's.
    pub zone: Memo<Zone>,
    /// The browser's own zone name (UTC when it has none), offered beside the chosen one.
    pub browser_zone: Signal<String>,
    /// The days shown, and the days compared with them.
    pub days: Memo<(DayRange, Option<DayRange>)>,
    /// The entry's creation day once it is known: "since creation" starts there.
    pub created: RwSignal<Option<NaiveDate>>,
}

/// Reads the view from the address, following it as it changes.
pub fn use_view_state() -> ViewState {
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
        let today = zone.get().local_date(config::now_unix());
        let created_day = match s.range {
            RangeChoice::Preset(Preset::SinceCreation) => created.get(),
            _ => None,
        };
        let current = s.days(today, created_day);
        (current, s.compare_days(current))
    });
    ViewState {
        entry_id,
        parsed,
        state,
        zone,
        browser_zone: Signal::stored(browser_zone_name),
        days,
        created,
    }
}
