//! The error box of a panel or part, with a retry button.

use crate::i18n::{t, Msg};
use leptos::prelude::*;

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
            <button type="button" on:click=move |_| on_retry.run(())>{t(Msg::Retry)}</button>
        </div>
    }
}
