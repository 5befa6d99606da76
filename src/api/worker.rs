//! Large answers read off the page's main thread. The browser's `JSON.parse` of an answer of tens of
//! megabytes (a table of a million rows) is one task of a second or more, during which the page cannot
//! answer anyone; an answer whose `Content-Length` says it is large is handed, still unread, to a worker
//! (`public/answer-worker.js`) that parses it, cuts each item to what its call asked for
//! ([`report_api::fit`]) and sends back only that. Where a worker cannot be had, the caller reads the
//! answer itself.

use report_api::fit::{keep_for, Keep};
use report_api::ServiceCall;
use wasm_bindgen::{JsCast, JsValue};

/// Answers larger than this (bytes on the wire) are read in the worker: smaller ones parse in a few
/// tens of milliseconds, less than a worker's round trip.
pub const LARGE_ANSWER_BYTES: f64 = 2_000_000.0;

/// Where the worker's script is served, beside the charts library.
pub const WORKER_SRC: &str = "vendor/answer-worker.js";

/// Why the worker gave no answer.
pub enum WorkerError {
    /// The body is not JSON.
    NotJson(String),
    /// The body did not arrive (aborted, cut off), or the worker failed.
    Failed(String),
}

/// Whether the answer's `Content-Length` says it is large.
pub fn is_large(response: &web_sys::Response) -> bool {
    response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| report_api::number::parse_decimal(n.trim()))
        .is_some_and(|n| n > LARGE_ANSWER_BYTES)
}

/// The page's worker: not made yet, made, or failed (its script could not be loaded or run).
enum State {
    NotYet,
    Ready(web_sys::Worker),
    Failed,
}

thread_local! {
    static WORKER: std::cell::RefCell<State> = const { std::cell::RefCell::new(State::NotYet) };
}

/// The worker, made on first use; none once it has failed, so that later answers are read by the page
/// itself (slower, but read) instead of waiting on a worker that cannot answer.
fn worker() -> Option<web_sys::Worker> {
    WORKER.with(|state| {
        let mut state = state.borrow_mut();
        if matches!(*state, State::NotYet) {
            let Ok(created) = web_sys::Worker::new(&crate::browser::app_url(WORKER_SRC)) else {
                *state = State::Failed;
                return None;
            };
            let failed = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
                WORKER.with(|s| *s.borrow_mut() = State::Failed);
            });
            let _ = created.add_event_listener_with_callback("error", failed.as_ref().unchecked_ref());
            // One listener for the life of the page.
            failed.forget();
            *state = State::Ready(created);
        }
        match &*state {
            State::Ready(w) => Some(w.clone()),
            State::NotYet | State::Failed => None,
        }
    })
}

/// Each call's keep rule as the worker reads it: `{rows: n}`, `{points: n}`, `{objects: n}`,
/// `{nodes: n}` (a path structure, whose JSON string the worker parses and cuts too) or `null`.
fn keeps(calls: &[ServiceCall]) -> js_sys::Array {
    calls
        .iter()
        .map(|call| {
            let (key, n) = match keep_for(call) {
                Keep::Rows(n) => ("rows", n),
                Keep::Points(n) => ("points", n),
                Keep::Objects(n) => ("objects", n),
                Keep::Nodes(n) => ("nodes", n),
                Keep::Whole => return JsValue::NULL,
            };
            let rule = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&rule, &key.into(), &JsValue::from_f64(n as f64));
            rule.into()
        })
        .collect()
}

/// Reads `response` in the worker. `None` when the worker cannot take it: the body is then unread and
/// the caller reads it.
pub async fn read(
    response: &web_sys::Response,
    calls: &[ServiceCall],
) -> Option<Result<JsValue, WorkerError>> {
    let worker = worker()?;
    let body = response.body()?;
    let channel = web_sys::MessageChannel::new().ok()?;
    let message = js_sys::Object::new();
    js_sys::Reflect::set(&message, &"stream".into(), &body).ok()?;
    js_sys::Reflect::set(&message, &"keeps".into(), &keeps(calls)).ok()?;
    let transfer = js_sys::Array::of2(&body, &channel.port2());
    // A stream that cannot be transferred is not: the body stays with the caller.
    worker.post_message_with_transfer(&message, &transfer).ok()?;
    // The reply (messages wait on the port until it listens), or the worker's own failure.
    let mut listener = None;
    let replied = js_sys::Promise::new(&mut |resolve, _reject| {
        channel.port1().set_onmessage(Some(&resolve));
        let _ = worker.add_event_listener_with_callback("error", &resolve);
        listener = Some(resolve);
    });
    let event = wasm_bindgen_futures::JsFuture::from(replied).await;
    if let Some(l) = listener {
        let _ = worker.remove_event_listener_with_callback("error", &l);
    }
    channel.port1().set_onmessage(None);
    channel.port1().close();
    let event = match event {
        Ok(e) => e,
        Err(e) => return Some(Err(WorkerError::Failed(crate::lean::json::error_text(&e)))),
    };
    let Some(reply) = event.dyn_ref::<web_sys::MessageEvent>().map(|m| m.data()) else {
        return Some(Err(WorkerError::Failed("the answer reader stopped".into())));
    };
    let field = |name: &str| js_sys::Reflect::get(&reply, &name.into()).unwrap_or(JsValue::UNDEFINED);
    if field("ok").as_bool() == Some(true) {
        return Some(Ok(field("answer")));
    }
    let why = field("message").as_string().unwrap_or_default();
    Some(Err(if field("syntax").as_bool() == Some(true) {
        WorkerError::NotJson(why)
    } else {
        WorkerError::Failed(why)
    }))
}
