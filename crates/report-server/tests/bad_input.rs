//! Bad input never panics and never gets a bare 500: every hostile request below, and random JSON put
//! into every parameter of every report action, gets a Kaltura-shaped answer (a result or a
//! `KalturaAPIException`).

mod common;

use axum::body::{to_bytes, Body};
use axum::http::{Method, Request, StatusCode};
use common::*;
use proptest::prelude::*;
use serde_json::{json, Map, Value};
use std::sync::Arc;
use tower::ServiceExt;

const REPORT_TYPES: [&str; 20] = [
    "1", "2", "6", "13", "21", "22", "23", "25", "30", "32", "33", "36", "37", "43", "49", "50", "54", "55",
    "56", "57",
];

/// Whether a call's answer is Kaltura-shaped: an error object, a result object, or a list.
fn kaltura_shaped(v: &Value) -> bool {
    match v {
        Value::Object(m) => m.contains_key("objectType") || m.contains_key("code") || m.contains_key("id"),
        Value::Array(_) => true,
        _ => false,
    }
}

fn call(action: &str, mut extra: Map<String, Value>) -> Value {
    extra.entry("ks").or_insert(json!(ks()));
    api().call("report", action, &extra)
}

#[test]
fn hostile_report_arguments_get_answers() {
    let f = filter(30);
    let with = |k: &str, v: Value| {
        let mut f = f.clone();
        f[k] = v;
        f
    };
    let cases: Vec<(&str, Value)> = vec![
        (
            "reversed dates",
            json!({"reportType": "13", "reportInputFilter": with("fromDate", json!(TODAY + 30 * DAY))}),
        ),
        (
            "negative dates",
            json!({"reportType": "13", "reportInputFilter": with("fromDate", json!(-5_000_000_000i64))}),
        ),
        (
            "dates past year 9999",
            json!({"reportType": "13", "reportInputFilter": with("toDate", json!(i64::MAX))}),
        ),
        (
            "float dates",
            json!({"reportType": "13", "reportInputFilter": with("fromDate", json!(1.5e300))}),
        ),
        (
            "dates as words",
            json!({"reportType": "13", "reportInputFilter": with("fromDate", json!("yesterday"))}),
        ),
        (
            "huge time-zone offset",
            json!({"reportType": "13", "reportInputFilter": with("timeZoneOffset", json!(1e12))}),
        ),
        (
            "unknown time zone",
            json!({"reportType": "13", "reportInputFilter": with("timeZone", json!("Mars/Olympus"))}),
        ),
        (
            "interval as a number",
            json!({"reportType": "13", "reportInputFilter": with("interval", json!(42))}),
        ),
        (
            "100,000 entry ids",
            json!({"reportType": "13", "reportInputFilter": with("entryIdIn", json!(vec!["0_x"; 100_000].join(",")))}),
        ),
        (
            "filter as a string",
            json!({"reportType": "13", "reportInputFilter": "x"}),
        ),
        (
            "filter as a list",
            json!({"reportType": "13", "reportInputFilter": [1, 2, 3]}),
        ),
        (
            "unknown fields",
            json!({"reportType": "13", "reportInputFilter": with("noSuchField", json!({"a": [1]})), "alsoUnknown": true}),
        ),
        (
            "report type below zero",
            json!({"reportType": "-1", "reportInputFilter": f}),
        ),
        (
            "report type huge",
            json!({"reportType": 1e30, "reportInputFilter": f}),
        ),
        (
            "report type null",
            json!({"reportType": null, "reportInputFilter": f}),
        ),
        (
            "report type object",
            json!({"reportType": {"a": 1}, "reportInputFilter": f}),
        ),
        (
            "report type with letters",
            json!({"reportType": "13abc", "reportInputFilter": f}),
        ),
        ("no filter", json!({"reportType": "13"})),
        (
            "objectIds of 10,000 commas",
            json!({"reportType": "36", "reportInputFilter": f, "objectIds": ",".repeat(10_000)}),
        ),
        (
            "a KS that is a number",
            json!({"reportType": "13", "reportInputFilter": f, "ks": 12345}),
        ),
        (
            "a KS of garbage",
            json!({"reportType": "13", "reportInputFilter": f, "ks": "\u{0}\u{1}ÿ💥"}),
        ),
    ];
    for (what, extra) in cases {
        for action in ["getTotal", "getGraphs"] {
            let v = call(action, params(extra.clone()));
            assert!(kaltura_shaped(&v), "{what} ({action}): {v}");
        }
    }
    let pagers = [
        json!({"pageSize": -5, "pageIndex": -1}),
        json!({"pageSize": 1e12, "pageIndex": 1e12}),
        json!({"pageSize": "abc", "pageIndex": null}),
        json!({"pageSize": i64::MAX, "pageIndex": i64::MIN}),
        json!("not a pager"),
        json!({"pageSize": 0, "pageIndex": 0}),
    ];
    for pager in pagers {
        for order in [
            json!("-nonexistent"),
            json!("+"),
            json!(""),
            json!(17),
            json!(["x"]),
        ] {
            let v = call(
                "getTable",
                params(json!({"reportType": "13", "reportInputFilter": f, "pager": pager, "order": order})),
            );
            assert!(kaltura_shaped(&v), "pager {pager}, order {order}: {v}");
        }
    }
}

