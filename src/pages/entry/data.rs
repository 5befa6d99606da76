//! What the entry page's first view asks for, in one multirequest, and how the answer is read.
//! Pure logic, tested with `cargo test`.

use crate::api::Slot;
use crate::dashboard::scope::{entry_filter, entry_filter_at};
pub use crate::panels::highlights::Highlights;
use crate::state::filters::Filters;
use report_api::metadata::{base_entry_get, like_list, user_get, Entry, ListPage, User};
use report_api::time_range::{TimeBounds, Zone};
use report_api::{
    GraphShape, Interval, Pager, ReportAction, ReportCall, ReportGraph, ReportTable, ReportTotal, ReportType,
    ResponseError, ServiceCall, DELIMITER,
};

/// The calls made for each period (current, then compare) of an entry, in this order.
const PER_PERIOD: usize = 5;

/// The calls made for each period of an interactive path: totals and graphs of report 49.
const PER_PERIOD_PATH: usize = 2;

/// What the first view covers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FirstViewRequest<'a> {
    /// The entry id, or the interactive path's playlist id.
    pub entry_id: &'a str,
    /// The zone of day boundaries.
    pub zone: Zone,
    /// The current period.
    pub current: TimeBounds,
    /// The compare period, when comparing.
    pub compare: Option<TimeBounds>,
    /// Monthly buckets for the over-time graphs.
    pub monthly: bool,
    /// The dashboard's filters.
    pub filters: &'a Filters,
    /// The entry is an interactive path (reports 49 with `rootEntryIdIn`).
    pub path: bool,
}

/// The calls of the first view, all in one multirequest: the entry and its owner, then for the current
/// period and (when comparing) the compare period: highlights, likes, views across the video, metrics
/// over time and the funnel.
pub fn first_view_calls(req: FirstViewRequest<'_>) -> Vec<ServiceCall> {
    let id = req.entry_id;
    let mut calls = vec![base_entry_get(id), user_get("{1:result:userId}")];
    let interval = if req.monthly {
        Interval::Months
    } else {
        Interval::Days
    };
    if req.path {
        for bounds in std::iter::once(req.current).chain(req.compare) {
            let mut filter = entry_filter_at(id, bounds, req.zone, interval);
            req.filters.apply(&mut filter);
            filter.root_entry_id_in = filter.entry_id_in.take();
            for action in [ReportAction::GetTotal, ReportAction::GetGraphs] {
                calls.push(
                    ReportCall::new(action, ReportType::UserInteractiveVideo, filter.clone())
                        .to_service_call(),
                );
            }
        }
        return calls;
    }
    for bounds in std::iter::once(req.current).chain(req.compare) {
        let mut filter = entry_filter(id, bounds, req.zone);
        req.filters.apply(&mut filter);
        let call = |action, report| ReportCall::new(action, report, filter.clone()).to_service_call();
        calls.push(call(ReportAction::GetTotal, ReportType::UserTopContent));
        calls.push(like_list(id, bounds.from_date, bounds.to_date - 1));
        calls.push(call(
            ReportAction::GetTable {
                pager: Pager::percentiles(),
                order: None,
            },
            ReportType::Percentiles,
        ));
        let mut by_interval = entry_filter_at(id, bounds, req.zone, interval);
        req.filters.apply(&mut by_interval);
        calls.push(
            ReportCall::new(ReportAction::GetGraphs, ReportType::UserTopContent, by_interval)
                .to_service_call(),
        );
        calls.push(call(ReportAction::GetTotal, ReportType::ContentDropoff));
    }
    calls
}

/// Everything the first view shows for one period, each part with its own outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodData {
    /// Highlights and likes.
    pub highlights: Result<Highlights, ResponseError>,
    /// Views across the video (101 percentile rows).
    pub percentiles: Result<ReportTable, ResponseError>,
    /// Metrics over time, by date.
    pub graphs: Result<Vec<ReportGraph>, ResponseError>,
    /// The funnel's totals.
    pub funnel: Result<ReportTotal, ResponseError>,
}

