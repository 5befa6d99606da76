//! The table every breakdown panel shares (countries, devices, domains, users, an interactive path's
//! videos and hotspots): a row per dimension value, metric columns with server-side sort buttons, the
//! compare period under each value, and per row a drill-down link, a "filter by this" button and an
//! expandable detail. The same rows become the panel's CSV export (`rows.rs`).

pub mod rows;
pub mod table_nav;

pub use rows::{
    csv_table, csv_table_with_keys, impression_columns, rank_by, rows_from, standard_columns, Column,
    InCompare, Kind, Row,
};
pub use table_nav::{Breadcrumb, Pager};

use crate::format;
use crate::i18n::{t, tf, Msg};
use crate::state::views::Sort;
use leptos::prelude::*;
use report_api::metrics::change;

/// Sorting by a column's header on the server.
#[derive(Clone, Copy)]
pub struct Sorting {
    /// The order now.
    pub sort: Sort,
    /// Receives a clicked sortable header.
    pub on_sort: Callback<&'static str>,
}

/// Opening a row's drill-down.
#[derive(Clone, Copy)]
pub struct Drill {
    /// Receives the row's key.
    pub on_open: Callback<String>,
    /// What opening does, for the button's accessible name (`Show regions of`).
    pub label: &'static str,
}

/// Rows whose detail opens under them (a user's heat map, a hotspot's clicks).
#[derive(Clone)]
pub struct Details {
    /// Keys of the rows whose detail is open.
    pub expanded: Vec<String>,
    /// Opens or closes a row's detail.
    pub on_expand: Callback<String>,
    /// The expand button's text.
    pub label: &'static str,
    /// Draws a row's detail from (key, label).
    pub draw: Callback<(String, String), AnyView>,
}

/// What a row's actions do: shared by every row of a table.
#[derive(Clone)]
struct RowActions {
    drill: Option<Drill>,
    on_filter: Option<Callback<String>>,
    details: Option<Details>,
    /// Columns of the whole row, for a detail spanning it.
    colspan: String,
}

fn aria_sort(sorting: Option<Sorting>, column: &Column) -> &'static str {
    match (sorting, column.sort) {
        (Some(s), Some(h)) if s.sort.column == h => {
            if s.sort.descending {
                "descending"
            } else {
                "ascending"
            }
        }
        _ => "none",
    }
}

/// A column's header: a sort button when the table sorts on it.
fn header_cell(c: Column, sorting: Option<Sorting>) -> impl IntoView {
    let label = c.label;
    let cell = match (c.sort, sorting) {
        (Some(h), Some(s)) => {
            let arrow = match s.sort {
                s if s.column == h && s.descending => " ▼",
                s if s.column == h => " ▲",
                _ => "",
            };
            view! {
                <button type="button" class="sort" on:click=move |_| s.on_sort.run(h)>
                    {label}
                    <span aria-hidden="true">{arrow}</span>
                </button>
            }
            .into_any()
        }
        _ => label.into_any(),
    };
    view! { <th scope="col" class="num" aria-sort=aria_sort(sorting, &c)>{cell}</th> }
}

/// Scrolls the table a click came from back to its start: "+ Filter" sits at the row's end, and the
/// reader, scrolled there, should see which row the filter took without scrolling back.
fn scroll_table_to_start(ev: &leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    let scroller = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest(".table-scroll").ok().flatten());
    if let Some(scroller) = scroller {
        scroller.set_scroll_left(0);
    }
}

/// The cell of column `ci`: its share bar, the value, and the compare period's value with the change.
fn value_cell(c: Column, ci: usize, r: &Row) -> impl IntoView {
    let v = r.values.get(ci).copied().unwrap_or(0.0);
    let bar = matches!(c.kind, Kind::ShareOf(_)).then(|| {
        let width = format!("width:{}%", format::fixed(v.clamp(0.0, 100.0), 1));
        view! { <span class="bar" aria-hidden="true"><span style=width></span></span> }
    });
    let prev = match &r.previous {
        _ if !c.compared => None,
        InCompare::Off => None,
        InCompare::Absent => Some(view! { <span class="previous">{t(Msg::NoneInCompare)}</span> }.into_any()),
        InCompare::Values(p) => {
            let pv = p.get(ci).copied().unwrap_or(0.0);
            Some(
                view! {
                    <span class="previous" data-previous=format::plain(pv)>
                        {c.text(pv)} " · " {format::change_percent(change(v, pv).percent.filter(|p| p.is_finite()))}
                    </span>
                }
                .into_any(),
            )
        }
    };
    view! {
        <td class="num" data-col=c.header data-value=format::plain(v) data-label=c.label>
            {bar}
            <span class="value">{c.text(v)}</span>
            {prev}
        </td>
    }
}

