//! A dashboard panel's frame: a titled landmark with its CSV button, marked ready and dimmed while
//! reloading, and its body: a skeleton while loading, its own error with a retry button, or its data.

use super::panel_error::PanelError;
use super::skeleton::Skeleton;
use crate::dashboard::panel_data::{PanelData, PanelStatus};
use crate::dashboard::PanelId;
use leptos::prelude::*;

/// A panel that exports: its landmark, heading and CSV button around `children`. Its heading's id is
/// `{name}-title`, where `name` is its panel's name. The panel is marked ready (`data-ready`)
/// and dimmed while reloading as `status` says.
#[component]
pub fn ExportablePanel(
    /// Which panel it is.
    name: PanelId,
    /// The heading.
    title: String,
    /// Whether its data is on screen and settled, or dimmed while newer data loads.
    status: PanelStatus,
    /// The panel's body.
    children: Children,
) -> impl IntoView {
    let title_id = format!("{}-title", name.name());
    let labelled_by = title_id.clone();
    view! {
        <section
            class="panel"
            aria-labelledby=labelled_by
            data-ready=move || status.ready.get().to_string()
            class:reloading=move || status.reloading.get()
        >
            <div class="panel-head">
                <h2 id=title_id>{title}</h2>
                <crate::components::export_button::ExportButton panel=name />
            </div>
            {children()}
        </section>
    }
}

/// A panel's body: a skeleton before the first answer, the error with a retry button, or `render`'s view
/// of the data.
pub fn panel_body<T: Clone + Send + Sync + 'static, V: IntoView + 'static>(
    data: PanelData<T>,
    render: impl Fn(T) -> V + 'static,
) -> impl Fn() -> AnyView {
    move || match data.last.get() {
        None => view! { <Skeleton /> }.into_any(),
        Some(Err(message)) => view! { <PanelError message on_retry=data.retry /> }.into_any(),
        Some(Ok(d)) => render(d).into_view().into_any(),
    }
}
