//! Shared fixtures: a small deterministic store and an API over it with a fixed clock.

#![allow(dead_code)]

use report_server::api::Api;
use report_server::generate::{generate, Options};
use report_server::ks::{Partner, TYPE_ADMIN};
use serde_json::{json, Map, Value};
use std::sync::OnceLock;

/// The fixed "now" of every test: 2026-06-15 12:00 UTC.
pub const NOW: i64 = 1_781_524_800;
pub const DAY: i64 = 86_400;
/// Midnight UTC that starts the day of `NOW`.
pub const TODAY: i64 = NOW - 12 * 3600;
pub const ENTRY: &str = "0_cellbio1";

fn now() -> i64 {
    NOW
}

pub fn partner() -> Partner {
    Partner {
        id: 1_000_001,
        admin_secret: "test-secret".into(),
    }
}

/// One API for the whole test binary (generation is deterministic, so sharing is safe).
pub fn api() -> &'static Api {
    static API: OnceLock<Api> = OnceLock::new();
    API.get_or_init(|| {
        let store = generate(Options {
            seed: 7,
            events: 120_000,
            end: NOW,
            partner_id: 1_000_001,
        });
        Api::new(store, partner(), now)
    })
}

pub fn ks() -> String {
    partner().generate_v2(TYPE_ADMIN, "admin@northfield.edu", NOW + 3600, "")
}

/// A `KalturaEndUserReportInputFilter` over the `days` whole days before today of the demo entry, in UTC.
pub fn filter(days: i64) -> Value {
    json!({"objectType":"KalturaEndUserReportInputFilter","fromDate": TODAY - days * DAY, "toDate": TODAY,
           "entryIdIn": ENTRY, "timeZoneOffset": 0, "interval": "days"})
}

pub fn options() -> Value {
    json!({"objectType":"KalturaReportResponseOptions","delimiter":"|","skipEmptyDates":false})
}

/// Calls `report.<action>` with the standard options and a valid KS, plus extra parameters.
pub fn report(action: &str, report_type: &str, filter: Value, extra: Value) -> Value {
    let mut params = Map::new();
    params.insert("ks".into(), json!(ks()));
    params.insert("reportType".into(), json!(report_type));
    params.insert("reportInputFilter".into(), filter);
    params.insert("responseOptions".into(), options());
    if let Value::Object(m) = extra {
        params.extend(m);
    }
    api().call("report", action, &params)
}

pub fn params(v: Value) -> Map<String, Value> {
    v.as_object().cloned().unwrap_or_default()
}
