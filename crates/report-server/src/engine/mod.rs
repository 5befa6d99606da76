//! The query engine: computes every report of the contract from the raw events, with the metric
//! formulas of `report_api::metrics`, and serializes totals, tables and graphs exactly as the service does.
//!
//! One concern a file: what a report reads and groups by (`dims`), the running sums (`aggregate`), the
//! filter compiled to per-value masks (`filter`), the hours a rollup can answer (`rolled`), date buckets
//! (`buckets`), and the two outputs, tables (`tables`) and graphs (`graphs`).

mod aggregate;
mod buckets;
mod dims;
mod filter;
mod graphs;
mod rolled;
mod tables;

use aggregate::*;
use buckets::*;
use dims::*;
use filter::*;

use crate::distinct::DistinctSet;
use crate::generate::geo::display_country;
use crate::model::*;
use crate::percentiles::{add_percentiles, count_percentiles};
use crate::rollup::{self, Cell as RollupCell, Rollup, Sums};
use crate::rollup_cache::RollupCache;
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

/// A report runner over a store.
pub struct Engine<'a> {
    store: &'a Store,
    /// Where rollups are read from; `None` scans every query.
    rollups: Option<&'a RollupCache>,
}

/// The dimension of a rollup's cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rolled {
    Whole,
    By(Dim),
}

impl<'a> Engine<'a> {
    /// An engine over a store, reading hourly rollups from `rollups` where a query allows it.
    pub fn new(store: &'a Store, rollups: &'a RollupCache) -> Engine<'a> {
        Engine {
            store,
            rollups: Some(rollups),
        }
    }

    /// An engine that always scans the events (the reference the rollups are tested against).
    pub fn scanning(store: &'a Store) -> Engine<'a> {
        Engine { store, rollups: None }
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
}
