//! The hourly rollups answer exactly what a scan of the events answers: every entry report, action and
//! kind of filter, computed both ways over the test store. Sums of seconds may differ in the last bits of
//! a float (they are added in another order), so float cells compare to 1e-9 relative; everything else,
//! counts, distinct viewers, row order and dimensions included, must be identical.

mod common;

use common::*;
use report_api::{ReportInputFilter, ReportType};
use report_server::engine::{Engine, ReportArgs};
use serde_json::{json, Value};

fn args(report: u32, filter: Value) -> ReportArgs {
    let mut f = ReportInputFilter::from_json(&filter).expect("a filter");
    f.resolve_relative_times(NOW);
    ReportArgs {
        report: ReportType::from_id(report).expect("a report type"),
        filter: f,
        object_ids: None,
        delimiter: "|".into(),
        skip_empty_dates: false,
    }
}

fn same_cell(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    match (a.parse::<f64>(), b.parse::<f64>()) {
        (Ok(x), Ok(y)) => (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0),
        _ => false,
    }
}

/// Compares two answers cell by cell (`data` strings split on the delimiters; other fields exactly).
fn assert_same(rolled: &Value, scanned: &Value, what: &str) {
    match (rolled, scanned) {
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "{what}: graph count");
            for (x, y) in a.iter().zip(b) {
                assert_same(x, y, what);
            }
        }
        (Value::Object(a), Value::Object(b)) => {
            assert_eq!(
                a.keys().collect::<Vec<_>>(),
                b.keys().collect::<Vec<_>>(),
                "{what}: fields"
            );
            for (k, x) in a {
                let y = &b[k];
                if k == "data" {
                    let (x, y) = (x.as_str().unwrap_or(""), y.as_str().unwrap_or(""));
                    let cells = |s: &str| -> Vec<String> {
                        s.split([';', '|', ',', ':']).map(str::to_string).collect()
                    };
                    let (cx, cy) = (cells(x), cells(y));
                    assert_eq!(cx.len(), cy.len(), "{what}: cells\n{x}\n{y}");
                    for (p, q) in cx.iter().zip(&cy) {
                        assert!(same_cell(p, q), "{what}: {p} vs {q}\n{x}\n{y}");
                    }
                } else {
                    assert_eq!(x, y, "{what}: {k}");
                }
            }
        }
        _ => assert_eq!(rolled, scanned, "{what}"),
    }
}

fn compare(report: u32, filter: Value, label: &str, skip_empty_dates: bool) {
    let (store, rollups) = (&api().store, &api().rollups);
    let (fast, slow) = (Engine::new(store, rollups), Engine::scanning(store));
    let mut a = args(report, filter);
    a.skip_empty_dates = skip_empty_dates;
    // The cases not marked as scanned must take the fast path for the reports that have one.
    let rolled_report = report != 49;
    let expect_rollups = rolled_report && !label.contains("scanned");
    assert_eq!(
        fast.reads_rollups(&a),
        expect_rollups,
        "report {report}, {label}: reads rollups"
    );
    assert!(!slow.reads_rollups(&a));
    let what = format!("report {report}, {label}");
    assert_same(&fast.total(&a), &slow.total(&a), &format!("{what}, total"));
    match (fast.graphs(&a), slow.graphs(&a)) {
        (Ok(x), Ok(y)) => assert_same(&x, &y, &format!("{what}, graphs")),
        (Err(x), Err(y)) => assert_eq!(x.code, y.code, "{what}, graphs"),
        (x, y) => panic!("{what}, graphs: {x:?} vs {y:?}"),
    }
    for order in [None, Some("-count_loads"), Some("+count_plays")] {
        let x = fast.table(&a, 500, 1, order).expect("a table");
        let y = slow.table(&a, 500, 1, order).expect("a table");
        assert_same(&x, &y, &format!("{what}, table {order:?}"));
    }
    // Pages beyond the first cut the same rows.
    let x = fast.table(&a, 3, 2, None).expect("a table");
    let y = slow.table(&a, 3, 2, None).expect("a table");
    assert_same(&x, &y, &format!("{what}, table page 2"));
}

const ENTRY_REPORTS: [u32; 15] = [1, 2, 6, 13, 21, 22, 23, 25, 30, 32, 33, 36, 37, 43, 49];