/// A row's name: a drill-down button, or its label.
fn row_name(r: &Row, drill: Option<Drill>) -> AnyView {
    match drill {
        Some(d) => {
            let key = r.key.clone();
            view! {
                <button
                    type="button"
                    class="link drill"
                    aria-label=format!("{} {}", d.label, r.label)
                    on:click=move |_| d.on_open.run(key.clone())
                >
                    {r.label.clone()}
                </button>
            }
            .into_any()
        }
        None => view! { <span class="row-label">{r.label.clone()}</span> }.into_any(),
    }
}

/// One row, and its detail under it when open.
fn row_view(r: Row, rank: Option<usize>, columns: &[Column], actions: &RowActions) -> impl IntoView {
    let key = r.key.clone();
    let name = row_name(&r, actions.drill);
    let note = r
        .note
        .clone()
        .map(|n| view! { <span class="row-note">{n}</span> });
    let filter = actions.on_filter.map(|cb| {
        let key = key.clone();
        view! {
            <button
                type="button"
                class="row-filter"
                title=t(Msg::FilterByThis)
                aria-label=tf(Msg::FilterBy, &[&r.label])
                on:click=move |ev| {
                    scroll_table_to_start(&ev);
                    cb.run(key.clone())
                }
            >
                {t(Msg::AddFilter)}
            </button>
        }
    });
    let cells = columns
        .iter()
        .enumerate()
        .map(|(ci, c)| value_cell(*c, ci, &r))
        .collect_view();
    let open = actions
        .details
        .as_ref()
        .is_some_and(|d| d.expanded.contains(&key));
    let detail_id = format!(
        "detail-{}",
        key.bytes()
            .fold(5381u32, |h, b| h.wrapping_mul(33) ^ u32::from(b))
    );
    let expand = actions.details.as_ref().map(|d| {
        let (key, on_expand) = (key.clone(), d.on_expand);
        view! {
            <button
                type="button"
                class="row-expand"
                aria-expanded=open.to_string()
                aria-controls=detail_id.clone()
                aria-label=format!("{}: {}", d.label, r.label)
                on:click=move |_| on_expand.run(key.clone())
            >
                {if open { "▾ " } else { "▸ " }}
                {d.label}
            </button>
        }
    });
    let detail_row = actions.details.as_ref().filter(|_| open).map(|d| {
        view! {
            <tr class="detail-row" id=detail_id.clone()>
                <td colspan=actions.colspan.clone()>{d.draw.run((key.clone(), r.label.clone()))}</td>
            </tr>
        }
    });
    view! {
        <tr data-key=key.clone()>
            {rank.map(|n| view! { <td class="rank">{n}</td> })}
            <th scope="row" class="dim">{name}{note}</th>
            {cells}
            <td class="actions">{expand}{filter}</td>
        </tr>
        {detail_row}
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
    /// A row per dimension value, in the order shown.
    rows: Vec<Row>,
    /// Sorting on the server, when the table sorts.
    #[prop(default = None)]
    sorting: Option<Sorting>,
    /// A row's drill-down, when rows open one.
    #[prop(default = None)]
    drill: Option<Drill>,
    /// Adds a row's value as a filter.
    #[prop(default = None)]
    on_filter: Option<Callback<String>>,
    /// Rank numbers start at this (1 on the first page).
    #[prop(default = None)]
    rank_from: Option<usize>,
    /// Rows' details, when rows expand.
    #[prop(default = None)]
    details: Option<Details>,
) -> impl IntoView {
    let header_cells = columns.iter().map(|c| header_cell(*c, sorting)).collect_view();
    let empty = rows.is_empty();
    let colspan = (columns.len() + 2 + usize::from(rank_from.is_some())).to_string();
    let actions = RowActions {
        drill,
        on_filter,
        details,
        colspan: colspan.clone(),
    };
    let body = rows
        .into_iter()
        .enumerate()
        .map(|(i, r)| row_view(r, rank_from.map(|from| from + i), &columns, &actions))
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
