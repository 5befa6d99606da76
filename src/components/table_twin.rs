//! The visible table beside a chart: a toggle button and, when open, a scrolling table with a caption,
//! column headers and the chart's data as rows.

use leptos::prelude::*;

/// A chart's table twin. `open` comes from the URL state; `on_toggle` asks to change it.
#[component]
pub fn TableTwin(
    /// Whether the table is shown.
    open: bool,
    /// Receives the new open state.
    on_toggle: Callback<bool>,
    /// Button text when closed.
    show_label: &'static str,
    /// Button text when open.
    hide_label: &'static str,
    /// The table's caption.
    caption: String,
    /// Column headers; the first column holds row headers.
    headers: Vec<String>,
    /// The rows (`<tr>` elements).
    children: Children,
) -> impl IntoView {
    view! {
        <button type="button" class="table-toggle" aria-expanded=open.to_string() on:click=move |_| on_toggle.run(!open)>
            {if open { hide_label } else { show_label }}
        </button>
        {open
            .then(|| {
                let region_label = caption.clone();
                view! {
                    // Focusable so keyboard users can scroll a wide table sideways.
                    <div class="table-scroll" tabindex="0" role="region" aria-label=region_label>
                        <table class="data-table">
                            <caption>{caption}</caption>
                            <thead>
                                <tr>{headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                            </thead>
                            <tbody>{children()}</tbody>
                        </table>
                    </div>
                }
            })}
    }
}