#[test]
fn every_entry_report_reads_the_same_from_rollups_and_from_events() {
    let filters = [
        ("30 days, UTC", filter(30)),
        ("one day", filter(1)),
        ("a year", filter(365)),
        (
            "New York days (DST)",
            json!({"objectType":"KalturaEndUserReportInputFilter","fromDay":"20260301","toDay":"20260331",
                   "timeZone":"America/New_York","entryIdIn": ENTRY,"interval":"days"}),
        ),
        (
            "Kolkata days (half-hour offset: scanned)",
            json!({"objectType":"KalturaEndUserReportInputFilter","fromDay":"20260501","toDay":"20260531",
                   "timeZone":"Asia/Kolkata","entryIdIn": ENTRY,"interval":"days"}),
        ),
        (
            "hours",
            json!({"objectType":"KalturaEndUserReportInputFilter","fromDate": TODAY - 2 * DAY, "toDate": TODAY,
                   "entryIdIn": ENTRY, "timeZoneOffset": 0, "interval": "hours"}),
        ),
        (
            "months",
            json!({"objectType":"KalturaEndUserReportInputFilter","fromDate": TODAY - 200 * DAY, "toDate": TODAY,
                   "entryIdIn": ENTRY, "timeZoneOffset": 0, "interval": "months"}),
        ),
        (
            "mid-hour bounds (scanned)",
            json!({"objectType":"KalturaEndUserReportInputFilter","fromDate": TODAY - 30 * DAY + 600, "toDate": TODAY - 900,
                   "entryIdIn": ENTRY, "timeZoneOffset": 0, "interval": "days"}),
        ),
        ("two entries", {
            let mut f = filter(30);
            f["entryIdIn"] = json!(format!("{ENTRY}|0_lectur02"));
            f
        }),
        ("an unknown entry", {
            let mut f = filter(30);
            f["entryIdIn"] = json!("0_nothere");
            f
        }),
        ("entries of a category (an entry-level filter)", {
            let mut f = filter(30);
            f.as_object_mut().unwrap().remove("entryIdIn");
            f["categoriesIdsIn"] = json!("101");
            f
        }),
        ("live and DVR (scanned)", {
            let mut f = filter(30);
            f["playbackTypeIn"] = json!("live|dvr");
            f
        }),
        ("VOD asked for explicitly", {
            let mut f = filter(30);
            f["playbackTypeIn"] = json!("vod");
            f
        }),
        ("a media entry and a path (scanned)", {
            let mut f = filter(30);
            f["entryIdIn"] = json!(format!("{ENTRY}|0_path0006"));
            f
        }),
        (
            "videos by media type (scanned: the path's nodes are videos too)",
            {
                let mut f = filter(30);
                f.as_object_mut().unwrap().remove("entryIdIn");
                f["mediaTypeIn"] = json!("1");
                f
            },
        ),
        ("a country (scanned)", {
            let mut f = filter(30);
            f["countryIn"] = json!("United States");
            f
        }),
        ("no entry (scanned)", {
            let mut f = filter(30);
            f.as_object_mut().unwrap().remove("entryIdIn");
            f
        }),
    ];
    for (label, f) in filters {
        for report in ENTRY_REPORTS {
            compare(report, f.clone(), label, false);
            compare(report, f.clone(), label, true);
        }
    }
}

#[test]
fn the_first_view_is_read_from_rollups() {
    // Same answers is not enough: the fast path must be taken where the dashboards need it. An entry's
    // rollup exists once a rolled-up query has read it.
    let (store, rollups) = (&api().store, &api().rollups);
    let entry = store.entry_index[ENTRY];
    let engine = Engine::new(store, rollups);
    let _ = engine.total(&args(13, filter(30)));
    assert!(rollups.is_built(entry), "the entry's rollup was built");
    let r = rollups.get(store, entry).unwrap();
    assert!(!r.hours.is_empty() && !r.countries.is_empty() && !r.percentiles.is_empty());
    // A path is not rolled up (its events belong to its nodes).
    let path = store.entry_index["0_path0006"];
    let mut f = filter(30);
    f["entryIdIn"] = json!("0_path0006");
    let _ = engine.total(&args(13, f));
    assert!(!rollups.is_built(path));
}
