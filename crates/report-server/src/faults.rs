//! Fault injection for reliability tests, off unless the server is started with `--faults`.
//!
//! Each api_v3 request may then carry an `X-Entrylens-Fault` header naming what should go wrong with
//! its answer, as `;`-separated directives:
//!
//! - `latency=MS`: wait this long before answering (at most [`MAX_LATENCY_MS`]);
//! - `fail=1,4`: these multirequest items (1-based) answer `INTERNAL_SERVERL_ERROR`;
//! - `fail-report=36,43`: items asking for these report types answer `INTERNAL_SERVERL_ERROR`;
//! - `expired-ks`: every item answers as if the session had expired (`INVALID_KS` … `EXPIRED`);
//! - `status=503`: an HTTP error status with an HTML body, as a proxy in front of the API sends;
//! - `malformed`: HTTP 200 with a body that is not JSON;
//! - `truncated`: the real answer cut off in the middle;
//! - `drop`: the connection is closed before any answer;
//! - `rows=N`, `cells=N`, `numbers=extreme`, `only=36,user`: answers made huge or odd ([`crate::bloat`]).
//!
//! Directives combine (`latency=300;fail=2`); at most one of the transport faults applies.

use crate::bloat::Bloat;
use report_api::ApiError;
use serde_json::{Map, Value};

/// The request header that carries a fault plan.
pub const HEADER: &str = "x-entrylens-fault";

/// The longest latency a plan may ask for, so a test can never hang the server.
pub const MAX_LATENCY_MS: u64 = 10_000;

/// What goes wrong with the HTTP exchange itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    /// An HTTP error status (400–599) with an HTML body.
    Status(u16),
    /// A 200 answer whose body is not JSON.
    Malformed,
    /// The real answer cut off halfway.
    Truncated,
    /// The connection closed with no answer.
    Drop,
}

/// One request's faults.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FaultPlan {
    /// Milliseconds to wait before answering.
    pub latency_ms: u64,
    /// 1-based multirequest items that fail.
    pub fail_items: Vec<usize>,
    /// Report types whose items fail.
    pub fail_report_types: Vec<i64>,
    /// Every item answers with an expired session.
    pub expired_ks: bool,
    /// What goes wrong with the exchange, if anything.
    pub transport: Option<Transport>,
    /// How big and odd the healthy answers are made.
    pub bloat: Bloat,
}

fn numbers<T: std::str::FromStr>(list: &str, what: &str) -> Result<Vec<T>, String> {
    list.split(',')
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            s.trim()
                .parse()
                .map_err(|_| format!("{what}: `{s}` is not a number"))
        })
        .collect()
}

/// A size directive's number, refused above `max` so a test cannot exhaust the server.
fn count(value: &str, what: &str, max: usize) -> Result<usize, String> {
    let n: usize = value
        .trim()
        .parse()
        .map_err(|_| format!("{what}: `{value}` is not a number"))?;
    if n > max {
        return Err(format!("{what}: at most {max}"));
    }
    Ok(n)
}

