//! Dashboard state ⇄ URL query. The URL is the state: a reload or a shared link restores the exact view.
//! The format is short, readable and versioned (`v=1`); an invalid parameter is dropped with a notice,
//! never a blank page. Pure logic, tested with `cargo test`.

pub mod filters;
pub mod keys;
pub mod panel_id;
pub mod views;

use crate::i18n::{t, Msg};
use chrono::NaiveDate;
use filters::{Dimension, Filters};
use keys::StateKey;
use panel_id::PanelId;
use report_api::calendar::iso_date;
use report_api::time_range::{DayRange, Preset, Zone};
use views::PanelViews;

/// The version written as `v=`; older versions are read as well as they can be.
pub const STATE_VERSION: u32 = 1;

/// Which days the dashboard shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeChoice {
    /// A named preset, resolved against "today" in the dashboard's zone.
    Preset(Preset),
    /// Explicit days.
    Custom(DayRange),
}

/// What the current period is compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareChoice {
    /// The period of equal length just before.
    Previous,
    /// The same days one year earlier.
    LastYear,
    /// A period of equal length starting on this day.
    StartingOn(NaiveDate),
}

/// The metrics the "metrics over time" chart can show.
pub const TREND_METRICS: [&str; 7] = [
    report_api::headers::COUNT_LOADS,
    report_api::headers::COUNT_PLAYS,
    report_api::headers::UNIQUE_VIEWERS,
    report_api::headers::SUM_VIEW_PERIOD,
    report_api::headers::AVG_COMPLETION_RATE,
    report_api::headers::AVG_VIEW_DROP_OFF,
    report_api::headers::AVG_VIEW_PERIOD_TIME,
];

/// The play-through quartiles the funnel can end at.
pub const FUNNEL_QUARTILES: [u8; 4] = [25, 50, 75, 100];

/// The whole view as the URL carries it.
#[derive(Debug, Clone, PartialEq)]
pub struct DashboardState {
    /// The date range.
    pub range: RangeChoice,
    /// The compare period, if comparing.
    pub compare: Option<CompareChoice>,
    /// IANA zone name of day boundaries; `None` = the browser's.
    pub time_zone: Option<String>,
    /// Monthly instead of daily buckets in the over-time chart.
    pub monthly: bool,
    /// The over-time chart's metric (a header of [`TREND_METRICS`]).
    pub metric: &'static str,
    /// A second metric on a second axis.
    pub metric2: Option<&'static str>,
    /// The funnel's last step: plays reaching this percent.
    pub funnel_quartile: u8,
    /// Panels whose table is open (of [`PanelId::WITH_TABLES`]), in page order.
    pub open_tables: Vec<PanelId>,
    /// Which viewers every panel counts.
    pub filters: Filters,
    /// Sort orders, pages, drill-downs and expanded rows of the breakdown panels.
    pub views: PanelViews,
}

impl DashboardState {
    /// Whether a panel's table is open.
    pub fn table_open(&self, panel: PanelId) -> bool {
        self.open_tables.contains(&panel)
    }

    /// The same state with a panel's table opened or closed.
    pub fn with_table(&self, panel: PanelId, open: bool) -> DashboardState {
        let mut s = self.clone();
        s.open_tables.retain(|p| *p != panel);
        if open {
            s.open_tables.push(panel);
            crate::lean::sort::sort_by_key(&mut s.open_tables, |p| *p);
        }
        s
    }
}

impl Default for DashboardState {
    fn default() -> Self {
        DashboardState {
            range: RangeChoice::Preset(Preset::Last30Days),
            compare: None,
            time_zone: None,
            monthly: false,
            metric: report_api::headers::COUNT_PLAYS,
            metric2: None,
            funnel_quartile: 50,
            open_tables: vec![],
            filters: Filters::new(),
            views: PanelViews::default(),
        }
    }
}

