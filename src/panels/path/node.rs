//! A node's page: its retention over its own duration (report 43 by node), its hotspots with destination,
//! clicks and the destination's level (reports 54 and 55 by node, every hotspot of the structure listed even
//! without clicks), and for each hotspot when in the node viewers clicked it (56 / 57), greyed outside
//! the hotspot's active window.

use super::PathData;
use crate::api::{explain, table_at, Slot};
use crate::charts::moments::clock;
use crate::components::breakdown::{
    csv_table, Breadcrumb, BreakdownTable, Column, Details, InCompare, Kind, Row,
};
use crate::components::panel::panel_body;
use crate::dashboard::panel_data::use_panel_data;
use crate::dashboard::PanelId;
use crate::dashboard::{DashboardContext, Scope};
use crate::format;
use crate::i18n::{t, tf, Msg};
use crate::panels::playback::{PlaybackSeries, ViewsOnPlayback};
use leptos::prelude::*;
use report_api::headers::*;
use report_api::interactive::{Hotspot, HotspotAction, PathStructure};
use report_api::{Pager, ReportAction, ReportCall, ReportInputFilter, ReportType, ServiceCall};

/// A table call asking for what the node page shows: a whole percentiles table (0–100), else up to
/// 500 hotspots.
fn table_call(report: ReportType, f: ReportInputFilter) -> ServiceCall {
    let percentiles = matches!(
        report,
        ReportType::Percentiles
            | ReportType::InteractiveVideoHotspotClickedPercentiles
            | ReportType::InteractiveVideoNodeSwitchHotspotClickedPercentiles
    );
    ReportCall::new(
        ReportAction::GetTable {
            pager: if percentiles {
                Pager::percentiles()
            } else {
                Pager::new(500, 1)
            },
            order: None,
        },
        report,
        f,
    )
    .to_service_call()
}

/// A node filter: the node only (the reference dashboard drops the entry and root filters here).
fn node_filter(scope: &Scope, bounds: report_api::time_range::TimeBounds, node: &str) -> ReportInputFilter {
    let mut f = scope.filter(bounds);
    f.root_entry_id_in = None;
    f.entry_id_in = None;
    f.node_ids_in = Some(node.to_string());
    f
}

/// Per period: retention (43), other hotspot clicks (54), node switches (55).
pub fn node_calls(scope: &Scope, node: &str) -> Vec<ServiceCall> {
    let mut calls = vec![];
    for bounds in scope.periods() {
        let f = node_filter(scope, bounds, node);
        calls.push(table_call(ReportType::Percentiles, f.clone()));
        calls.push(table_call(ReportType::InteractiveVideoNodeTopHotspots, f.clone()));
        calls.push(table_call(ReportType::InteractiveVideoNodeSwitchTopHotspots, f));
    }
    calls
}

/// One period of a node.
#[derive(Debug, Clone, PartialEq)]
pub struct NodePeriod {
    /// Views at each 1% of the node.
    pub retention: PlaybackSeries,
    /// Clicks per hotspot id.
    pub clicks: Vec<(String, f64)>,
}

fn read_period(slots: &[Slot], p: usize) -> Result<NodePeriod, String> {
    let t = |i: usize| table_at(slots, p * 3 + i);
    let retention = PlaybackSeries::from_table(&t(0)?);
    let mut clicks = vec![];
    // Node switches first: a switch hotspot's clicks may be counted by both reports, once is right.
    for (table, metric) in [(t(2)?, COUNT_NODE_SWITCH), (t(1)?, COUNT_HOTSPOT_CLICKED)] {
        for r in table.iter() {
            let id = r.text("hotspot_id");
            if !id.is_empty() && id != "Unknown" && !clicks.iter().any(|(h, _)| h == id) {
                clicks.push((id.to_string(), r.num(metric)));
            }
        }
    }
    Ok(NodePeriod { retention, clicks })
}

/// A hotspot's destination in words.
pub fn destination(s: &PathStructure, h: &Hotspot) -> String {
    match &h.action {
        HotspotAction::GoToNode(id) => match s.node(id) {
            Some(n) if n.deleted && !super::says_deleted(&n.name) => tf(Msg::VideoDeletedName, &[&n.name]),
            Some(n) => tf(Msg::VideoName, &[&n.name]),
            None => tf(Msg::VideoId, &[id]),
        },
        HotspotAction::GoToUrl(u) => tf(Msg::LinkTo, &[u]),
        HotspotAction::Pause => t(Msg::PausesVideo).into(),
        HotspotAction::Other(other) if other.is_empty() => t(Msg::NoAction).into(),
        HotspotAction::Other(other) => other.clone(),
    }
}

