//! # entrylens
//!
//! A dashboard of how people watch one media entry and how they move through an interactive video,
//! built on Kaltura's api_v3 `report` service (or the local `report-server` that speaks the same
//! contract). Pure logic lives in modules that `cargo test` reaches on the host; views are Leptos
//! components rendered client-side.

pub mod api;
pub mod app;
pub mod browser;
pub mod charts;
pub mod components;
pub mod config;
pub mod dashboard;
pub mod embed;
pub mod export;
pub mod format;
pub mod i18n;
pub mod lean;
pub mod pages;
pub mod panels;
pub mod router;
pub mod split;
pub mod state;

pub use app::App;

/// Installs a panic hook that logs to the console and also puts a visible notice on the page, so a
/// panic never leaves a silently frozen dashboard.
pub fn install_panic_hook() {
    console_error_panic_hook::set_once();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous(info);
        show_panic_notice();
    }));
}

fn show_panic_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        // Tests read this to prove no scenario panicked.
        let _ = root.set_attribute("data-panicked", "true");
    }
    let Some(body) = document.body() else {
        return;
    };
    if let Ok(notice) = document.create_element("div") {
        notice.set_class_name("panic-notice");
        let _ = notice.set_attribute("role", "alert");
        notice.set_text_content(Some(crate::i18n::t(crate::i18n::Msg::InternalError)));
        let _ = body.prepend_with_node_1(&notice);
    }
}
