//! Moving through a breakdown: page controls for a server-paged table, and a drill-down trail.

use crate::format;
use crate::i18n::{t, tf, Msg};
use leptos::prelude::*;

/// Page controls for a server-paged table.
#[component]
pub fn Pager(
    /// The current page (1-based).
    page: u32,
    /// Rows per page.
    page_size: u32,
    /// Rows on the server (0 = unknown: "next" stays on while pages are full).
    total: u64,
    /// Rows on this page.
    shown: usize,
    /// Receives the page asked for.
    on_page: Callback<u32>,
) -> impl IntoView {
    let pages = if total == 0 {
        None
    } else {
        Some(total.div_ceil(u64::from(page_size)).max(1))
    };
    let has_next = match pages {
        Some(p) => u64::from(page) < p,
        None => shown as u32 >= page_size,
    };
    let label = match pages {
        Some(p) => tf(
            Msg::PageOf,
            &[&page.to_string(), &p.to_string(), &format::count(total as f64)],
        ),
        None => tf(Msg::PageN, &[&page.to_string()]),
    };
    view! {
        <nav class="pager" aria-label=t(Msg::Pages)>
            <button type="button" disabled=page <= 1 on:click=move |_| on_page.run(page.saturating_sub(1).max(1))>
                {t(Msg::PreviousPage)}
            </button>
            <span class="pager-label" aria-live="polite">{label}</span>
            <button type="button" disabled=!has_next on:click=move |_| on_page.run(page + 1)>
                {t(Msg::NextPage)}
            </button>
        </nav>
    }
}

/// A drill-down trail: the top level, then each step; every step but the last goes back to it.
#[component]
pub fn Breadcrumb(
    /// Labels: the top level first.
    steps: Vec<String>,
    /// Receives how many steps to keep (0 = back to the top).
    on_back: Callback<usize>,
) -> impl IntoView {
    let last = steps.len().saturating_sub(1);
    view! {
        <nav class="breadcrumb" aria-label=t(Msg::DrillDown)>
            <ol>
                {steps
                    .into_iter()
                    .enumerate()
                    .map(|(i, s)| {
                        if i == last {
                            view! { <li aria-current="page">{s}</li> }.into_any()
                        } else {
                            view! {
                                <li>
                                    <button type="button" class="link" on:click=move |_| on_back.run(i)>{s}</button>
                                </li>
                            }
                            .into_any()
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
