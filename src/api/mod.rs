//! The only place that talks HTTP: posts api_v3 multirequests with `gloo-net`, aborts them when the view
//! that asked is cleaned up, and turns every failure into a [`FetchError`] a panel can show.

pub mod breakdown;
pub mod paged;
pub mod worker;

use crate::i18n::{t, tf, Msg};
use report_api::request::MULTIREQUEST_PATH;
use report_api::{multirequest_body, parse_multirequest, ApiError, ResponseError, ServiceCall, CLIENT_TAG};
use serde_json::Value;

/// The connection to an api_v3 service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Client {
    /// Base URL, such as `https://www.kaltura.com` or this page's origin.
    pub service_url: String,
    /// The session.
    pub ks: String,
}

/// Why a request produced no usable answer.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FetchError {
    /// The service could not be reached (offline, DNS, CORS, connection dropped).
    #[error("The analytics service could not be reached ({0}).")]
    Network(String),
    /// The service answered with an HTTP error status.
    #[error("The analytics service answered with HTTP status {0}.")]
    Http(u16),
    /// The answer was not what the contract describes, or the whole call was refused.
    #[error("{0}")]
    Response(ResponseError),
}

impl FetchError {
    /// Whether the session is invalid or expired (the dashboard then asks for a new one).
    pub fn is_session_error(&self) -> bool {
        matches!(self, FetchError::Response(ResponseError::Api(e)) if e.is_session_error())
    }
}

/// A failed answer in words a viewer can act on.
pub fn explain_response(e: &ResponseError) -> String {
    match e {
        ResponseError::Api(api) if api.is_session_error() => t(Msg::SessionInvalid).into(),
        ResponseError::Api(api) if api.code == "ENTRY_ID_NOT_FOUND" => t(Msg::NoSuchEntry).into(),
        ResponseError::Api(api) => tf(Msg::Refused, &[&api.message]),
        ResponseError::Malformed(m) => tf(Msg::Unreadable, &[m]),
    }
}

/// A failed request in words a viewer can act on.
pub fn explain(e: &FetchError) -> String {
    match e {
        FetchError::Response(r) => explain_response(r),
        FetchError::Network(why) => tf(Msg::Unreachable, &[why]),
        FetchError::Http(status) => tf(Msg::HttpStatus, &[&status.to_string()]),
    }
}

/// The value of one slot, or why it has none.
pub fn slot_value(s: Option<&Slot>) -> Result<&Value, ResponseError> {
    match s {
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => Err(ResponseError::Api(e.clone())),
        None => Err(ResponseError::malformed("a result is missing from the answer")),
    }
}

/// The report table answered in slot `i`, or why there is none, in words.
pub fn table_at(slots: &[Slot], i: usize) -> Result<report_api::ReportTable, String> {
    slot_value(slots.get(i))
        .and_then(|v| report_api::ReportTable::parse(v, report_api::DELIMITER))
        .map_err(|e| explain_response(&e))
}

/// The report totals answered in slot `i`, or why there are none, in words.
pub fn total_at(slots: &[Slot], i: usize) -> Result<report_api::ReportTotal, String> {
    slot_value(slots.get(i))
        .and_then(|v| report_api::ReportTotal::parse(v, report_api::DELIMITER))
        .map_err(|e| explain_response(&e))
}

/// One slot of a multirequest answer.
pub type Slot = Result<Value, ApiError>;

thread_local! {
    /// Who is told when an answer says the session is over (see [`on_session_error`]).
    static SESSION_LISTENER: std::cell::RefCell<Option<std::rc::Rc<dyn Fn()>>> = const { std::cell::RefCell::new(None) };
}

/// Calls `listener` whenever an answer, or any item of it, says the session is invalid or expired:
/// one place notices, whichever panel asked.
pub fn on_session_error(listener: impl Fn() + 'static) {
    SESSION_LISTENER.with(|l| *l.borrow_mut() = Some(std::rc::Rc::new(listener)));
}

