//! The table every breakdown panel shares (countries, devices, domains, users): a row per dimension value,
//! metric columns with server-side sort buttons, the compare period under each value, and per row a
//! drill-down link and a "filter by this" button. The same rows become the panel's CSV export.

use crate::export::csv::{number, CsvTable};
use crate::format;
use crate::i18n::{t, tf, Msg};
use crate::state::views::Sort;
use leptos::prelude::*;
use report_api::headers::*;
use report_api::metrics::{change, share};
use report_api::{ReportTable, ReportTotal};

/// How a column's numbers read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A count: `12,345`.
    Count,
    /// A percent on a 0–100 scale.
    Percent,
    /// A fraction shown as a percent (drop-off, play/impression ratio).
    Fraction,
    /// Minutes with one decimal.
    Minutes,
    /// The row's share of the total of another column (plays distribution), drawn as a bar.
    ShareOf(&'static str),
}

/// One metric column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The report header it reads (or, for shares, a name of its own).
    pub header: &'static str,
    /// Its title.
    pub label: &'static str,
    /// How it reads.
    pub kind: Kind,
    /// The server can sort on it (by this header).
    pub sort: Option<&'static str>,
}

impl Column {
    /// A column without sorting.
    pub const fn new(header: &'static str, label: &'static str, kind: Kind) -> Column {
        Column {
            header,
            label,
            kind,
            sort: None,
        }
    }

    /// The same column, sortable by its header.
    pub const fn sortable(self) -> Column {
        Column {
            sort: Some(self.header),
            ..self
        }
    }

    /// The value of this column for a row of `table` with `total`.
    fn value(&self, row: &report_api::TableRow<'_>, total: Option<&ReportTotal>) -> f64 {
        match self.kind {
            Kind::ShareOf(of) => 100.0 * share(row.num(of), total.map_or(0.0, |t| t.num(of))),
            _ => row.num(self.header),
        }
    }

    /// A value as people read it.
    pub fn text(&self, v: f64) -> String {
        match self.kind {
            Kind::Count => format::count(v),
            Kind::Percent | Kind::ShareOf(_) => format::percent(v),
            Kind::Fraction => format::fraction_percent(v),
            Kind::Minutes => format::decimal(v, 1),
        }
    }
}

/// One row: the dimension value (the key filters and drills), its label, and the values per column.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The value as the API names it.
    pub key: String,
    /// What people read (a full name, "Anonymous", a country name).
    pub label: String,
    /// A second line under the label (a user id, a region's country).
    pub note: Option<String>,
    /// One value per column.
    pub values: Vec<f64>,
    /// The compare period's values, when comparing (`None` inside = absent then).
    pub previous: Option<Option<Vec<f64>>>,
}

/// Builds rows from a table (and its totals, for shares), matching compare rows by `key_header`.
pub fn rows_from(
    columns: &[Column],
    key_header: &str,
    label: impl Fn(&report_api::TableRow<'_>) -> (String, Option<String>),
    current: (&ReportTable, Option<&ReportTotal>),
    compare: Option<(&ReportTable, Option<&ReportTotal>)>,
) -> Vec<Row> {
    let values = |row: &report_api::TableRow<'_>, total: Option<&ReportTotal>| {
        columns.iter().map(|c| c.value(row, total)).collect::<Vec<f64>>()
    };
    // The compare rows by key, first of each key winning: a lookup per row instead of a scan, which
    // froze the page when both periods held thousands of rows.
    let previous_rows = compare.map(|(t, total)| {
        let mut by_key = std::collections::HashMap::with_capacity(t.rows.len());
        for r in t.iter() {
            by_key.entry(r.text(key_header)).or_insert(r);
        }
        (by_key, total)
    });
    current
        .0
        .iter()
        .map(|row| {
            let key = row.text(key_header).to_string();
            let (label, note) = label(&row);
            let previous = previous_rows
                .as_ref()
                .map(|(by_key, total)| by_key.get(key.as_str()).map(|r| values(r, *total)));
            Row {
                values: values(&row, current.1),
                key,
                label,
                note,
                previous,
            }
        })
        .collect()
}

/// The rows as an export table: the dimension, each column, and when comparing each column's compare
/// value after it.
pub fn csv_table(title: &str, dimension: &str, columns: &[Column], rows: &[Row]) -> CsvTable {
    let comparing = rows.iter().any(|r| r.previous.is_some());
    let mut headers = vec![dimension.to_string()];
    for c in columns {
        headers.push(c.label.to_string());
        if comparing {
            headers.push(crate::i18n::in_compare(c.label));
        }
    }
    let rows = rows
        .iter()
        .map(|r| {
            let mut cells = vec![r.label.clone()];
            for (i, v) in r.values.iter().enumerate() {
                cells.push(number(*v));
                if comparing {
                    cells.push(match &r.previous {
                        Some(Some(p)) => number(p[i]),
                        _ => String::new(),
                    });
                }
            }
            cells
        })
        .collect();
    CsvTable {
        title: title.to_string(),
        headers,
        rows,
    }
}

