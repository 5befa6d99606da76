//! Property tests: whatever the service sends, parsing answers `Ok` or `Err`, never a panic. Run briefly in
//! CI (proptest's default case count); longer on demand with `PROPTEST_CASES=100000 cargo test -p report-api
//! --test no_panic`.

use proptest::prelude::*;
use report_api::interactive::PathStructure;
use report_api::{parse_multirequest, DateKey, GraphShape, ReportGraph, ReportTable, ReportTotal};
use serde_json::{json, Value};

/// Arbitrary JSON, a few levels deep, leaning towards the shapes the contract uses.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,40}".prop_map(Value::String),
        "[a-z_|;,:0-9.\\-]{0,60}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("header".to_string()),
                    Just("data".to_string()),
                    Just("totalCount".to_string()),
                    Just("objectType".to_string()),
                    Just("id".to_string()),
                    Just("code".to_string()),
                    Just("message".to_string()),
                    Just("nodes".to_string()),
                    Just("interactions".to_string()),
                    "[a-zA-Z]{1,8}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Report-like objects with arbitrary header and data strings.
fn report_like() -> impl Strategy<Value = Value> {
    (
        "[a-z_|]{0,40}",
        "[a-zA-Z0-9_|;,:.\\-]{0,120}",
        prop_oneof![
            Just("KalturaReportTable"),
            Just("KalturaReportTotal"),
            Just("KalturaReportGraph"),
            Just("X")
        ],
        any::<Option<i64>>(),
    )
        .prop_map(|(h, d, t, c)| json!({"header": h, "data": d, "objectType": t, "totalCount": c, "id": h}))
}

proptest! {
    #[test]
    fn reports_parse_or_fail(v in prop_oneof![any_json(), report_like()], delim in prop_oneof![Just("|"), Just(","), Just("")]) {
        let _ = ReportTable::parse(&v, delim);
        let _ = ReportTotal::parse(&v, delim);
        for shape in [GraphShape::ByDate, GraphShape::ByName, GraphShape::MultiByDate, GraphShape::MultiByName] {
            let _ = ReportGraph::parse(&v, delim, shape);
            let _ = ReportGraph::parse_all(&json!([v.clone()]), delim, shape);
        }
        let _ = parse_multirequest(&v);
        let _ = parse_multirequest(&json!([v.clone(), v.clone()]));
    }

    #[test]
    fn tables_keep_their_shape(v in report_like()) {
        if let Ok(t) = ReportTable::parse(&v, "|") {
            for row in &t.rows {
                prop_assert_eq!(row.len(), t.headers.len());
            }
        }
    }

    #[test]
    fn path_structures_parse_or_fail(v in any_json(), s in ".{0,200}") {
        let _ = PathStructure::parse(&v);
        let _ = PathStructure::parse(&json!({"data": s}));
        let _ = PathStructure::parse(&json!({"data": v.to_string()}));
    }

    #[test]
    fn date_keys_and_cells_parse_or_fail(s in ".{0,20}", digits in "[0-9]{0,12}") {
        let _ = DateKey::parse(&s);
        let _ = DateKey::parse(&digits);
        let _ = report_api::number::parse_cell(&s);
    }
}
