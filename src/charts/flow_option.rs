//! The path flow's option: a `graph` series with fixed positions (loops back to earlier levels are
//! allowed, which a Sankey diagram cannot draw). The panel lays the path out and words the labels and
//! tooltips ([`FlowNode`], [`FlowEdge`]); this draws them.
//!
//! charming's types build the styles, labels and tooltips. charming 0.6's graph series keeps neither a
//! style, label nor tooltip per node or link, nor `draggable`, `edgeSymbolSize`, `emphasis` or margins,
//! its labels have no `width`, `overflow` or `lineHeight`, and its tooltip no `confine`: those parts are
//! the small typed structs below.

use super::colors;
use charming::element::{
    BorderType, Formatter, ItemStyle, Label, LabelPosition, LineStyle, LineStyleType, Tooltip, Trigger,
};
use serde::Serialize;
use serde_json::Value;

/// What a node of the flow is, which decides how it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlowNodeKind {
    /// The path's first node.
    Start,
    /// Any other live node.
    Node,
    /// A deleted node that still has plays.
    Deleted,
    /// The end of a link to a web page.
    WebLink,
    /// Where a hotspot that pauses the video leads: nowhere but a pause.
    Pause,
}

impl FlowNodeKind {
    /// An end of a link that is not a video of the path (drawn small, its label beside it).
    pub fn is_link_end(self) -> bool {
        matches!(self, FlowNodeKind::WebLink | FlowNodeKind::Pause)
    }
}

/// A node placed on the flow.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowNode {
    /// Its id (links refer to it; a click opens the node with this key).
    pub id: String,
    /// Its name.
    pub name: String,
    /// Where it is, in chart units.
    pub x: f64,
    /// Where it is, in chart units.
    pub y: f64,
    /// Its plays (or a link's clicks).
    pub value: f64,
    /// Its circle's diameter.
    pub size: f64,
    /// How it is drawn.
    pub kind: FlowNodeKind,
    /// The text under it.
    pub label: String,
    /// Its tooltip (HTML: names already escaped).
    pub tooltip: String,
}

/// A link of the flow.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowEdge {
    /// The node clicked in.
    pub source: String,
    /// Where the click led: a node, or a web link's end.
    pub target: String,
    /// Its clicks.
    pub clicks: f64,
    /// Its line's width.
    pub width: f64,
    /// How much it bends (more for links back to an earlier level).
    pub curveness: f64,
    /// It leads to a web page (drawn dashed).
    pub web_link: bool,
    /// Its tooltip (HTML: names already escaped).
    pub tooltip: String,
}

#[derive(Serialize)]
struct FlowChart {
    animation: bool,
    tooltip: ConfinedTooltip,
    series: [GraphSeries; 1],
}

