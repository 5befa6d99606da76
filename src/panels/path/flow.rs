//! The path flow: the path drawn by level (start on the left), nodes sized by plays, links sized by how
//! many viewers switched along them (node-switch hotspot clicks), links to web pages as their own ends.
//! A node opens its page; the table twin lists every link with its clicks.

use super::PathData;
use crate::charts::flow_option::{FlowEdge, FlowNode, FlowNodeKind};
use crate::charts::EChart;
use crate::components::table_twin::{TableTwin, TwinRow, TwinRows};
use crate::dashboard::DashboardContext;
use crate::dashboard::PanelId;
use crate::export::csv::{number, CsvTable};
use crate::format;
use crate::i18n::{t, tf, Msg};
use leptos::prelude::*;
use serde_json::Value;
use std::sync::Arc;

/// Horizontal distance between levels and vertical distance between nodes of a level, in chart units.
const STEP_X: f64 = 220.0;
const STEP_Y: f64 = 170.0;

/// The flow laid out: each level a column (start on the left; unreachable and deleted nodes after the
/// last), nodes sized by plays, links by clicks, a web link's end a small square beside its node.
pub fn flow_parts(d: &PathData) -> (Vec<FlowNode>, Vec<FlowEdge>) {
    let max_plays = d.nodes.iter().map(|n| n.plays).fold(1.0_f64, f64::max);
    let max_clicks = d.links.iter().map(|l| l.clicks).fold(1.0_f64, f64::max);
    let last_level = d.nodes.iter().filter_map(|n| n.level).max().unwrap_or(1);
    let column = |level: Option<u32>| f64::from(level.unwrap_or(last_level + 1));
    let mut per_column: std::collections::BTreeMap<u32, usize> = Default::default();
    let mut nodes: Vec<FlowNode> = vec![];
    for n in d.nodes.iter().filter(|n| !(n.deleted && n.plays == 0.0)) {
        let col = column(n.level);
        let row = per_column.entry(col as u32).or_insert(0);
        let tooltip = tf(
            Msg::NodeTooltip,
            &[
                &n.level.map_or("—".to_string(), |l| l.to_string()),
                &format::plays(n.plays),
                &format::count(n.exits),
            ],
        );
        nodes.push(FlowNode {
            id: n.id.clone(),
            name: n.name.clone(),
            x: col * STEP_X,
            y: *row as f64 * STEP_Y,
            value: n.plays,
            size: 18.0 + 42.0 * (n.plays / max_plays).sqrt(),
            kind: match (n.deleted, n.start) {
                (true, _) => FlowNodeKind::Deleted,
                (false, true) => FlowNodeKind::Start,
                (false, false) => FlowNodeKind::Node,
            },
            label: format!("{}\n{}", n.name, format::plays(n.plays)),
            tooltip: format!(
                "{}<br/>{tooltip}{}",
                escape(&n.name),
                if n.deleted && !super::says_deleted(&n.name) {
                    t(Msg::DeletedSuffix)
                } else {
                    ""
                }
            ),
        });
        *row += 1;
    }
    let mut edges: Vec<FlowEdge> = vec![];
    for (i, l) in d.links.iter().enumerate().filter(|(_, l)| !l.from.is_empty()) {
        let target = if l.to_node {
            l.to.clone()
        } else {
            let id = format!("link:{i}");
            let from = d.nodes.iter().find(|n| n.id == l.from);
            let col = column(from.and_then(|n| n.level)) + 0.5;
            let row = per_column.entry((col * 2.0) as u32 + 1000).or_insert(0);
            let (kind, mark, what) = if l.pause {
                (FlowNodeKind::Pause, "⏸", t(Msg::PausesVideo).to_string())
            } else {
                (FlowNodeKind::WebLink, "↗", tf(Msg::LinkTo, &[&escape(&l.to)]))
            };
            nodes.push(FlowNode {
                id: id.clone(),
                name: match (l.label.is_empty(), l.pause) {
                    (false, _) => l.label.clone(),
                    (true, true) => t(Msg::PausesVideo).to_string(),
                    (true, false) => l.to.clone(),
                },
                x: col * STEP_X,
                y: (*row as f64 + 0.5) * STEP_Y,
                value: l.clicks,
                size: 14.0,
                kind,
                label: format!("{mark} {{b}}"),
                tooltip: format!("{what}<br/>{}", tf(Msg::ClicksCount, &[&format::count(l.clicks)])),
            });
            *row += 1;
            id
        };
        if !nodes.iter().any(|n| n.id == target) {
            continue;
        }
        let back = d
            .nodes
            .iter()
            .find(|n| n.id == l.from)
            .zip(d.nodes.iter().find(|n| n.id == l.to))
            .is_some_and(|(a, b)| column(b.level) <= column(a.level));
        let to_name = link_end(d, l);
        edges.push(FlowEdge {
            source: l.from.clone(),
            target,
            clicks: l.clicks,
            width: 1.0 + 11.0 * l.clicks / max_clicks,
            curveness: if back { 0.45 } else { 0.12 },
            web_link: !l.to_node,
            tooltip: format!(
                "{} → {}<br/>“{}”: {}",
                escape(&name_of(d, &l.from)),
                escape(&to_name),
                escape(&l.label),
                tf(Msg::ClicksCount, &[&format::count(l.clicks)])
            ),
        });
    }
    (nodes, edges)
}