/// The first view, each part with its own outcome so one failure does not blank the page.
#[derive(Debug, Clone, PartialEq)]
pub struct FirstView {
    /// The entry, or why it could not be read.
    pub entry: Result<Entry, ResponseError>,
    /// The owner (absent when the owner cannot be read: the id is shown instead).
    pub owner: Option<User>,
    /// The current period.
    pub current: PeriodData,
    /// The compare period, when comparing.
    pub compare: Option<PeriodData>,
}

use crate::api::slot_value as slot;

fn highlights(total: Option<&Slot>, likes: Option<&Slot>) -> Result<Highlights, ResponseError> {
    let totals = ReportTotal::parse(slot(total)?, DELIMITER)?;
    let likes = match likes {
        Some(Ok(v)) => ListPage::parse(v, |_| Ok(())).ok().map(|p| p.total_count),
        _ => None,
    };
    Ok(Highlights { totals, likes })
}

fn not_on_paths() -> ResponseError {
    ResponseError::malformed("not shown for interactive paths")
}

/// Reads the slots answered for [`first_view_calls`] of an interactive path.
pub fn parse_path_first_view(slots: &[Slot], comparing: bool) -> FirstView {
    let entry = slot(slots.first()).and_then(Entry::parse);
    let owner = match slots.get(1) {
        Some(Ok(v)) => User::parse(v).ok().filter(|u| !u.id.is_empty()),
        _ => None,
    };
    let period = |p: usize| {
        let at = |i: usize| slots.get(2 + p * PER_PERIOD_PATH + i);
        PeriodData {
            highlights: slot(at(0))
                .and_then(|v| ReportTotal::parse(v, DELIMITER))
                .map(|totals| Highlights { totals, likes: None }),
            percentiles: Err(not_on_paths()),
            graphs: slot(at(1)).and_then(|v| ReportGraph::parse_all(v, DELIMITER, GraphShape::ByDate)),
            funnel: Err(not_on_paths()),
        }
    };
    FirstView {
        entry,
        owner,
        current: period(0),
        compare: comparing.then(|| period(1)),
    }
}