fn trend_metric(v: &str) -> Option<&'static str> {
    TREND_METRICS.iter().copied().find(|m| *m == v)
}

/// The query of `state` followed by the pairs of `current` that the state does not own.
pub fn query_with_foreign(state: &DashboardState, current: &[(String, String)]) -> Vec<(String, String)> {
    let mut q: Vec<(String, String)> = state
        .to_query()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    q.extend(current.iter().filter(|(k, _)| !keys::owns(k)).cloned());
    q
}

/// A URL parameter that was ignored, and why (shown to the user).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The parameter name.
    pub param: String,
    /// What was wrong, in words.
    pub reason: String,
}

fn parse_day(s: &str) -> Option<NaiveDate> {
    report_api::calendar::parse_iso_date(s)
}

impl DashboardState {
    /// Reads the state from query pairs; unknown parameters are left alone (they may belong to the host).
    pub fn from_query<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (DashboardState, Vec<Notice>) {
        let mut state = DashboardState::default();
        let mut notices = vec![];
        let mut from = None;
        let mut to = None;
        let mut bad = |param: &str, reason: &str| {
            notices.push(Notice {
                param: param.to_string(),
                reason: reason.to_string(),
            });
        };
        for (k, v) in pairs {
            match StateKey::from_name(k) {
                Some(StateKey::Version) if v.parse::<u32>().map_or(true, |n| n == 0 || n > STATE_VERSION) => {
                    bad("v", t(Msg::ReasonLinkVersion));
                }
                Some(StateKey::Range) => match Preset::from_key(v) {
                    Some(p) => state.range = RangeChoice::Preset(p),
                    None => bad(k, t(Msg::ReasonDateRange)),
                },
                Some(StateKey::From) => match parse_day(v) {
                    Some(d) => from = Some(d),
                    None => bad(k, t(Msg::ReasonDate)),
                },
                Some(StateKey::To) => match parse_day(v) {
                    Some(d) => to = Some(d),
                    None => bad(k, t(Msg::ReasonDate)),
                },
                Some(StateKey::Compare) => match v {
                    "prev" => state.compare = Some(CompareChoice::Previous),
                    "yoy" | "lastYear" => state.compare = Some(CompareChoice::LastYear),
                    other => match parse_day(other) {
                        Some(d) => state.compare = Some(CompareChoice::StartingOn(d)),
                        None => bad(k, t(Msg::ReasonComparePeriod)),
                    },
                },
                Some(StateKey::Buckets) => match v {
                    "d" => state.monthly = false,
                    "m" => state.monthly = true,
                    _ => bad("g", t(Msg::ReasonGranularity)),
                },
                Some(StateKey::Metric) => match trend_metric(v) {
                    Some(m) => state.metric = m,
                    None => bad("m", t(Msg::ReasonTrendMetric)),
                },
                Some(StateKey::Metric2) => match trend_metric(v) {
                    Some(m) => state.metric2 = Some(m),
                    None => bad("m2", t(Msg::ReasonTrendMetric)),
                },
                Some(StateKey::Quartile) => {
                    match v.parse::<u8>().ok().filter(|q| FUNNEL_QUARTILES.contains(q)) {
                        Some(q) => state.funnel_quartile = q,
                        None => bad("q", t(Msg::ReasonFunnelStep)),
                    }
                }
                Some(StateKey::Tables) => {
                    for t in v.split(',').filter(|t| !t.is_empty()) {
                        match PanelId::from_name(t).filter(|p| PanelId::WITH_TABLES.contains(p)) {
                            Some(p) if !state.open_tables.contains(&p) => state.open_tables.push(p),
                            Some(_) => {}
                            None => bad("tables", crate::i18n::t(Msg::ReasonNoTable)),
                        }
                    }
                    crate::lean::sort::sort_by_key(&mut state.open_tables, |p| *p);
                }
                Some(StateKey::Zone) => match report_api::time_range::parse_tz(v) {
                    Some(tz) => state.time_zone = Some(tz.name().to_string()),
                    None => bad("tz", t(Msg::ReasonTimeZone)),
                },
                // A valid version, and the host's entry id: nothing to read.
                Some(StateKey::Version | StateKey::EntryId) => {}
                None => {
                    if let Some(d) = Dimension::from_key(k) {
                        if let Err(e) = state.filters.add(d, v) {
                            bad(k, e.reason());
                        }
                    } else if let Err(reason) = state.views.read(k, v) {
                        bad(k, reason);
                    }
                }
            }
        }
        match (from, to) {
            (Some(a), Some(b)) => state.range = RangeChoice::Custom(DayRange::new(a, b)),
            (Some(_), None) | (None, Some(_)) => bad("from", t(Msg::ReasonRangeBoth)),
            (None, None) => {}
        }
        (state, notices)
    }