fn aria_sort(sort: Option<Sort>, column: &Column) -> &'static str {
    match (sort, column.sort) {
        (Some(s), Some(h)) if s.column == h => {
            if s.descending {
                "descending"
            } else {
                "ascending"
            }
        }
        _ => "none",
    }
}

/// The breakdown table.
#[component]
pub fn BreakdownTable(
    /// The caption (read by screen readers; visually hidden).
    caption: String,
    /// The first column's title.
    dimension: &'static str,
    /// The metric columns.
    columns: Vec<Column>,
    /// The rows.
    rows: Vec<Row>,
    /// The server-side order, when the table sorts.
    #[prop(default = None)]
    sort: Option<Sort>,
    /// Receives a clicked sortable header.
    #[prop(default = None)]
    on_sort: Option<Callback<&'static str>>,
    /// Opens a row's drill-down (its key).
    #[prop(default = None)]
    on_open: Option<Callback<String>>,
    /// What opening a row does, for its button's accessible name (`Show regions of`).
    #[prop(optional)]
    open_label: &'static str,
    /// Adds a row's value as a filter.
    #[prop(default = None)]
    on_filter: Option<Callback<String>>,
    /// Rank numbers start at this (1 on the first page).
    #[prop(default = None)]
    rank_from: Option<usize>,
    /// Keys of the rows whose detail is open.
    #[prop(default = vec![])]
    expanded: Vec<String>,
    /// Opens or closes a row's detail.
    #[prop(default = None)]
    on_expand: Option<Callback<String>>,
    /// The expand button's text.
    #[prop(default = t(Msg::Details))]
    expand_label: &'static str,
    /// Draws a row's detail from (key, label).
    #[prop(default = None)]
    detail: Option<Callback<(String, String), AnyView>>,
) -> impl IntoView {
    let header_cells = columns
        .iter()
        .map(|c| {
            let c = *c;
            let label = c.label;
            let cell = match (c.sort, on_sort) {
                (Some(h), Some(cb)) => {
                    let arrow = match sort {
                        Some(s) if s.column == h && s.descending => " ▼",
                        Some(s) if s.column == h => " ▲",
                        _ => "",
                    };
                    view! {
                        <button type="button" class="sort" on:click=move |_| cb.run(h)>
                            {label}
                            <span aria-hidden="true">{arrow}</span>
                        </button>
                    }
                    .into_any()
                }
                _ => label.into_any(),
            };
            view! { <th scope="col" class="num" aria-sort=aria_sort(sort, &c)>{cell}</th> }
        })
        .collect_view();
    let empty = rows.is_empty();
    let colspan = (columns.len() + 2 + usize::from(rank_from.is_some())).to_string();
    let body = rows
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let key = r.key.clone();
            let name = match on_open {
                Some(cb) => {
                    let key = key.clone();
                    view! {
                        <button
                            type="button"
                            class="link drill"
                            aria-label=format!("{open_label} {}", r.label)
                            on:click=move |_| cb.run(key.clone())
                        >
                            {r.label.clone()}
                        </button>
                    }
                    .into_any()
                }
                None => view! { <span class="row-label">{r.label.clone()}</span> }.into_any(),
            };
            let note = r.note.clone().map(|n| view! { <span class="row-note">{n}</span> });
            let filter = on_filter.map(|cb| {
                let key = key.clone();
                view! {
                    <button
                        type="button"
                        class="row-filter"
                        title=t(Msg::FilterByThis)
                        aria-label=tf(Msg::FilterBy, &[&r.label])
                        on:click=move |_| cb.run(key.clone())
                    >
                        {t(Msg::AddFilter)}
                    </button>
                }
            });
            let cells = columns
                .iter()
                .enumerate()
                .map(|(ci, c)| {
                    let v = r.values.get(ci).copied().unwrap_or(0.0);
                    let bar = matches!(c.kind, Kind::ShareOf(_)).then(|| {
                        view! { <span class="bar" aria-hidden="true"><span style=format!("width:{}%", crate::format::fixed(v.clamp(0.0, 100.0), 1))></span></span> }
                    });
                    let prev = match &r.previous {
                        Some(Some(p)) => {
                            let pv = p.get(ci).copied().unwrap_or(0.0);
                            let ch = change(v, pv);
                            Some(view! {
                                <span class="previous" data-previous=crate::format::plain(pv)>
                                    {c.text(pv)} " · " {format::change_percent(ch.percent)}
                                </span>
                            }
                            .into_any())
                        }
                        Some(None) => Some(view! { <span class="previous">{t(Msg::NoneInCompare)}</span> }.into_any()),
                        None => None,
                    };
                    view! {
                        <td class="num" data-col=c.header data-value=crate::format::plain(v) data-label=c.label>
                            {bar}
                            <span class="value">{c.text(v)}</span>
                            {prev}
                        </td>
                    }
                })
                .collect_view();
            let rank = rank_from.map(|from| view! { <td class="rank">{from + i}</td> });
            let open = expanded.contains(&key);
            let detail_id = format!("detail-{}", key.bytes().fold(5381u32, |h, b| h.wrapping_mul(33) ^ u32::from(b)));
            let expand = on_expand.map(|cb| {
                let key = key.clone();
                view! {
                    <button
                        type="button"
                        class="row-expand"
                        aria-expanded=open.to_string()
                        aria-controls=detail_id.clone()
                        aria-label=format!("{expand_label}: {}", r.label)
                        on:click=move |_| cb.run(key.clone())
                    >
                        {if open { "▾ " } else { "▸ " }}
                        {expand_label}
                    </button>
                }
            });
            let detail_row = match (open, detail) {
                (true, Some(d)) => Some(view! {
                    <tr class="detail-row" id=detail_id.clone()>
                        <td colspan=colspan.clone()>{d.run((key.clone(), r.label.clone()))}</td>
                    </tr>
                }),
                _ => None,
            };
            view! {
                <tr data-key=key.clone()>
                    {rank}
                    <th scope="row" class="dim">{name}{note}</th>
                    {cells}
                    <td class="actions">{expand}{filter}</td>
                </tr>
                {detail_row}
            }
        })
        .collect_view();
    let region_label = caption.clone();
    view! {
        // Focusable so keyboard users can scroll a wide table sideways.
        <div class="table-scroll" tabindex="0" role="region" aria-label=region_label>
            <table class="data-table breakdown">
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        {rank_from.map(|_| view! { <th scope="col" class="rank">"#"</th> })}
                        <th scope="col" class="dim">{dimension}</th>
                        {header_cells}
                        <th scope="col" class="actions"><span class="visually-hidden">{t(Msg::Actions)}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {body}
                    {empty.then(|| view! { <tr><td class="empty" colspan=colspan>{t(Msg::NoData)}</td></tr> })}
                </tbody>
            </table>
        </div>
    }
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

