//! Where the data comes from: the API's service URL and the session (KS). Standalone, both arrive in the
//! URL (`?ks=…&serviceUrl=…`); they are moved to session storage and removed from the address bar at once,
//! so the KS does not stay in history, bookmarks or shared links. Without `serviceUrl` the page's own
//! origin is used (report-server serves the app and the API together).

use crate::api::Client;

const KS_KEY: &str = "entrylens.ks";
const SERVICE_URL_KEY: &str = "entrylens.serviceUrl";
const MEDIA_URL_KEY: &str = "entrylens.mediaUrl";
const DETAILS_URL_KEY: &str = "entrylens.detailsUrl";
/// Query parameters that carry the connection, removed from the address bar after reading, each with
/// where it is kept for the tab: the session, the service, and the templates of the standalone header's
/// links (`{entryId}` in them becomes the entry's id).
pub const CONNECTION_PARAMS: [(&str, &str); 4] = [
    ("ks", KS_KEY),
    ("serviceUrl", SERVICE_URL_KEY),
    ("mediaUrl", MEDIA_URL_KEY),
    ("detailsUrl", DETAILS_URL_KEY),
];

/// Where the standalone header's links lead: the entry's media page and its details in the management
/// console, from the templates given (`mediaUrl=`, `detailsUrl=`, with `{entryId}`), the details also
/// from the service when it is Kaltura's own cloud (`*.kaltura.com`, its console at
/// `/index.php/kmcng/`; a self-hosted Kaltura says where with `detailsUrl=`). `None` where nothing says
/// where: the link is then not shown.
pub fn entry_links(
    service_url: Option<&str>,
    media_template: Option<&str>,
    details_template: Option<&str>,
    entry_id: &str,
) -> (Option<String>, Option<String>) {
    let id: String = form_urlencoded::byte_serialize(entry_id.as_bytes()).collect();
    let fill = |template: &str| {
        let url = template.trim().replace("{entryId}", &id);
        (url.starts_with("https://") || url.starts_with("http://")).then_some(url)
    };
    let kaltura_console = service_url
        .and_then(normalize_service_url)
        .filter(|u| is_kaltura_host(u))
        .map(|u| format!("{u}/index.php/kmcng/content/entries/entry/{{entryId}}/metadata"));
    let details = details_template
        .and_then(fill)
        .or_else(|| kaltura_console.as_deref().and_then(fill));
    (media_template.and_then(fill), details)
}

/// Whether a service URL is Kaltura's cloud (`*.kaltura.com`).
fn is_kaltura_host(service_url: &str) -> bool {
    let host = service_url
        .split_once("://")
        .map_or(service_url, |(_, rest)| rest)
        .split(['/', ':'])
        .next()
        .unwrap_or("");
    host == "kaltura.com" || host.ends_with(".kaltura.com")
}

/// The standalone header's links for `entry_id`, from this tab's connection.
pub fn links_for(entry_id: &str) -> (Option<String>, Option<String>) {
    entry_links(
        stored(SERVICE_URL_KEY).as_deref(),
        stored(MEDIA_URL_KEY).as_deref(),
        stored(DETAILS_URL_KEY).as_deref(),
        entry_id,
    )
}

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
    // The connection read from the URL at start-up (storage key, value), kept in memory as well:
    // storage may be refused.
    static CAPTURED: std::cell::RefCell<Vec<(&'static str, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A connection value kept for the tab: from session storage, else from memory (storage refused).
fn stored(key: &str) -> Option<String> {
    let from_storage = session_storage().and_then(|s| s.get_item(key).ok().flatten());
    from_storage
        .or_else(|| CAPTURED.with(|c| c.borrow().iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone())))
}

/// Reads the connection parameters ([`CONNECTION_PARAMS`]) from the address bar into session storage and removes them from the URL.
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
    for (key, storage_key) in CONNECTION_PARAMS {
        if let Some(value) = params.get(key) {
            if let Some(storage) = &storage {
                let _ = storage.set_item(storage_key, &value);
            }
            CAPTURED.with(|c| {
                let mut c = c.borrow_mut();
                c.retain(|(k, _)| *k != storage_key);
                c.push((storage_key, value.clone()));
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
    let ks = stored(KS_KEY).filter(|k| !k.is_empty())?;
    let origin = web_sys::window()?.location().origin().ok()?;
    let service_url = stored(SERVICE_URL_KEY)
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
    fn header_links_come_from_templates_or_a_kaltura_service() {
        let id = "0_ab cd";
        assert_eq!(
            entry_links(None, None, None, id),
            (None, None),
            "nothing says where"
        );
        assert_eq!(
            entry_links(Some("http://127.0.0.1:8080"), None, None, id),
            (None, None),
            "our own report-server has no console"
        );
        assert_eq!(
            entry_links(Some("https://www.kaltura.com/api_v3"), None, None, "0_x")
                .1
                .as_deref(),
            Some("https://www.kaltura.com/index.php/kmcng/content/entries/entry/0_x/metadata")
        );
        assert_eq!(
            entry_links(
                None,
                Some("https://mediaspace.example.edu/media/t/{entryId}"),
                Some("https://kmc.example.edu/e/{entryId}"),
                id
            ),
            (
                Some("https://mediaspace.example.edu/media/t/0_ab+cd".to_string()),
                Some("https://kmc.example.edu/e/0_ab+cd".to_string())
            )
        );
        assert_eq!(
            entry_links(None, Some("javascript:alert({entryId})"), None, id).0,
            None,
            "only web addresses"
        );
        assert!(!is_kaltura_host("https://kaltura.com.evil.example"));
        assert!(is_kaltura_host("https://api.eu.kaltura.com"));
    }

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