    /// The query pairs of this state (defaults omitted, so links stay short).
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        let mut q = vec![(StateKey::Version.name(), STATE_VERSION.to_string())];
        match self.range {
            RangeChoice::Preset(Preset::Last30Days) => {}
            RangeChoice::Preset(p) => q.push((StateKey::Range.name(), p.key().to_string())),
            RangeChoice::Custom(r) => {
                q.push((StateKey::From.name(), iso_date(r.first)));
                q.push((StateKey::To.name(), iso_date(r.last)));
            }
        }
        match self.compare {
            None => {}
            Some(CompareChoice::Previous) => q.push((StateKey::Compare.name(), "prev".into())),
            Some(CompareChoice::LastYear) => q.push((StateKey::Compare.name(), "yoy".into())),
            Some(CompareChoice::StartingOn(d)) => q.push((StateKey::Compare.name(), iso_date(d))),
        }
        if let Some(tz) = &self.time_zone {
            q.push((StateKey::Zone.name(), tz.clone()));
        }
        if self.monthly {
            q.push((StateKey::Buckets.name(), "m".into()));
        }
        if self.metric != report_api::headers::COUNT_PLAYS {
            q.push((StateKey::Metric.name(), self.metric.into()));
        }
        if let Some(m2) = self.metric2 {
            q.push((StateKey::Metric2.name(), m2.into()));
        }
        if self.funnel_quartile != 50 {
            q.push((StateKey::Quartile.name(), self.funnel_quartile.to_string()));
        }
        if !self.open_tables.is_empty() {
            let names: Vec<&str> = self.open_tables.iter().map(|p| p.name()).collect();
            q.push((StateKey::Tables.name(), names.join(",")));
        }
        q.extend(self.filters.to_query());
        q.extend(self.views.to_query());
        q
    }

    /// The same state with other filters (pages restart, heat maps close).
    pub fn with_filters(&self, filters: Filters) -> DashboardState {
        DashboardState {
            filters,
            views: self.views.after_filter_change(),
            ..self.clone()
        }
    }

    /// The days shown, given today and the entry's creation day.
    pub fn days(&self, today: NaiveDate, created: Option<NaiveDate>) -> DayRange {
        match self.range {
            RangeChoice::Preset(p) => p.resolve(today, created),
            RangeChoice::Custom(r) => r,
        }
    }

    /// The compare days for `current`, if comparing.
    pub fn compare_days(&self, current: DayRange) -> Option<DayRange> {
        self.compare.map(|c| match (c, self.range) {
            // A calendar preset compares with the calendar period before (last month: the whole month).
            (CompareChoice::Previous, RangeChoice::Preset(p)) => p.previous(current),
            (CompareChoice::Previous, RangeChoice::Custom(_)) => current.previous_period(),
            (CompareChoice::LastYear, _) => current.same_period_last_year(),
            (CompareChoice::StartingOn(d), _) => current.starting_on(d),
        })
    }

    /// The zone of day boundaries: the chosen one, else `browser_zone`, else UTC.
    pub fn zone(&self, browser_zone: Option<&str>) -> Zone {
        self.time_zone
            .as_deref()
            .or(browser_zone)
            .and_then(report_api::time_range::parse_tz)
            .map(Zone::Iana)
            .unwrap_or(Zone::Fixed(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_previous_period_of_a_calendar_preset_is_the_calendar_period_before() {
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let s = DashboardState {
            range: RangeChoice::Preset(Preset::LastMonth),
            compare: Some(CompareChoice::Previous),
            ..DashboardState::default()
        };
        let current = s.days(d(12, 7), None);
        assert_eq!(current, DayRange::new(d(11, 1), d(11, 30)));
        assert_eq!(s.compare_days(current), Some(DayRange::new(d(10, 1), d(10, 31))));
        // Custom days keep a window of the same length before.
        let custom = DashboardState {
            range: RangeChoice::Custom(DayRange::new(d(11, 1), d(11, 30))),
            ..s
        };
        let current = custom.days(d(12, 7), None);
        assert_eq!(
            custom.compare_days(current),
            Some(DayRange::new(d(10, 2), d(10, 31)))
        );
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn default_state_is_the_last_30_days_without_compare() {
        let (s, notices) = DashboardState::from_query([]);
        assert_eq!(s, DashboardState::default());
        assert!(notices.is_empty());
        assert_eq!(s.to_query(), vec![("v", "1".to_string())]);
    }

    #[test]
    fn state_round_trips_through_the_query() {
        let states = [
            DashboardState {
                range: RangeChoice::Preset(Preset::ThisQuarter),
                compare: Some(CompareChoice::LastYear),
                time_zone: Some("Asia/Jerusalem".into()),
                monthly: true,
                metric: "unique_viewers",
                metric2: Some("avg_completion_rate"),
                funnel_quartile: 100,
                open_tables: vec![PanelId::Playback, PanelId::Trend],
                filters: Filters::new()
                    .with(Dimension::Country, "France")
                    .with(Dimension::Country, "Saint Kitts & Nevis")
                    .with(Dimension::PageUrl, "https://lms.example/a?b=c&d=e"),
                views: PanelViews {
                    users_open: true,
                    geo: vec!["FR".into()],
                    domain: Some("example.org".into()),
                    ..PanelViews::default()
                },
            },
            DashboardState {
                range: RangeChoice::Custom(DayRange::new(d(2026, 1, 1), d(2026, 1, 31))),
                compare: Some(CompareChoice::StartingOn(d(2025, 6, 1))),
                ..Default::default()
            },
            DashboardState {
                range: RangeChoice::Preset(Preset::Last7Days),
                compare: Some(CompareChoice::Previous),
                time_zone: Some("UTC".into()),
                funnel_quartile: 25,
                ..Default::default()
            },
        ];
        for s in states {
            let q = s.to_query();
            let (back, notices) = DashboardState::from_query(q.iter().map(|(k, v)| (*k, v.as_str())));
            assert_eq!(back, s);
            assert!(notices.is_empty());
        }
    }

    #[test]
    fn bad_filters_and_views_are_notices() {
        let (s, notices) = DashboardState::from_query([
            ("playback", "vhs"),
            ("country", "A|B"),
            ("country", "Chile"),
            ("up", "-1"),
            ("geo", "chile"),
        ]);
        let params: Vec<_> = notices.iter().map(|n| n.param.as_str()).collect();
        assert_eq!(params, vec!["playback", "country", "up", "geo"]);
        assert_eq!(s.filters.get(Dimension::Country), &["Chile".to_string()]);
        assert!(s.views.geo.is_empty());
    }

    #[test]
    fn a_filter_change_restarts_pages() {
        let mut s = DashboardState::default();
        s.views.users_page = 3;
        let t = s.with_filters(Filters::new().with(Dimension::Device, "Tablet"));
        assert_eq!(t.views.users_page, 1);
        assert!(t.filters.contains(Dimension::Device, "Tablet"));
    }

    #[test]
    fn every_written_key_is_owned() {
        let mut s = DashboardState::default();
        for d in Dimension::ALL {
            s.filters = s.filters.with(d, d.fixed_values().map_or("x", |v| v[0]));
        }
        for (k, _) in s.to_query() {
            assert!(keys::owns(k), "{k}");
        }
        for k in keys::all() {
            assert!(keys::owns(k), "{k}");
        }
        assert!(!keys::owns("hostOrigin"));
    }

    #[test]
    fn kaltura_host_parameters_are_understood() {
        let (s, _) = DashboardState::from_query([("dateBy", "last7days"), ("compareTo", "lastYear")]);
        assert_eq!(s.range, RangeChoice::Preset(Preset::Last7Days));
        assert_eq!(s.compare, Some(CompareChoice::LastYear));
    }

    #[test]
    fn broken_parameters_are_dropped_with_a_notice() {
        let (s, notices) = DashboardState::from_query([
            ("range", "fortnight"),
            ("from", "2026-13-01"),
            ("cmp", "sometime"),
            ("tz", "Mars/Olympus"),
            ("v", "99"),
            ("unrelated", "kept for the host"),
            ("m", "<script>"),
            ("q", "33"),
            ("g", "week"),
        ]);
        assert_eq!(s, DashboardState::default());
        let params: Vec<&str> = notices.iter().map(|n| n.param.as_str()).collect();
        assert_eq!(params, vec!["range", "from", "cmp", "tz", "v", "m", "q", "g"]);
    }

    #[test]
    fn open_tables_are_kept_in_order_and_toggled() {
        let s = DashboardState::default()
            .with_table(PanelId::Trend, true)
            .with_table(PanelId::Playback, true);
        assert_eq!(s.open_tables, vec![PanelId::Playback, PanelId::Trend]);
        assert!(s.table_open(PanelId::Trend));
        let closed = s.with_table(PanelId::Trend, false);
        assert_eq!(closed.open_tables, vec![PanelId::Playback]);
        let (parsed, notices) = DashboardState::from_query([("tables", "trend,nope,playback,trend")]);
        assert_eq!(parsed.open_tables, vec![PanelId::Playback, PanelId::Trend]);
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn foreign_parameters_survive_a_rewrite() {
        let current = vec![
            ("hostOrigin".to_string(), "https://kms.example".to_string()),
            ("range".to_string(), "7d".to_string()),
        ];
        let q = query_with_foreign(&DashboardState::default(), &current);
        assert_eq!(
            q,
            vec![
                ("v".to_string(), "1".to_string()),
                ("hostOrigin".to_string(), "https://kms.example".to_string())
            ]
        );
    }

    #[test]
    fn half_a_custom_range_is_a_notice() {
        let (s, notices) = DashboardState::from_query([("from", "2026-01-01")]);
        assert_eq!(s.range, RangeChoice::Preset(Preset::Last30Days));
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn compare_days_follow_the_choice() {
        let r = DayRange::new(d(2026, 3, 1), d(2026, 3, 10));
        let s = DashboardState {
            compare: Some(CompareChoice::Previous),
            ..Default::default()
        };
        assert_eq!(
            s.compare_days(r),
            Some(DayRange::new(d(2026, 2, 19), d(2026, 2, 28)))
        );
        let none = DashboardState::default();
        assert_eq!(none.compare_days(r), None);
    }

    #[test]
    fn zone_prefers_the_chosen_one() {
        let s = DashboardState {
            time_zone: Some("Europe/Paris".into()),
            ..Default::default()
        };
        assert_eq!(s.zone(Some("Asia/Tokyo")).iana_name(), Some("Europe/Paris"));
        assert_eq!(
            DashboardState::default().zone(Some("Asia/Tokyo")).iana_name(),
            Some("Asia/Tokyo")
        );
        assert_eq!(DashboardState::default().zone(None), Zone::Fixed(0));
    }
}
