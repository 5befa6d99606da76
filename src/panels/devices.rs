//! Devices overview: plays by device type as bars and a table with each device's share of plays; a
//! device drills to its operating systems, an operating system to its browsers. Every row can become a
//! page filter.

use crate::api::breakdown::{load_pairs, Breakdown};
use crate::components::breakdown::{
    csv_table, impression_columns, rank_by, rows_from, standard_columns, Breadcrumb, BreakdownTable, Drill,
    InCompare, Row,
};
use crate::components::left_out::RowsLeftOut;
use crate::components::panel::{panel_body, ExportablePanel};
use crate::dashboard::panel_data::use_panel_data_when;
use crate::dashboard::PanelId;
use crate::dashboard::{DashboardContext, Lead, Scope};
use crate::format;
use crate::i18n::{t, tf, Msg};
use crate::state::filters::Dimension;
use leptos::prelude::*;
use report_api::headers::*;
use report_api::{Pager, ReportAction, ReportCall, ReportType, ServiceCall};

/// Rows asked for per level (there are only a handful of devices, systems and browsers; more are
/// counted in a note).
const PAGE: u32 = 50;

/// Rows drawn as bars above the table.
const BARS: usize = 10;

/// The dimension header, filter dimension and title of each drill level.
fn level(depth: usize) -> (&'static str, Dimension, &'static str) {
    match depth {
        0 => ("device", Dimension::Device, t(Msg::Device)),
        1 => ("os", Dimension::OperatingSystem, t(Msg::OperatingSystem)),
        _ => ("browser", Dimension::Browser, t(Msg::Browser)),
    }
}

/// The calls of one drill level for every period: table, then totals.
pub fn device_calls(scope: &Scope, path: &[String]) -> Vec<ServiceCall> {
    let mut calls = vec![];
    for bounds in scope.periods() {
        let mut f = scope.filter(bounds);
        let (report, ids) = match path {
            [] => (ReportType::Platforms, None),
            [device] => (ReportType::Platforms, Some(device.clone())),
            [device, os, ..] => {
                f.device_in = Some(device.clone());
                (ReportType::OperatingSystem, Some(os.clone()))
            }
        };
        for action in [
            ReportAction::GetTable {
                pager: Pager::new(PAGE, 1),
                order: Some(format!("-{COUNT_PLAYS}")),
            },
            ReportAction::GetTotal,
        ] {
            let mut call = ReportCall::new(action, report, f.clone());
            if let Some(ids) = &ids {
                call = call.with_object_ids(ids.clone());
            }
            calls.push(call.to_service_call());
        }
    }
    calls
}

/// The devices panel.
#[component]
pub fn DevicesPanel() -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let path = Memo::new(move |_| ctx.state.with(|s| s.views.devices.clone()));
    let data = use_panel_data_when(
        move || ctx.primed.get(),
        move || (ctx.scope(), path.get()),
        move |(scope, path): (Scope, Vec<String>)| {
            let calls = device_calls(&scope, &path);
            load_pairs(ctx.client(), calls, scope.comparing())
        },
    );
    let set_path = move |p: Vec<String>| ctx.update(|s| s.views.devices = p);
    let body = panel_body(data, move |b: Breakdown| {
        let lead = ctx.lead.get();
        let columns = match lead {
            Lead::Plays => standard_columns(UNIQUE_VIEWERS),
            Lead::Impressions => impression_columns(),
        };
        let p = path.get();
        let depth = p.len().min(2);
        let (key_header, dim, title) = level(depth);
        let mut rows: Vec<Row> = rows_from(
            &columns,
            key_header,
            |r| (r.text(key_header).to_string(), None),
            (&b.current.0, Some(&b.current.1)),
            b.compare.as_ref().map(|(t, tt)| (t, Some(tt))),
        );
        rank_by(&mut rows, &columns, lead.metric());
        ctx.exports.set(
            PanelId::Devices,
            vec![csv_table(t(Msg::Devices), title, &columns, &rows)],
        );
        let row_count = rows.len();
        let mut steps = vec![t(Msg::AllDevices).to_string()];
        steps.extend(p.iter().cloned());
        let on_back = Callback::new(move |keep: usize| {
            let mut p = path.get_untracked();
            p.truncate(keep);
            set_path(p);
        });
        let on_open = (depth < 2).then(|| {
            Callback::new(move |key: String| {
                let mut p = path.get_untracked();
                p.push(key);
                set_path(p);
            })
        });
        let on_filter = Callback::new(move |key: String| ctx.add_filter(dim, &key));
        // The bars picture the largest few; the table below lists every row.
        let bars = rows
            .iter()
            .take(BARS)
            .map(|r| {
                let share = r.values.get(1).copied().unwrap_or(0.0);
                let count = r.values.first().copied().unwrap_or(0.0);
                let count = match lead {
                    Lead::Plays => format::plays(count),
                    Lead::Impressions => format::impressions(count),
                };
                let prev = match &r.previous {
                    InCompare::Values(p) => Some(view! {
                        <span class="hbar-track previous-bar"><span class="hbar" style=format!("width:{}%", crate::format::fixed(p[1].clamp(0.0, 100.0), 1))></span></span>
                    }),
                    _ => None,
                };
                view! {
                    <li>
                        <span class="hbar-label">{r.label.clone()}</span>
                        <span class="hbar-track"><span class="hbar" style=format!("width:{}%", crate::format::fixed(share.clamp(0.0, 100.0), 1))></span></span>
                        {prev}
                        <span class="hbar-value">{format::percent(share)} " · " {count}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <Breadcrumb steps on_back />
            <ul class="hbars" aria-hidden="true">{bars}</ul>
            <BreakdownTable
                caption=tf(
                    match lead {
                        Lead::Plays => Msg::PlaysBy,
                        Lead::Impressions => Msg::ImpressionsBy,
                    },
                    &[&crate::i18n::lower(title)],
                )
                dimension=title
                columns=columns.clone()
                rows
                drill=on_open.map(|on_open| Drill {
                    on_open,
                    label: if depth == 0 { t(Msg::ShowOsOf) } else { t(Msg::ShowBrowsersOf) },
                })
                on_filter=Some(on_filter)
            />
            <RowsLeftOut shown=row_count total_count=b.current.0.total_count omitted=b.current.0.omitted_rows />
        }
    });
    view! {
        <ExportablePanel
            name=PanelId::Devices
            title=t(Msg::Devices).to_string()
            status=data.status()
        >
            {body}
        </ExportablePanel>
    }
}
