//! Videos overview: every node of the path with its level, plays, unique viewers, completion and where
//! viewers left; deleted nodes kept and marked; sortable; a node opens its own page.

use super::{NodeStats, PathData};
use crate::components::breakdown::{csv_table, BreakdownTable, Column, Drill, InCompare, Kind, Row, Sorting};
use crate::dashboard::DashboardContext;
use crate::dashboard::PanelId;
use crate::format;
use crate::i18n::{t, tf, Msg};
use crate::state::views::{Sort, LEVEL};
use leptos::prelude::*;
use report_api::headers::*;

/// The overview's columns.
pub fn columns() -> Vec<Column> {
    vec![
        // A level is where the node sits in the path, not a figure of the period: nothing to compare.
        Column::new(LEVEL, t(Msg::Level), Kind::Count)
            .sortable()
            .not_compared(),
        Column::new(COUNT_NODE_PLAYS, t(Msg::Plays), Kind::Count).sortable(),
        Column::new(UNIQUE_KNOWN_USERS, t(Msg::UniqueViewers), Kind::Count).sortable(),
        Column::new(AVG_COMPLETION_RATE, t(Msg::AvgCompletion), Kind::Percent).sortable(),
        Column::new("exits", t(Msg::LeftThePath), Kind::Count).sortable(),
    ]
}

/// A node's row; its note says whether it starts the path, is unreachable or deleted.
pub fn node_row(n: &NodeStats) -> Row {
    let note = if n.deleted {
        Some(match n.delete_date {
            Some(at) => tf(
                Msg::DeletedOn,
                &[&report_api::time_range::Zone::Fixed(0).local_date(at).to_string()],
            ),
            None => t(Msg::Deleted).to_string(),
        })
    } else if n.start {
        Some(t(Msg::StartOfPath).to_string())
    } else if n.level.is_none() {
        Some(t(Msg::NotReachable).to_string())
    } else {
        None
    };
    Row {
        key: n.id.clone(),
        label: n.name.clone(),
        note,
        values: vec![
            n.level.map_or(f64::NAN, f64::from),
            n.plays,
            n.unique,
            n.completion,
            n.exits,
        ],
        previous: n.previous.map_or(InCompare::Off, |p| {
            InCompare::Values(vec![
                n.level.map_or(f64::NAN, f64::from),
                p.plays,
                p.unique,
                p.completion,
                p.exits,
            ])
        }),
    }
}

/// Sorts rows by a column (levels: unreachable last; ties by plays).
pub fn sort_rows(rows: &mut Vec<Row>, columns: &[Column], sort: Sort) {
    let at = columns.iter().position(|c| c.header == sort.column).unwrap_or(0);
    crate::lean::sort::sort_by(rows, |a, b| {
        let (x, y) = (a.values[at], b.values[at]);
        let ord = match (x.is_nan(), y.is_nan()) {
            (true, true) => std::cmp::Ordering::Equal,
            (true, false) => std::cmp::Ordering::Greater,
            (false, true) => std::cmp::Ordering::Less,
            _ if sort.descending => y.total_cmp(&x),
            _ => x.total_cmp(&y),
        };
        ord.then(b.values[1].total_cmp(&a.values[1]))
    });
}

/// The overview table.
#[component]
pub fn VideosOverview(
    /// The path.
    data: PathData,
    /// The order.
    sort: Sort,
) -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let cols = columns();
    let mut rows: Vec<Row> = data.nodes.iter().map(node_row).collect();
    sort_rows(&mut rows, &cols, sort);
    ctx.exports.set(
        PanelId::Videos,
        vec![csv_table(
            t(Msg::VideosOverview),
            t(Msg::VideoDimension),
            &cols,
            &rows,
        )],
    );
    let deleted: std::collections::HashSet<String> = data
        .nodes
        .iter()
        .filter(|n| n.deleted)
        .map(|n| n.id.clone())
        .collect();
    let on_open = Callback::new(move |id: String| ctx.update(|s| s.views.node = Some(id)));
    let on_sort = Callback::new(move |h: &'static str| {
        ctx.update(|s| {
            let now = s.views.videos_sort;
            s.views.videos_sort = if now.column == h {
                Sort {
                    column: h,
                    descending: !now.descending,
                }
            } else {
                Sort {
                    column: h,
                    descending: h != LEVEL,
                }
            };
        })
    });
    let live = data.nodes.iter().filter(|n| !n.deleted).count();
    let row_count = rows.len();
    let gone = data.nodes.len() - live;
    let note = data
        .structure_note
        .clone()
        .map(|n| view! { <p class="notice-box" role="status">{n}</p> });
    view! {
        {note}
        <p class="table-count">
            {tf(Msg::VideosCount, &[&format::count(live as f64)])}
            {(gone > 0).then(|| tf(Msg::AndDeletedKept, &[&format::count(gone as f64)]))}
        </p>
        <crate::components::phone_fold::PhoneFold rows=row_count>
            <BreakdownTable
                caption=t(Msg::EveryVideoNode).to_string()
                dimension=t(Msg::VideoDimension)
                columns=cols
                rows
                sorting=Some(Sorting { sort, on_sort })
                drill=Some(Drill { on_open, label: t(Msg::OpenThePageOf) })
            />
        </crate::components::phone_fold::PhoneFold>
        <p class="muted small">
            {t(Msg::LeftExplained)} " "
            {(!deleted.is_empty()).then_some(t(Msg::DeletedKeepPlays))}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: &str, level: Option<u32>, plays: f64) -> NodeStats {
        NodeStats {
            id: id.into(),
            name: id.into(),
            level,
            deleted: level.is_none(),
            delete_date: None,
            start: level == Some(1),
            plays,
            unique: 0.0,
            completion: 0.0,
            previous: None,
            switches_out: 0.0,
            exits: 0.0,
        }
    }

    #[test]
    fn levels_sort_with_unreachable_last_and_plays_break_ties() {
        let cols = columns();
        let mut rows: Vec<Row> = [
            node("z", None, 50.0),
            node("b", Some(2), 3.0),
            node("c", Some(2), 9.0),
            node("a", Some(1), 20.0),
        ]
        .iter()
        .map(node_row)
        .collect();
        sort_rows(
            &mut rows,
            &cols,
            Sort {
                column: LEVEL,
                descending: false,
            },
        );
        let ids: Vec<_> = rows.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(ids, vec!["a", "c", "b", "z"]);
        assert_eq!(rows[0].note.as_deref(), Some("Start of the path"));
        assert_eq!(rows[3].note.as_deref(), Some("Deleted"));
        sort_rows(&mut rows, &cols, Sort::desc(COUNT_NODE_PLAYS));
        assert_eq!(rows[0].key, "z");
    }
}
