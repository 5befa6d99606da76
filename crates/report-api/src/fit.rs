//! Answers fitted to what was asked. An analytics API answers whatever its data holds, and a proxy or a
//! newer API version may send more than was asked for: 20,000 rows for a page of 25, a graph of a
//! million points for a month of days, a path of a million nodes. A client that kept all of it would run
//! out of memory or freeze its page, so [`fit`] keeps what the call asked for (its page, the buckets of its
//! range, Kaltura's caps) and writes how much it left out under [`OMITTED_KEY`] in the answer, where
//! [`omitted`] (and the typed parsers) read it back for the note a panel shows.

use crate::request::ServiceCall;
use serde_json::{Map, Value};

/// Where [`fit`] records how many rows, points or objects it left out of an answer (never on the wire).
pub const OMITTED_KEY: &str = "entrylensOmitted";

/// The most rows a `getTable` page holds (Kaltura's cap, contract §2.1), and the most points of a graph
/// or objects of a list kept when the call does not say how many it wants.
pub const MAX_ROWS: usize = 12_000;

/// Whether page `page` of `page_size` rows lies past Kaltura's cap: the service answers such a page
/// with an internal error instead of rows (contract §6.3), so no client can read it.
pub fn page_past_cap(page: u32, page_size: u32) -> bool {
    page > 1 && u64::from(page) * u64::from(page_size) > MAX_ROWS as u64
}

/// The last page of `page_size` rows the cap lets a client read (the first, at least: it is clamped,
/// not refused).
pub fn last_readable_page(page_size: u32) -> u32 {
    (MAX_ROWS as u32 / page_size.max(1)).max(1)
}

/// How many pages of `page_size` rows a table of `total` rows has that can be read: its last page, or
/// the cap's (1 for an empty table).
pub fn readable_pages(total: u64, page_size: u32) -> u32 {
    let pages = total.div_ceil(u64::from(page_size.max(1))).max(1);
    pages.min(u64::from(last_readable_page(page_size))) as u32
}

/// The page to ask for when page `page` is wanted: itself, or for a page past the cap the last page the
/// cap allows, which still tells how many rows the table has (its rows are not the page wanted: see
/// [`keep_page`]).
pub fn page_to_ask(page: u32, page_size: u32) -> u32 {
    if page_past_cap(page, page_size) {
        last_readable_page(page_size)
    } else {
        page
    }
}

/// Drops the rows of an answer asked with [`page_to_ask`] for a page past the cap: that page has none
/// that can be read; the row count stays.
pub fn keep_page(table: &mut crate::ReportTable, page: u32, page_size: u32) {
    if page_past_cap(page, page_size) {
        table.rows.clear();
    }
}

/// The most nodes of an interactive path kept: each is drawn in the path flow and listed in the videos
/// overview, and Kaltura's path editor makes paths of tens of nodes.
pub const MAX_PATH_NODES: usize = 100;

/// How much of a call's answer is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// A table: at most this many rows.
    Rows(usize),
    /// Graphs: at most this many points in each.
    Points(usize),
    /// A list response: at most this many objects.
    Objects(usize),
    /// A path structure: at most this many nodes.
    Nodes(usize),
    /// Anything else is kept whole.
    Whole,
}

