//! The visible table beside a chart: a toggle button and, when open, a scrolling table with a caption,
//! column headers and the chart's data as rows. The table's code is a wasm chunk of its own, fetched the
//! first time a table opens (tables are closed unless the address opens them).

use crate::components::deferred::Deferred;
use crate::split::{wasm_split, ChunkError, ChunkLoad};
use leptos::prelude::*;
use std::sync::Arc;

/// One row of a table twin: its header cell, then its data cells.
#[derive(Debug, Clone, PartialEq)]
pub struct TwinRow {
    /// The row's header (a day, a position, a link).
    pub header: String,
    /// The data cells, as shown.
    pub cells: Vec<String>,
}

/// Makes a table's rows; called only when the table is open.
pub type TwinRows = Arc<dyn Fn() -> Vec<TwinRow> + Send + Sync>;

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
    /// Its rows, made when the table is first opened.
    rows: TwinRows,
    /// How many leading data cells are text (aligned as text, not as numbers).
    #[prop(optional)]
    text_cells: usize,
) -> impl IntoView {
    view! {
        <button type="button" class="table-toggle" aria-expanded=open.to_string() on:click=move |_| on_toggle.run(!open)>
            {if open { hide_label } else { show_label }}
        </button>
        {open
            .then(|| {
                let load = ChunkLoad::new(move || {
                    twin_table(caption.clone(), headers.clone(), rows(), text_cells)
                });
                view! { <Deferred load /> }
            })}
    }
}

/// The open table.
#[wasm_split(table_twin, fallible)]
fn twin_table(
    caption: String,
    headers: Vec<String>,
    rows: Vec<TwinRow>,
    text_cells: usize,
) -> Result<AnyView, ChunkError> {
    let region_label = caption.clone();
    Ok(view! {
        // Focusable so keyboard users can scroll a wide table sideways.
        <div class="table-scroll" tabindex="0" role="region" aria-label=region_label>
            <table class="data-table twin">
                <caption>{caption}</caption>
                <thead>
                    <tr>{headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|r| {
                            view! {
                                <tr>
                                    <th scope="row">{r.header}</th>
                                    {r
                                        .cells
                                        .into_iter()
                                        .enumerate()
                                        .map(|(i, c)| view! { <td class:text=i < text_cells>{c}</td> })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any())
}
