//! The api_v3 protocol: sessions, error shapes and their precedence, multirequest, parameter forms,
//! CORS and body limits — through the HTTP router.

mod common;

use axum::body::{to_bytes, Body};
use axum::http::{Method, Request, StatusCode};
use common::*;
use report_server::ks::{Partner, TYPE_ADMIN, TYPE_USER};
use serde_json::{json, Value};
use std::sync::Arc;
use tower::ServiceExt;

fn router() -> axum::Router {
    // A second API over the same generated data, owned by the router.
    let store = report_server::generate::generate(report_server::generate::Options {
        seed: 7,
        events: 20_000,
        end: NOW,
        partner_id: 1_000_001,
    });
    let api = report_server::api::Api::new(store, partner(), || NOW);
    report_server::http::router(Some(Arc::new(api)), None, report_server::http::Faults(true))
}

async fn send(router: &axum::Router, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, Value) {
    let res = router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = to_bytes(res.into_body(), usize::MAX).await.unwrap();
    let value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, headers, value)
}

fn post_json(path: &str, body: &Value) -> Request<Body> {
    Request::builder()
        .method(Method::POST)
        .uri(path)
        .header("Content-Type", "application/json")
        .body(Body::from(body.to_string()))
        .unwrap()
}

fn total_body(ks: &str) -> Value {
    json!({"ks": ks, "reportType": "13", "reportInputFilter": filter(30), "responseOptions": options(), "format": 1})
}

#[tokio::test]
async fn single_call_with_json_and_cors() {
    let r = router();
    let (status, headers, v) = send(
        &r,
        post_json("/api_v3/service/report/action/getTotal", &total_body(&ks())),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["objectType"], "KalturaReportTotal");
    assert_eq!(headers["access-control-allow-origin"], "*");
    assert_eq!(headers["content-type"], "application/json");
    let pre = Request::builder()
        .method(Method::OPTIONS)
        .uri("/api_v3/service/multirequest")
        .body(Body::empty())
        .unwrap();
    let (status, headers, _) = send(&r, pre).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["access-control-max-age"], "86400");
    assert!(headers["access-control-allow-methods"]
        .to_str()
        .unwrap()
        .contains("POST"));
}

#[tokio::test]
async fn form_and_query_parameters_are_understood_and_url_wins() {
    let r = router();
    let form = format!(
        "ks={}&reportType=13&reportInputFilter:objectType=KalturaEndUserReportInputFilter&reportInputFilter:fromDate={}&reportInputFilter:toDate={}&reportInputFilter:entryIdIn={}&responseOptions:delimiter=%7C&format=1",
        ks(), TODAY - 30 * DAY, TODAY, ENTRY
    );
    let req = Request::builder()
        .method(Method::POST)
        .uri("/api_v3/?service=report&action=getTotal")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(Body::from(form))
        .unwrap();
    let (_, _, v) = send(&r, req).await;
    assert_eq!(v["objectType"], "KalturaReportTotal", "{v}");
    let (_, _, json_v) = send(
        &r,
        post_json("/api_v3/service/report/action/getTotal", &total_body(&ks())),
    )
    .await;
    assert_eq!(v["data"], json_v["data"]);
    // A URL value replaces the body's.
    let req = post_json(
        "/api_v3/service/report/action/getTotal?reportType=999999",
        &total_body(&ks()),
    );
    let (_, _, v) = send(&r, req).await;
    assert_eq!(v["code"], "INVALID_ENUM_VALUE");
}

#[tokio::test]
async fn json_needs_the_exact_content_type() {
    let r = router();
    let req = Request::builder()
        .method(Method::POST)
        .uri("/api_v3/service/report/action/getTotal")
        .header("Content-Type", "application/json; charset=utf-8")
        .body(Body::from(total_body(&ks()).to_string()))
        .unwrap();
    let (_, _, v) = send(&r, req).await;
    // The body is then read as a form, so the arguments are missing.
    assert_eq!(v["objectType"], "KalturaAPIException");
}

