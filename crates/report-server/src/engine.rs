//! The query engine: computes every report of the contract from the raw events, with the metric
//! formulas of `report_api::metrics`, and serializes totals, tables and graphs exactly as the service does.

use crate::distinct::DistinctSet;
use crate::generate::geo::display_country;
use crate::model::*;
use crate::rollup::{self, Cell as RollupCell, Rollup, Sums};
use report_api::filter::split_list;
use report_api::headers::{self, *};
use report_api::metrics;
use report_api::number::format_php_float;
use report_api::time_range::Zone;
use report_api::{ApiError, DateKey, GraphShape, Interval, ReportInputFilter, ReportType};
use rustc_hash::{FxHashMap, FxHashSet};
use serde_json::{json, Value};

/// Rows a table may return in one page (`MAX_RESULT_SIZE`).
pub const MAX_RESULT_SIZE: u64 = 12_000;

/// Everything a report call needs besides the store.
#[derive(Debug, Clone)]
pub struct ReportArgs {
    /// Which report.
    pub report: ReportType,
    /// The filter, relative times already resolved.
    pub filter: ReportInputFilter,
    /// `objectIds`, if any.
    pub object_ids: Option<String>,
    /// `responseOptions.delimiter` (default `,`).
    pub delimiter: String,
    /// `responseOptions.skipEmptyDates` (default true).
    pub skip_empty_dates: bool,
}

/// The row dimension a report groups by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dim {
    Entry,
    User,
    Country,
    Region,
    City,
    Device,
    Os,
    Browser,
    OsFamily,
    BrowserFamily,
    Domain,
    Url,
    Context,
    Node,
    Hotspot,
    Percentile,
}

/// Where `unique_known_users` counts users from (contract §5 and §3.1 ¹).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UserSource {
    Any,
    Play,
    ViewPeriod,
    NodeOrViewPeriod,
}

fn row_dim(report: ReportType, drilled: bool) -> Dim {
    use ReportType::*;
    match (report, drilled) {
        (TopContent | ContentDropoff, _) => Dim::Entry,
        (TopSyndication, false) => Dim::Domain,
        (TopSyndication, true) => Dim::Url,
        (UserTopContent | UserInteractiveVideo, _) => Dim::User,
        (Platforms, false) => Dim::Device,
        (Platforms, true) | (OperatingSystem, false) => Dim::Os,
        (OperatingSystem, true) | (Browsers, _) => Dim::Browser,
        (OperatingSystemFamilies, _) => Dim::OsFamily,
        (BrowsersFamilies, _) => Dim::BrowserFamily,
        (TopPlaybackContext, _) => Dim::Context,
        (MapOverlayCountry, _) => Dim::Country,
        (MapOverlayRegion, _) => Dim::Region,
        (MapOverlayCity, _) => Dim::City,
        (Percentiles, _)
        | (InteractiveVideoHotspotClickedPercentiles, _)
        | (InteractiveVideoNodeSwitchHotspotClickedPercentiles, _) => Dim::Percentile,
        (InteractiveVideoTopNodes, _) => Dim::Node,
        (InteractiveVideoNodeTopHotspots, _) | (InteractiveVideoNodeSwitchTopHotspots, _) => Dim::Hotspot,
    }
}

fn user_source(report: ReportType) -> UserSource {
    use ReportType::*;
    match report {
        MapOverlayCountry | MapOverlayRegion | MapOverlayCity => UserSource::Play,
        Percentiles => UserSource::ViewPeriod,
        InteractiveVideoTopNodes => UserSource::NodeOrViewPeriod,
        _ => UserSource::Any,
    }
}

/// The event kinds a report reads (its implicit event-type filter).
fn reads(report: ReportType, kind: EventKind) -> bool {
    use EventKind::*;
    use ReportType::*;
    match report {
        Percentiles => kind == ViewPeriod,
        InteractiveVideoTopNodes => matches!(kind, NodePlay | ViewPeriod),
        InteractiveVideoNodeTopHotspots | InteractiveVideoHotspotClickedPercentiles => kind == HotspotClicked,
        InteractiveVideoNodeSwitchTopHotspots | InteractiveVideoNodeSwitchHotspotClickedPercentiles => {
            kind == NodeSwitch
        }
        UserInteractiveVideo => matches!(kind, Impression | Play | ViewPeriod),
        _ => matches!(
            kind,
            Impression | Play | Quartile25 | Quartile50 | Quartile75 | Quartile100 | ViewPeriod | Share
        ),
    }
}

/// Which distinct sets the requested headers need, so scans only pay for what they return, and how
/// many users and entries there are (the sets' universes).
#[derive(Debug, Clone, Copy, Default)]
struct Needs {
    users_known: bool,
    users_play: bool,
    entries: bool,
    user_count: usize,
    entry_count: usize,
}

impl Needs {
    fn of(headers: &[&str], store: &Store) -> Needs {
        Needs {
            users_known: headers.contains(&UNIQUE_KNOWN_USERS),
            users_play: headers.contains(&UNIQUE_VIEWERS),
            entries: headers.contains(&UNIQUE_VIDEOS) || headers.contains(&UNIQUE_PLAYED_VIDEOS),
            user_count: store.users.len(),
            entry_count: store.entries.len(),
        }
    }
}

/// Running sums of one group.
#[derive(Debug, Clone, Default)]
struct Agg {
    sums: Sums,
    users_known: DistinctSet,
    users_play: DistinctSet,
    entries_any: DistinctSet,
    entries_play: DistinctSet,
    any: bool,
}

impl Agg {
    fn add(&mut self, e: &Events, i: usize, needs: Needs, source: UserSource) {
        let kind = e.kind[i];
        self.any = true;
        self.sums.add_event(e, i);
        let user = e.user[i];
        if needs.users_known {
            let counts = match source {
                UserSource::Any => true,
                UserSource::Play => kind == EventKind::Play,
                UserSource::ViewPeriod => kind == EventKind::ViewPeriod,
                UserSource::NodeOrViewPeriod => matches!(kind, EventKind::NodePlay | EventKind::ViewPeriod),
            };
            if counts {
                self.users_known.insert(user, needs.user_count);
            }
        }
        if needs.users_play && kind == EventKind::Play {
            self.users_play.insert(user, needs.user_count);
        }
        if needs.entries {
            self.entries_any.insert(e.entry[i], needs.entry_count);
            if kind == EventKind::Play {
                self.entries_play.insert(e.entry[i], needs.entry_count);
            }
        }
    }