impl FaultPlan {
    /// Reads a header value; an unknown directive is an error, so a typo in a test cannot pass as
    /// "no fault".
    pub fn parse(header: &str) -> Result<FaultPlan, String> {
        let mut plan = FaultPlan::default();
        for part in header.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let (name, value) = part.split_once('=').unwrap_or((part, ""));
            let transport = |plan: &mut FaultPlan, t: Transport| {
                if plan.transport.is_some() {
                    return Err("only one of status, malformed, truncated and drop may be given".to_string());
                }
                plan.transport = Some(t);
                Ok(())
            };
            match name.trim() {
                "latency" => {
                    let ms: u64 = value
                        .trim()
                        .parse()
                        .map_err(|_| format!("latency: `{value}` is not a number"))?;
                    plan.latency_ms = ms.min(MAX_LATENCY_MS);
                }
                "fail" => plan.fail_items = numbers(value, "fail")?,
                "fail-report" => plan.fail_report_types = numbers(value, "fail-report")?,
                "expired-ks" => plan.expired_ks = true,
                "status" => {
                    let code: u16 = value
                        .trim()
                        .parse()
                        .map_err(|_| format!("status: `{value}` is not a number"))?;
                    if !(400..=599).contains(&code) {
                        return Err(format!("status: {code} is not an HTTP error status"));
                    }
                    transport(&mut plan, Transport::Status(code))?;
                }
                "malformed" => transport(&mut plan, Transport::Malformed)?,
                "truncated" => transport(&mut plan, Transport::Truncated)?,
                "drop" => transport(&mut plan, Transport::Drop)?,
                "rows" => plan.bloat.rows = Some(count(value, "rows", crate::bloat::MAX_ROWS)?),
                "cells" => {
                    plan.bloat.cell_chars = Some(count(value, "cells", crate::bloat::MAX_CELL_CHARS)?);
                }
                "numbers" if value.trim() == "extreme" => plan.bloat.extreme_numbers = true,
                "only" => {
                    plan.bloat.only = value
                        .split(',')
                        .map(|s| s.trim().to_ascii_lowercase())
                        .filter(|s| !s.is_empty())
                        .collect();
                }
                other => return Err(format!("unknown fault `{other}`")),
            }
        }
        Ok(plan)
    }

    /// Replaces the answers of failing items in a multirequest `result` (an array of item answers);
    /// `body` is the multirequest's parameters, read for each item's report type. A single call's
    /// answer counts as item 1.
    pub fn apply(&self, body: &Map<String, Value>, multirequest: bool, result: &mut Value) {
        let failed = ApiError::internal().to_json();
        let expired = ApiError::invalid_ks("EXPIRED", "-1", "INVALID_STR").to_json();
        // Report types are read as the API reads them (`api::int`). Items run in key order from
        // min(1, smallest key) (see `Api::multirequest`): the n-th answer
        // belongs to key `first + n - 1`.
        let first = body
            .keys()
            .filter_map(|k| k.parse::<i64>().ok())
            .min()
            .unwrap_or(1)
            .min(1);
        let params = |n: usize| -> Option<&Map<String, Value>> {
            if multirequest {
                body.get(&(first + n as i64 - 1).to_string())?.as_object()
            } else {
                Some(body)
            }
        };
        let spoil = |n: usize, item: &mut Value| {
            let report_type = params(n).and_then(|p| crate::api::int(p.get("reportType")));
            if self.expired_ks {
                *item = expired.clone();
            } else if self.fail_items.contains(&n)
                || report_type.is_some_and(|t| self.fail_report_types.contains(&t))
            {
                *item = failed.clone();
            } else if self.bloat.touches(params(n)) {
                self.bloat.apply(item);
            }
        };
        match result {
            Value::Array(items) if multirequest => {
                for (i, item) in items.iter_mut().enumerate() {
                    spoil(i + 1, item);
                }
            }
            single => spoil(1, single),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_every_directive() {
        let p = FaultPlan::parse("latency=250; fail=1,3; fail-report=36; expired-ks; status=503").unwrap();
        assert_eq!(p.latency_ms, 250);
        assert_eq!(p.fail_items, vec![1, 3]);
        assert_eq!(p.fail_report_types, vec![36]);
        assert!(p.expired_ks);
        assert_eq!(p.transport, Some(Transport::Status(503)));
        let b = FaultPlan::parse("rows=20000; cells=10000; numbers=extreme; only=36, User")
            .unwrap()
            .bloat;
        assert_eq!(
            (b.rows, b.cell_chars, b.extreme_numbers),
            (Some(20_000), Some(10_000), true)
        );
        assert_eq!(b.only, vec!["36", "user"]);
        assert_eq!(FaultPlan::parse("").unwrap(), FaultPlan::default());
        assert_eq!(
            FaultPlan::parse("latency=999999").unwrap().latency_ms,
            MAX_LATENCY_MS
        );
    }

    #[test]
    fn refuses_typos_and_contradictions() {
        assert!(FaultPlan::parse("latncy=5").is_err());
        assert!(FaultPlan::parse("fail=x").is_err());
        assert!(FaultPlan::parse("status=200").is_err());
        assert!(FaultPlan::parse("drop;malformed").is_err());
        assert!(FaultPlan::parse("rows=1000001").is_err());
        assert!(FaultPlan::parse("cells=many").is_err());
        assert!(FaultPlan::parse("numbers=big").is_err());
    }

    #[test]
    fn fails_chosen_items_by_position_and_report_type() {
        let body: Map<String, Value> = json!({
            "1": {"service": "baseentry", "action": "get"},
            "2": {"service": "report", "action": "getTable", "reportType": "36"},
            "3": {"service": "report", "action": "getTotal", "reportType": 1},
        })
        .as_object()
        .cloned()
        .unwrap();
        let mut result = json!([{"id": "a"}, {"header": "h"}, {"header": "t"}]);
        FaultPlan::parse("fail=1;fail-report=36")
            .unwrap()
            .apply(&body, true, &mut result);
        assert_eq!(result[0]["code"], "INTERNAL_SERVERL_ERROR");
        assert_eq!(result[1]["code"], "INTERNAL_SERVERL_ERROR");
        assert_eq!(result[2]["header"], "t");

        // Keys may start at 0, as the app sends them: positions still count answers.
        let zero_based: Map<String, Value> = json!({
            "0": {"service": "report", "action": "getTotal", "reportType": 36},
            "1": {"service": "baseentry", "action": "get"},
        })
        .as_object()
        .cloned()
        .unwrap();
        let mut result = json!([{"header": "h"}, {"id": "a"}]);
        FaultPlan::parse("fail-report=36")
            .unwrap()
            .apply(&zero_based, true, &mut result);
        assert_eq!(result[0]["code"], "INTERNAL_SERVERL_ERROR");
        assert_eq!(result[1]["id"], "a");

        let mut result = json!([{"id": "a"}, {"header": "h"}]);
        FaultPlan::parse("expired-ks")
            .unwrap()
            .apply(&body, true, &mut result);
        assert_eq!(result[0]["code"], "INVALID_KS");
        assert_eq!(result[1]["code"], "INVALID_KS");

        // Size directives grow only the items `only=` names, and never an item that failed.
        let table =
            json!({"header": "country|count_plays", "data": "France|3;", "objectType": "KalturaReportTable"});
        let mut result = json!([{"id": "a"}, table.clone(), table.clone()]);
        FaultPlan::parse("rows=3;only=36;fail=3")
            .unwrap()
            .apply(&body, true, &mut result);
        assert_eq!(result[1]["totalCount"], 3);
        assert_eq!(result[2]["code"], "INTERNAL_SERVERL_ERROR");
        let mut result = json!([{"id": "a"}, table.clone(), table]);
        FaultPlan::parse("rows=3;only=1")
            .unwrap()
            .apply(&body, true, &mut result);
        assert_eq!(result[1]["data"], "France|3;");
        assert_eq!(result[2]["totalCount"], 3);
    }
}