#[tokio::test]
async fn sessions_and_error_precedence() {
    let r = router();
    let url = "/api_v3/service/report/action/getTotal";
    // Undecodable KS: INVALID_KS with the KS itself.
    let (_, headers, v) = send(&r, post_json(url, &total_body("abc"))).await;
    assert_eq!(
        v,
        json!({"code":"INVALID_KS","message":"Invalid KS \"abc\", Error \"-1,INVALID_STR\"","objectType":"KalturaAPIException","args":{"KSID":"abc","ERR_CODE":"-1","ERR_DESC":"INVALID_STR"}})
    );
    assert_eq!(headers["x-kaltura"], "error-INVALID_KS");
    // No KS: SERVICE_FORBIDDEN — but a bad argument wins over it.
    let mut no_ks = total_body("");
    let (_, _, v) = send(&r, post_json(url, &no_ks)).await;
    assert_eq!(v["code"], "SERVICE_FORBIDDEN");
    assert_eq!(v["args"]["SERVICE"], "report->getTotal");
    no_ks["reportType"] = json!("999999");
    let (_, _, v) = send(&r, post_json(url, &no_ks)).await;
    assert_eq!(v["code"], "INVALID_ENUM_VALUE");
    // Expired KS: the argument error comes first, then EXPIRED.
    let expired = partner().generate_v2(TYPE_ADMIN, "", NOW - 10, "");
    let mut body = total_body(&expired);
    let (_, _, v) = send(&r, post_json(url, &body)).await;
    assert_eq!(v["message"], "Invalid KS \"EXPIRED\", Error \"-1,INVALID_STR\"");
    body.as_object_mut().unwrap().remove("reportInputFilter");
    let (_, _, v) = send(&r, post_json(url, &body)).await;
    assert_eq!(v["code"], "MISSING_MANDATORY_PARAMETER");
    assert_eq!(v["args"]["PARAM_NAME"], "reportInputFilter");
    // A user session without the analytics role is forbidden; with it, allowed.
    let user = partner().generate_v2(TYPE_USER, "jdoe", NOW + 60, "");
    let (_, _, v) = send(&r, post_json(url, &total_body(&user))).await;
    assert_eq!(v["code"], "SERVICE_FORBIDDEN");
    let analyst = partner().generate_v1(TYPE_USER, "jdoe", NOW + 60, "setrole:ANALYTICS_BASE");
    let (_, _, v) = send(&r, post_json(url, &total_body(&analyst))).await;
    assert_eq!(v["objectType"], "KalturaReportTotal");
    // Another partner's secret.
    let foreign = Partner {
        id: 1_000_001,
        admin_secret: "other".into(),
    }
    .generate_v2(TYPE_ADMIN, "", NOW + 60, "");
    let (_, _, v) = send(&r, post_json(url, &total_body(&foreign))).await;
    assert_eq!(v["code"], "INVALID_KS");
}

#[tokio::test]
async fn argument_errors() {
    let r = router();
    let table = "/api_v3/service/report/action/getTable";
    let (_, _, v) = send(&r, post_json(table, &total_body(&ks()))).await;
    assert_eq!(v["args"]["PARAM_NAME"], "pager");
    let mut body = total_body(&ks());
    body["reportInputFilter"]["interval"] = json!("weeks");
    let (_, _, v) = send(&r, post_json("/api_v3/service/report/action/getTotal", &body)).await;
    assert_eq!(v["code"], "INVALID_ENUM_VALUE");
    assert_eq!(v["args"]["PARAM_NAME"], "interval");
    let (_, _, v) = send(
        &r,
        post_json("/api_v3/service/report/action/nope", &total_body(&ks())),
    )
    .await;
    assert_eq!(v["code"], "ACTION_DOES_NOT_EXISTS");
    let (_, _, v) = send(
        &r,
        post_json("/api_v3/service/nope/action/get", &total_body(&ks())),
    )
    .await;
    assert_eq!(v["code"], "SERVICE_DOES_NOT_EXISTS");
    // Paging past 12,000 rows on a later page is an internal error; on page 1 it is clamped.
    let mut body = total_body(&ks());
    body["pager"] = json!({"pageSize": 10_000, "pageIndex": 2});
    let (_, _, v) = send(&r, post_json(table, &body)).await;
    assert_eq!(v["code"], "INTERNAL_SERVERL_ERROR");
    body["pager"] = json!({"pageSize": 50_000, "pageIndex": 1});
    let (_, _, v) = send(&r, post_json(table, &body)).await;
    assert_eq!(v["objectType"], "KalturaReportTable");
}