    /// Adds a rollup cell of `entry` (what `add` would do for each of the cell's events; the rollup only
    /// serves reports whose users come from any event or from plays).
    fn merge(&mut self, rollup: &Rollup, cell: &RollupCell, entry: u32, needs: Needs, source: UserSource) {
        self.any = true;
        self.sums.add_cell(&cell.sums);
        if needs.users_known {
            let users = match source {
                UserSource::Play => rollup.players(cell),
                _ => rollup.viewers(cell),
            };
            self.users_known.extend(users, needs.user_count);
        }
        if needs.users_play {
            self.users_play.extend(rollup.players(cell), needs.user_count);
        }
        if needs.entries {
            self.entries_any.insert(entry, needs.entry_count);
            if cell.sums.plays() > 0 {
                self.entries_play.insert(entry, needs.entry_count);
            }
        }
    }

    /// The value of a metric header; counts are integers, everything else a float.
    fn metric(&self, report: ReportType, header: &str) -> Cell {
        let plays = self.sums.plays as f64;
        let q = |i: usize| self.sums.quartiles[i] as f64;
        match header {
            COUNT_LOADS => Cell::Count(self.sums.loads),
            COUNT_PLAYS => Cell::Count(self.sums.plays),
            COUNT_PLAYS_25 => Cell::Count(self.sums.quartiles[0]),
            COUNT_PLAYS_50 => Cell::Count(self.sums.quartiles[1]),
            COUNT_PLAYS_75 => Cell::Count(self.sums.quartiles[2]),
            COUNT_PLAYS_100 => Cell::Count(self.sums.quartiles[3]),
            COUNT_VIRAL => Cell::Count(self.sums.viral),
            COUNT_VIEWERS => Cell::Count(self.sums.view_periods),
            COUNT_NODE_PLAYS => Cell::Count(self.sums.node_plays),
            COUNT_HOTSPOT_CLICKED => Cell::Count(self.sums.hotspot_clicks),
            COUNT_NODE_SWITCH => Cell::Count(self.sums.node_switches),
            UNIQUE_KNOWN_USERS => Cell::Count(self.users_known.len()),
            UNIQUE_VIEWERS => Cell::Count(self.users_play.len()),
            UNIQUE_VIDEOS => Cell::Count(self.entries_any.len()),
            UNIQUE_PLAYED_VIDEOS => Cell::Count(self.entries_play.len()),
            SUM_TIME_VIEWED => Cell::Float(metrics::minutes(self.sums.play_through_secs)),
            AVG_TIME_VIEWED => Cell::Float(metrics::per_play(
                metrics::minutes(self.sums.play_through_secs),
                plays,
            )),
            SUM_VIEW_PERIOD => Cell::Float(metrics::minutes(self.sums.view_period_secs)),
            AVG_VIEW_PERIOD_TIME => Cell::Float(metrics::per_play(
                metrics::minutes(self.sums.view_period_secs),
                plays,
            )),
            LOAD_PLAY_RATIO => Cell::Float(metrics::load_play_ratio(plays, self.sums.loads as f64)),
            PLAY_THROUGH_RATIO => Cell::Float(metrics::play_through_ratio(q(3), plays)),
            AVG_VIEW_DROP_OFF => Cell::Float(metrics::avg_view_drop_off(q(0), q(1), q(2), q(3), plays)),
            AVG_COMPLETION_RATE => {
                let divisor = if report == ReportType::InteractiveVideoTopNodes {
                    self.sums.node_plays as f64
                } else {
                    plays
                };
                Cell::Float(metrics::avg_completion_rate(
                    self.sums.unique_percentiles as f64,
                    divisor,
                ))
            }
            TOTAL_COMPLETION_RATE => Cell::Float(metrics::total_completion_rate(f64::from(
                self.sums.vod_slices.count_ones(),
            ))),
            _ => Cell::Text(String::new()),
        }
    }
}

/// One output cell.
#[derive(Debug, Clone)]
enum Cell {
    Count(u64),
    Float(f64),
    Text(String),
}

impl Cell {
    fn text(&self) -> String {
        match self {
            Cell::Count(n) => n.to_string(),
            Cell::Float(f) => format_php_float(*f),
            Cell::Text(s) => s.clone(),
        }
    }

    fn sort_value(&self) -> f64 {
        match self {
            Cell::Count(n) => *n as f64,
            Cell::Float(f) => *f,
            Cell::Text(_) => 0.0,
        }
    }
}

/// A compiled filter: which groups to scan and a yes/no per dimension value.
struct Compiled {
    groups: Vec<u32>,
    entry_ok: Option<Vec<bool>>,
    root_ok: Option<Vec<bool>>,
    location_ok: Option<Vec<bool>>,
    agent_ok: Option<Vec<bool>>,
    page_ok: Option<Vec<bool>>,
    context_ok: Option<Vec<bool>>,
    user_ok: Option<Vec<bool>>,
    node_ok: Option<Vec<bool>>,
    hotspot_ok: Option<Vec<bool>>,
    playback_ok: [bool; 3],
    from: i64,
    to: i64,
    zone: Zone,
}

fn entry_id(e: &Entry) -> &str {
    e.id.as_str()
}

fn mask<T>(items: &[T], wanted: &[&str], key: impl Fn(&T) -> &str) -> Vec<bool> {
    items.iter().map(|it| wanted.contains(&key(it))).collect()
}

fn and_mask(current: &mut Option<Vec<bool>>, new: Vec<bool>) {
    match current {
        Some(c) => c.iter_mut().zip(new).for_each(|(a, b)| *a = *a && b),
        None => *current = Some(new),
    }
}

