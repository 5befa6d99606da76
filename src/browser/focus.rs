//! Moving keyboard focus where the user continues after a part of the page changes.

use wasm_bindgen::JsCast;

/// Focuses the element with `id` in the next task (after the view that holds it is drawn); nothing if
/// there is none.
pub fn focus_by_id_soon(id: &'static str) {
    leptos::task::spawn_local(async move {
        super::next_task().await;
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(e) = element {
            let _ = e.focus();
        }
    });
}

/// Focuses the first control (button, input, select or link) inside `container`.
pub fn focus_first_control(container: &web_sys::Element) {
    let first = container
        .query_selector("button, input, select, a[href]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(e) = first {
        let _ = e.focus();
    }
}