#[tokio::test]
async fn multirequest_with_a_failing_item_and_references() {
    let r = router();
    let body = json!({
        "ks": ks(), "format": 1,
        "0": {"service": "baseentry", "action": "get", "entryId": ENTRY},
        "1": {"service": "report", "action": "getTotal", "reportType": "13", "responseOptions": options(),
              "reportInputFilter": {"objectType": "KalturaEndUserReportInputFilter", "fromDate": NOW - 30 * DAY, "toDate": NOW, "entryIdIn": "{1:result:id}"}},
        "2": {"service": "report", "action": "getTotal", "reportType": "999999", "reportInputFilter": filter(30)},
        "3": {"service": "user", "action": "get", "userId": "{1:result:userId}"},
        "5": {"service": "report", "action": "getTotal", "reportType": "13", "reportInputFilter": filter(30)}
    });
    let (_, _, v) = send(&r, post_json("/api_v3/service/multirequest", &body)).await;
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 4, "execution stops at the first missing key");
    assert_eq!(items[0]["id"], ENTRY);
    assert_eq!(items[1]["objectType"], "KalturaReportTotal");
    let direct = report("getTotal", "13", filter(30), json!({}));
    let _ = direct; // (a different store size: compare shapes, not numbers)
    assert_ne!(items[1]["data"].as_str().unwrap().split('|').nth(2), Some(""));
    assert_eq!(items[2]["code"], "INVALID_ENUM_VALUE");
    assert_eq!(items[3]["fullName"], "Wei Chen");
    // Keys starting at 2 run nothing.
    let (_, _, v) = send(
        &r,
        post_json(
            "/api_v3/service/multirequest",
            &json!({"2": {"service":"report","action":"getTotal"}}),
        ),
    )
    .await;
    assert_eq!(v, json!([]));
}

#[test]
fn independent_items_run_together_and_answer_in_order() {
    // No item refers to another: they may run on several cores, each result in its own place, exactly
    // what each call alone returns.
    let calls: Vec<Value> = (0..12)
        .map(|i| match i % 4 {
            0 => json!({"service": "report", "action": "getTotal", "reportType": "13", "responseOptions": options(), "reportInputFilter": filter(7 + i)}),
            1 => json!({"service": "report", "action": "getTable", "reportType": "36", "responseOptions": options(), "reportInputFilter": filter(30), "pager": {"pageSize": 5 + i, "pageIndex": 1}}),
            2 => json!({"service": "user", "action": "get", "userId": "no-such-user"}),
            _ => json!({"service": "baseentry", "action": "get", "entryId": ENTRY}),
        })
        .collect();
    let mut body = serde_json::Map::new();
    body.insert("ks".into(), json!(ks()));
    for (i, c) in calls.iter().enumerate() {
        body.insert((i + 1).to_string(), c.clone());
    }
    let v = api().multirequest(&body);
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), calls.len());
    for (i, c) in calls.iter().enumerate() {
        let mut alone = params(c.clone());
        alone.insert("ks".into(), json!(ks()));
        let service = alone["service"].as_str().unwrap().to_string();
        let action = alone["action"].as_str().unwrap().to_string();
        assert_eq!(items[i], api().call(&service, &action, &alone), "item {}", i + 1);
    }
}

