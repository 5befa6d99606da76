//! Hourly rollups of one media entry's events, the way Kaltura's own backend rolls events up by hour in
//! Druid: per hour, the sums a report adds and the distinct viewers, in total and per country, device and
//! domain, plus the percentile counts and each viewer's watched slices. A report over whole hours with no
//! filter but the entry reads a few thousand cells instead of every event (at 10M events, a 30-day range
//! of the demo entry is ~150,000 events and ~20,000 cells), which keeps its time nearly flat as data
//! grows. Any other query scans the events (`engine.rs`); both add up with the same [`Sums`].
//!
//! Built for an entry the first time a query can use it, then kept (`Store::rollup`).

use crate::model::{EventKind, Events, PlaybackType, Store};
use rustc_hash::FxHashMap;
use std::ops::Range;

/// Seconds in a rollup cell.
pub const HOUR: i64 = 3_600;

/// The additive part of a report's aggregate: counts and sums, no distinct sets.
#[derive(Debug, Clone, Copy, Default)]
pub struct Sums {
    /// Player impressions.
    pub loads: u64,
    /// Play events.
    pub plays: u64,
    /// Play-through 25/50/75/100 %.
    pub quartiles: [u64; 4],
    /// Shares.
    pub viral: u64,
    /// Seconds played up to the quartile events.
    pub play_through_secs: f64,
    /// Seconds of view periods.
    pub view_period_secs: f64,
    /// How many view periods were summed (an average's divisor).
    pub view_periods: u64,
    /// Percent slices watched, summed over view periods.
    pub unique_percentiles: u64,
    /// Interactive node plays.
    pub node_plays: u64,
    /// Clicks on an interactive path's hotspots.
    pub hotspot_clicks: u64,
    /// Clicks that moved a viewer to another node.
    pub node_switches: u64,
    /// Slices watched in any VOD view period (a union).
    pub vod_slices: u128,
}

impl Sums {
    /// Adds event `i`.
    #[inline]
    pub fn add_event(&mut self, e: &Events, i: usize) {
        match e.kind[i] {
            EventKind::Impression => self.loads += 1,
            EventKind::Play => self.plays += 1,
            EventKind::Quartile25 => self.quartiles[0] += 1,
            EventKind::Quartile50 => self.quartiles[1] += 1,
            EventKind::Quartile75 => self.quartiles[2] += 1,
            EventKind::Quartile100 => self.quartiles[3] += 1,
            EventKind::ViewPeriod => {
                self.view_periods += 1;
                self.view_period_secs += f64::from(e.play_time[i]);
                self.unique_percentiles += u64::from(e.slices[i].count_ones());
                if e.playback[i] == PlaybackType::Vod {
                    self.vod_slices |= e.slices[i];
                }
            }
            EventKind::Share => self.viral += 1,
            EventKind::NodePlay => self.node_plays += 1,
            EventKind::HotspotClicked => self.hotspot_clicks += 1,
            EventKind::NodeSwitch => self.node_switches += 1,
        }
        if matches!(
            e.kind[i],
            EventKind::Quartile25 | EventKind::Quartile50 | EventKind::Quartile75 | EventKind::Quartile100
        ) {
            self.play_through_secs += f64::from(e.play_time[i]);
        }
    }

    /// Adds a rollup cell's sums.
    #[inline]
    pub fn add_cell(&mut self, o: &CellSums) {
        self.loads += u64::from(o.loads);
        self.plays += u64::from(o.plays);
        for (a, b) in self.quartiles.iter_mut().zip(o.quartiles) {
            *a += u64::from(b);
        }
        self.viral += u64::from(o.viral);
        self.play_through_secs += o.play_through_secs;
        self.view_period_secs += o.view_period_secs;
        self.view_periods += u64::from(o.view_periods);
        self.unique_percentiles += u64::from(o.unique_percentiles);
        self.vod_slices |= o.vod_slices;
    }
}

