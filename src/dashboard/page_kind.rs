//! Which dashboard a page is: one media entry or an interactive path.

/// Which dashboard a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// One media entry (`/entry/:id`).
    Entry,
    /// An interactive path (`/interactive/:id`): its reports filter `rootEntryIdIn`.
    Interactive,
}

impl PageKind {
    /// The route prefix.
    pub fn prefix(self) -> &'static str {
        match self {
            PageKind::Entry => "/entry",
            PageKind::Interactive => "/interactive",
        }
    }
}
