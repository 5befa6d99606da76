//! The interactive path's panels: the path flow (a diagram by level), the videos overview (every node with
//! its plays, viewers, completion and level, deleted nodes kept and marked), and a node's own page.
//! One request feeds the flow and the overview: the path's structure, the node plays (report 50), and the
//! hotspot clicks that switch nodes (55) or open links and pause (54).

pub mod flow;
pub mod node;
pub mod videos;

use crate::api::{explain, explain_response, slot_value, table_at, Slot};
use crate::components::panel::panel_body;
use crate::components::panel::ExportablePanel;
use crate::dashboard::panel_data::use_panel_data_when;
use crate::dashboard::PanelId;
use crate::dashboard::{DashboardContext, Scope};
use crate::i18n::{t, tf, Msg};
use leptos::prelude::*;
use report_api::headers::*;
use report_api::interactive::{HotspotAction, PathStructure};
use report_api::metadata::interactivity_get;
use report_api::{Pager, ReportAction, ReportCall, ReportTable, ReportType, ServiceCall};

/// The calls behind the flow and the overview: structure, then per period node plays, then (current
/// period) node switches and other hotspot clicks, then (compare period) node switches.
pub fn path_calls(scope: &Scope) -> Vec<ServiceCall> {
    // As many rows as the path may have nodes: every node is drawn and listed.
    let table = |report, f, order: &str| {
        ReportCall::new(
            ReportAction::GetTable {
                pager: Pager::new(report_api::fit::MAX_PATH_NODES as u32, 1),
                order: Some(order.to_string()),
            },
            report,
            f,
        )
        .to_service_call()
    };
    let mut calls = vec![interactivity_get(&scope.entry_id)];
    for bounds in scope.periods() {
        calls.push(table(
            ReportType::InteractiveVideoTopNodes,
            scope.plain_filter(bounds),
            &format!("-{COUNT_NODE_PLAYS}"),
        ));
    }
    calls.push(table(
        ReportType::InteractiveVideoNodeSwitchTopHotspots,
        scope.filter(scope.current),
        &format!("-{COUNT_NODE_SWITCH}"),
    ));
    calls.push(table(
        ReportType::InteractiveVideoNodeTopHotspots,
        scope.filter(scope.current),
        &format!("-{COUNT_HOTSPOT_CLICKED}"),
    ));
    // The compare period's switches, for where its viewers left the path.
    if let Some(bounds) = scope.compare {
        calls.push(table(
            ReportType::InteractiveVideoNodeSwitchTopHotspots,
            scope.filter(bounds),
            &format!("-{COUNT_NODE_SWITCH}"),
        ));
    }
    calls
}

/// Paths with more nodes than this draw their videos overview a task after their flow.
const LONG_PATH_NODES: usize = 30;

/// One node with its numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeStats {
    /// Node id.
    pub id: String,
    /// Its name in the path editor (`Node <id>` for a node only the reports know).
    pub name: String,
    /// Level (start = 1), `None` when unreachable or deleted.
    pub level: Option<u32>,
    /// Deleted from the path.
    pub deleted: bool,
    /// When it was deleted.
    pub delete_date: Option<i64>,
    /// The path's first node.
    pub start: bool,
    /// Plays of the node.
    pub plays: f64,
    /// Distinct viewers.
    pub unique: f64,
    /// Average completion (0–100).
    pub completion: f64,
    /// The same figures in the compare period (`None` when not comparing).
    pub previous: Option<NodeFigures>,
    /// Clicks that switched to another node from here.
    pub switches_out: f64,
    /// Plays that did not switch to another node: where viewers left the path (or the path ended).
    pub exits: f64,
}

/// A node's figures in one period: what the compare period shows beside the current one.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct NodeFigures {
    /// Plays of the node.
    pub plays: f64,
    /// Distinct viewers.
    pub unique: f64,
    /// Average completion (0–100).
    pub completion: f64,
    /// Plays that did not switch to another node.
    pub exits: f64,
}

/// Whether a name already says it was deleted (editors often rename a node or hotspot "… (deleted)"
/// as they remove it): the page then adds no mark of its own, so it reads "(deleted)" once.
pub fn says_deleted(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.contains("deleted") || lower.contains(&t(Msg::Deleted).to_lowercase())
}

/// One link of the flow: a hotspot click from a node to a node or a URL.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowLink {
    /// The node clicked in.
    pub from: String,
    /// The hotspot's id (each hotspot is one link).
    pub hotspot: String,
    /// The hotspot's text on the video (empty when the structure lacks it).
    pub label: String,
    /// The destination: a node id, or a URL for links.
    pub to: String,
    /// The destination is a node.
    pub to_node: bool,
    /// The hotspot pauses the video (its destination is no place).
    pub pause: bool,
    /// Clicks in the period: the link's width.
    pub clicks: f64,
}