/// What a cell's events add up to, stored compactly (a cell holds one hour of one entry, so its counts
/// fit in 32 bits; only the rolled-up kinds are kept): a third less memory than [`Sums`] per cell.
#[derive(Debug, Clone, Copy, Default)]
pub struct CellSums {
    loads: u32,
    plays: u32,
    quartiles: [u32; 4],
    viral: u32,
    view_periods: u32,
    unique_percentiles: u32,
    play_through_secs: f64,
    view_period_secs: f64,
    vod_slices: u128,
}

impl CellSums {
    fn from_sums(s: &Sums) -> CellSums {
        let n = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
        CellSums {
            loads: n(s.loads),
            plays: n(s.plays),
            quartiles: s.quartiles.map(n),
            viral: n(s.viral),
            view_periods: n(s.view_periods),
            unique_percentiles: n(s.unique_percentiles),
            play_through_secs: s.play_through_secs,
            view_period_secs: s.view_period_secs,
            vod_slices: s.vod_slices,
        }
    }

    /// The cell's plays.
    pub fn plays(&self) -> u64 {
        u64::from(self.plays)
    }
}

/// One hour of one dimension value (or of the whole entry).
#[derive(Debug, Clone)]
pub struct Cell {
    /// Unix seconds of the hour's start.
    pub hour: i64,
    /// The dimension's grouping index (`GroupIndex`), 0 for the whole entry.
    pub key: u32,
    /// What the hour's events add up to.
    pub sums: CellSums,
    viewers: Range<u32>,
    players: Range<u32>,
}

/// One hour of view periods: how many covered each percentile, and each viewer's slices.
#[derive(Debug, Clone)]
pub struct PercentileHour {
    /// Unix seconds of the hour's start.
    pub hour: i64,
    /// View periods covering percentile p, for p in 0..=100.
    pub counts: [u32; 101],
    slices: Range<u32>,
}

/// An entry's rollup: every hour with events, as cells sorted by hour.
#[derive(Debug, Default)]
pub struct Rollup {
    /// The whole entry, per hour.
    pub hours: Vec<Cell>,
    /// Per hour and country.
    pub countries: Vec<Cell>,
    /// Per hour and device.
    pub devices: Vec<Cell>,
    /// Per hour and domain.
    pub domains: Vec<Cell>,
    /// Per hour, the view periods' percentiles.
    pub percentiles: Vec<PercentileHour>,
    users: Vec<u32>,
    user_slices: Vec<(u32, u128)>,
}

/// The kinds a rollup holds: those every entry report reads (engine's `reads`, its default arm). A
/// report is answered from rollups only if it reads exactly these.
pub(crate) fn rolled(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Impression
            | EventKind::Play
            | EventKind::Quartile25
            | EventKind::Quartile50
            | EventKind::Quartile75
            | EventKind::Quartile100
            | EventKind::ViewPeriod
            | EventKind::Share
    )
}

/// A cell being filled: its sums and the users seen (deduplicated when it is closed).
#[derive(Default)]
struct Open {
    sums: Sums,
    viewers: Vec<u32>,
    players: Vec<u32>,
}

impl Open {
    fn add(&mut self, e: &Events, i: usize) {
        self.sums.add_event(e, i);
        self.viewers.push(e.user[i]);
        if e.kind[i] == EventKind::Play {
            self.players.push(e.user[i]);
        }
    }
}

impl Rollup {
    /// Whether an entry can have a rollup: a media entry whose events are its own (not a path or a node).
    pub fn serves(store: &Store, entry: u32) -> bool {
        store
            .entries
            .get(entry as usize)
            .is_some_and(|e| e.entry_type != "5" && e.root == crate::model::NONE)
    }

