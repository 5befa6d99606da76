//! The HTTP surface: api_v3 (single calls, multirequest, the query/form/JSON parameter forms and CORS),
//! entry thumbnails, and the built app's static files on the same origin.

use crate::api::Api;
use crate::faults::{FaultPlan, Transport};
use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Extension, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::Router;
use report_api::ApiError;
use serde_json::{Map, Value};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use tower_http::compression::predicate::{DefaultPredicate, Predicate};
use tower_http::services::{ServeDir, ServeFile};

/// The largest request body accepted (a whole-page multirequest is a few tens of KB).
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Whether api_v3 requests may carry a fault plan (`--faults`; see [`crate::faults`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct Faults(pub bool);

/// Builds the router: `/api_v3/…`, thumbnails, and static files of `dist` (with `index.html` for every
/// unknown path, so deep links such as `/entry/1_abc` load the app). With `faults`, api_v3 requests
/// obey the `X-Entrylens-Fault` header.
pub fn router(api: Option<Arc<Api>>, dist: Option<PathBuf>, faults: Faults) -> Router {
    let mut app = Router::new();
    if let Some(api) = api {
        app = Router::new()
            .route("/api_v3", any(api_handler))
            .route("/api_v3/", any(api_handler))
            .route("/api_v3/{*rest}", any(api_handler))
            .route("/p/{pid}/thumbnail/entry_id/{id}", get(thumbnail))
            .layer(Extension(faults))
            // Answers compressed as they go out, for a browser that accepts it; brotli and gzip at level
            // 4: a first view's 30 KB of JSON in about a millisecond (brotli's default, 11, took tens).
            .layer(
                tower_http::compression::CompressionLayer::new()
                    .quality(tower_http::CompressionLevel::Precise(4))
                    .compress_when(DefaultPredicate::new().and(AtMost(MAX_COMPRESSED_ANSWER))),
            )
            .with_state(api);
    }
    if let Some(dist) = dist {
        let index = dist.join("index.html");
        // The build's .br and .gz copies (scripts/compress.mjs) go to browsers that accept them.
        let files = ServeDir::new(&dist)
            .precompressed_br()
            .precompressed_gzip()
            .fallback(ServeFile::new(index).precompressed_br().precompressed_gzip());
        app = app.fallback_service(
            tower::ServiceBuilder::new()
                .layer(axum::middleware::from_fn(static_headers))
                .service(files),
        );
    }
    app
}

/// The largest answer compressed on its way out. A larger one goes plain with its `Content-Length`: the
/// app reads an answer over 2 MB in a worker, unread on the page, and decides so by that length, which an
/// answer compressed on the fly does not have.
pub const MAX_COMPRESSED_ANSWER: u64 = 2_000_000;

/// Compresses only answers whose known length is at most this many bytes.
#[derive(Clone, Copy, Debug)]
struct AtMost(u64);

impl Predicate for AtMost {
    fn should_compress<B: axum::body::HttpBody>(&self, response: &axum::http::Response<B>) -> bool {
        response
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok())
            .or_else(|| response.body().size_hint().exact())
            .is_some_and(|n| n <= self.0)
    }
}

/// Whether a file's name carries its content's hash (`main-0123456789abcdef.css`,
/// `entrylens-…_bg.wasm`): such a file never changes under its name.
pub fn is_content_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    if !matches!(ext, "js" | "wasm" | "css" | "svg") {
        return false;
    }
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// How the app's files may be kept: a content-hashed file for a year without asking again; anything
/// else (index.html and every app address, the charts library, map and word files under fixed names)
/// revalidated on each use. Every answer varies with `Accept-Encoding` (brotli, gzip or none).
async fn static_headers(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let immutable = is_content_hashed(req.uri().path());
    let mut res = next.run(req).await;
    let cache = if immutable && res.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let h = res.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    h.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    res
}

fn cors(headers: &mut HeaderMap) {
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("Origin, X-Requested-With, Content-Type, Accept, Range, Cache-Control"),
    );
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("POST, GET, HEAD, OPTIONS"),
    );
    headers.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("86400"));
    headers.insert(
        header::ACCESS_CONTROL_EXPOSE_HEADERS,
        HeaderValue::from_static("X-Kaltura, X-Kaltura-Session, X-Me"),
    );
}

fn json_response(status: StatusCode, value: &Value) -> Response {
    let mut res = (status, value.to_string()).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    cors(h);
    if let Some(code) = value.get("code").and_then(Value::as_str) {
        if value.get("objectType").and_then(Value::as_str) == Some("KalturaAPIException") {
            if let Ok(v) = HeaderValue::from_str(&format!("error-{code}")) {
                h.insert("X-Kaltura", v);
            }
        }
    }
    res
}

