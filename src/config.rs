//! Where the data comes from: the API's service URL and the session (KS). Standalone, both arrive in the
//! URL (`?ks=…&serviceUrl=…`); they are moved to session storage and removed from the address bar at once,
//! so the KS does not stay in history, bookmarks or shared links. Without `serviceUrl` the page's own
//! origin is used (report-server serves the app and the API together).

use crate::api::Client;

const KS_KEY: &str = "entrylens.ks";
const SERVICE_URL_KEY: &str = "entrylens.serviceUrl";
/// Query parameters that carry the connection, removed from the address bar after reading.
pub const CONNECTION_PARAMS: [&str; 2] = ["ks", "serviceUrl"];

/// Trims a service URL to its base (no trailing `/`, no `/api_v3`), or `None` when it is not http(s).
pub fn normalize_service_url(url: &str) -> Option<String> {
    let u = url.trim().trim_end_matches('/');
    let u = u.strip_suffix("/api_v3").unwrap_or(u);
    (u.starts_with("https://") || u.starts_with("http://")).then(|| u.to_string())
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

thread_local! {
    // The connection read from the URL at start-up, kept in memory as well: storage may be refused.
    static CAPTURED: std::cell::RefCell<(Option<String>, Option<String>)> = const { std::cell::RefCell::new((None, None)) };
}

/// Reads `ks` / `serviceUrl` from the address bar into session storage and removes them from the URL.
/// Call once, before the router starts.
pub fn capture_from_url() {
    let Some(window) = web_sys::window() else { return };
    let Ok(href) = window.location().href() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else { return };
    let params = url.search_params();
    let mut changed = false;
    let storage = session_storage();
    for key in CONNECTION_PARAMS {
        if let Some(value) = params.get(key) {
            let storage_key = if key == "ks" { KS_KEY } else { SERVICE_URL_KEY };
            if let Some(storage) = &storage {
                let _ = storage.set_item(storage_key, &value);
            }
            CAPTURED.with(|c| {
                let mut c = c.borrow_mut();
                if key == "ks" {
                    c.0 = Some(value.clone());
                } else {
                    c.1 = Some(value.clone());
                }
            });
            params.delete(key);
            changed = true;
        }
    }
    if changed {
        let search = params.to_string().as_string().unwrap_or_default();
        let new = format!(
            "{}{}{}",
            url.pathname(),
            if search.is_empty() { "" } else { "?" },
            search
        );
        let _ = window
            .history()
            .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&new)));
    }
}

/// The client for the current connection, or `None` when no session was given.
pub fn client() -> Option<Client> {
    let storage = session_storage()?;
    let ks = storage
        .get_item(KS_KEY)
        .ok()
        .flatten()
        .filter(|k| !k.is_empty())?;
    let origin = web_sys::window()?.location().origin().ok()?;
    let service_url = storage
        .get_item(SERVICE_URL_KEY)
        .ok()
        .flatten()
        .and_then(|u| normalize_service_url(&u))
        .unwrap_or(origin);
    Some(Client { service_url, ks })
}

/// This browser's IANA time zone (`Intl.DateTimeFormat().resolvedOptions().timeZone`).
pub fn browser_time_zone() -> Option<String> {
    let options =
        js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new()).resolved_options();
    js_sys::Reflect::get(&options, &"timeZone".into())
        .ok()?
        .as_string()
}

/// Unix seconds now, from the browser's clock.
pub fn now_unix() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_urls_are_normalized() {
        assert_eq!(
            normalize_service_url("https://www.kaltura.com/").as_deref(),
            Some("https://www.kaltura.com")
        );
        assert_eq!(
            normalize_service_url("https://x.example/api_v3").as_deref(),
            Some("https://x.example")
        );
        assert_eq!(
            normalize_service_url("http://127.0.0.1:8080").as_deref(),
            Some("http://127.0.0.1:8080")
        );
        assert_eq!(normalize_service_url("javascript:alert(1)"), None);
        assert_eq!(normalize_service_url("ftp://x"), None);
    }
}