/// Whether a fetch outcome says the session is over.
pub fn says_session_is_over(outcome: &Result<Vec<Slot>, FetchError>) -> bool {
    match outcome {
        Err(e) => e.is_session_error(),
        Ok(slots) => slots.iter().any(|s| matches!(s, Err(e) if e.is_session_error())),
    }
}

fn notice_session(outcome: &Result<Vec<Slot>, FetchError>) {
    if says_session_is_over(outcome) {
        // Cloned out first: the listener may set signals that start other fetches.
        let listener = SESSION_LISTENER.with(|l| l.borrow().clone());
        if let Some(listener) = listener {
            listener();
        }
    }
}

thread_local! {
    /// Answers fetched ahead inside another batch, each taken once by the panel that asks for exactly
    /// those calls (so a cold page load is one HTTP request, while each panel keeps its own loader).
    static PREFETCHED: std::cell::RefCell<Vec<(String, Vec<Slot>)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Forgets answers fetched ahead that no panel took (they would be stale later).
pub fn clear_prefetched() {
    PREFETCHED.with(|p| p.borrow_mut().clear());
}

impl Client {
    /// The URL multirequests are posted to.
    pub fn multirequest_url(&self) -> String {
        format!(
            "{}{}?clientTag={}",
            self.service_url, MULTIREQUEST_PATH, CLIENT_TAG
        )
    }

    fn batch_key(&self, calls: &[ServiceCall]) -> String {
        format!(
            "{} {}",
            self.service_url,
            crate::lean::json::stringify(&multirequest_body(calls, &self.ks))
        )
    }

    /// Sends several batches in one HTTP request; the first batch's slots are returned, the others kept
    /// for [`Client::multirequest`] to hand out when exactly those calls are asked for.
    pub async fn multirequest_with_prefetch(
        &self,
        first: &[ServiceCall],
        ahead: &[Vec<ServiceCall>],
    ) -> Result<Vec<Slot>, FetchError> {
        let mut all = first.to_vec();
        for b in ahead {
            all.extend(b.iter().cloned());
        }
        let mut slots = self.fetch(&all).await?;
        let mut rest = slots.split_off(first.len());
        let kept: Vec<(String, Vec<Slot>)> = ahead
            .iter()
            .map(|b| {
                let tail = rest.split_off(b.len().min(rest.len()));
                let mine = std::mem::replace(&mut rest, tail);
                (self.batch_key(b), mine)
            })
            .collect();
        PREFETCHED.with(|p| *p.borrow_mut() = kept);
        Ok(slots)
    }

    /// Sends all `calls` in one HTTP request and returns one slot per call, in order (or the answer
    /// fetched ahead for exactly these calls). The request is aborted if the reactive owner that started
    /// it is cleaned up first.
    pub async fn multirequest(&self, calls: &[ServiceCall]) -> Result<Vec<Slot>, FetchError> {
        let key = self.batch_key(calls);
        let ready = PREFETCHED.with(|p| {
            let mut p = p.borrow_mut();
            p.iter().position(|(k, _)| *k == key).map(|i| p.remove(i).1)
        });
        if let Some(slots) = ready {
            // Each panel fed ahead draws in a task of its own, not all in the task of the answer:
            // eight panels of a few hundred rows each drawn at once blocked the page for 250 ms.
            crate::browser::next_task().await;
            return Ok(slots);
        }
        self.fetch(calls).await
    }

    async fn fetch(&self, calls: &[ServiceCall]) -> Result<Vec<Slot>, FetchError> {
        let outcome = self.fetch_unchecked(calls).await;
        notice_session(&outcome);
        outcome
    }

    async fn fetch_unchecked(&self, calls: &[ServiceCall]) -> Result<Vec<Slot>, FetchError> {
        use send_wrapper::SendWrapper;
        let body = crate::lean::json::stringify(&multirequest_body(calls, &self.ks));
        let url = self.multirequest_url();
        let controller = web_sys::AbortController::new().ok();
        let signal = controller.as_ref().map(|c| c.signal());
        let guard = SendWrapper::new(controller);
        leptos::prelude::on_cleanup(move || {
            if let Some(c) = guard.take() {
                c.abort();
            }
        });
        let response = gloo_net::http::Request::post(&url)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .abort_signal(signal.as_ref())
            .body(body)
            .map_err(|e| FetchError::Network(e.to_string()))?
            .send()
            .await
            .map_err(|e| FetchError::Network(e.to_string()))?;
        if !response.ok() {
            return Err(FetchError::Http(response.status()));
        }
        let value = read_json(response, calls).await?;
        // Reading a large answer is a task of its own; the panels draw in the next ones.
        crate::browser::next_task().await;
        let slots = parse_multirequest(&value).map_err(FetchError::Response)?;
        if slots.len() != calls.len() {
            return Err(FetchError::Response(ResponseError::malformed(format!(
                "asked for {} results, got {}",
                calls.len(),
                slots.len()
            ))));
        }
        Ok(slots)
    }
}

/// The body of `response` as a JSON tree, read by the browser (see [`crate::lean::json`]), each item fitted to
/// what its call asked for ([`report_api::fit`]) as it is read, so an answer far larger than asked never
/// fills the wasm memory; a body cut short or not JSON is a malformed answer, a body that stops arriving
/// a network failure.
async fn read_json(response: gloo_net::http::Response, calls: &[ServiceCall]) -> Result<Value, FetchError> {
    use wasm_bindgen::JsCast;
    let not_json = |why: String| FetchError::Response(ResponseError::malformed(format!("not JSON: {why}")));
    let walk = |v: &wasm_bindgen::JsValue| {
        crate::lean::json::from_js_fitted(v, calls)
            .map_err(|why| FetchError::Response(ResponseError::malformed(why)))
    };
    let raw: web_sys::Response = response.into();
    if worker::is_large(&raw) {
        match worker::read(&raw, calls).await {
            Some(Ok(v)) => return walk(&v),
            Some(Err(worker::WorkerError::NotJson(why))) => return Err(not_json(why)),
            Some(Err(worker::WorkerError::Failed(why))) => return Err(FetchError::Network(why)),
            None => {}
        }
    }
    let reading = raw
        .json()
        .map_err(|e| FetchError::Network(crate::lean::json::error_text(&e)))?;
    match wasm_bindgen_futures::JsFuture::from(reading).await {
        Ok(v) => walk(&v),
        // JSON.parse's refusal is a SyntaxError; anything else means the body did not arrive.
        Err(e) if e.is_instance_of::<js_sys::SyntaxError>() => {
            Err(not_json(crate::lean::json::error_text(&e)))
        }
        Err(e) => Err(FetchError::Network(crate::lean::json::error_text(&e))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multirequest_url_carries_the_client_tag() {
        let c = Client {
            service_url: "http://127.0.0.1:8080".into(),
            ks: "k".into(),
        };
        assert!(c
            .multirequest_url()
            .starts_with("http://127.0.0.1:8080/api_v3/service/multirequest?clientTag=entrylens:"));
    }

    #[test]
    fn session_errors_are_recognised() {
        let e = FetchError::Response(ResponseError::Api(ApiError::invalid_ks(
            "EXPIRED",
            "-1",
            "INVALID_STR",
        )));
        assert!(e.is_session_error());
        assert!(!FetchError::Http(500).is_session_error());
        assert!(says_session_is_over(&Err(e)));
        let expired_item: Slot = Err(ApiError::invalid_ks("EXPIRED", "-1", "INVALID_STR"));
        assert!(says_session_is_over(&Ok(vec![Ok(Value::Null), expired_item])));
        assert!(!says_session_is_over(&Ok(vec![
            Ok(Value::Null),
            Err(ApiError::internal())
        ])));
        assert!(!says_session_is_over(&Err(FetchError::Http(503))));
    }
}
