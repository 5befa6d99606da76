//! Which page an address shows. Pure: the router feeds it `location.pathname`.

use percent_encoding::percent_decode_str;

/// A page of the app, with the entry id its address names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: what entrylens is and how to open a dashboard.
    Home,
    /// `/entry/:id`: the entry dashboard.
    Entry(String),
    /// `/interactive/:id`: the interactive path dashboard.
    Interactive(String),
    /// Any other address.
    NotFound,
}

/// The kind of page a route shows, without its entry id: a view keyed on it is kept when only the id
/// changes, so the dashboard reloads its data instead of being built again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// [`Route::Home`].
    Home,
    /// [`Route::Entry`].
    Entry,
    /// [`Route::Interactive`].
    Interactive,
    /// [`Route::NotFound`].
    NotFound,
}

impl Route {
    /// The route of a path (`location.pathname`, still percent-encoded). One trailing slash is allowed;
    /// an id is percent-decoded, and an empty one, or one with a `/` of its own, is not an entry.
    pub fn from_path(path: &str) -> Route {
        let path = path.strip_suffix('/').filter(|p| !p.is_empty()).unwrap_or(path);
        if path == "/" || path.is_empty() {
            return Route::Home;
        }
        let id_after = |prefix: &str| {
            path.strip_prefix(prefix)
                .filter(|raw| !raw.is_empty() && !raw.contains('/'))
                .map(|raw| percent_decode_str(raw).decode_utf8_lossy().into_owned())
        };
        if let Some(id) = id_after("/entry/") {
            Route::Entry(id)
        } else if let Some(id) = id_after("/interactive/") {
            Route::Interactive(id)
        } else {
            Route::NotFound
        }
    }

    /// The kind of page this is.
    pub fn page(&self) -> Page {
        match self {
            Route::Home => Page::Home,
            Route::Entry(_) => Page::Entry,
            Route::Interactive(_) => Page::Interactive,
            Route::NotFound => Page::NotFound,
        }
    }

    /// The entry id of a dashboard's address (empty elsewhere).
    pub fn entry_id(&self) -> &str {
        match self {
            Route::Entry(id) | Route::Interactive(id) => id,
            Route::Home | Route::NotFound => "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_page() {
        assert_eq!(Route::from_path("/"), Route::Home);
        assert_eq!(Route::from_path(""), Route::Home);
    }

    #[test]
    fn dashboards_carry_their_decoded_entry_id() {
        assert_eq!(
            Route::from_path("/entry/0_cellbio1"),
            Route::Entry("0_cellbio1".into())
        );
        assert_eq!(
            Route::from_path("/entry/0_cellbio1/"),
            Route::Entry("0_cellbio1".into())
        );
        assert_eq!(
            Route::from_path("/interactive/1_path"),
            Route::Interactive("1_path".into())
        );
        assert_eq!(
            Route::from_path("/entry/a%20b%3Cscript%3E"),
            Route::Entry("a b<script>".into())
        );
        // A bad escape is kept as written; bytes that are not UTF-8 become U+FFFD.
        assert_eq!(Route::from_path("/entry/50%"), Route::Entry("50%".into()));
        assert_eq!(Route::from_path("/entry/%FF"), Route::Entry("\u{FFFD}".into()));
        assert_eq!(Route::from_path("/entry/x").entry_id(), "x");
        assert_eq!(Route::Home.entry_id(), "");
    }

    #[test]
    fn anything_else_is_not_found() {
        for path in [
            "/entry",
            "/entry/",
            "/entry//",
            "/entry/a/b",
            "/entries/a",
            "/interactive",
            "/x",
        ] {
            assert_eq!(Route::from_path(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn pages_ignore_the_id() {
        assert_eq!(Route::Entry("a".into()).page(), Route::Entry("b".into()).page());
        assert_ne!(
            Route::Entry("a".into()).page(),
            Route::Interactive("a".into()).page()
        );
        assert_eq!(Route::NotFound.page(), Page::NotFound);
        assert_eq!(Route::Home.page(), Page::Home);
    }
}