/// The hotspot rows: every hotspot of the node (the structure's, then any the reports add), with clicks.
pub fn hotspot_rows(
    s: &PathStructure,
    node: &str,
    now: &NodePeriod,
    before: Option<&NodePeriod>,
) -> Vec<Row> {
    let mut ids: Vec<String> = s.hotspots_of(node).map(|h| h.id.clone()).collect();
    for (id, _) in &now.clicks {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    let clicks = |p: &NodePeriod, id: &str| {
        p.clicks
            .iter()
            .filter(|(h, _)| h == id)
            .map(|(_, c)| c)
            .sum::<f64>()
    };
    let mut rows: Vec<Row> = ids
        .iter()
        .map(|id| {
            let h = s.hotspot(id);
            let level = match h.map(|h| &h.action) {
                Some(HotspotAction::GoToNode(d)) => {
                    s.node(d).and_then(|n| n.level).map_or(f64::NAN, f64::from)
                }
                _ => f64::NAN,
            };
            let label = match h {
                Some(h) if !h.label.is_empty() => h.label.clone(),
                _ => tf(Msg::NoName, &[id]),
            };
            let mut note = h
                .map(|h| destination(s, h))
                .unwrap_or_else(|| t(Msg::UnknownHotspot).into());
            if h.is_some_and(|h| h.deleted && !super::says_deleted(&h.label)) {
                note.push_str(t(Msg::DeletedSuffix));
            }
            Row {
                key: id.clone(),
                label,
                note: Some(note),
                values: vec![clicks(now, id), level],
                previous: before.map_or(InCompare::Off, |b| InCompare::Values(vec![clicks(b, id), level])),
            }
        })
        .collect();
    crate::lean::sort::sort_by(&mut rows, |a, b| b.values[0].total_cmp(&a.values[0]));
    rows
}

/// The node page.
#[component]
pub fn NodePage(
    /// The path with its numbers.
    data: PathData,
    /// The node shown.
    node_id: String,
) -> AnyView {
    let ctx = expect_context::<DashboardContext>();
    let structure = data.structure.clone();
    let stats = data.nodes.iter().find(|n| n.id == node_id).cloned();
    // An address may name a node the path never had (an edited link, another path's node).
    if stats.is_none() && structure.node(&node_id).is_none() {
        return view! { <NoSuchNode node_id /> }.into_any();
    }
    let name = stats
        .as_ref()
        .map(|n| n.name.clone())
        .unwrap_or_else(|| node_id.clone());
    let seconds = structure
        .node(&node_id)
        .map_or(0.0, |n| n.ms_duration as f64 / 1000.0);
    let id = node_id.clone();
    let loaded = use_panel_data(
        move || (ctx.scope(), id.clone()),
        move |(scope, id): (Scope, String)| {
            let client = ctx.client();
            async move {
                let slots = client
                    .multirequest(&node_calls(&scope, &id))
                    .await
                    .map_err(|e| explain(&e))?;
                let now = read_period(&slots, 0)?;
                let before = if scope.comparing() {
                    Some(read_period(&slots, 1)?)
                } else {
                    None
                };
                Ok((now, before))
            }
        },
    );
    let back = Callback::new(move |_| {
        ctx.update(|s| {
            s.views.node = None;
            s.views.hotspots_open.clear();
        })
    });
    let table_open = Memo::new(move |_| ctx.state.with(|s| s.table_open(PanelId::Node)));
    let on_table = Callback::new(move |o: bool| ctx.update(|s| *s = s.with_table(PanelId::Node, o)));
    let retention = panel_body(loaded, move |(now, before): (NodePeriod, Option<NodePeriod>)| {
        view! {
            <ViewsOnPlayback
                current=now.retention
                compare=before.map(|b| b.retention)
                seconds
                table_open=table_open.get()
                on_table
            />
        }
    });
    let columns = vec![
        Column::new(COUNT_HOTSPOT_CLICKED, t(Msg::Clicks), Kind::Count),
        Column::new("destination_level", t(Msg::DestinationLevel), Kind::Count).not_compared(),
    ];
    let expanded = Memo::new(move |_| ctx.state.with(|s| s.views.hotspots_open.clone()));
    let node_for_rows = node_id.clone();
    let s2 = structure.clone();
    let hotspots = panel_body(loaded, move |(now, before): (NodePeriod, Option<NodePeriod>)| {
        let rows = hotspot_rows(&s2, &node_for_rows, &now, before.as_ref());
        ctx.exports.set(
            PanelId::Hotspots,
            vec![csv_table(t(Msg::Hotspots), t(Msg::Hotspot), &columns, &rows)],
        );
        let on_expand = Callback::new(move |key: String| {
            ctx.update(|s| crate::state::views::toggle(&mut s.views.hotspots_open, key))
        });
        let s3 = s2.clone();
        let detail = Callback::new(move |(key, label): (String, String)| {
            let h = s3.hotspot(&key).cloned();
            view! { <HotspotClicks hotspot_id=key label hotspot=h seconds /> }.into_any()
        });
        let count = rows.len();
        view! {
            <p class="table-count">{if count == 1 { t(Msg::OneHotspot).to_string() } else { tf(Msg::NHotspots, &[&count.to_string()]) }}</p>
            <BreakdownTable
                caption=t(Msg::HotspotsOfVideo).to_string()
                dimension=t(Msg::Hotspot)
                columns=columns.clone()
                rows
                details=Some(Details {
                    expanded: expanded.get(),
                    on_expand,
                    label: t(Msg::WhenClicked),
                    draw: detail,
                })
            />
        }
    });
    let summary = stats.map(|n| view! { <NodeFacts n /> });
    view! {
        <section class="panel" aria-labelledby="node-title" data-ready=move || loaded.ready().to_string()>
            <Breadcrumb steps=vec![t(Msg::VideosOverview).to_string(), name.clone()] on_back=back />
            <div class="panel-head">
                <h2 id="node-title">{name.clone()}</h2>
                <crate::components::export_button::ExportButton panel=PanelId::Hotspots />
            </div>
            {summary}
            <h3 class="subheading">{t(Msg::RetentionInVideo)}</h3>
            {retention}
            <h3 class="subheading">{t(Msg::Hotspots)}</h3>
            {hotspots}
        </section>
    }
    .into_any()
}

/// A node's figures in the path, and whether it was deleted.
#[component]
fn NodeFacts(n: super::NodeStats) -> impl IntoView {
    view! {
        <ul class="node-facts">
            <li><span>{t(Msg::Level)}</span><strong>{n.level.map_or("—".to_string(), |l| l.to_string())}</strong></li>
            <li><span>{t(Msg::Plays)}</span><strong data-value=n.plays.to_string()>{format::count(n.plays)}</strong></li>
            <li><span>{t(Msg::UniqueViewers)}</span><strong>{format::count(n.unique)}</strong></li>
            <li><span>{t(Msg::AvgCompletion)}</span><strong>{format::percent(n.completion)}</strong></li>
            <li><span>{t(Msg::LeftThePath)}</span><strong>{format::count(n.exits)}</strong></li>
        </ul>
        {n.deleted.then(|| view! { <p class="notice-box">{t(Msg::VideoDeleted)}</p> })}
    }
}

/// What the node page says for a node the path does not have, with the way back to the overview.
#[component]
fn NoSuchNode(node_id: String) -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let back = move || {
        ctx.update(|s| {
            s.views.node = None;
            s.views.hotspots_open.clear();
        })
    };
    view! {
        <section class="panel" aria-labelledby="node-title" data-ready="true">
            <h2 id="node-title">{t(Msg::NoSuchVideo)}</h2>
            <p role="status">{tf(Msg::NoSuchVideoText, &[&node_id])}</p>
            <button type="button" on:click=move |_| back()>{t(Msg::BackToOverview)}</button>
        </section>
    }
}

