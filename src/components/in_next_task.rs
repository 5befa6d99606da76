//! A part drawn in a later task of the browser than the rest of its view, so that two heavy parts
//! arriving with one answer (the path flow and the videos overview of a path of a hundred nodes) block
//! the page for two short tasks instead of one long one.

use super::skeleton::Skeleton;
use leptos::prelude::*;

/// Draws `children` in the next task; until then a busy placeholder, so tests and assistive technology
/// know the part is on its way.
#[component]
pub fn InNextTask(
    /// The part.
    children: ChildrenFn,
) -> impl IntoView {
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        crate::browser::next_task().await;
        ready.try_set(true);
    });
    move || {
        if ready.get() {
            children().into_any()
        } else {
            view! { <Skeleton /> }.into_any()
        }
    }
}