/// The path with its numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct PathData {
    /// The structure (empty when the path has none).
    pub structure: PathStructure,
    /// Why the structure is missing, if it is.
    pub structure_note: Option<String>,
    /// The structure could not be read (an error, not a path without one): the flow cannot be drawn.
    pub structure_failed: bool,
    /// Every node with numbers, live ones first.
    pub nodes: Vec<NodeStats>,
    /// The links, largest first.
    pub links: Vec<FlowLink>,
}

/// The path's structure as read: the structure, what to say when it could not be read, and whether that
/// was an error (a path without interactivity data is not one).
fn read_structure(slot: Option<&Slot>) -> (PathStructure, Option<String>, bool) {
    match slot_value(slot) {
        Ok(v) => match PathStructure::parse_with(v, |text| {
            crate::lean::json::parse_keeping(text, "nodes", report_api::fit::MAX_PATH_NODES as u32)
        }) {
            Ok(s) => (s, None, false),
            Err(e) => (PathStructure::default(), Some(explain_response(&e)), true),
        },
        Err(report_api::ResponseError::Api(e)) if e.code == "NO_INTERACTIVITY_DATA" => (
            PathStructure::default(),
            Some(t(Msg::NoStructure).to_string()),
            false,
        ),
        Err(e) => (PathStructure::default(), Some(explain_response(&e)), true),
    }
}

/// The flow's links from the node-switch and hotspot-click reports, largest first.
fn flow_links(structure: &PathStructure, switches: &ReportTable, clicks: &ReportTable) -> Vec<FlowLink> {
    let mut links: Vec<FlowLink> = vec![];
    for (t, metric) in [(switches, COUNT_NODE_SWITCH), (clicks, COUNT_HOTSPOT_CLICKED)] {
        for r in t.iter() {
            let id = r.text("hotspot_id");
            // A node-switch hotspot's clicks can be in both reports: the switch report (first) wins.
            if id.is_empty() || id == "Unknown" || links.iter().any(|l| l.hotspot == id) {
                continue;
            }
            let h = structure.hotspot(id);
            let to = r.text("destination").to_string();
            let to_node = match h.map(|h| &h.action) {
                Some(HotspotAction::GoToNode(_)) => true,
                Some(_) => false,
                None => structure.node(&to).is_some(),
            };
            links.push(FlowLink {
                from: h.map(|h| h.node_id.clone()).unwrap_or_default(),
                hotspot: id.to_string(),
                label: h.map(|h| h.label.clone()).unwrap_or_default(),
                to,
                to_node,
                pause: h.is_some_and(|h| h.action == HotspotAction::Pause),
                clicks: r.num(metric),
            });
        }
    }
    crate::lean::sort::sort_by(&mut links, |a, b| b.clicks.total_cmp(&a.clicks));
    links
}

impl NodeStats {
    /// A node with no numbers yet.
    fn empty(id: String, name: String, comparing: bool) -> NodeStats {
        NodeStats {
            id,
            name,
            level: None,
            deleted: false,
            delete_date: None,
            start: false,
            plays: 0.0,
            unique: 0.0,
            completion: 0.0,
            previous: comparing.then_some(NodeFigures::default()),
            switches_out: 0.0,
            exits: 0.0,
        }
    }
}

/// Every node with its numbers: the structure's nodes, then those only the reports know (their numbers
/// are real), with plays, viewers, completion, the compare period's plays, switches out and exits.
fn node_stats(
    structure: &PathStructure,
    plays: &ReportTable,
    previous: Option<(&ReportTable, &[FlowLink])>,
    links: &[FlowLink],
) -> Vec<NodeStats> {
    let mut nodes: Vec<NodeStats> = structure
        .nodes
        .iter()
        .map(|n| NodeStats {
            level: n.level,
            deleted: n.deleted,
            delete_date: n.delete_date,
            start: structure.start_node.as_deref() == Some(n.id.as_str()),
            ..NodeStats::empty(n.id.clone(), n.name.clone(), previous.is_some())
        })
        .collect();
    for r in plays.iter() {
        let id = r.text("node_id");
        if id.is_empty() || id == "0" {
            continue;
        }
        if !nodes.iter().any(|n| n.id == id) {
            nodes.push(NodeStats::empty(
                id.to_string(),
                tf(Msg::NodeId, &[id]),
                previous.is_some(),
            ));
        }
        if let Some(n) = nodes.iter_mut().find(|n| n.id == id) {
            n.plays = r.num(COUNT_NODE_PLAYS);
            n.unique = r.num(UNIQUE_KNOWN_USERS);
            n.completion = r.num(AVG_COMPLETION_RATE);
        }
    }
    for r in previous.iter().flat_map(|(p, _)| p.iter()) {
        if let Some(n) = nodes.iter_mut().find(|n| n.id == r.text("node_id")) {
            n.previous = Some(NodeFigures {
                plays: r.num(COUNT_NODE_PLAYS),
                unique: r.num(UNIQUE_KNOWN_USERS),
                completion: r.num(AVG_COMPLETION_RATE),
                exits: 0.0,
            });
        }
    }
    let switches_out = |links: &[FlowLink], id: &str| -> f64 {
        links
            .iter()
            .filter(|l| l.to_node && l.from == id)
            .map(|l| l.clicks)
            .sum()
    };
    for n in &mut nodes {
        n.switches_out = switches_out(links, &n.id);
        n.exits = (n.plays - n.switches_out).max(0.0);
        if let (Some(p), Some((_, before))) = (n.previous.as_mut(), previous) {
            p.exits = (p.plays - switches_out(before, &n.id)).max(0.0);
        }
    }
    nodes
}

