//! The address bar as the app's state, in the few lines this app needs: the path and the query as
//! signals, `navigate` to change them (history push or replace), the back and forward buttons, and
//! same-origin links followed without reloading the page. Paths here are the app's own (`/entry/x`): the
//! base path the build is served under (`/analytics/`, see `browser::base`) is taken off the browser's
//! address as it is read and put back as it is written, so routes and links work under any base.
//!
//! Why not leptos_router: measured on 2026-12-08, the app with its `<Router base>`, `<Routes>`,
//! `use_location` and `use_navigate` in place of this module made the first view's wasm 318.2 KB gzip
//! against 277.6 KB with this module (+40.6 KB, +15 %; raw 764 KB against 668 KB), for nested routes,
//! transitions and matching that three flat routes do not use. Both handle a base path.

mod routes;

pub use routes::{Page, Route};

use crate::browser::{app_url, base_path, strip_base};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The current address: what the pages read, and `navigate` to change it. Provided by
/// [`provide_location`]; copy it freely.
#[derive(Clone, Copy)]
pub struct Location {
    /// The app's path: `location.pathname` without the base path, still percent-encoded.
    pub pathname: RwSignal<String>,
    /// `location.search` without its leading `?`.
    pub search: RwSignal<String>,
    /// The route the path names (changes only when the route does).
    pub route: Memo<Route>,
}

/// The browser's current path, as the app's own path, and query (without the `?`). A path outside the
/// base (a misconfigured server's fallback) is kept as it is, and then names no route.
fn browser_address() -> (String, String) {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return ("/".into(), String::new());
    };
    let path = location.pathname().unwrap_or_else(|_| "/".into());
    let path = strip_base(&path, base_path()).map_or_else(|| path.clone(), |p| p.into_owned());
    let search = location.search().unwrap_or_default();
    (path, search.trim_start_matches('?').to_string())
}

impl Location {
    /// Reads the browser's address again (after a history change), setting each signal only when it
    /// changed so that nothing downstream runs for nothing.
    fn sync(&self) {
        let (path, search) = browser_address();
        if self.pathname.with_untracked(|p| *p != path) {
            self.pathname.set(path);
        }
        if self.search.with_untracked(|s| *s != search) {
            self.search.set(search);
        }
    }

    /// Goes to `to` (an app path with its query): a new history entry, or, with
    /// `replace`, in place of the current one. The page keeps its scroll position: a dashboard's
    /// address changes with every filter and page of a table, and the reader stays where they are.
    pub fn navigate(&self, to: &str, replace: bool) {
        let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
            return;
        };
        let to = app_url(to);
        let done = if replace {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&to))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(&to))
        };
        // A refused address (another origin) leaves the page as it is.
        if done.is_ok() {
            self.sync();
        }
    }
}

/// Follows a click on a same-origin link inside the app (under its base path) without reloading the
/// page, as a browser would otherwise: plain left clicks only, and not on links with a target,
/// `download`, `rel="external"`, or only a `#fragment` of their own (the skip link).
fn follow_link(location: Location, ev: &web_sys::MouseEvent) {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.alt_key()
        || ev.ctrl_key()
        || ev.shift_key()
    {
        return;
    }
    let anchor = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let Some(a) = anchor else { return };
    let raw = a.get_attribute("href").unwrap_or_default();
    let external = a
        .get_attribute("rel")
        .is_some_and(|r| r.split_ascii_whitespace().any(|p| p == "external"));
    if raw.starts_with('#') || !a.target().is_empty() || a.has_attribute("download") || external {
        return;
    }
    let same_origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .is_some_and(|origin| origin == a.origin());
    let path = a.pathname();
    let Some(app_path) = strip_base(&path, base_path()).filter(|_| same_origin) else {
        return;
    };
    ev.prevent_default();
    let to = format!("{app_path}{}{}", a.search(), a.hash());
    location.navigate(&to, false);
    // A link opens another page: it starts at its top, as after a load.
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Creates the [`Location`] from the browser's address, keeps it in step with the back and forward
/// buttons and with link clicks, and provides it to every view below.
pub fn provide_location() -> Location {
    let (path, search) = browser_address();
    let pathname = RwSignal::new(path);
    let location = Location {
        pathname,
        search: RwSignal::new(search),
        route: Memo::new(move |_| pathname.with(|p| Route::from_path(p))),
    };
    let popstate = window_event_listener(leptos::ev::popstate, move |_| location.sync());
    let click = window_event_listener(leptos::ev::click, move |ev| follow_link(location, &ev));
    on_cleanup(move || {
        popstate.remove();
        click.remove();
    });
    provide_context(location);
    location
}

/// The [`Location`] provided by [`provide_location`].
///
/// # Panics
/// Outside the app's view tree (a programming error, not an input error).
pub fn use_location() -> Location {
    expect_context::<Location>()
}