impl ReportArgs {
    fn list<'a>(&'a self, field: &'a Option<String>) -> Option<Vec<&'a str>> {
        field
            .as_deref()
            .map(|v| split_list(v, &self.delimiter))
            .filter(|l| !l.is_empty())
    }

    fn drilled(&self) -> bool {
        self.object_ids.as_deref().is_some_and(|s| !s.is_empty())
    }

    fn compile(&self, store: &Store) -> Compiled {
        let f = &self.filter;
        let zone = Zone::from_filter(f.time_zone.as_deref(), f.time_zone_offset);
        let (from, to) = time_interval(f, zone, store.partner_created_at);
        let mut c = Compiled {
            groups: vec![],
            entry_ok: None,
            root_ok: None,
            location_ok: None,
            agent_ok: None,
            page_ok: None,
            context_ok: None,
            user_ok: None,
            node_ok: None,
            hotspot_ok: None,
            playback_ok: [true, false, false],
            from,
            to,
            zone,
        };
        let entries = &store.entries;
        if let Some(ids) = self.list(&f.entry_id_in) {
            and_mask(&mut c.entry_ok, mask(entries, &ids, entry_id));
        }
        if let Some(ids) = self.list(&f.playlist_id_in) {
            and_mask(&mut c.root_ok, mask(entries, &ids, entry_id));
        }
        if let Some(ids) = self.list(&f.root_entry_id_in) {
            and_mask(&mut c.root_ok, mask(entries, &ids, entry_id));
        }
        // objectIds filter the report's own dimension, or else entries (intersected with entryIdIn).
        let object_ids: Vec<&str> = self
            .object_ids
            .as_deref()
            .map(|v| split_list(v, &self.delimiter))
            .unwrap_or_default();
        use ReportType::*;
        if !object_ids.is_empty() {
            match self.report {
                Platforms => and_mask(
                    &mut c.agent_ok,
                    mask(&store.agents, &object_ids, |a| a.device.as_str()),
                ),
                OperatingSystem => and_mask(
                    &mut c.agent_ok,
                    mask(&store.agents, &object_ids, |a| a.os.as_str()),
                ),
                TopSyndication => and_mask(
                    &mut c.page_ok,
                    mask(&store.pages, &object_ids, |p| p.domain.as_str()),
                ),
                InteractiveVideoTopNodes => {
                    and_mask(&mut c.node_ok, mask(&store.nodes, &object_ids, |n| n.id.as_str()))
                }
                _ => and_mask(&mut c.entry_ok, mask(entries, &object_ids, entry_id)),
            }
        }
        if let Some(cats) = self.list(&f.categories_ids_in) {
            and_mask(
                &mut c.entry_ok,
                entries
                    .iter()
                    .map(|e| e.categories.split(',').any(|x| cats.contains(&x)))
                    .collect(),
            );
        }
        if let Some(types) = self.list(&f.media_type_in) {
            and_mask(
                &mut c.entry_ok,
                entries
                    .iter()
                    .map(|e| types.contains(&e.media_type.to_string().as_str()))
                    .collect(),
            );
        }
        if let Some(owners) = self.list(&f.owner_ids_in) {
            and_mask(&mut c.entry_ok, mask(entries, &owners, |e| e.user_id.as_str()));
        }
        if let Some(t) = f.entry_created_at_greater_than_or_equal.filter(|t| *t >= 0) {
            and_mask(
                &mut c.entry_ok,
                entries.iter().map(|e| e.created_at >= t).collect(),
            );
        }
        if let Some(t) = f.entry_created_at_less_than_or_equal.filter(|t| *t >= 0) {
            and_mask(
                &mut c.entry_ok,
                entries.iter().map(|e| e.created_at <= t).collect(),
            );
        }
        let locations = &store.locations;
        if let Some(v) = self.list(&f.country_in) {
            and_mask(&mut c.location_ok, mask(locations, &v, |l| l.country.as_str()));
        }
        if let Some(v) = self.list(&f.region_in) {
            and_mask(&mut c.location_ok, mask(locations, &v, |l| l.region.as_str()));
        }
        if let Some(v) = self.list(&f.cities_in) {
            and_mask(&mut c.location_ok, mask(locations, &v, |l| l.city.as_str()));
        }
        let agents = &store.agents;
        for (field, key) in [
            (
                &f.device_in,
                (|a: &Agent| a.device.as_str()) as fn(&Agent) -> &str,
            ),
            (&f.operating_system_family_in, |a: &Agent| a.os_family.as_str()),
            (&f.operating_system_in, |a: &Agent| a.os.as_str()),
            (&f.browser_family_in, |a: &Agent| a.browser_family.as_str()),
            (&f.browser_in, |a: &Agent| a.browser.as_str()),
        ] {
            if let Some(v) = self.list(field) {
                and_mask(&mut c.agent_ok, mask(agents, &v, key));
            }
        }
        if let Some(v) = self.list(&f.domain_in) {
            and_mask(&mut c.page_ok, mask(&store.pages, &v, |p| p.domain.as_str()));
        }
        if let Some(v) = self.list(&f.canonical_url_in) {
            and_mask(&mut c.page_ok, mask(&store.pages, &v, |p| p.url.as_str()));
        }
        if let Some(v) = self.list(&f.playback_context_ids_in) {
            let ids: Vec<String> = store.categories.iter().map(|c| c.id.to_string()).collect();
            and_mask(
                &mut c.context_ok,
                ids.iter().map(|id| v.contains(&id.as_str())).collect(),
            );
        }
        if let Some(v) = self.list(&f.user_ids) {
            and_mask(&mut c.user_ok, mask(&store.users, &v, |u| u.id.as_str()));
        }
        if let Some(v) = self.list(&f.node_ids_in) {
            and_mask(&mut c.node_ok, mask(&store.nodes, &v, |n| n.id.as_str()));
        }
        if matches!(
            self.report,
            InteractiveVideoHotspotClickedPercentiles | InteractiveVideoNodeSwitchHotspotClickedPercentiles
        ) {
            if let Some(v) = self.list(&f.hotspot_id_in) {
                and_mask(&mut c.hotspot_ok, mask(&store.hotspots, &v, |h| h.id.as_str()));
            }
        }
        if let Some(v) = self.list(&f.playback_type_in) {
            c.playback_ok = [v.contains(&"vod"), v.contains(&"live"), v.contains(&"dvr")];
        }
        // Which groups to scan: those of the selected entries, roots or nodes; else all.
        let mut groups = FxHashSet::default();
        let mut narrowed = false;
        if let Some(ok) = &c.entry_ok {
            narrowed = true;
            groups.extend(
                (0..entries.len() as u32)
                    .filter(|i| ok[*i as usize])
                    .map(|i| store.group_of(i)),
            );
        }
        if let Some(ok) = &c.root_ok {
            let roots: FxHashSet<u32> = (0..entries.len() as u32).filter(|i| ok[*i as usize]).collect();
            if narrowed {
                groups.retain(|g| roots.contains(g));
            } else {
                groups = roots;
            }
            narrowed = true;
        }
        if !narrowed {
            if let Some(ok) = &c.node_ok {
                narrowed = true;
                groups.extend(
                    store
                        .nodes
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| ok[*i])
                        .map(|(_, n)| n.path),
                );
            }
        }
        let mut groups: Vec<u32> = if narrowed {
            groups.into_iter().collect()
        } else {
            (0..entries.len() as u32).collect()
        };
        groups.sort_unstable();
        groups.dedup();
        c.groups = groups;
        c
    }
}