fn number(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn page_size(params: &Map<String, Value>) -> usize {
    let pager = params
        .get("pager")
        .or_else(|| params.get("filter").and_then(|f| f.get("pager")));
    number(pager.and_then(|p| p.get("pageSize")))
        .filter(|n| *n >= 1.0)
        .map_or(MAX_ROWS, |n| (n as usize).min(MAX_ROWS))
}

/// The buckets a by-date graph of `[fromDate, toDate)` can have, plus one for a day that daylight
/// saving time lengthens; `MAX_ROWS` when the range is not known.
fn buckets(params: &Map<String, Value>) -> usize {
    let filter = params.get("reportInputFilter");
    let from = number(filter.and_then(|f| f.get("fromDate")));
    let to = number(filter.and_then(|f| f.get("toDate")));
    let (Some(from), Some(to)) = (from, to) else {
        return MAX_ROWS;
    };
    let seconds = match filter.and_then(|f| f.get("interval")).and_then(Value::as_str) {
        Some("hours") | Some("minutes") | Some("ten_minutes") | Some("ten_seconds") => 3_600.0,
        Some("months") => 28.0 * 86_400.0,
        Some("years") => 365.0 * 86_400.0,
        _ => 86_400.0,
    };
    let span = ((to - from).max(0.0) / seconds).ceil();
    if span.is_finite() {
        (span as usize).saturating_add(1).min(MAX_ROWS)
    } else {
        MAX_ROWS
    }
}

/// How much of the answer to `call` is kept.
pub fn keep_for(call: &ServiceCall) -> Keep {
    let service = call.service.to_ascii_lowercase();
    match (service.as_str(), call.action.as_str()) {
        ("report", "getTable") => Keep::Rows(page_size(&call.params)),
        ("report", "getGraphs") => Keep::Points(buckets(&call.params)),
        ("interactivity_interactivity" | "interactivity", "get") => Keep::Nodes(MAX_PATH_NODES),
        (_, "list") => Keep::Objects(page_size(&call.params)),
        _ => Keep::Whole,
    }
}

/// Keeps the first `n` `;`-terminated records of `data`; returns how many it left out.
fn keep_records(data: &mut String, n: usize) -> u64 {
    let mut seen = 0;
    let mut cut = None;
    for (i, b) in data.bytes().enumerate() {
        if b == b';' {
            seen += 1;
            if seen == n {
                cut = Some(i + 1);
                break;
            }
        }
    }
    let Some(cut) = cut else { return 0 };
    let rest = &data[cut..];
    let left_out = rest.split(';').filter(|r| !r.is_empty()).count() as u64;
    data.truncate(cut);
    left_out
}

fn keep_data(item: &mut Value, n: usize) -> u64 {
    match item.get_mut("data") {
        Some(Value::String(data)) => keep_records(data, n),
        _ => 0,
    }
}

fn keep_items(list: Option<&mut Value>, n: usize) -> u64 {
    match list {
        Some(Value::Array(items)) if items.len() > n => {
            let left_out = (items.len() - n) as u64;
            items.truncate(n);
            left_out
        }
        _ => 0,
    }
}

/// How many rows the service has, of which `kept` were kept and `omitted` left out: its `totalCount`,
/// or what it sent when that is larger (a service that sends more rows than it counts).
pub fn rows_in_all(total_count: u64, kept: usize, omitted: u64) -> u64 {
    total_count.max(kept as u64 + omitted)
}

/// Fits one answer (an error object is left alone) to what `call` asked for and returns how much was
/// left out; when something was, the count is also written under [`OMITTED_KEY`] (in each graph of a
/// graph array). A path structure whose `data` is a JSON string is fitted by its parser
/// ([`crate::interactive::PathStructure::parse_with`]), which reads [`MAX_PATH_NODES`].
pub fn fit(call: &ServiceCall, answer: &mut Value) -> u64 {
    let note = |v: &mut Value, n: u64| {
        if n > 0 {
            if let Value::Object(o) = v {
                o.insert(OMITTED_KEY.into(), Value::from(n));
            }
        }
        n
    };
    match keep_for(call) {
        Keep::Rows(n) => {
            let left_out = keep_data(answer, n);
            note(answer, left_out)
        }
        Keep::Points(n) => match answer {
            Value::Array(graphs) => graphs
                .iter_mut()
                .map(|g| {
                    let left_out = keep_data(g, n);
                    note(g, left_out)
                })
                .sum(),
            _ => 0,
        },
        Keep::Objects(n) => {
            let left_out = keep_items(answer.get_mut("objects"), n);
            note(answer, left_out)
        }
        Keep::Nodes(n) => match answer.get_mut("data") {
            Some(data @ Value::Object(_)) => {
                let left_out = keep_items(data.get_mut("nodes"), n);
                note(answer, left_out)
            }
            _ => 0,
        },
        Keep::Whole => 0,
    }
}

/// How much [`fit`] left out of an answer (0 when nothing).
pub fn omitted(answer: &Value) -> u64 {
    answer.get(OMITTED_KEY).and_then(Value::as_u64).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Pager, ReportAction, ReportCall, ReportInputFilter, ReportType};
    use serde_json::json;

    #[test]
    fn pages_past_the_cap_are_asked_within_it_and_read_as_empty() {
        assert!(
            !page_past_cap(1, 20_000),
            "the first page is clamped, not refused"
        );
        assert!(!page_past_cap(480, 25));
        assert!(page_past_cap(481, 25));
        assert!(page_past_cap(99_999, 25));
        assert_eq!(page_to_ask(3, 25), 3);
        assert_eq!(page_to_ask(99_999, 25), 480);
        assert_eq!(page_to_ask(u32::MAX, 10), 1200);
        assert_eq!(page_to_ask(2, 20_000), 1);
        assert_eq!(readable_pages(0, 500), 1);
        assert_eq!(readable_pages(500, 500), 1);
        assert_eq!(readable_pages(501, 500), 2);
        assert_eq!(readable_pages(2_381, 500), 5);
        assert_eq!(readable_pages(2_381, 25), 96);
        assert_eq!(readable_pages(1_000_000, 500), 24, "12,000 rows at most");
        assert_eq!(
            readable_pages(12_005, 7),
            1_714,
            "no page that reaches past the cap"
        );
        let mut t = crate::ReportTable {
            headers: vec!["a".into()],
            rows: vec![vec!["1".into()]],
            total_count: 12_500,
            omitted_rows: 0,
        };
        keep_page(&mut t, 480, 25);
        assert_eq!(t.rows.len(), 1);
        keep_page(&mut t, 99_999, 25);
        assert!(t.rows.is_empty());
        assert_eq!(t.total_count, 12_500);
    }

    fn table_call(page: u32) -> ServiceCall {
        ReportCall::new(
            ReportAction::GetTable {
                pager: Pager::new(page, 1),
                order: None,
            },
            ReportType::MapOverlayCountry,
            ReportInputFilter::default(),
        )
        .to_service_call()
    }

    #[test]
    fn tables_keep_their_page_and_count_the_rest() {
        let mut t = json!({"header": "a|b", "data": "x|1;y|2;z|3;w|4;", "totalCount": 4, "objectType": "KalturaReportTable"});
        assert_eq!(fit(&table_call(2), &mut t), 2);
        assert_eq!(t["data"], "x|1;y|2;");
        assert_eq!(omitted(&t), 2);
        let mut small = json!({"header": "a|b", "data": "x|1;", "objectType": "KalturaReportTable"});
        assert_eq!(fit(&table_call(2), &mut small), 0);
        assert_eq!(omitted(&small), 0);
        assert!(
            small.get(OMITTED_KEY).is_none(),
            "nothing is written when nothing was left out"
        );
    }

    #[test]
    fn graphs_keep_the_buckets_of_their_range() {
        let filter = ReportInputFilter {
            from_date: Some(1_000_000),
            to_date: Some(1_000_000 + 3 * 86_400),
            ..Default::default()
        };
        let call = ReportCall::new(ReportAction::GetGraphs, ReportType::TopContent, filter).to_service_call();
        assert_eq!(keep_for(&call), Keep::Points(4));
        let points: String = (0..100).map(|i| format!("2026{:04}|{i};", i)).collect();
        let mut g = json!([{"id": "count_plays", "data": points, "objectType": "KalturaReportGraph"}]);
        assert_eq!(fit(&call, &mut g), 96);
        assert_eq!(g[0][OMITTED_KEY], 96);
    }

    #[test]
    fn lists_and_path_objects_are_capped() {
        let call = ServiceCall::new("user", "list", json!({"pager": {"pageSize": 2}}));
        let mut list = json!({"objects": [1, 2, 3], "totalCount": 3});
        assert_eq!(fit(&call, &mut list), 1);
        assert_eq!(list["objects"], json!([1, 2]));
        let path = ServiceCall::new("interactivity_interactivity", "get", json!({}));
        let nodes: Vec<Value> = (0..MAX_PATH_NODES + 3).map(|i| json!({"id": i})).collect();
        let mut answer = json!({"data": {"nodes": nodes}});
        assert_eq!(fit(&path, &mut answer), 3);
        assert_eq!(omitted(&answer), 3);
    }

    #[test]
    fn errors_and_odd_pagers_do_no_harm() {
        let mut e = json!({"code": "X", "objectType": "KalturaAPIException"});
        assert_eq!(fit(&table_call(2), &mut e), 0);
        let odd = ServiceCall::new("report", "getTable", json!({"pager": {"pageSize": "-5"}}));
        assert_eq!(keep_for(&odd), Keep::Rows(MAX_ROWS));
        let huge = ServiceCall::new("report", "getTable", json!({"pager": {"pageSize": 1e300}}));
        assert_eq!(keep_for(&huge), Keep::Rows(MAX_ROWS));
    }
}
