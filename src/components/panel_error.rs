//! The error box of a panel or part, with a retry button; an empty box once the session is over (the
//! page's one notice says it).

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
    // Once the session is over, the page says so once at its top, with what to do; every panel
    // repeating it (with a retry that cannot succeed) would bury that one message.
    let session_over = use_context::<crate::embed::Connection>().map(|c| c.session_over);
    let message = StoredValue::new(message);
    move || {
        if session_over.is_some_and(|over| over.get()) {
            view! { <div class="panel-error panel-paused" aria-hidden="true"></div> }.into_any()
        } else {
            view! {
                <div class="panel-error" role="alert">
                    <p>{message.get_value()}</p>
                    <button type="button" on:click=move |_| on_retry.run(())>{t(Msg::Retry)}</button>
                </div>
            }
            .into_any()
        }
    }
}
