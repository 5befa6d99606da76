//! report-server serves the app as a production server would: the build's brotli and gzip copies to
//! browsers that accept them (and the plain file to others), `Vary: Accept-Encoding`, content-hashed
//! files kept for a year, everything else revalidated, wasm as `application/wasm`, deep links answered
//! with index.html, and API answers compressed on the way out.

mod common;

use axum::body::{to_bytes, Body};
use axum::http::{header, Method, Request, StatusCode};
use common::*;
use serde_json::json;
use std::io::Read;
use std::sync::Arc;
use tower::ServiceExt;

/// A built app in a temporary folder: index.html, a hashed wasm and an unhashed vendor file, each with
/// its .br and .gz copies as scripts/compress.mjs writes them.
fn dist() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, body: &[u8]| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, body).unwrap();
        std::fs::write(format!("{}.br", path.display()), [b"br:", body].concat()).unwrap();
        std::fs::write(format!("{}.gz", path.display()), [b"gz:", body].concat()).unwrap();
    };
    write("index.html", b"<!DOCTYPE html><title>entrylens</title>");
    write("entrylens-0123456789abcdef_bg.wasm", b"\0asm wasm");
    write("vendor/world.json", b"{\"type\":\"FeatureCollection\"}");
    dir
}

fn router(dist: &std::path::Path) -> axum::Router {
    let store = report_server::generate::generate(report_server::generate::Options {
        seed: 7,
        events: 5_000,
        end: NOW,
        partner_id: 1_000_001,
    });
    let api = report_server::api::Api::new(store, partner(), || NOW);
    report_server::http::router(
        Some(Arc::new(api)),
        Some(dist.to_path_buf()),
        report_server::http::Faults(false),
    )
}

async fn get(
    router: &axum::Router,
    path: &str,
    accept: Option<&str>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let mut req = Request::builder().method(Method::GET).uri(path);
    if let Some(a) = accept {
        req = req.header(header::ACCEPT_ENCODING, a);
    }
    let res = router
        .clone()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = to_bytes(res.into_body(), usize::MAX).await.unwrap().to_vec();
    (status, headers, body)
}

fn h(headers: &axum::http::HeaderMap, name: header::HeaderName) -> &str {
    headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
}

#[tokio::test]
async fn files_go_out_compressed_as_the_browser_accepts_them() {
    let dir = dist();
    let r = router(dir.path());
    let wasm = "/entrylens-0123456789abcdef_bg.wasm";
    let (status, headers, body) = get(&r, wasm, Some("gzip, deflate, br")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(h(&headers, header::CONTENT_ENCODING), "br");
    assert_eq!(body, b"br:\0asm wasm");
    assert_eq!(h(&headers, header::CONTENT_TYPE), "application/wasm");
    assert!(h(&headers, header::VARY).contains("Accept-Encoding"));
    assert_eq!(
        h(&headers, header::CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );

    let (_, headers, body) = get(&r, wasm, Some("gzip")).await;
    assert_eq!(h(&headers, header::CONTENT_ENCODING), "gzip");
    assert_eq!(body, b"gz:\0asm wasm");
    let (_, headers, body) = get(&r, wasm, None).await;
    assert_eq!(h(&headers, header::CONTENT_ENCODING), "");
    assert_eq!(body, b"\0asm wasm");
}

#[tokio::test]
async fn unhashed_files_and_every_app_address_are_revalidated() {
    let dir = dist();
    let r = router(dir.path());
    let (_, headers, _) = get(&r, "/vendor/world.json", Some("br")).await;
    assert_eq!(h(&headers, header::CACHE_CONTROL), "no-cache");
    assert_eq!(h(&headers, header::CONTENT_ENCODING), "br");
    for deep in ["/", "/entry/0_cellbio1", "/interactive/0_path0006?x=1"] {
        let (status, headers, body) = get(&r, deep, Some("br")).await;
        assert_eq!(status, StatusCode::OK, "{deep}");
        assert_eq!(h(&headers, header::CACHE_CONTROL), "no-cache", "{deep}");
        assert_eq!(
            h(&headers, header::CONTENT_ENCODING),
            "br",
            "{deep}: the index's own copy"
        );
        assert!(body.starts_with(b"br:<!DOCTYPE html>"), "{deep}");
    }
}

#[tokio::test]
async fn api_answers_are_compressed_for_a_browser_that_accepts_it() {
    let dir = dist();
    let r = router(dir.path());
    let ks = partner().generate_v2(report_server::ks::TYPE_ADMIN, "a", NOW + 3600, "");
    let req = Request::builder()
        .method(Method::POST)
        .uri("/api_v3/service/report/action/getTable")
        .header("Content-Type", "application/json")
        .header(header::ACCEPT_ENCODING, "gzip")
        .body(Body::from(
            json!({"ks": ks, "reportType": "13", "reportInputFilter": filter(30),
                   "pager": {"pageSize": 500, "pageIndex": 1}, "format": 1})
            .to_string(),
        ))
        .unwrap();
    let res = r.clone().oneshot(req).await.unwrap();
    assert_eq!(res.headers()[header::CONTENT_ENCODING], "gzip");
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-store");
    let bytes = to_bytes(res.into_body(), usize::MAX).await.unwrap();
    let mut text = String::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_string(&mut text)
        .unwrap();
    assert!(text.contains("\"objectType\":\"KalturaReportTable\""), "{text}");
}

#[test]
fn content_hashed_names_are_told_apart() {
    use report_server::http::is_content_hashed;
    assert!(is_content_hashed("/entrylens-0123456789abcdef_bg.wasm"));
    assert!(is_content_hashed("/analytics/main-b1f4958d38ab221c.css"));
    assert!(is_content_hashed("/chunk_7-33037483585c24fa.wasm"));
    assert!(!is_content_hashed("/vendor/charts/echarts-core.js"));
    assert!(!is_content_hashed("/index.html"));
    assert!(!is_content_hashed("/entry/0_cellbio1"));
    assert!(!is_content_hashed("/x-0123456789abcdeg.js"), "not hex");
}
