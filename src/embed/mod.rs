//! Embedding: running inside a portal's or LMS's iframe and talking to the host the way Kaltura's
//! analytics does (see [`messages`]). The host's origin is configured by the iframe's address
//! (`?hostOrigin=https://portal.example`); messages from any other origin are ignored and ours are posted
//! to that origin only. The KS arrives in the `init` message and is kept in memory only, so it never
//! appears in the URL or in storage.

pub mod messages;

use crate::api::Client;
use crate::split::wasm_split;
use leptos::prelude::*;
use messages::Inbound;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Where the data comes from and who hosts us; provided to every page as context.
#[derive(Clone, Copy)]
pub struct Connection {
    /// The API client, once a session is known.
    pub client: RwSignal<Option<Client>>,
    /// The host origins allowed to drive us (empty when standalone).
    pub host_origins: StoredValue<Vec<String>>,
    /// High-contrast theme, toggled by the host.
    pub contrast: RwSignal<bool>,
    /// Locale asked for by the host.
    pub locale: RwSignal<Option<String>>,
    /// An answer said the session is invalid or expired.
    pub session_over: RwSignal<bool>,
    /// The code that talks to the host could not be fetched (see [`start_bridge`]).
    pub bridge_failed: RwSignal<bool>,
}

impl Connection {
    /// Whether the page runs inside a host that talks to it.
    pub fn embedded(&self) -> bool {
        self.host_origins.with_value(|o| !o.is_empty())
    }

    /// Posts a message to the host (nothing when standalone). With several allowed origins the browser
    /// delivers it only to the one the parent really has.
    pub fn post(&self, message: &Value) {
        self.host_origins.with_value(|origins| {
            for origin in origins {
                post_to_parent(message, origin);
            }
        });
    }

    /// Marks the session over and tells the host once (Kaltura's `logout`), when embedded.
    pub fn session_ended(&self) {
        if self.session_over.get_untracked() {
            return;
        }
        self.session_over.set(true);
        self.post(&messages::outbound("logout", None));
    }
}

fn in_iframe() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window),
        _ => false,
    }
}

fn post_to_parent(message: &Value, origin: &str) {
    let Some(window) = web_sys::window() else { return };
    if let Ok(Some(parent)) = window.parent() {
        let data = crate::lean::json::to_js(message);
        let _ = parent.post_message(&data, origin);
    }
}

thread_local! {
    static HOST_ORIGINS: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Reads the configured host origins from the address (`?hostOrigin=`, comma-separated). It stays in the URL: it is not a
/// secret, browsers often refuse storage to third-party iframes, and the page keeps unknown parameters
/// when it rewrites its address. Call once before the router starts.
pub fn capture_host_origin() {
    let origins: Vec<String> = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("hostOrigin"))
        .map(|v| v.split(',').filter_map(messages::parse_origin).collect())
        .unwrap_or_default();
    HOST_ORIGINS.with(|h| *h.borrow_mut() = origins);
}

fn stored_host_origins() -> Vec<String> {
    if !in_iframe() {
        return vec![];
    }
    HOST_ORIGINS.with(|h| h.borrow().clone())
}

/// Creates the connection (embedded when a host origin was configured and we are in a frame) and
/// provides it as context.
pub fn provide_connection() -> Connection {
    let host_origins = stored_host_origins();
    let client = if host_origins.is_empty() {
        crate::config::client()
    } else {
        None
    };
    let conn = Connection {
        client: RwSignal::new(client),
        host_origins: StoredValue::new(host_origins),
        contrast: RwSignal::new(false),
        locale: RwSignal::new(None),
        session_over: RwSignal::new(false),
        bridge_failed: RwSignal::new(false),
    };
    provide_context(conn);
    crate::api::on_session_error(move || conn.session_ended());
    conn
}

fn apply_config(conn: Connection, config: &messages::HostConfig) {
    let Some(ks) = config.ks.clone() else { return };
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let service_url = config
        .service_url
        .as_deref()
        .and_then(crate::config::normalize_service_url)
        .unwrap_or(origin);
    // The same session again (a host may repeat init) must not rebuild the dashboard under the user.
    let client = Some(Client { service_url, ks });
    if conn.client.get_untracked() != client {
        conn.session_over.set(false);
        conn.client.set(client);
    }
    if let Some(l) = &config.locale {
        conn.locale.set(Some(l.clone()));
    }
}

