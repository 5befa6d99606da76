//! Watching an element come near the viewport.

use wasm_bindgen::prelude::*;

/// Calls back once an element comes within 300 px of the viewport (an `IntersectionObserver`), so work
/// for what is far below the fold waits until the reader scrolls near it.
pub struct NearViewport {
    observer: web_sys::IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>,
}

impl NearViewport {
    /// Watches `element`; `None` when the browser has no `IntersectionObserver`.
    pub fn watch(element: &web_sys::Element, on_near: impl Fn() + 'static) -> Option<NearViewport> {
        let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
                let seen = entries.iter().any(|e| {
                    e.dyn_into::<web_sys::IntersectionObserverEntry>()
                        .is_ok_and(|e| e.is_intersecting())
                });
                if seen {
                    // Once is enough: no more calls into this closure.
                    observer.disconnect();
                    on_near();
                }
            },
        );
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("300px");
        let observer =
            web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
                .ok()?;
        observer.observe(element);
        Some(NearViewport {
            observer,
            _callback: callback,
        })
    }

    /// Stops watching; entries already queued are dropped too, so no callback reaches the closure once
    /// it is gone.
    pub fn stop(&self) {
        let _ = self.observer.take_records();
        self.observer.disconnect();
    }
}