/// Sets `path` (keys joined by `:`) inside a nested object, as the form-encoded API does.
fn set_nested(map: &mut Map<String, Value>, path: &str, value: Value) {
    let mut parts = path.split(':').peekable();
    let mut current = map;
    while let Some(part) = parts.next() {
        if parts.peek().is_none() {
            current.insert(part.to_string(), value);
            return;
        }
        let entry = current
            .entry(part.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        if !entry.is_object() {
            *entry = Value::Object(Map::new());
        }
        let Value::Object(next) = entry else { return };
        current = next;
    }
}

fn form_params(bytes: &[u8]) -> Map<String, Value> {
    let mut map = Map::new();
    for (k, v) in form_urlencoded::parse(bytes) {
        set_nested(&mut map, &k, Value::String(v.into_owned()));
    }
    map
}

/// Merges `over` into `base`, recursively; `over` wins (URL values replace body values).
fn merge(base: &mut Map<String, Value>, over: Map<String, Value>) {
    for (k, v) in over {
        match (base.get_mut(&k), v) {
            (Some(Value::Object(b)), Value::Object(o)) => merge(b, o),
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
}

/// Reads a `multipart/form-data` body: a part named `json` holds the whole JSON body; other parts are
/// form fields (contract §1.1). A body that cannot be read gives what was read before the fault.
async fn multipart_params(content_type: &str, body: Bytes) -> Map<String, Value> {
    let mut map = Map::new();
    let Ok(boundary) = multer::parse_boundary(content_type) else {
        return map;
    };
    let stream = futures_util::stream::once(async move { Ok::<Bytes, std::convert::Infallible>(body) });
    let mut parts = multer::Multipart::new(stream, boundary);
    while let Ok(Some(part)) = parts.next_field().await {
        let Some(name) = part.name().map(str::to_string) else {
            continue;
        };
        let Ok(content) = part.text().await else {
            break;
        };
        if name == "json" {
            if let Ok(Value::Object(m)) = serde_json::from_str::<Value>(content.trim()) {
                merge(&mut map, m);
            }
        } else {
            set_nested(&mut map, &name, Value::String(content));
        }
    }
    map
}

async fn body_params(headers: &HeaderMap, body: &Bytes) -> Map<String, Value> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if content_type
        .to_ascii_lowercase()
        .starts_with("multipart/form-data")
    {
        return multipart_params(content_type, body.clone()).await;
    }
    let text = std::str::from_utf8(body).unwrap_or("");
    let trimmed = text.trim();
    if content_type.eq_ignore_ascii_case("application/json") {
        if trimmed.starts_with('{') && trimmed.ends_with('}') {
            if let Ok(Value::Object(m)) = serde_json::from_str::<Value>(trimmed) {
                return m;
            }
        }
        return Map::new();
    }
    form_params(body)
}

async fn api_handler(
    State(api): State<Arc<Api>>,
    Extension(faults): Extension<Faults>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if method == Method::OPTIONS {
        let mut res = StatusCode::OK.into_response();
        cors(res.headers_mut());
        return res;
    }
    let body = match to_bytes(body, MAX_BODY_BYTES).await {
        Ok(b) => b,
        Err(_) => {
            let e = ApiError::new(
                "REQUEST_TOO_LARGE",
                format!("The request body is larger than {MAX_BODY_BYTES} bytes"),
                &[],
            );
            return json_response(StatusCode::PAYLOAD_TOO_LARGE, &e.to_json());
        }
    };
    let plan = match fault_plan(faults, &headers) {
        Ok(plan) => plan,
        Err(e) => return json_response(StatusCode::BAD_REQUEST, &e.to_json()),
    };
    let mut params = body_params(&headers, &body).await;
    // Path segments after /api_v3/ are key/value pairs (`service/report/action/getTotal`).
    let mut url_params = Map::new();
    let segments: Vec<&str> = uri
        .path()
        .trim_start_matches("/api_v3")
        .split('/')
        .filter(|s| !s.is_empty() && *s != "index.php")
        .collect();
    for pair in segments.chunks(2) {
        if let [k, v] = pair {
            url_params.insert(k.to_string(), Value::String(v.to_string()));
        }
    }
    if let Some(q) = uri.query() {
        merge(&mut url_params, form_params(q.as_bytes()));
    }
    merge(&mut params, url_params);
    let service = params
        .get("service")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let action = params
        .get("action")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let multirequest = service.eq_ignore_ascii_case("multirequest");
    let (result, params) = tokio::task::spawn_blocking(move || {
        let result = if multirequest {
            api.multirequest(&params)
        } else if service.is_empty() {
            ApiError::missing_parameter("service").to_json()
        } else if action.is_empty() {
            ApiError::missing_parameter("action").to_json()
        } else {
            api.call(&service, &action, &params)
        };
        (result, params)
    })
    .await
    .unwrap_or_else(|_| (ApiError::internal().to_json(), Map::new()));
    match plan {
        Some(plan) => faulty_response(&plan, &params, multirequest, result).await,
        None => json_response(StatusCode::OK, &result),
    }
}

/// The request's fault plan, when the server injects faults and the request names one.
fn fault_plan(faults: Faults, headers: &HeaderMap) -> Result<Option<FaultPlan>, ApiError> {
    let Some(value) = headers.get(crate::faults::HEADER).filter(|_| faults.0) else {
        return Ok(None);
    };
    let text = value.to_str().unwrap_or("\u{fffd}");
    FaultPlan::parse(text)
        .map(Some)
        .map_err(|e| ApiError::new("INVALID_FAULT_PLAN", format!("Invalid fault plan: {e}"), &[]))
}

/// The answer as the fault plan spoils it.
async fn faulty_response(
    plan: &FaultPlan,
    params: &Map<String, Value>,
    multirequest: bool,
    mut result: Value,
) -> Response {
    if plan.latency_ms > 0 {
        tokio::time::sleep(std::time::Duration::from_millis(plan.latency_ms)).await;
    }
    plan.apply(params, multirequest, &mut result);
    match plan.transport {
        None => json_response(StatusCode::OK, &result),
        Some(Transport::Status(code)) => {
            let status = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_GATEWAY);
            let mut res = (
                status,
                format!("<html><body><h1>{code}</h1>The gateway failed.</body></html>"),
            )
                .into_response();
            res.headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
            cors(res.headers_mut());
            res
        }
        Some(Transport::Malformed) => {
            let mut res = json_response(StatusCode::OK, &Value::Null);
            *res.body_mut() = Body::from("<html><body>Service temporarily unavailable</body></html>");
            res
        }
        Some(Transport::Truncated) => {
            let text = result.to_string();
            let mut cut = text.len() / 2;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            let mut res = json_response(StatusCode::OK, &Value::Null);
            *res.body_mut() = Body::from(text[..cut].to_string());
            res
        }
        Some(Transport::Drop) => {
            // A body that fails before its first byte: the server closes the connection.
            let failing = futures_util::stream::once(async {
                Err::<Bytes, std::io::Error>(std::io::Error::other("fault injection: connection dropped"))
            });
            let mut res = json_response(StatusCode::OK, &Value::Null);
            *res.body_mut() = Body::from_stream(failing);
            res
        }
    }
}

/// A generated SVG thumbnail for an entry: its initials on a colour derived from its id.
async fn thumbnail(State(api): State<Arc<Api>>, Path((_pid, id)): Path<(String, String)>) -> Response {
    let Some(idx) = api.store.entry_index.get(&id) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let name = &api.store.entries[*idx as usize].name;
    let hue = id
        .bytes()
        .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)))
        % 360;
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .take(2)
        .collect::<String>()
        .to_uppercase();
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"144\" viewBox=\"0 0 256 144\">\
         <rect width=\"256\" height=\"144\" fill=\"hsl({hue},45%,35%)\"/>\
         <text x=\"128\" y=\"88\" font-family=\"sans-serif\" font-size=\"48\" fill=\"#fff\" text-anchor=\"middle\">{}</text></svg>",
        initials.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
    );
    let mut res = svg.into_response();
    res.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("image/svg+xml"));
    res
}

/// Listens on `addr` and serves until Ctrl-C or SIGTERM. Prints `listening on http://…` once bound.
pub async fn serve(
    addr: SocketAddr,
    api: Option<Arc<Api>>,
    dist: Option<PathBuf>,
    faults: Faults,
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let bound = listener.local_addr()?;
    println!("listening on http://{bound}");
    axum::serve(listener, router(api, dist, faults))
        .with_graceful_shutdown(async {
            let ctrl_c = tokio::signal::ctrl_c();
            #[cfg(unix)]
            {
                let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
                {
                    Ok(s) => s,
                    Err(_) => {
                        let _ = ctrl_c.await;
                        return;
                    }
                };
                tokio::select! {
                    _ = ctrl_c => {},
                    _ = term.recv() => {},
                }
            }
            #[cfg(not(unix))]
            {
                let _ = ctrl_c.await;
            }
        })
        .await
}