/// Talks to the host when embedded: the handshake, navigation, filters, theme, and the page height.
/// Renders nothing. Must live below `provide_location`.
#[component]
pub fn HostBridge() -> impl IntoView {
    let conn = expect_context::<Connection>();
    let location = crate::router::use_location();
    if !conn.embedded() {
        return;
    }
    start_bridge(conn, location);
    Effect::new(move |_| {
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            let _ = body
                .class_list()
                .toggle_with_force("high-contrast", conn.contrast.get());
        }
    });
}

/// Fetches the code that talks to the host (a wasm chunk of its own: a page that is not embedded never
/// needs it) and starts the handshake; if the chunk cannot be fetched, `bridge_failed` says so and the
/// page offers to try again.
pub fn start_bridge(conn: Connection, location: crate::router::Location) {
    conn.bridge_failed.set(false);
    leptos::task::spawn_local(async move {
        if talk_to_host(conn, location).await.is_err() {
            conn.bridge_failed.set(true);
        }
    });
}

#[wasm_split(host_bridge, fallible)]
fn talk_to_host(conn: Connection, location: crate::router::Location) -> Result<(), crate::split::ChunkError> {
    let origins = conn.host_origins.get_value();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        if !origins.contains(&ev.origin()) {
            return; // Only the configured host may drive us.
        }
        // Through JSON text first, so that only what JSON can say reaches the parser (no functions,
        // no cycles: a cyclic object fails to stringify and reads as null).
        let data: Value = js_sys::JSON::stringify(&ev.data())
            .ok()
            .and_then(|s| s.as_string())
            .and_then(|s| crate::lean::json::parse(&s).ok())
            .unwrap_or(Value::Null);
        match messages::parse_inbound(&data) {
            Some(Inbound::Init(config)) => {
                apply_config(conn, &config);
                conn.post(&messages::outbound("analyticsInitComplete", None));
            }
            Some(Inbound::UpdateConfig(config)) => apply_config(conn, &config),
            Some(Inbound::Navigate { path: Some(path) }) => {
                // The router's search has no leading `?`; the view's parameters travel to the new page.
                let search = location.search.get_untracked();
                let search = search.trim_start_matches('?');
                let sep = if search.is_empty() { "" } else { "?" };
                location.navigate(&format!("{path}{sep}{search}"), true);
            }
            Some(Inbound::UpdateFilters(pairs)) => {
                // The host's filter replaces ours; parameters the state does not own (hostOrigin) stay.
                let search = location.search.get_untracked();
                let kept = form_urlencoded::parse(search.trim_start_matches('?').as_bytes())
                    .into_owned()
                    .filter(|(k, _)| !crate::state::keys::owns(k));
                let query: String = form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(pairs.into_iter().filter(|(k, _)| k != "id").chain(kept))
                    .finish();
                let path = location.pathname.get_untracked();
                location.navigate(&format!("{path}?{query}"), true);
            }
            Some(Inbound::SetLanguage(l)) => conn.locale.set(Some(l)),
            Some(Inbound::ToggleContrastTheme) => conn.contrast.update(|c| *c = !*c),
            Some(Inbound::Navigate { path: None }) | None => {}
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    }
    // The listener lives as long as the page.
    on_message.forget();
    conn.post(&messages::analytics_init());
    observe_height(conn);
    Ok(())
}

/// Reports the content height to the host whenever it changes (debounced), as `updateLayout` and as
/// LTI's `lti.frameResize`.
fn observe_height(conn: Connection) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(target) = document.body() else { return };
    let last = std::rc::Rc::new(std::cell::Cell::new(0u32));
    let timer = std::rc::Rc::new(std::cell::Cell::new(0i32));
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let Some(window) = web_sys::window() else { return };
        let last = last.clone();
        let send = Closure::once_into_js(move || {
            let height = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.body())
                .map(|b| b.get_bounding_client_rect().height().ceil() as u32)
                .unwrap_or(0);
            if height > 0 && height != last.get() {
                last.set(height);
                for m in messages::resize_messages(height) {
                    conn.post(&m);
                }
            }
        });
        window.clear_timeout_with_handle(timer.get());
        if let Ok(id) =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(send.unchecked_ref(), 100)
        {
            timer.set(id);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&target);
        // Observer and callback live as long as the page.
        std::mem::forget(observer);
    }
    on_resize.forget();
}