#[test]
fn references_see_only_earlier_results_while_the_rest_runs_together() {
    let body = params(json!({
        "ks": ks(),
        "1": {"service": "user", "action": "get", "userId": "{2:result:userId}"},
        "2": {"service": "baseentry", "action": "get", "entryId": ENTRY},
        "3": {"service": "user", "action": "get", "userId": "{2:result:userId}"},
        "4": {"service": "report", "action": "getTotal", "reportType": "13", "responseOptions": options(), "reportInputFilter": filter(30)}
    }));
    let v = api().multirequest(&body);
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 4);
    // Item 1 refers forward: as when items ran one by one, it finds nothing.
    let alone = params(json!({"ks": ks(), "userId": ""}));
    assert_eq!(items[0], api().call("user", "get", &alone));
    assert_eq!(items[1]["id"], ENTRY);
    assert_eq!(items[2]["fullName"], "Wei Chen");
    assert_eq!(items[3]["objectType"], "KalturaReportTotal");
}

#[tokio::test]
async fn bad_bodies_get_kaltura_errors_never_a_500() {
    let r = router();
    for body in [
        "{",
        "{\"ks\": [1,2,3]}",
        "not json at all",
        "{\"reportInputFilter\": \"x\", \"reportType\": {}}",
    ] {
        let req = Request::builder()
            .method(Method::POST)
            .uri("/api_v3/service/report/action/getTable")
            .header("Content-Type", "application/json")
            .body(Body::from(body))
            .unwrap();
        let (status, _, v) = send(&r, req).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(v["objectType"], "KalturaAPIException", "{body}: {v}");
    }
    let invalid_utf8 = Request::builder()
        .method(Method::POST)
        .uri("/api_v3/service/multirequest")
        .header("Content-Type", "application/json")
        .body(Body::from(vec![0xff, 0xfe, b'{', b'}']))
        .unwrap();
    let (status, _, v) = send(&r, invalid_utf8).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v, json!([]));
    let huge = Request::builder()
        .method(Method::POST)
        .uri("/api_v3/service/multirequest")
        .header("Content-Type", "application/json")
        .body(Body::from(vec![b' '; 3 * 1024 * 1024]))
        .unwrap();
    let (status, _, v) = send(&r, huge).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(v["code"], "REQUEST_TOO_LARGE");
}

#[tokio::test]
async fn export_to_csv_answers_with_a_job() {
    let r = router();
    let body = json!({"ks": ks(), "params": {"objectType": "KalturaReportExportParams", "reportsItemsGroup": "Entry analytics",
        "reportItems": [{"action": 1, "reportType": "36", "filter": filter(30), "reportTitle": "Countries"}]}});
    let (_, _, v) = send(&r, post_json("/api_v3/service/report/action/exportToCsv", &body)).await;
    assert_eq!(v["objectType"], "KalturaReportExportResponse");
    assert_eq!(v["reportEmail"], "admin@northfield.edu");
    let bad = json!({"ks": ks(), "params": {"reportItems": [{"action": 1}]}});
    let (_, _, v) = send(&r, post_json("/api_v3/service/report/action/exportToCsv", &bad)).await;
    assert_eq!(v["code"], "MISSING_MANDATORY_PARAMETER");
    assert_eq!(v["args"]["PARAM_NAME"], "N/A");
    // Kaltura checks the group with /^\w[\w\s]*$/ (no Unicode): a Hebrew or accented name is refused.
    for group in ["ניתוח נתוני פריט", "Analítica de la entrada", "-dash"] {
        let mut body = body.clone();
        body["params"]["reportsItemsGroup"] = json!(group);
        let (_, _, v) = send(&r, post_json("/api_v3/service/report/action/exportToCsv", &body)).await;
        assert_eq!(v["code"], "INVALID_REPORT_ITEMS_GROUP", "{group}");
    }
}

