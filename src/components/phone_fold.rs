//! A long list that folds after ten rows on a phone (each row is a tall card there) until the reader
//! asks for all: the style sheet hides the rows of `.phone-fold:not(.unfolded)` past the tenth.

use crate::i18n::{t, tf, Msg};
use leptos::prelude::*;

/// Rows a folded list shows on a phone: the 10 of the style sheet's `nth-child(n+11)`.
pub const PHONE_ROWS: usize = 10;

/// Wraps a breakdown table of `rows` rows; on a phone, rows past [`PHONE_ROWS`] wait behind a
/// "Show all" button.
#[component]
pub fn PhoneFold(
    /// How many rows the table holds.
    rows: usize,
    /// Classes of the wrapper besides `phone-fold`.
    #[prop(optional)]
    class: &'static str,
    /// The table and what goes with it.
    children: Children,
) -> impl IntoView {
    let unfolded = RwSignal::new(false);
    view! {
        <div class=format!("phone-fold {class}") class:unfolded=move || unfolded.get()>
            {children()}
            {(rows > PHONE_ROWS).then(|| view! {
                <button
                    type="button"
                    class="show-all-rows"
                    aria-expanded=move || unfolded.get().to_string()
                    on:click=move |_| unfolded.update(|u| *u = !*u)
                >
                    {move || if unfolded.get() {
                        t(Msg::ShowFewerRows).to_string()
                    } else {
                        tf(Msg::ShowAllRows, &[&rows.to_string()])
                    }}
                </button>
            })}
        </div>
    }
}