#[test]
fn hostile_multirequests_get_answers() {
    // As deep as serde_json parses from a request (its limit is 128 levels).
    let deep = (0..120).fold(json!(1), |acc, _| json!([acc]));
    let cases = vec![
        json!({"1": "not an item"}),
        json!({"1": {"service": 5, "action": []}}),
        json!({"1": {"service": "report", "action": "getTotal", "reportType": "13", "reportInputFilter": deep}}),
        json!({"1": {"service": "report", "action": "getTotal", "reportType": "{9:result:x}"}}),
        json!({"1": {"service": "report", "action": "getTotal", "reportType": "{1:result}"}}),
        json!({"1": {"service": "user", "action": "get", "userId": "{1:result:a:b:c:d:e:f}"}}),
        json!({"-5": {"service": "report", "action": "getTotal"}, "1": {"service": "report", "action": "getTotal"}}),
        json!({"99999999999999999999": {"service": "report", "action": "getTotal"}}),
    ];
    for mut body in cases {
        body["ks"] = json!(ks());
        let v = api().multirequest(&params(body.clone()));
        assert!(v.is_array(), "{body}: {v}");
    }
}

#[tokio::test]
async fn hostile_http_bodies_get_answers() {
    let router = report_server::http::router(
        Some(Arc::new(report_server::api::Api::new(
            report_server::generate::generate(report_server::generate::Options {
                seed: 7,
                events: 5_000,
                end: NOW,
                partner_id: 1_000_001,
            }),
            partner(),
            || NOW,
        ))),
        None,
        report_server::http::Faults(false),
    );
    let deep = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
    let ten_mb = vec![b'a'; 10 * 1024 * 1024];
    let bodies: Vec<(&str, Vec<u8>, StatusCode)> = vec![
        ("application/json", deep.into_bytes(), StatusCode::OK),
        ("application/json", ten_mb.clone(), StatusCode::PAYLOAD_TOO_LARGE),
        (
            "application/x-www-form-urlencoded",
            ten_mb,
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
        (
            "application/x-www-form-urlencoded",
            b"ks[=1&reportType[][][]=2&%ff%fe=%zz".to_vec(),
            StatusCode::OK,
        ),
        (
            "multipart/form-data; boundary=",
            b"--\r\n\r\n--".to_vec(),
            StatusCode::OK,
        ),
        (
            "multipart/form-data; boundary=x",
            b"--x\r\nContent-Disposition: form-data; name=\"json\"\r\n\r\n{\"ks\":\r\n--x--".to_vec(),
            StatusCode::OK,
        ),
        ("text/plain", vec![0xc3, 0x28, 0xa0, 0xa1], StatusCode::OK),
    ];
    for (content_type, body, expected) in bodies {
        for path in [
            "/api_v3/service/multirequest",
            "/api_v3/service/report/action/getTable",
        ] {
            let req = Request::builder()
                .method(Method::POST)
                .uri(path)
                .header("Content-Type", content_type)
                .body(Body::from(body.clone()))
                .unwrap();
            let res = router.clone().oneshot(req).await.unwrap();
            assert_eq!(res.status(), expected, "{content_type} to {path}");
            let bytes = to_bytes(res.into_body(), usize::MAX).await.unwrap();
            let v: Value = serde_json::from_slice(&bytes).expect("a JSON answer");
            assert!(kaltura_shaped(&v), "{content_type} to {path}: {v}");
        }
    }
}

/// Any JSON value, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        ".{0,12}".prop_map(Value::String),
        "[0-9,|;:{}-]{0,16}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-zA-Z]{1,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

const FIELDS: [&str; 12] = [
    "reportType",
    "reportInputFilter",
    "pager",
    "order",
    "objectIds",
    "responseOptions",
    "ks",
    "fromDate",
    "toDate",
    "timeZoneOffset",
    "interval",
    "entryIdIn",
];

// Proptest's default case count in CI; longer on demand with `PROPTEST_CASES=100000`.
proptest! {
    #[test]
    fn random_values_in_any_parameter_get_answers(
        report in prop::sample::select(REPORT_TYPES.to_vec()),
        action in prop::sample::select(vec!["getTotal", "getTable", "getGraphs", "exportToCsv", "nope"]),
        field in prop::sample::select(FIELDS.to_vec()),
        value in any_json(),
    ) {
        let mut p = params(json!({
            "ks": ks(), "reportType": report, "reportInputFilter": filter(7), "responseOptions": options(),
            "pager": {"pageSize": 25, "pageIndex": 1},
        }));
        if ["fromDate", "toDate", "timeZoneOffset", "interval", "entryIdIn"].contains(&field) {
            p.get_mut("reportInputFilter").unwrap()[field] = value;
        } else {
            p.insert(field.to_string(), value);
        }
        let v = api().call("report", action, &p);
        prop_assert!(kaltura_shaped(&v), "{}", v);
    }

    #[test]
    fn random_multirequests_get_answers(items in prop::collection::btree_map("-?[0-9]{1,2}", any_json(), 0..5)) {
        let mut body: Map<String, Value> = items.into_iter().collect();
        body.insert("ks".into(), json!(ks()));
        let v = api().multirequest(&body);
        prop_assert!(v.is_array());
    }
}