#[tokio::test]
async fn multipart_bodies_with_a_json_part() {
    let r = router();
    let json = total_body(&ks()).to_string();
    let body = format!(
        "--XyZ\r\nContent-Disposition: form-data; name=\"json\"\r\n\r\n{json}\r\n--XyZ\r\nContent-Disposition: form-data; name=\"clientTag\"\r\n\r\ntest\r\n--XyZ--\r\n"
    );
    let req = Request::builder()
        .method(Method::POST)
        .uri("/api_v3/service/report/action/getTotal")
        .header("Content-Type", "multipart/form-data; boundary=XyZ")
        .body(Body::from(body))
        .unwrap();
    let (_, _, v) = send(&r, req).await;
    assert_eq!(v["objectType"], "KalturaReportTotal", "{v}");
    // A broken multipart body is an API error, not a crash.
    let req = Request::builder()
        .method(Method::POST)
        .uri("/api_v3/service/report/action/getTotal")
        .header("Content-Type", "multipart/form-data")
        .body(Body::from("--x\r\nnonsense"))
        .unwrap();
    let (status, _, v) = send(&r, req).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["objectType"], "KalturaAPIException");
}

fn with_fault(mut req: Request<Body>, plan: &str) -> Request<Body> {
    req.headers_mut()
        .insert("x-entrylens-fault", plan.parse().unwrap());
    req
}

fn two_item_multirequest(ks: &str) -> Value {
    json!({
        "ks": ks,
        "1": {"service": "report", "action": "getTotal", "reportType": "13", "reportInputFilter": filter(30), "responseOptions": options()},
        "2": {"service": "report", "action": "getTotal", "reportType": "1", "reportInputFilter": filter(30), "responseOptions": options()},
    })
}

#[tokio::test]
async fn fault_plans_spoil_items_and_exchanges() {
    let r = router();
    let mr = || post_json("/api_v3/service/multirequest", &two_item_multirequest(&ks()));

    let (status, _, v) = send(&r, with_fault(mr(), "fail=2")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v[0]["objectType"], "KalturaReportTotal");
    assert_eq!(v[1]["code"], "INTERNAL_SERVERL_ERROR");

    let (_, _, v) = send(&r, with_fault(mr(), "fail-report=13")).await;
    assert_eq!(v[0]["code"], "INTERNAL_SERVERL_ERROR");
    assert_eq!(v[1]["objectType"], "KalturaReportTotal");

    let (_, _, v) = send(&r, with_fault(mr(), "expired-ks")).await;
    assert_eq!(v[0]["code"], "INVALID_KS");
    assert_eq!(v[1]["code"], "INVALID_KS");

    let (status, headers, _) = send(&r, with_fault(mr(), "status=503")).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(headers["content-type"], "text/html");

    for plan in ["malformed", "truncated"] {
        let res = r.clone().oneshot(with_fault(mr(), plan)).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        let bytes = to_bytes(res.into_body(), usize::MAX).await.unwrap();
        assert!(!bytes.is_empty(), "{plan}");
        assert!(
            serde_json::from_slice::<Value>(&bytes).is_err(),
            "{plan} must not be JSON"
        );
    }

    let res = r.clone().oneshot(with_fault(mr(), "drop")).await.unwrap();
    assert!(
        to_bytes(res.into_body(), usize::MAX).await.is_err(),
        "the body fails"
    );

    let started = std::time::Instant::now();
    let (_, _, v) = send(&r, with_fault(mr(), "latency=120")).await;
    assert!(started.elapsed() >= std::time::Duration::from_millis(120));
    assert_eq!(v[1]["objectType"], "KalturaReportTotal");

    let (status, _, v) = send(&r, with_fault(mr(), "nonsense")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(v["code"], "INVALID_FAULT_PLAN");
}

#[tokio::test]
async fn fault_headers_are_ignored_unless_enabled() {
    let store = report_server::generate::generate(report_server::generate::Options {
        seed: 7,
        events: 2_000,
        end: NOW,
        partner_id: 1_000_001,
    });
    let api = report_server::api::Api::new(store, partner(), || NOW);
    let r = report_server::http::router(Some(Arc::new(api)), None, report_server::http::Faults(false));
    let req = with_fault(
        post_json("/api_v3/service/multirequest", &two_item_multirequest(&ks())),
        "fail=1,2;status=500",
    );
    let (status, _, v) = send(&r, req).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v[0]["objectType"], "KalturaReportTotal");
    assert_eq!(v[1]["objectType"], "KalturaReportTotal");
}
