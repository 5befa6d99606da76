//! Noticing when the page's colours change: the colour-scheme preference, or the body's class (a host's
//! high-contrast theme is a class on the body).

use leptos::prelude::*;
use std::cell::OnceCell;

thread_local! {
    // One for the page, reference-counted rather than owned by whichever view asked first, so that
    // view going away does not end it.
    static CHANGES: OnceCell<ArcRwSignal<u32>> = const { OnceCell::new() };
}

/// A count that goes up each time the page's colours may have changed (read it to redraw then).
pub fn theme_changes() -> ArcRwSignal<u32> {
    CHANGES.with(|c| c.get_or_init(watch).clone())
}

/// The counter, with the watchers that raise it (they live as long as the page).
fn watch() -> ArcRwSignal<u32> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let changes = ArcRwSignal::new(0u32);
    let Some(window) = web_sys::window() else {
        return changes;
    };
    let bump = {
        let changes = changes.clone();
        move || changes.update(|n| *n += 1)
    };
    if let Ok(Some(query)) = window.match_media("(prefers-color-scheme: dark)") {
        let bump = bump.clone();
        let on_change = Closure::<dyn Fn()>::new(bump);
        query.set_onchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
    }
    if let Some(body) = window.document().and_then(|d| d.body()) {
        let on_mutation = Closure::<dyn Fn()>::new(bump);
        if let Ok(observer) = web_sys::MutationObserver::new(on_mutation.as_ref().unchecked_ref()) {
            let options = web_sys::MutationObserverInit::new();
            options.set_attributes(true);
            options.set_attribute_filter(&js_sys::Array::of1(&"class".into()));
            let _ = observer.observe_with_options(&body, &options);
        }
        on_mutation.forget();
    }
    changes
}
