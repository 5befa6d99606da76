//! Controls shared by the pages.

pub mod breakdown;
pub mod date_range;
pub mod export_button;
pub mod filter_panel;
pub mod panel;
pub mod table_twin;

/// Whether the page is in its phone layout (the style sheet's `max-width: 600px`), read once by panels
/// that show less at a time there.
pub fn phone_layout() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(max-width: 600px)").ok().flatten())
        .is_some_and(|m| m.matches())
}