/// A tooltip kept inside the chart (charming's has no `confine`): long node names stay readable on a
/// phone.
#[derive(Serialize)]
struct ConfinedTooltip {
    #[serde(flatten)]
    tooltip: Tooltip,
    confine: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct GraphSeries {
    #[serde(rename = "type")]
    kind: &'static str,
    layout: &'static str,
    roam: bool,
    draggable: bool,
    edge_symbol: [&'static str; 2],
    edge_symbol_size: f64,
    emphasis: GraphEmphasis,
    line_style: LineStyle,
    data: Vec<NodeItem>,
    links: Vec<EdgeItem>,
    left: f64,
    right: f64,
    label_layout: LabelLayout,
}

/// How labels give way (charming 0.6 has no `labelLayout`): a label that would overlap one drawn before
/// it is hidden (ECharts draws larger values first, so videos keep theirs over link ends); its name stays
/// in the tooltip and the table twin. On a phone the levels stand close and labels met.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LabelLayout {
    hide_overlap: bool,
}

/// Hovering a node lights its links.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct GraphEmphasis {
    focus: &'static str,
    line_style: LineStyle,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct NodeItem {
    id: String,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<String>,
    x: f64,
    y: f64,
    value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    symbol: Option<&'static str>,
    symbol_size: f64,
    item_style: ItemStyle,
    label: WrappedLabel,
    tooltip: Tooltip,
}

/// A label with the wrapping charming's lacks.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WrappedLabel {
    #[serde(flatten)]
    label: Label,
    width: f64,
    overflow: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line_height: Option<f64>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct EdgeItem {
    source: String,
    target: String,
    value: f64,
    line_style: LineStyle,
    tooltip: Tooltip,
}

fn tooltip(text: &str) -> Tooltip {
    Tooltip::new().formatter(Formatter::String(text.to_string()))
}

/// How a node of `kind` is drawn: its fill and border, and its label.
fn node_look(n: &FlowNode) -> (ItemStyle, WrappedLabel) {
    let style = match n.kind {
        FlowNodeKind::Deleted => ItemStyle::new()
            .color(colors::NODE_DELETED)
            .border_type(BorderType::Dashed)
            .border_color(colors::NODE_DELETED_BORDER)
            .border_width(2.0),
        FlowNodeKind::Start => ItemStyle::new()
            .color(colors::NODE_START)
            .border_color(colors::NODE_START_BORDER)
            .border_width(3.0),
        FlowNodeKind::Node => ItemStyle::new().color(colors::NODE),
        FlowNodeKind::WebLink => ItemStyle::new().color(colors::WEB_LINK),
        FlowNodeKind::Pause => ItemStyle::new()
            .color(colors::BASE)
            .border_color(colors::WEB_LINK)
            .border_width(2.0),
    };
    let label = if n.kind.is_link_end() {
        WrappedLabel {
            label: Label::new()
                .show(true)
                .color(colors::TEXT)
                .position(LabelPosition::Right)
                .formatter(Formatter::String(n.label.clone())),
            width: 120.0,
            overflow: "truncate",
            line_height: None,
        }
    } else {
        WrappedLabel {
            label: Label::new()
                .show(true)
                .color(colors::TEXT)
                .position(LabelPosition::Bottom)
                .distance(6.0)
                .formatter(Formatter::String(n.label.clone())),
            width: 150.0,
            overflow: "break",
            line_height: Some(15.0),
        }
    };
    (style, label)
}

/// The flow's option.
pub fn flow_option(nodes: &[FlowNode], edges: &[FlowEdge]) -> Value {
    let data = nodes
        .iter()
        .map(|n| {
            let (item_style, label) = node_look(n);
            let web = n.kind.is_link_end();
            NodeItem {
                id: n.id.clone(),
                name: n.name.clone(),
                code: (!web).then(|| n.id.clone()),
                x: n.x,
                y: n.y,
                value: n.value,
                symbol: web.then_some("roundRect"),
                symbol_size: n.size,
                item_style,
                label,
                tooltip: tooltip(&n.tooltip),
            }
        })
        .collect();
    let links = edges
        .iter()
        .map(|e| EdgeItem {
            source: e.source.clone(),
            target: e.target.clone(),
            value: e.clicks,
            line_style: LineStyle::new()
                .width(e.width)
                .curveness(e.curveness)
                .opacity(0.55)
                .type_(if e.web_link {
                    LineStyleType::Dashed
                } else {
                    LineStyleType::Solid
                }),
            tooltip: tooltip(&e.tooltip),
        })
        .collect();
    super::option_value(&FlowChart {
        animation: false,
        tooltip: ConfinedTooltip {
            tooltip: Tooltip::new().trigger(Trigger::Item),
            confine: true,
        },
        series: [GraphSeries {
            kind: "graph",
            layout: "none",
            roam: true,
            draggable: false,
            edge_symbol: ["none", "arrow"],
            edge_symbol_size: 9.0,
            emphasis: GraphEmphasis {
                focus: "adjacency",
                line_style: LineStyle::new().opacity(0.9),
            },
            line_style: LineStyle::new().color("source"),
            data,
            links,
            left: 90.0,
            right: 170.0,
            label_layout: LabelLayout { hide_overlap: true },
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn node(id: &str, kind: FlowNodeKind) -> FlowNode {
        FlowNode {
            id: id.into(),
            name: id.to_uppercase(),
            x: 0.0,
            y: 0.0,
            value: 3.0,
            size: 20.0,
            kind,
            label: "{b}".into(),
            tooltip: "tip".into(),
        }
    }

    #[test]
    fn the_flow_option_draws_videos_link_ends_and_pauses_apart() {
        let nodes = vec![
            node("a", FlowNodeKind::Start),
            node("link:1", FlowNodeKind::WebLink),
            node("link:2", FlowNodeKind::Pause),
        ];
        let edges = vec![FlowEdge {
            source: "a".into(),
            target: "link:1".into(),
            clicks: 2.0,
            width: 3.0,
            curveness: 0.1,
            web_link: true,
            tooltip: "edge".into(),
        }];
        let o = flow_option(&nodes, &edges);
        let series = &o["series"][0];
        assert_eq!(series["type"], "graph");
        assert_eq!(series["labelLayout"], json!({"hideOverlap": true}));
        assert_eq!(o["tooltip"]["confine"], true);
        let data = series["data"].as_array().unwrap();
        assert_eq!(data[0]["code"], "a", "a video opens its page");
        assert_eq!(data[0]["itemStyle"]["borderWidth"], 3.0);
        for end in &data[1..] {
            assert_eq!(end["symbol"], "roundRect");
            assert_eq!(end.get("code"), None, "a link end opens nothing");
            assert_eq!(end["label"]["position"], "right");
        }
        assert_eq!(data[2]["itemStyle"]["borderColor"], colors::WEB_LINK);
        assert_eq!(data[2]["itemStyle"]["color"], colors::BASE, "a pause is hollow");
        assert_eq!(series["links"][0]["lineStyle"]["type"], "dashed");
    }
}
