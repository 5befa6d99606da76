//! Where the app is served from: `/` by report-server, or a sub-path such as `/analytics/` behind a
//! static web server. The path is set at build time (`trunk build --public-url /analytics/`); the
//! post-build step writes it into index.html as `<meta name="entrylens-base" content="/analytics/">`,
//! which the app reads once. A `<base href>` would do the same for relative URLs, but the page's
//! Content-Security-Policy forbids `<base>` (`base-uri 'none'`, so an injected one cannot redirect the
//! scripts), and the app's addresses are built here anyway.

use std::sync::OnceLock;

/// The base path, as written: starting and ending with `/` (`/` when the app is at the root).
pub fn normalize_base(raw: &str) -> String {
    let trimmed = raw.trim().trim_matches('/');
    if trimmed.is_empty() {
        "/".into()
    } else {
        format!("/{trimmed}/")
    }
}

/// The app's own path of a browser path under `base` (`/analytics/entry/x` → `/entry/x`), or `None`
/// when the path is outside the app.
pub fn strip_base<'a>(path: &'a str, base: &str) -> Option<std::borrow::Cow<'a, str>> {
    let inner = base.trim_end_matches('/');
    if inner.is_empty() {
        return Some(path.into());
    }
    let rest = path.strip_prefix(inner)?;
    if rest.is_empty() {
        Some("/".into())
    } else if rest.starts_with('/') {
        Some(rest.into())
    } else {
        // `/analyticsX` is another path, not the app's.
        None
    }
}

/// The browser path of an app path (`/entry/x` → `/analytics/entry/x`); an app path may carry its
/// query and fragment.
pub fn with_base(base: &str, app_path: &str) -> String {
    format!("{base}{}", app_path.trim_start_matches('/'))
}

/// The base path this build was made for, read from index.html once (`/` when it says nothing).
pub fn base_path() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("meta[name=entrylens-base]").ok().flatten())
            .and_then(|meta| meta.get_attribute("content"))
            .map(|raw| normalize_base(&raw))
            .unwrap_or_else(|| "/".into())
    })
}

/// The browser path of an app path or of a file the build serves (`vendor/world.json`), under this
/// build's base path.
pub fn app_url(app_path: &str) -> String {
    with_base(base_path(), app_path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bases_are_normalized() {
        assert_eq!(normalize_base(""), "/");
        assert_eq!(normalize_base("/"), "/");
        assert_eq!(normalize_base("/analytics"), "/analytics/");
        assert_eq!(normalize_base("analytics/"), "/analytics/");
        assert_eq!(normalize_base(" /a/b/ "), "/a/b/");
    }

    #[test]
    fn app_paths_lose_and_gain_the_base() {
        assert_eq!(strip_base("/entry/x", "/").as_deref(), Some("/entry/x"));
        assert_eq!(
            strip_base("/analytics/entry/x", "/analytics/").as_deref(),
            Some("/entry/x")
        );
        assert_eq!(strip_base("/analytics/", "/analytics/").as_deref(), Some("/"));
        assert_eq!(strip_base("/analytics", "/analytics/").as_deref(), Some("/"));
        assert_eq!(strip_base("/analyticsX/entry/x", "/analytics/"), None);
        assert_eq!(strip_base("/entry/x", "/analytics/"), None);
        assert_eq!(with_base("/", "/entry/x?a=1"), "/entry/x?a=1");
        assert_eq!(with_base("/analytics/", "/entry/x?a=1"), "/analytics/entry/x?a=1");
        assert_eq!(
            with_base("/analytics/", "vendor/world.json"),
            "/analytics/vendor/world.json"
        );
        assert_eq!(with_base("/analytics/", "/"), "/analytics/");
    }
}