/// The columns most breakdowns show (countries, devices): plays, their share, impressions, unique
/// viewers, minutes and completion.
pub fn standard_columns(unique_header: &'static str) -> Vec<Column> {
    vec![
        Column::new(COUNT_PLAYS, t(Msg::Plays), Kind::Count),
        Column::new("share_of_plays", t(Msg::ShareOfPlays), Kind::ShareOf(COUNT_PLAYS)),
        Column::new(COUNT_LOADS, t(Msg::PlayerImpressions), Kind::Count),
        Column::new(unique_header, t(Msg::UniqueViewers), Kind::Count),
        Column::new(SUM_VIEW_PERIOD, t(Msg::MinutesViewed), Kind::Minutes),
        Column::new(AVG_COMPLETION_RATE, t(Msg::AvgCompletion), Kind::Percent),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn table(data: &str) -> ReportTable {
        ReportTable::parse(
            &json!({"objectType":"KalturaReportTable","header":"device|count_plays|count_loads","data":data,"totalCount":2}),
            "|",
        )
        .unwrap()
    }

    fn total(data: &str) -> ReportTotal {
        ReportTotal::parse(
            &json!({"objectType":"KalturaReportTotal","header":"count_plays|count_loads","data":data}),
            "|",
        )
        .unwrap()
    }

    #[test]
    fn rows_carry_shares_and_compare_values() {
        let cols = vec![
            Column::new(COUNT_PLAYS, "Plays", Kind::Count),
            Column::new("share", "Share", Kind::ShareOf(COUNT_PLAYS)),
        ];
        let (t, tt) = (table("Mobile|30|40;Computer|10|20;"), total("40|60"));
        let (p, pt) = (table("Computer|5|9;"), total("5|9"));
        let rows = rows_from(
            &cols,
            "device",
            |r| (r.text("device").to_string(), None),
            (&t, Some(&tt)),
            Some((&p, Some(&pt))),
        );
        assert_eq!(rows[0].values, vec![30.0, 75.0]);
        assert_eq!(rows[0].previous, Some(None));
        assert_eq!(rows[1].previous, Some(Some(vec![5.0, 100.0])));
        let csv = csv_table("Devices", "Device", &cols, &rows);
        assert_eq!(
            csv.headers,
            vec!["Device", "Plays", "Plays (compare)", "Share", "Share (compare)"]
        );
        assert_eq!(csv.rows[1], vec!["Computer", "10", "5", "25", "100"]);
        assert_eq!(csv.rows[0][2], "");
    }
}
