//! A dashboard panel: a titled landmark that shows a skeleton while loading, dims its previous content
//! while reloading, and shows its own error with a retry button.

use leptos::prelude::*;

/// What a panel shows.
#[derive(Debug, Clone, PartialEq)]
pub enum PanelState<T> {
    /// Nothing loaded yet.
    Loading,
    /// Data, possibly stale while a reload runs (`reloading`).
    Ready {
        /// The data.
        data: T,
        /// A newer request is under way.
        reloading: bool,
    },
    /// The last request failed.
    Failed(String),
}

/// The error box of a panel, with a retry button.
#[component]
pub fn PanelError(
    /// What went wrong, in words.
    message: String,
    /// Called when the user asks to try again.
    on_retry: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="panel-error" role="alert">
            <p>{message}</p>
            <button type="button" on:click=move |_| on_retry.run(())>"Retry"</button>
        </div>
    }
}
