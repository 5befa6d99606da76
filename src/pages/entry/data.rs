//! What the entry page's first view asks for, in one multirequest, and how the answer is read.
//! Pure logic, tested with `cargo test`.

use crate::api::Slot;
use crate::dashboard::{PageKind, Scope};
pub use crate::panels::highlights::Highlights;
use report_api::metadata::{base_entry_get, like_list, user_get, Entry, ListPage, User};
use report_api::{
    GraphShape, Interval, Pager, ReportAction, ReportCall, ReportGraph, ReportTable, ReportTotal, ReportType,
    ResponseError, ServiceCall, DELIMITER,
};

/// The calls made for each period (current, then compare) of an entry, in this order.
const PER_PERIOD: usize = 5;

/// The calls made for each period of an interactive path: totals and graphs of report 49.
const PER_PERIOD_INTERACTIVE: usize = 2;

/// The calls of the first view, all in one multirequest: the entry and its owner, then for the current
/// period and (when comparing) the compare period: highlights, likes, views across the video, metrics
/// over time and the funnel; on the interactive page, report 49's totals and graphs.
pub fn first_view_calls(scope: &Scope) -> Vec<ServiceCall> {
    let id = scope.entry_id.as_str();
    let mut calls = vec![base_entry_get(id), user_get("{1:result:userId}")];
    for bounds in scope.periods() {
        // Graphs in the view's buckets; totals and tables always send days.
        let by_interval = scope.filter(bounds);
        if scope.page == PageKind::Interactive {
            for action in [ReportAction::GetTotal, ReportAction::GetGraphs] {
                calls.push(
                    ReportCall::new(action, ReportType::UserInteractiveVideo, by_interval.clone())
                        .to_service_call(),
                );
            }
            continue;
        }
        let filter = scope.filter_with(bounds, Interval::Days);
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
pub fn parse_interactive_first_view(slots: &[Slot], comparing: bool) -> FirstView {
    let entry = slot(slots.first()).and_then(Entry::parse);
    let owner = match slots.get(1) {
        Some(Ok(v)) => User::parse(v).ok().filter(|u| !u.id.is_empty()),
        _ => None,
    };
    let period = |p: usize| {
        let at = |i: usize| slots.get(2 + p * PER_PERIOD_INTERACTIVE + i);
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
    use crate::state::filters::Filters;
    use report_api::time_range::{TimeBounds, Zone};
    use report_api::ApiError;
    use serde_json::json;

    fn bounds() -> TimeBounds {
        TimeBounds {
            from_date: 1_000,
            to_date: 2_000,
            time_zone_offset: -120,
        }
    }

    fn request(compare: bool, monthly: bool) -> Scope {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let days = report_api::time_range::DayRange::new(day, day);
        Scope {
            entry_id: "0_a".into(),
            zone: Zone::Fixed(-120),
            current_days: days,
            compare_days: compare.then_some(days),
            current: bounds(),
            compare: compare.then(bounds),
            filters: Filters::new(),
            monthly,
            page: PageKind::Entry,
        }
    }

    #[test]
    fn first_view_is_one_batch_with_compare_inside() {
        let calls = first_view_calls(&request(false, false));
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
        assert_eq!(first_view_calls(&request(true, false)).len(), 2 + 2 * PER_PERIOD);
        let filters = Filters::new().with(crate::state::filters::Dimension::Device, "Mobile");
        let filtered = first_view_calls(&Scope {
            filters,
            ..request(false, false)
        });
        assert_eq!(filtered[2].params["reportInputFilter"]["deviceIn"], "Mobile");
        assert_eq!(filtered[5].params["reportInputFilter"]["deviceIn"], "Mobile");
        assert_eq!(
            first_view_calls(&request(false, true))[5].params["reportInputFilter"]["interval"],
            "months"
        );
    }

    #[test]
    fn paths_ask_report_49_by_root_entry() {
        let calls = first_view_calls(&Scope {
            page: PageKind::Interactive,
            ..request(true, true)
        });
        assert_eq!(calls.len(), 2 + 2 * PER_PERIOD_INTERACTIVE);
        assert_eq!(calls[2].params["reportType"], "49");
        assert_eq!(calls[2].params["reportInputFilter"]["rootEntryIdIn"], "0_a");
        assert!(calls[2].params["reportInputFilter"].get("entryIdIn").is_none());
        assert_eq!(calls[3].action, "getGraphs");
        assert_eq!(calls[3].params["reportInputFilter"]["interval"], "months");
        let v = parse_interactive_first_view(&[], true);
        assert!(v.current.percentiles.is_err());
        assert!(v.compare.is_some());
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
