//! CSS media queries asked from code.

/// Whether the page is in its phone layout (the style sheet's `max-width: 600px`), read once by panels
/// that show less at a time there.
pub fn phone_layout() -> bool {
    media_matches("(max-width: 600px)")
}

/// Whether a CSS media query matches now (false where it cannot be asked).
pub fn media_matches(query: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|m| m.matches())
}