    /// Builds the rollup of `entry`'s VOD events (the playback type reports count unless asked otherwise).
    pub fn build(store: &Store, entry: u32) -> Rollup {
        let e = &store.events;
        let g = &store.group_index;
        let mut r = Rollup::default();
        let Some(range) = store.group_ranges.get(entry as usize).cloned() else {
            return r;
        };
        let mut i = range.start;
        while i < range.end {
            let hour = e.time[i].div_euclid(HOUR) * HOUR;
            let mut end = i;
            while end < range.end && e.time[end] < hour + HOUR {
                end += 1;
            }
            let mut whole = Open::default();
            let mut by: [FxHashMap<u32, Open>; 3] = Default::default();
            let mut counts = [0u64; 101];
            let mut slices: FxHashMap<u32, u128> = FxHashMap::default();
            let mut any_view_period = false;
            for j in i..end {
                // Only the entry's own events (its group holds nothing else for a media entry, but the
                // scan filters by entry, so the rollup does too).
                if e.playback[j] != PlaybackType::Vod || !rolled(e.kind[j]) || e.entry[j] != entry {
                    continue;
                }
                whole.add(e, j);
                by[0]
                    .entry(g.country[e.location[j] as usize])
                    .or_default()
                    .add(e, j);
                by[1].entry(g.device[e.agent[j] as usize]).or_default().add(e, j);
                by[2].entry(g.domain[e.page[j] as usize]).or_default().add(e, j);
                if e.kind[j] == EventKind::ViewPeriod {
                    any_view_period = true;
                    crate::percentiles::count_percentiles(e.slices[j], &mut counts);
                    *slices.entry(e.user[j]).or_default() |= e.slices[j];
                }
            }
            if !whole.viewers.is_empty() {
                let cell = r.close(hour, 0, whole);
                r.hours.push(cell);
                for (open, cells) in by.into_iter().zip([0, 1, 2]) {
                    let mut open: Vec<(u32, Open)> = open.into_iter().collect();
                    open.sort_unstable_by_key(|(k, _)| *k);
                    for (key, o) in open {
                        let cell = r.close(hour, key, o);
                        match cells {
                            0 => r.countries.push(cell),
                            1 => r.devices.push(cell),
                            _ => r.domains.push(cell),
                        }
                    }
                }
            }
            if any_view_period {
                let start = r.user_slices.len() as u32;
                let mut pairs: Vec<(u32, u128)> = slices.into_iter().collect();
                pairs.sort_unstable_by_key(|(u, _)| *u);
                r.user_slices.extend(pairs);
                r.percentiles.push(PercentileHour {
                    hour,
                    counts: counts.map(|n| u32::try_from(n).unwrap_or(u32::MAX)),
                    slices: start..r.user_slices.len() as u32,
                });
            }
            i = end;
        }
        r
    }

    fn close(&mut self, hour: i64, key: u32, mut open: Open) -> Cell {
        let mut keep = |users: &mut Vec<u32>| {
            users.sort_unstable();
            users.dedup();
            let start = self.users.len() as u32;
            self.users.extend_from_slice(users);
            start..self.users.len() as u32
        };
        let viewers = keep(&mut open.viewers);
        let players = keep(&mut open.players);
        Cell {
            hour,
            key,
            sums: CellSums::from_sums(&open.sums),
            viewers,
            players,
        }
    }

    /// The distinct users of a cell's events (any kind).
    pub fn viewers(&self, cell: &Cell) -> &[u32] {
        &self.users[cell.viewers.start as usize..cell.viewers.end as usize]
    }

    /// The distinct users of a cell's plays.
    pub fn players(&self, cell: &Cell) -> &[u32] {
        &self.users[cell.players.start as usize..cell.players.end as usize]
    }

    /// Each viewer's slices watched in an hour (one pair per viewer).
    pub fn slices(&self, hour: &PercentileHour) -> &[(u32, u128)] {
        &self.user_slices[hour.slices.start as usize..hour.slices.end as usize]
    }
}

/// The cells of `[from, to)` (whole hours) in a list sorted by hour.
pub fn within<T>(cells: &[T], hour: impl Fn(&T) -> i64, from: i64, to: i64) -> &[T] {
    let lo = cells.partition_point(|c| hour(c) < from);
    let hi = cells.partition_point(|c| hour(c) < to);
    &cells[lo..hi.max(lo)]
}
