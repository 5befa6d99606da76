//! Moving through a breakdown: page controls for a server-paged table, and a drill-down trail.

use crate::format;
use crate::i18n::{t, tf, Msg};
use leptos::prelude::*;

/// The page to offer when page `page` came back empty: the table's last page (within Kaltura's
/// 12,000-row cap), or the first when the table is empty or its size unknown. `None` on the first page
/// or a page with rows: nothing to say.
pub fn page_instead(page: u32, page_size: u32, total: u64, shown: usize) -> Option<u32> {
    if page <= 1 || shown > 0 {
        return None;
    }
    Some(report_api::fit::readable_pages(total, page_size).min(page - 1))
}

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
) -> AnyView {
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
    // A page past the end (an old link, an edited address) says so and offers the way back.
    if let Some(instead) = page_instead(page, page_size, total, shown) {
        return view! {
            <div class="no-such-page" role="status">
                <p>{tf(Msg::NoSuchPage, &[&page.to_string()])}</p>
                <button type="button" on:click=move |_| on_page.run(instead)>
                    {tf(Msg::GoToPage, &[&instead.to_string()])}
                </button>
            </div>
        }
        .into_any();
    }
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
    .into_any()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_page_past_the_end_offers_the_last_page() {
        assert_eq!(
            page_instead(1, 25, 0, 0),
            None,
            "an empty table's first page is just empty"
        );
        assert_eq!(page_instead(3, 25, 100, 25), None, "a page with rows");
        assert_eq!(page_instead(99_999, 25, 2_381, 0), Some(96));
        assert_eq!(page_instead(5, 25, 0, 0), Some(1), "size unknown: the first page");
        assert_eq!(
            page_instead(99_999, 25, 50_000, 0),
            Some(480),
            "the last page the cap allows"
        );
        assert_eq!(
            page_instead(3, 10, 100, 0),
            Some(2),
            "never a page after the one asked"
        );
    }
}