/// When in the node viewers clicked one hotspot (56, or 57 for node switches), with the hotspot's active
/// window marked.
#[component]
fn HotspotClicks(hotspot_id: String, label: String, hotspot: Option<Hotspot>, seconds: f64) -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let switch = matches!(
        hotspot.as_ref().map(|h| &h.action),
        Some(HotspotAction::GoToNode(_))
    );
    let (report, metric) = if switch {
        (
            ReportType::InteractiveVideoNodeSwitchHotspotClickedPercentiles,
            COUNT_NODE_SWITCH,
        )
    } else {
        (
            ReportType::InteractiveVideoHotspotClickedPercentiles,
            COUNT_HOTSPOT_CLICKED,
        )
    };
    let id = hotspot_id.clone();
    let data = use_panel_data(
        move || (ctx.scope(), id.clone()),
        move |(scope, id): (Scope, String)| {
            let client = ctx.client();
            async move {
                let mut f = scope.filter(scope.current);
                f.hotspot_id_in = Some(id);
                let slots = client
                    .multirequest(&[table_call(report, f)])
                    .await
                    .map_err(|e| explain(&e))?;
                let t = table_at(&slots, 0)?;
                let mut clicks = vec![0.0; 100];
                for r in t.iter() {
                    if let Ok(p) = r.text("percentile").trim().parse::<usize>() {
                        if (1..=100).contains(&p) {
                            clicks[p - 1] = r.num(metric);
                        }
                    }
                }
                Ok(clicks)
            }
        },
    );
    let window = hotspot.as_ref().and_then(|h| {
        let total = seconds * 1000.0;
        match (h.start_ms, h.end_ms) {
            (Some(a), Some(b)) if total > 0.0 => Some((a as f64 / total * 100.0, b as f64 / total * 100.0)),
            _ => None,
        }
    });
    let body = panel_body(data, move |clicks: Vec<f64>| {
        let max = clicks.iter().copied().fold(0.0_f64, f64::max);
        let total: f64 = clicks.iter().sum();
        let peak = clicks
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .filter(|(_, v)| **v > 0.0)
            .map(|(i, v)| {
                tf(
                    Msg::MostClicksAt,
                    &[&format::count(*v), &clock(seconds * (i + 1) as f64 / 100.0)],
                )
            })
            .unwrap_or_else(|| t(Msg::NoClicks).into());
        let window_text = window
            .map(|(a, b)| {
                tf(
                    Msg::ShownFromTo,
                    &[&clock(seconds * a / 100.0), &clock(seconds * b / 100.0)],
                )
            })
            .unwrap_or_else(|| t(Msg::WindowUnknown).into());
        // Whole translated sentences: the window known, or said to be unknown.
        let caption = if window.is_some() {
            tf(
                Msg::ClicksCaptionWindow,
                &[&format::count(total), &peak, &window_text],
            )
        } else {
            tf(Msg::ClicksCaptionNoWindow, &[&format::count(total), &peak])
        };
        let bars = clicks
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let outside = window.is_some_and(|(a, b)| ((i + 1) as f64) < a.floor() || (i as f64) >= b.ceil());
                let h = if max > 0.0 { (v / max * 100.0).max(if *v > 0.0 { 4.0 } else { 0.0 }) } else { 0.0 };
                view! {
                    <span class=if outside { "click-bar outside" } else { "click-bar" } title=tf(Msg::ClicksAt, &[&clock(seconds * (i + 1) as f64 / 100.0), &format::count(*v)])>
                        <span style=format!("height:{h:.0}%")></span>
                    </span>
                }
            })
            .collect_view();
        view! {
            <div class="click-timeline" role="img" aria-label=tf(Msg::ClicksOverVideo, &[&label, &format::count(total), &peak, &window_text])>
                {bars}
            </div>
            <div class="heat-axis" aria-hidden="true"><span>"0:00"</span><span>{clock(seconds)}</span></div>
            <p class="heat-caption">{caption}</p>
        }
    });
    view! { <div class="hotspot-clicks" data-ready=move || data.ready().to_string()>{body}</div> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn hotspot_rows_list_every_hotspot_with_clicks_and_destinations() {
        let data = json!({
            "pathData": {"startNodeId": "a"},
            "nodes": [
                {"id": "a", "name": "A", "interactions": [
                    {"id": "h1", "data": {"text": {"label": "To B"}, "behavior": {"type": "GoToNode", "nodeId": "b"}}},
                    {"id": "h2", "data": {"text": {"label": ""}, "behavior": {"type": "GoToUrl", "url": "https://x"}}},
                    {"id": "h3", "data": {"text": {"label": "Stop"}, "behavior": {"type": "Pause"}}}
                ]},
                {"id": "b", "name": "B"}
            ]
        });
        let s = PathStructure::parse(&json!({"data": data.to_string()})).unwrap();
        let now = NodePeriod {
            retention: PlaybackSeries::default(),
            clicks: vec![("h2".into(), 3.0), ("h1".into(), 7.0), ("hx".into(), 1.0)],
        };
        let rows = hotspot_rows(&s, "a", &now, None);
        let ids: Vec<_> = rows.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(ids, vec!["h1", "h2", "hx", "h3"]);
        assert_eq!(rows[0].values, vec![7.0, 2.0]);
        assert_eq!(rows[0].note.as_deref(), Some("Video: B"));
        assert_eq!(rows[1].label, "No name (h2)");
        assert_eq!(rows[1].note.as_deref(), Some("Link: https://x"));
        assert_eq!(rows[3].values[0], 0.0);
        assert_eq!(rows[3].note.as_deref(), Some("Pauses the video"));
    }
}