/// Joins the structure and the reports.
pub fn parse_path(slots: &[Slot], comparing: bool) -> Result<PathData, String> {
    let (structure, structure_note, structure_failed) = read_structure(slots.first());
    let plays = table_at(slots, 1)?;
    let previous = if comparing {
        Some(table_at(slots, 2)?)
    } else {
        None
    };
    let at = if comparing { 3 } else { 2 };
    let links = flow_links(&structure, &table_at(slots, at)?, &table_at(slots, at + 1)?);
    let previous_links = match &previous {
        Some(_) => flow_links(&structure, &table_at(slots, at + 2)?, &ReportTable::default()),
        None => vec![],
    };
    let nodes = node_stats(
        &structure,
        &plays,
        previous.as_ref().map(|p| (p, previous_links.as_slice())),
        &links,
    );
    Ok(PathData {
        structure,
        structure_note,
        structure_failed,
        nodes,
        links,
    })
}

/// The path panels: flow and overview, or a node's page when one is open.
#[component]
pub fn PathPanels() -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let data = use_panel_data_when(
        move || ctx.primed.get(),
        move || ctx.scope(),
        move |scope: Scope| {
            let client = ctx.client();
            async move {
                let slots = client
                    .multirequest(&path_calls(&scope))
                    .await
                    .map_err(|e| explain(&e))?;
                parse_path(&slots, scope.comparing())
            }
        },
    );
    let node = Memo::new(move |_| ctx.state.with(|s| s.views.node.clone()));
    let status = data.status();
    let ready = move || status.ready.get().to_string();
    let flow = std::sync::Arc::new(panel_body(data, move |d: PathData| {
        // Without the structure there are no levels to draw: the flow's own error, with a retry.
        match (&d.structure_note, d.structure_failed) {
            (Some(note), true) => {
                let message = tf(Msg::StructureFailed, &[note]);
                view! { <crate::components::panel_error::PanelError message on_retry=data.retry /> }
                    .into_any()
            }
            _ => {
                let left_out = d.structure.omitted_nodes;
                view! {
                    <crate::components::left_out::LeftOut count=left_out message=Msg::NodesLeftOut />
                    <flow::PathFlow data=d />
                }
                .into_any()
            }
        }
    }));
    let sort = Memo::new(move |_| ctx.state.with(|s| s.views.videos_sort));
    let videos = std::sync::Arc::new(panel_body(data, move |d: PathData| {
        let sort = sort.get();
        // A long path's overview is drawn a task after its flow (the two in one task took 280 ms).
        if d.nodes.len() > LONG_PATH_NODES {
            view! {
                <crate::components::in_next_task::InNextTask>
                    <videos::VideosOverview data=d.clone() sort />
                </crate::components::in_next_task::InNextTask>
            }
            .into_any()
        } else {
            view! { <videos::VideosOverview data=d sort /> }.into_any()
        }
    }));
    let node_page = std::sync::Arc::new(panel_body(data, move |d: PathData| {
        node.get_untracked()
            .map(|id| view! { <node::NodePage data=d node_id=id /> })
    }));
    move || {
        if node.get().is_some() {
            let page = node_page.clone();
            view! { <div class="node-page" data-ready=ready>{move || page()}</div> }.into_any()
        } else {
            let (flow, videos) = (flow.clone(), videos.clone());
            view! {
                <ExportablePanel name=PanelId::Flow title=t(Msg::PathFlow).to_string() status>
                    {move || flow()}
                </ExportablePanel>
                <ExportablePanel name=PanelId::Videos title=t(Msg::VideosOverview).to_string() status>
                    {move || videos()}
                </ExportablePanel>
            }
            .into_any()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn structure() -> serde_json::Value {
        let data = json!({
            "pathData": {"startNodeId": "a"},
            "nodes": [
                {"id": "a", "name": "A", "entryId": "0_a", "interactions": [
                    {"id": "h1", "data": {"text": {"label": "To B"}, "behavior": {"type": "GoToNode", "nodeId": "b"}}},
                    {"id": "h2", "data": {"text": {"label": "Site"}, "behavior": {"type": "GoToUrl", "url": "https://x"}}},
                    {"id": "h3", "data": {"text": {"label": "Think"}, "behavior": {"type": "Pause"}}}
                ]},
                {"id": "b", "name": "B", "entryId": "0_b"}
            ],
            "analyticsData": {"deletedNodes": [{"id": "z", "label": "Old", "deleteDate": 1}]}
        });
        json!({"data": data.to_string()})
    }

    fn t(header: &str, data: &str) -> Slot {
        Ok(json!({"objectType":"KalturaReportTable","header":header,"data":data,"totalCount":1}))
    }

    #[test]
    fn nodes_links_and_exits_come_together() {
        let slots = vec![
            Ok(structure()),
            t(
                "node_id|count_node_plays|unique_known_users|avg_completion_rate",
                "a|10|8|50;b|6|5|90;0|3|3|0;",
            ),
            t(
                "hotspot_id|destination|count_node_switch",
                "h1|b|6;Unknown|Unknown|2;",
            ),
            t(
                "hotspot_id|destination|count_hotspot_clicked",
                "h2|https://x|1;h1|b|6;h3|Unknown|4;",
            ),
        ];
        let d = parse_path(&slots, false).unwrap();
        let ids: Vec<_> = d.nodes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, vec!["a", "b", "z"]);
        assert!(d.nodes[0].start);
        assert_eq!(d.nodes[0].exits, 4.0);
        assert_eq!(d.nodes[1].exits, 6.0);
        assert!(d.nodes[2].deleted);
        assert_eq!(d.links.len(), 3);
        assert_eq!(
            (
                d.links[0].from.as_str(),
                d.links[0].to.as_str(),
                d.links[0].to_node
            ),
            ("a", "b", true)
        );
        // The pause hotspot is a pause, not a link to a page called "Unknown".
        let pause = d.links.iter().find(|l| l.hotspot == "h3").unwrap();
        assert!(pause.pause && !pause.to_node);
        let (nodes, _) = flow::flow_parts(&d);
        let end = nodes.iter().find(|n| n.name == "Think").unwrap();
        assert_eq!(end.kind, crate::charts::flow_option::FlowNodeKind::Pause);
        assert!(end.tooltip.starts_with("Pauses the video"), "{}", end.tooltip);
        assert!(!nodes.iter().any(|n| n.name == "Unknown"));
        let site = d.links.iter().find(|l| l.hotspot == "h2").unwrap();
        assert!(!site.pause && !site.to_node);
    }

    #[test]
    fn a_deleted_name_says_so_once() {
        assert!(says_deleted("Old introduction (deleted)"));
        assert!(says_deleted("Old menu (Deleted)"));
        assert!(!says_deleted("Fire drill"));
    }

    #[test]
    fn a_path_without_structure_still_shows_its_numbers() {
        let slots = vec![
            Err(report_api::ApiError::new("NO_INTERACTIVITY_DATA", "none", &[])),
            t(
                "node_id|count_node_plays|unique_known_users|avg_completion_rate",
                "x|2|1|10;",
            ),
            Ok(json!({"objectType":"KalturaReportTable"})),
            Ok(json!({"objectType":"KalturaReportTable"})),
        ];
        let d = parse_path(&slots, false).unwrap();
        assert!(d.structure_note.is_some());
        assert!(!d.structure_failed, "a path without a structure is not an error");
        let mut failed = slots.clone();
        failed[0] = Err(report_api::ApiError::internal());
        let d = parse_path(&failed, false).unwrap();
        assert!(d.structure_failed, "a structure that failed to load is an error");
        assert_eq!(d.nodes.len(), 1);
        assert_eq!(d.nodes[0].plays, 2.0);
    }

    #[test]
    fn calls_filter_by_root_entry() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let r = report_api::time_range::DayRange::new(day, day);
        let z = report_api::time_range::Zone::Fixed(0);
        let scope = Scope {
            entry_id: "0_p".into(),
            zone: z,
            current_days: r,
            compare_days: None,
            current: r.bounds(z),
            compare: None,
            filters: Default::default(),
            monthly: false,
            page: crate::dashboard::PageKind::Interactive,
        };
        let calls = path_calls(&scope);
        assert_eq!(calls.len(), 4);
        assert_eq!(calls[0].service, "interactivity_interactivity");
        assert_eq!(calls[1].params["reportType"], "50");
        assert_eq!(calls[1].params["reportInputFilter"]["rootEntryIdIn"], "0_p");
        assert_eq!(
            calls[1].params["reportInputFilter"]["objectType"],
            "KalturaReportInputFilter"
        );
        assert_eq!(calls[2].params["reportType"], "55");
        assert_eq!(calls[3].params["reportType"], "54");
    }
}