/// Reads the slots answered for [`first_view_calls`].
pub fn parse_first_view(slots: &[Slot], comparing: bool) -> FirstView {
    let entry = slot(slots.first()).and_then(Entry::parse);
    let owner = match slots.get(1) {
        Some(Ok(v)) => User::parse(v).ok().filter(|u| !u.id.is_empty()),
        _ => None,
    };
    let period = |p: usize| {
        let at = |i: usize| slots.get(2 + p * PER_PERIOD + i);
        PeriodData {
            highlights: highlights(at(0), at(1)),
            percentiles: slot(at(2)).and_then(|v| ReportTable::parse(v, DELIMITER)),
            graphs: slot(at(3)).and_then(|v| ReportGraph::parse_all(v, DELIMITER, GraphShape::ByDate)),
            funnel: slot(at(4)).and_then(|v| ReportTotal::parse(v, DELIMITER)),
        }
    };
    FirstView {
        entry,
        owner,
        current: period(0),
        compare: comparing.then(|| period(1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_api::ApiError;
    use serde_json::json;

    fn bounds() -> TimeBounds {
        TimeBounds {
            from_date: 1_000,
            to_date: 2_000,
            time_zone_offset: -120,
        }
    }

    static NO_FILTERS: std::sync::LazyLock<Filters> = std::sync::LazyLock::new(Filters::new);

    fn request(compare: bool, monthly: bool) -> FirstViewRequest<'static> {
        FirstViewRequest {
            filters: &NO_FILTERS,
            path: false,
            entry_id: "0_a",
            zone: Zone::Fixed(-120),
            current: bounds(),
            compare: compare.then(bounds),
            monthly,
        }
    }

    #[test]
    fn first_view_is_one_batch_with_compare_inside() {
        let calls = first_view_calls(request(false, false));
        assert_eq!(calls.len(), 2 + PER_PERIOD);
        assert_eq!(calls[1].params["userId"], "{1:result:userId}");
        assert_eq!(calls[2].params["reportType"], "13");
        assert_eq!(calls[2].params["reportInputFilter"]["entryIdIn"], "0_a");
        assert_eq!(calls[3].params["filter"]["createdAtLessThanOrEqual"], 1_999);
        assert_eq!(calls[4].params["reportType"], "43");
        assert_eq!(calls[4].params["pager"]["pageSize"], 101);
        assert_eq!(calls[5].action, "getGraphs");
        assert_eq!(calls[5].params["reportInputFilter"]["interval"], "days");
        assert_eq!(calls[6].params["reportType"], "2");
        assert_eq!(first_view_calls(request(true, false)).len(), 2 + 2 * PER_PERIOD);
        let filters = Filters::new().with(crate::state::filters::Dimension::Device, "Mobile");
        let filtered = first_view_calls(FirstViewRequest {
            filters: &filters,
            ..request(false, false)
        });
        assert_eq!(filtered[2].params["reportInputFilter"]["deviceIn"], "Mobile");
        assert_eq!(filtered[5].params["reportInputFilter"]["deviceIn"], "Mobile");
        assert_eq!(
            first_view_calls(request(false, true))[5].params["reportInputFilter"]["interval"],
            "months"
        );
    }

    #[test]
    fn paths_ask_report_49_by_root_entry() {
        let calls = first_view_calls(FirstViewRequest {
            path: true,
            ..request(true, true)
        });
        assert_eq!(calls.len(), 2 + 2 * PER_PERIOD_PATH);
        assert_eq!(calls[2].params["reportType"], "49");
        assert_eq!(calls[2].params["reportInputFilter"]["rootEntryIdIn"], "0_a");
        assert!(calls[2].params["reportInputFilter"].get("entryIdIn").is_none());
        assert_eq!(calls[3].action, "getGraphs");
        assert_eq!(calls[3].params["reportInputFilter"]["interval"], "months");
        let v = parse_path_first_view(&[], true);
        assert!(v.current.percentiles.is_err());
        assert!(v.compare.is_some());
    }

    #[test]
    fn iana_zones_travel_with_the_filter() {
        let z = Zone::Iana(report_api::time_range::parse_tz("Europe/Paris").unwrap());
        let f = entry_filter("0_a", bounds(), z);
        assert_eq!(f.time_zone.as_deref(), Some("Europe/Paris"));
        assert_eq!(f.time_zone_offset, Some(-120));
        assert_eq!(entry_filter("0_a", bounds(), Zone::Fixed(0)).time_zone, None);
    }

    #[test]
    fn each_part_fails_on_its_own() {
        let slots: Vec<Slot> = vec![
            Ok(json!({"id":"0_a","name":"A","userId":"u","mediaType":1,"objectType":"KalturaMediaEntry"})),
            Err(ApiError::new("INVALID_USER_ID", "no", &[])),
            Ok(json!({"header":"count_plays|count_loads","data":"3|5","objectType":"KalturaReportTotal"})),
            Err(ApiError::service_forbidden("like", "list")),
            Err(ApiError::internal()),
            Ok(json!({"oops": true})),
        ];
        let v = parse_first_view(&slots, true);
        assert_eq!(v.entry.unwrap().name, "A");
        assert_eq!(v.owner, None);
        let current = v.current.highlights.unwrap();
        assert_eq!(current.totals.num("count_plays"), 3.0);
        assert_eq!(current.likes, None);
        assert!(matches!(v.current.percentiles, Err(ResponseError::Api(_))));
        assert!(matches!(v.current.graphs, Err(ResponseError::Malformed(_))));
        assert!(matches!(v.current.funnel, Err(ResponseError::Malformed(_))));
        assert!(matches!(
            v.compare.unwrap().highlights,
            Err(ResponseError::Malformed(_))
        ));
        let none = parse_first_view(&[], false);
        assert!(none.entry.is_err());
        assert!(none.current.highlights.is_err());
        assert_eq!(none.compare, None);
    }
}