/// Adds one to `counts[p]` for each percentile `p` (0–100) set in `slices`.
pub(crate) fn count_percentiles(slices: u128, counts: &mut [u64]) {
    add_percentiles(slices, counts, 1);
}

/// Adds `n` to `counts[p]` for each percentile `p` (0–100) set in `slices`.
fn add_percentiles(slices: u128, counts: &mut [u64], n: u64) {
    let mut bits = slices;
    while bits != 0 {
        let p = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        if let Some(c) = counts.get_mut(p).filter(|_| p <= 100) {
            *c += n;
        }
    }
}

/// `[fromDate, toDate)` in unix seconds (contract §4.2); an empty interval when it cannot be known.
fn time_interval(f: &ReportInputFilter, zone: Zone, partner_created_at: i64) -> (i64, i64) {
    let day = |s: &str| DateKey::parse(s).and_then(|k| matches!(k, DateKey::Day(_)).then(|| k.first_day()));
    let (from, to) = match (
        f.from_day.as_deref().and_then(day),
        f.to_day.as_deref().and_then(day),
    ) {
        (Some(a), Some(b)) => (zone.day_start(a), zone.day_start(b.succ_opt().unwrap_or(b))),
        _ => match (f.from_date, f.to_date) {
            (Some(a), Some(b)) if a < b => (a, b),
            (Some(a), Some(b)) => {
                // Reversed or equal: whole days in the server's zone (UTC here).
                let utc = Zone::Fixed(0);
                let (da, db) = (utc.local_date(a), utc.local_date(b));
                let (da, db) = if da <= db { (da, db) } else { (db, da) };
                (utc.day_start(da), utc.day_start(db.succ_opt().unwrap_or(db)))
            }
            _ => (0, 0),
        },
    };
    (from.max(partner_created_at - 30 * 86_400), to)
}

/// The bucket boundaries of a by-date result: bucket i covers `[starts[i], starts[i+1])`.
struct Buckets {
    starts: Vec<i64>,
    keys: Vec<DateKey>,
}

impl Buckets {
    fn new(c: &Compiled, interval: Interval, force_days_key: bool) -> Buckets {
        let mut starts = vec![];
        let mut keys = vec![];
        if c.from >= c.to {
            return Buckets { starts, keys };
        }
        if matches!(
            interval,
            Interval::Hours | Interval::Minutes | Interval::TenMinutes | Interval::TenSeconds
        ) && !force_days_key
        {
            // Hourly buckets (finer intervals are served hourly too): boundaries where the local
            // clock shows a whole hour.
            let mut t = c.from;
            while t < c.to {
                let (day, hour) = c.zone.local_hour(t);
                if keys.last() != Some(&DateKey::Hour(day, hour)) {
                    starts.push(t);
                    keys.push(DateKey::Hour(day, hour));
                }
                // Step to the next whole local hour (offsets are multiples of 15 minutes).
                let next = (t / 900 + 1) * 900;
                t = next;
            }
            return Buckets { starts, keys };
        }
        let first = c.zone.local_date(c.from);
        let last = c.zone.local_date(c.to - 1);
        let mut d = first;
        while d <= last {
            let (key, next) = match interval {
                Interval::Months => {
                    let next = d.checked_add_months(chrono::Months::new(1)).unwrap_or(last);
                    let start_of_next = chrono::NaiveDate::from_ymd_opt(
                        chrono::Datelike::year(&next),
                        chrono::Datelike::month(&next),
                        1,
                    )
                    .unwrap_or(next);
                    (DateKey::month_of(d), start_of_next)
                }
                Interval::Years => {
                    let y = chrono::Datelike::year(&d);
                    (
                        DateKey::Year(y),
                        chrono::NaiveDate::from_ymd_opt(y + 1, 1, 1).unwrap_or(last),
                    )
                }
                _ => (DateKey::Day(d), d.succ_opt().unwrap_or(last)),
            };
            starts.push(if starts.is_empty() {
                c.from
            } else {
                c.zone.day_start(d)
            });
            keys.push(if force_days_key {
                DateKey::Day(key.first_day().max(first))
            } else {
                key
            });
            if next <= d {
                break;
            }
            d = next;
        }
        Buckets { starts, keys }
    }

    fn index(&self, t: i64) -> Option<usize> {
        let i = self.starts.partition_point(|s| *s <= t);
        i.checked_sub(1)
    }
}

/// A report runner over a store.
pub struct Engine<'a> {
    store: &'a Store,
    rollups: bool,
}