/// The chart option of the flow.
pub fn flow_option(d: &PathData) -> Value {
    let (nodes, edges) = flow_parts(d);
    crate::charts::flow_option::flow_option(&nodes, &edges)
}

fn name_of(d: &PathData, id: &str) -> String {
    d.nodes
        .iter()
        .find(|n| n.id == id)
        .map(|n| n.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// Where a link leads, in words: the video's name, "Pauses the video", or the URL.
fn link_end(d: &PathData, l: &super::FlowLink) -> String {
    if l.to_node {
        name_of(d, &l.to)
    } else if l.pause {
        t(Msg::PausesVideo).into()
    } else {
        l.to.clone()
    }
}

/// Tooltips are HTML: names from the API are escaped.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The links as an export table.
pub fn links_table(d: &PathData) -> CsvTable {
    CsvTable {
        title: t(Msg::PathFlow).into(),
        headers: vec![
            t(Msg::FromNode).into(),
            t(Msg::Hotspot).into(),
            t(Msg::ToNode).into(),
            t(Msg::Clicks).into(),
        ],
        rows: d
            .links
            .iter()
            .map(|l| {
                vec![
                    name_of(d, &l.from),
                    l.label.clone(),
                    link_end(d, l),
                    number(l.clicks),
                ]
            })
            .collect(),
    }
}

/// The flow panel's body.
#[component]
pub fn PathFlow(
    /// The path.
    data: PathData,
) -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let option = flow_option(&data);
    ctx.exports.set(PanelId::Flow, vec![links_table(&data)]);
    let total_switches: f64 = data.links.iter().filter(|l| l.to_node).map(|l| l.clicks).sum();
    let top = data.links.iter().find(|l| l.to_node);
    let busiest = top
        .map(|l| {
            tf(
                Msg::BusiestLink,
                &[
                    &name_of(&data, &l.from),
                    &name_of(&data, &l.to),
                    &format::count(l.clicks),
                ],
            )
        })
        .unwrap_or_default();
    let label = tf(
        Msg::FlowSummary,
        &[
            &data.nodes.iter().filter(|n| !n.deleted).count().to_string(),
            &format::count(total_switches),
            &busiest,
        ],
    );
    let open = Callback::new(move |id: String| {
        if !id.starts_with("link:") {
            ctx.update(|s| s.views.node = Some(id));
        }
    });
    let table_open = Memo::new(move |_| ctx.state.with(|s| s.table_open(PanelId::Flow)));
    let on_table = Callback::new(move |o: bool| ctx.update(|s| *s = s.with_table(PanelId::Flow, o)));
    let table_rows = links_table(&data).rows;
    let rows: TwinRows = Arc::new(move || {
        table_rows
            .iter()
            .map(|r| TwinRow {
                header: r[0].clone(),
                cells: vec![
                    r[1].clone(),
                    r[2].clone(),
                    format::count(report_api::number::parse_decimal(&r[3]).unwrap_or(0.0)),
                ],
            })
            .collect()
    });
    let height = {
        let tallest = data
            .nodes
            .iter()
            .fold(
                std::collections::HashMap::<Option<u32>, u32>::new(),
                |mut m, n| {
                    *m.entry(n.level).or_default() += 1;
                    m
                },
            )
            .into_values()
            .max()
            .unwrap_or(1);
        (200 + tallest * 130).clamp(320, 720)
    };
    view! {
        <p class="muted small">
            {t(Msg::FlowHelp)}
        </p>
        <div class="flow-scroll" tabindex="0" role="region" aria-label=t(Msg::FlowRegion)>
            <div class="flow-canvas">
                <EChart
                    option=Signal::derive(move || option.clone())
                    label=Signal::derive(move || label.clone())
                    height=height
                    on_click=open
                />
            </div>
        </div>
        {move || {
            let rows = rows.clone();
            view! {
                <TableTwin
                    open=table_open.get()
                    on_toggle=on_table
                    show_label=t(Msg::ShowLinksTable)
                    hide_label=t(Msg::HideTheTable)
                    caption=t(Msg::EveryLink).to_string()
                    headers=vec![t(Msg::FromNode).into(), t(Msg::Hotspot).into(), t(Msg::ToNode).into(), t(Msg::Clicks).into()]
                    rows
                    text_cells=2
                />
            }
        }}
    }
}
