//! The note under a table or chart that shows less than the answer held: how much is not shown, so a
//! capped list never passes for the whole.

use crate::format;
use crate::i18n::{tf, Msg};
use leptos::prelude::*;

/// How many rows a table leaves out: those beyond what it shows of the rows the service has
/// (`total_count`, or what it sent when that is larger).
pub fn rows_left_out(shown: usize, total_count: u64, omitted: u64) -> (u64, u64) {
    let total = report_api::fit::rows_in_all(total_count, shown, omitted);
    (total, total - (shown as u64).min(total))
}

/// "Showing 500 of 20,000 rows; the other 19,500 are left out." Nothing when nothing is.
#[component]
pub fn RowsLeftOut(
    /// Rows the table shows.
    shown: usize,
    /// Rows the service has (its `totalCount`).
    total_count: u64,
    /// Rows the service sent beyond what was asked ([`report_api::ReportTable::omitted_rows`]).
    #[prop(default = 0)]
    omitted: u64,
) -> impl IntoView {
    let (total, left_out) = rows_left_out(shown, total_count, omitted);
    (left_out > 0).then(|| {
        let text = tf(
            Msg::RowsLeftOut,
            &[
                &format::count(shown as f64),
                &format::count(total as f64),
                &format::count(left_out as f64),
            ],
        );
        view! { <p class="left-out" role="note">{text}</p> }
    })
}

/// A note that `count` points, or nodes, of an answer are left out (`message` says which). Nothing
/// when none are.
#[component]
pub fn LeftOut(
    /// How many are left out.
    count: u64,
    /// The sentence, with `{0}` for the count.
    message: Msg,
) -> impl IntoView {
    (count > 0).then(|| {
        view! { <p class="left-out" role="note">{tf(message, &[&format::count(count as f64)])}</p> }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_what_is_not_shown() {
        assert_eq!(rows_left_out(500, 20_000, 0), (20_000, 19_500));
        // A proxy that sent more rows than it says exist: what it sent counts.
        assert_eq!(rows_left_out(500, 10, 19_500), (20_000, 19_500));
        assert_eq!(rows_left_out(10, 10, 0), (10, 0));
        assert_eq!(rows_left_out(12, 10, 0), (12, 0));
    }
}