/// The dimension of a rollup's cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rolled {
    Whole,
    By(Dim),
}

impl<'a> Engine<'a> {
    /// An engine over a store, reading hourly rollups where a query allows it.
    pub fn new(store: &'a Store) -> Engine<'a> {
        Engine { store, rollups: true }
    }

    /// An engine that always scans the events (the reference the rollups are tested against).
    pub fn scanning(store: &'a Store) -> Engine<'a> {
        Engine {
            store,
            rollups: false,
        }
    }

    /// The rollups (with their entries) that answer this query exactly, if it can be answered from them:
    /// whole hours, the default VOD playback, no filter but media entries, an entry report's event kinds
    /// with its users from any event or from plays, and cells of the dimension `rolled` asks for.
    fn rolled_up(&self, args: &ReportArgs, c: &Compiled, rolled: Rolled) -> Option<Vec<(u32, &'a Rollup)>> {
        // Decided from the report's own definitions, so that a report whose kinds or users change
        // leaves the rollups by itself: it must read exactly the kinds a rollup holds, and take its
        // users from any event or from plays (the two viewer lists a cell keeps).
        let report_ok = (0..=u8::MAX)
            .map_while(EventKind::from_u8)
            .all(|kind| reads(args.report, kind) == rollup::rolled(kind))
            && matches!(user_source(args.report), UserSource::Any | UserSource::Play);
        let dim_ok = match rolled {
            Rolled::Whole => true,
            Rolled::By(d) => matches!(d, Dim::Country | Dim::Device | Dim::Domain),
        };
        if !report_ok || !dim_ok {
            return None;
        }
        self.rolled_up_entries(args, c)
    }

    /// The rollups of the query's entries when its filter and hours allow reading them (see `rolled_up`).
    fn rolled_up_entries(&self, args: &ReportArgs, c: &Compiled) -> Option<Vec<(u32, &'a Rollup)>> {
        let unfiltered = c.root_ok.is_none()
            && c.location_ok.is_none()
            && c.agent_ok.is_none()
            && c.page_ok.is_none()
            && c.context_ok.is_none()
            && c.user_ok.is_none()
            && c.node_ok.is_none()
            && c.hotspot_ok.is_none()
            && c.playback_ok == [true, false, false]
            && !args.drilled();
        let hours = c.from < c.to && c.from % rollup::HOUR == 0 && c.to % rollup::HOUR == 0;
        if !self.rollups || !unfiltered || !hours {
            return None;
        }
        let entry_ok = c.entry_ok.as_ref()?;
        let selected: Vec<u32> = (0..entry_ok.len() as u32)
            .filter(|i| entry_ok[*i as usize])
            .collect();
        if selected.iter().any(|e| !Rollup::serves(self.store, *e)) {
            return None;
        }
        selected
            .into_iter()
            .map(|e| self.store.rollup(e).map(|r| (e, r)))
            .collect()
    }

    /// Whether this query reads rollups rather than scanning events (for tests that must know the fast
    /// path is taken, not only that it answers the same).
    pub fn reads_rollups(&self, args: &ReportArgs) -> bool {
        let c = args.compile(self.store);
        let dim = row_dim(args.report, args.drilled());
        let rolled = if args.report == ReportType::Percentiles {
            self.rolled_up_entries(args, &c)
        } else {
            self.rolled_up(args, &c, Rolled::Whole)
        };
        rolled.is_some()
            && (args.report == ReportType::Percentiles
                || !matches!(dim, Dim::Country | Dim::Device | Dim::Domain)
                || self.rolled_up(args, &c, Rolled::By(dim)).is_some())
    }

    /// Visits every cell of the rollups for a dimension within the query's hours, with its rollup and
    /// entry (what `Agg::merge` needs).
    fn each_cell(
        rollups: Vec<(u32, &Rollup)>,
        rolled: Rolled,
        c: &Compiled,
        mut visit: impl FnMut(&Rollup, &RollupCell, u32),
    ) {
        for (entry, r) in rollups {
            let all = match rolled {
                Rolled::By(Dim::Country) => &r.countries,
                Rolled::By(Dim::Device) => &r.devices,
                Rolled::By(Dim::Domain) => &r.domains,
                _ => &r.hours,
            };
            for cell in rollup::within(all, |cell| cell.hour, c.from, c.to) {
                visit(r, cell, entry);
            }
        }
    }

    /// Visits every event that passes the compiled filter and the report's event kinds.
    fn scan(&self, args: &ReportArgs, c: &Compiled, mut visit: impl FnMut(usize)) {
        let e = &self.store.events;
        if c.from >= c.to {
            return;
        }
        for g in &c.groups {
            let Some(range) = self.store.group_ranges.get(*g as usize) else {
                continue;
            };
            let times = &e.time[range.clone()];
            let lo = range.start + times.partition_point(|t| *t < c.from);
            let hi = range.start + times.partition_point(|t| *t < c.to);
            for i in lo..hi {
                if !reads(args.report, e.kind[i]) || !c.playback_ok[e.playback[i] as usize] {
                    continue;
                }
                let ok = |m: &Option<Vec<bool>>, v: u32| match m {
                    None => true,
                    Some(m) => m.get(v as usize).copied().unwrap_or(false),
                };
                if !ok(&c.entry_ok, e.entry[i])
                    || !ok(&c.root_ok, e.root[i])
                    || !ok(&c.location_ok, e.location[i])
                    || !ok(&c.agent_ok, e.agent[i])
                    || !ok(&c.page_ok, e.page[i])
                    || !ok(&c.context_ok, e.context[i])
                    || !ok(&c.user_ok, e.user[i])
                    || !ok(&c.node_ok, e.node[i])
                    || !ok(&c.hotspot_ok, e.hotspot[i])
                {
                    continue;
                }
                visit(i);
            }
        }
    }

    fn group_key(&self, dim: Dim, i: usize) -> u64 {
        let e = &self.store.events;
        let g = &self.store.group_index;
        match dim {
            Dim::Entry => u64::from(e.entry[i]),
            Dim::User => u64::from(e.user[i]),
            // Rows group by the first dimension row with the same value (see `GroupIndex`).
            Dim::Country => u64::from(g.country[e.location[i] as usize]),
            Dim::Region => u64::from(g.region[e.location[i] as usize]),
            Dim::City => u64::from(g.city[e.location[i] as usize]),
            Dim::Device => u64::from(g.device[e.agent[i] as usize]),
            Dim::Os => u64::from(g.os[e.agent[i] as usize]),
            Dim::Browser => u64::from(g.browser[e.agent[i] as usize]),
            Dim::OsFamily => u64::from(g.os_family[e.agent[i] as usize]),
            Dim::BrowserFamily => u64::from(g.browser_family[e.agent[i] as usize]),
            Dim::Domain => u64::from(g.domain[e.page[i] as usize]),
            Dim::Url => u64::from(e.page[i]),
            Dim::Context => u64::from(e.context[i]),
            Dim::Node => u64::from(e.node[i]),
            Dim::Hotspot => u64::from(e.hotspot[i]),
            Dim::Percentile => 0,
        }
    }

    /// The dimension cells of a group, in the report's dimension-header order.
    fn dim_cells(&self, args: &ReportArgs, dim: Dim, key: u64) -> Vec<String> {
        let s = self.store;
        let k = key as usize;
        let none = key == u64::from(NONE);
        let coords = |lat: f64, lon: f64| format!("{lat}/{lon}");
        let headers = headers::table_dimensions(args.report, args.drilled());
        headers
            .iter()
            .map(|h| match (dim, *h) {
                (Dim::Entry, "object_id") => s.entries[k].id.clone(),
                (Dim::Entry, "entry_name") => s.entries[k].name.clone(),
                (Dim::User, "name") => s.users[k].id.clone(),
                (Dim::User, "full_name") => s.users[k].full_name.clone(),
                (Dim::Country, "object_id") | (Dim::City, "country_code") => {
                    s.locations[k].country_code.clone()
                }
                (Dim::Country | Dim::Region | Dim::City, "country") => {
                    display_country(&s.locations[k].country).to_string()
                }
                (Dim::Country, "coordinates") => {
                    coords(s.locations[k].country_lat, s.locations[k].country_lon)
                }
                (Dim::Region | Dim::City, "region") => s.locations[k].region.clone(),
                (Dim::Region, "coordinates") => coords(s.locations[k].region_lat, s.locations[k].region_lon),
                (Dim::City, "city") => s.locations[k].city.clone(),
                (Dim::City, "coordinates") => coords(s.locations[k].lat, s.locations[k].lon),
                (Dim::Device, _) => s.agents[k].device.clone(),
                (Dim::Os, _) => s.agents[k].os.clone(),
                (Dim::Browser, _) => s.agents[k].browser.clone(),
                (Dim::OsFamily, _) => s.agents[k].os_family.clone(),
                (Dim::BrowserFamily, _) => s.agents[k].browser_family.clone(),
                (Dim::Domain, _) => s.pages[k].domain.clone(),
                (Dim::Url, _) => s.pages[k].url.clone(),
                (Dim::Context, "object_id") if none => "Unknown".into(),
                (Dim::Context, "object_id") => s.categories[k].id.to_string(),
                (Dim::Context, "name") if none => String::new(),
                (Dim::Context, "name") => s.categories[k].name.clone(),
                (Dim::Node, _) if none => "0".into(),
                (Dim::Node, _) => s.nodes[k].id.clone(),
                (Dim::Hotspot, _) if none => "Unknown".into(),
                (Dim::Hotspot, "hotspot_id") => s.hotspots[k].id.clone(),
                (Dim::Hotspot, "destination") => {
                    let h = &s.hotspots[k];
                    if h.dest_node != NONE {
                        s.nodes[h.dest_node as usize].id.clone()
                    } else if !h.dest_url.is_empty() {
                        h.dest_url.clone()
                    } else {
                        "Unknown".into()
                    }
                }
                _ => String::new(),
            })
            .collect()
    }

    /// Everything the filter selects in one aggregate, from rollups when the query allows it.
    fn whole(&self, args: &ReportArgs, c: &Compiled, needs: Needs) -> Agg {
        let source = user_source(args.report);
        let mut agg = Agg::default();
        let e = &self.store.events;
        match self.rolled_up(args, c, Rolled::Whole) {
            Some(rollups) => Self::each_cell(rollups, Rolled::Whole, c, |r, cell, entry| {
                agg.merge(r, cell, entry, needs, source)
            }),
            None => self.scan(args, c, |i| agg.add(e, i, needs, source)),
        }
        agg
    }

    /// `getTotal`: `{header, data}` over the whole filter.
    pub fn total(&self, args: &ReportArgs) -> Value {
        let c = args.compile(self.store);
        let headers = headers::total_headers(args.report);
        let needs = Needs::of(headers, self.store);
        let agg = self.whole(args, &c, needs);
        let values: Vec<String> = if !agg.any && args.skip_empty_dates {
            headers.iter().map(|_| String::new()).collect()
        } else {
            headers
                .iter()
                .map(|h| agg.metric(args.report, h).text())
                .collect()
        };
        json!({"header": headers.join(&args.delimiter), "data": values.join(&args.delimiter), "objectType": "KalturaReportTotal"})
    }

    /// Groups the filtered events by the report's row dimension.
    fn grouped(&self, args: &ReportArgs, c: &Compiled, needs: Needs) -> FxHashMap<u64, Agg> {
        let dim = row_dim(args.report, args.drilled());
        let source = user_source(args.report);
        let e = &self.store.events;
        let mut groups: FxHashMap<u64, Agg> = FxHashMap::default();
        if let Some(rollups) = self.rolled_up(args, c, Rolled::By(dim)) {
            Self::each_cell(rollups, Rolled::By(dim), c, |r, cell, entry| {
                let group = groups.entry(u64::from(cell.key)).or_default();
                group.merge(r, cell, entry, needs, source)
            });
            return groups;
        }
        self.scan(args, c, |i| {
            let key = self.group_key(dim, i);
            groups.entry(key).or_default().add(e, i, needs, source);
        });
        groups
    }

    /// `getTable`: a page of rows. `pager` = (pageSize, pageIndex) already defaulted.
    pub fn table(
        &self,
        args: &ReportArgs,
        page_size: u64,
        page_index: u64,
        order: Option<&str>,
    ) -> Result<Value, ApiError> {
        let c = args.compile(self.store);
        let drilled = args.drilled();
        let metric_headers = headers::table_metrics(args.report);
        let all_headers = headers::table_headers(args.report, drilled);
        let header_text = all_headers.join(&args.delimiter);
        let needs = Needs::of(metric_headers, self.store);
        let sanitize = |s: &str| s.replace(args.delimiter.as_str(), " ").replace(';', " ");
        let mut page_size = page_size;
        if page_index > 1 && page_index.saturating_mul(page_size) > MAX_RESULT_SIZE {
            return Err(ApiError::internal());
        }
        if page_index.saturating_mul(page_size) > MAX_RESULT_SIZE {
            page_size = MAX_RESULT_SIZE;
        }

        if args.report.is_percentile_report() {
            let rows = self.percentile_rows(args, &c);
            let Some(rows) = rows else {
                return Ok(json!({"objectType": "KalturaReportTable"}));
            };
            let start = ((page_index - 1) * page_size) as usize;
            let data: String = rows
                .iter()
                .skip(start)
                .take(page_size as usize)
                .map(|r| format!("{};", r.join(&args.delimiter)))
                .collect();
            if data.is_empty() {
                return Ok(json!({"objectType": "KalturaReportTable"}));
            }
            return Ok(
                json!({"header": header_text, "data": data, "totalCount": 101, "objectType": "KalturaReportTable"}),
            );
        }

        let dim = row_dim(args.report, drilled);
        let groups = self.grouped(args, &c, needs);
        let mut rows: Vec<(f64, Vec<String>, Vec<String>)> = groups
            .into_iter()
            .filter(|(key, _)| {
                // Node switches without a hotspot are not rows (contract §3.2, report 55).
                !(dim == Dim::Hotspot && *key == u64::from(NONE))
            })
            .map(|(key, agg)| {
                let dims = self.dim_cells(args, dim, key);
                let cells: Vec<Cell> = metric_headers
                    .iter()
                    .map(|h| agg.metric(args.report, h))
                    .collect();
                let sort = sort_value(&cells, metric_headers, order);
                (sort, dims, cells.iter().map(Cell::text).collect::<Vec<_>>())
            })
            .collect();
        let total_count = rows.len() as u64;
        let descending = !order.is_some_and(|o| o.starts_with('+'));
        rows.sort_by(|a, b| {
            let by_value = a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal);
            let by_value = if descending { by_value.reverse() } else { by_value };
            by_value.then_with(|| a.1.cmp(&b.1))
        });
        let start = ((page_index - 1) * page_size) as usize;
        let mut page: Vec<_> = rows.into_iter().skip(start).take(page_size as usize).collect();
        if page.is_empty() {
            return Ok(json!({"objectType": "KalturaReportTable"}));
        }
        // A non-metric order (such as `-name`) re-sorts only the page already cut by plays.
        if let Some(name) = order.map(|o| o.trim_start_matches(['+', '-'])) {
            let dims = headers::table_dimensions(args.report, drilled);
            if let Some(col) = dims.iter().position(|d| *d == name) {
                page.sort_by(|a, b| {
                    let o = a.1[col].cmp(&b.1[col]);
                    if descending {
                        o.reverse()
                    } else {
                        o
                    }
                });
            }
        }
        let data: String = page
            .iter()
            .map(|(_, dims, cells)| {
                let mut all: Vec<String> = dims.iter().map(|d| sanitize(d)).collect();
                all.extend(cells.iter().cloned());
                format!("{};", all.join(&args.delimiter))
            })
            .collect();
        Ok(
            json!({"header": header_text, "data": data, "totalCount": total_count, "objectType": "KalturaReportTable"}),
        )
    }

    /// The 101 rows of a percentile report, or `None` when nothing matched.
    fn percentile_rows(&self, args: &ReportArgs, c: &Compiled) -> Option<Vec<Vec<String>>> {
        let e = &self.store.events;
        let metric_headers = headers::table_metrics(args.report);
        let mut counts = vec![0u64; 101];
        // Each user's percentiles, OR-ed: one map entry per view period instead of a set insert per bit.
        let mut seen_by: FxHashMap<u32, u128> = FxHashMap::default();
        let want_users = metric_headers.contains(&UNIQUE_KNOWN_USERS);
        let mut any = false;
        let rollups = if args.report == ReportType::Percentiles {
            self.rolled_up_entries(args, c)
        } else {
            None
        };
        // From rollups, users are indexed directly (one slot per user beats hashing tens of thousands).
        let mut by_user: Vec<u128> = Vec::new();
        if let Some(rollups) = rollups {
            if want_users {
                by_user = vec![0; self.store.users.len()];
            }
            for (_, r) in rollups {
                for hour in rollup::within(&r.percentiles, |h| h.hour, c.from, c.to) {
                    any = true;
                    for (total, n) in counts.iter_mut().zip(hour.counts) {
                        *total += u64::from(n);
                    }
                    if want_users {
                        for (user, slices) in r.slices(hour) {
                            match by_user.get_mut(*user as usize) {
                                Some(s) => *s |= slices,
                                None => *seen_by.entry(*user).or_default() |= slices,
                            }
                        }
                    }
                }
            }
        } else {
            self.scan(args, c, |i| {
                any = true;
                match e.kind[i] {
                    EventKind::ViewPeriod => {
                        let slices = e.slices[i];
                        if want_users {
                            *seen_by.entry(e.user[i]).or_default() |= slices;
                        }
                        count_percentiles(slices, &mut counts);
                    }
                    _ => {
                        let p = usize::from(e.position[i]).min(100);
                        counts[p] += 1;
                    }
                }
            });
        }
        if !any {
            return None;
        }
        // Many viewers watched the same slices (the whole video, up to the same cliff): each pattern's
        // bits are counted once, times its viewers.
        let mut patterns: FxHashMap<u128, u64> = FxHashMap::default();
        for slices in seen_by.values().chain(&by_user).filter(|s| **s != 0) {
            *patterns.entry(*slices).or_default() += 1;
        }
        let mut users = [0u64; 101];
        for (slices, viewers) in patterns {
            add_percentiles(slices, &mut users, viewers);
        }
        Some(
            (0..=100)
                .map(|p| {
                    let mut row = vec![p.to_string(), counts[p].to_string()];
                    if want_users {
                        row.push(users[p].to_string());
                    }
                    row
                })
                .collect(),
        )
    }

    /// `getGraphs`: the report's graphs in its shape, or an internal error when it has none.
    pub fn graphs(&self, args: &ReportArgs) -> Result<Value, ApiError> {
        let shape = args
            .report
            .graph_shape(args.drilled())
            .ok_or_else(ApiError::internal)?;
        let c = args.compile(self.store);
        let ids = headers::graph_metrics(args.report);
        let d = &args.delimiter;
        let graph =
            |id: &str, data: String| json!({"id": id, "data": data, "objectType": "KalturaReportGraph"});
        match shape {
            GraphShape::ByName => {
                let agg = self.whole(args, &c, Needs::of(ids, self.store));
                let data: String = ids
                    .iter()
                    .map(|h| format!("{h}{d}{};", agg.metric(args.report, h).text()))
                    .collect();
                Ok(json!([graph(CONTENT_DROPOFF_GRAPH, data)]))
            }
            GraphShape::MultiByName => {
                let groups = self.grouped(args, &c, Needs::of(ids, self.store));
                let dim = row_dim(args.report, args.drilled());
                let mut keyed: Vec<(u64, Agg)> = groups.into_iter().collect();
                keyed.sort_by(|a, b| b.1.sums.plays.cmp(&a.1.sums.plays).then(a.0.cmp(&b.0)));
                Ok(Value::Array(
                    ids.iter()
                        .map(|h| {
                            let data: String = keyed
                                .iter()
                                .map(|(k, agg)| {
                                    let name = self.dim_cells(args, dim, *k).join(" ");
                                    format!("{name}{d}{};", agg.metric(args.report, h).text())
                                })
                                .collect();
                            graph(h, data)
                        })
                        .collect(),
                ))
            }
            GraphShape::ByDate | GraphShape::MultiByDate => {
                let multi = shape == GraphShape::MultiByDate;
                let interval = args.filter.interval.unwrap_or_default();
                let buckets = Buckets::new(&c, interval, multi);
                let needs = Needs::of(ids, self.store);
                let source = user_source(args.report);
                let dim = row_dim(args.report, args.drilled());
                let e = &self.store.events;
                let mut per_bucket: Vec<FxHashMap<u64, Agg>> = vec![FxHashMap::default(); buckets.keys.len()];
                let rolled = if multi { Rolled::By(dim) } else { Rolled::Whole };
                // Buckets start on whole hours when the range does (zones are whole hours, or
                // quarter hours, east of UTC; a bucket starting mid-hour means a scan).
                let aligned = buckets.starts.iter().all(|t| t % rollup::HOUR == 0);
                match self.rolled_up(args, &c, rolled).filter(|_| aligned) {
                    Some(rollups) => Self::each_cell(rollups, rolled, &c, |r, cell, entry| {
                        if let Some(b) = buckets.index(cell.hour) {
                            let key = if multi { u64::from(cell.key) } else { 0 };
                            let group = per_bucket[b].entry(key).or_default();
                            group.merge(r, cell, entry, needs, source);
                        }
                    }),
                    None => self.scan(args, &c, |i| {
                        if let Some(b) = buckets.index(e.time[i]) {
                            let key = if multi { self.group_key(dim, i) } else { 0 };
                            per_bucket[b].entry(key).or_default().add(e, i, needs, source);
                        }
                    }),
                }
                Ok(Value::Array(
                    ids.iter()
                        .map(|h| {
                            let mut data = String::new();
                            for (b, key) in buckets.keys.iter().enumerate() {
                                let aggs = &per_bucket[b];
                                if multi {
                                    if aggs.is_empty() {
                                        continue;
                                    }
                                    let mut pairs: Vec<(&u64, &Agg)> = aggs.iter().collect();
                                    pairs.sort_by(|a, b| {
                                        b.1.sums.plays.cmp(&a.1.sums.plays).then(a.0.cmp(b.0))
                                    });
                                    let joined: Vec<String> = pairs
                                        .iter()
                                        .map(|(k, agg)| {
                                            format!(
                                                "{}:{}",
                                                self.dim_cells(args, dim, **k).join(" "),
                                                agg.metric(args.report, h).text()
                                            )
                                        })
                                        .collect();
                                    data.push_str(&format!("{key}{d}{};", joined.join(",")));
                                } else {
                                    match aggs.get(&0) {
                                        Some(agg) => data.push_str(&format!(
                                            "{key}{d}{};",
                                            agg.metric(args.report, h).text()
                                        )),
                                        None if !args.skip_empty_dates => {
                                            data.push_str(&format!("{key}{d}0;"))
                                        }
                                        None => {}
                                    }
                                }
                            }
                            graph(h, data)
                        })
                        .collect(),
                ))
            }
        }
    }
}

/// The value a row sorts by: the ordered metric, else plays, else the first metric (contract §2.1.7).
fn sort_value(cells: &[Cell], headers: &[&str], order: Option<&str>) -> f64 {
    let name = order
        .map(|o| o.trim_start_matches(['+', '-']))
        .unwrap_or(COUNT_PLAYS);
    let col = headers
        .iter()
        .position(|h| *h == name)
        .or_else(|| headers.iter().position(|h| *h == COUNT_PLAYS))
        .unwrap_or(0);
    cells.get(col).map(Cell::sort_value).unwrap_or(0.0)
}
