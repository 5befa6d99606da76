//! The structure of an interactive path (`interactivity.get` → `data`, a JSON string): its nodes, their
//! hotspots, the start node, what was deleted, and each node's level (breadth-first depth from the start).

use crate::error::ResponseError;
use serde_json::Value;
use std::collections::{HashMap, VecDeque};

/// What a hotspot does when clicked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HotspotAction {
    /// Switches to another node (its id).
    GoToNode(String),
    /// Opens a link.
    GoToUrl(String),
    /// Pauses the video.
    Pause,
    /// Anything else the editor may add.
    Other(String),
}

/// A hotspot (an interaction of a node).
#[derive(Debug, Clone, PartialEq)]
pub struct Hotspot {
    /// Its id (`hotspot_id` in reports 54–57).
    pub id: String,
    /// The node it sits on.
    pub node_id: String,
    /// Its label ("" when it has none).
    pub label: String,
    /// What it does.
    pub action: HotspotAction,
    /// When it shows, in ms from the node's start (`None` = unknown).
    pub start_ms: Option<u64>,
    /// When it hides.
    pub end_ms: Option<u64>,
    /// Removed from the path (history only).
    pub deleted: bool,
}

/// A node: one video of the path.
#[derive(Debug, Clone, PartialEq)]
pub struct PathNode {
    /// Its id (`node_id` in report 50).
    pub id: String,
    /// Its name in the path editor.
    pub name: String,
    /// The entry it plays.
    pub entry_id: String,
    /// Its video's length in milliseconds (0 when unknown).
    pub ms_duration: u64,
    /// Removed from the path (history only).
    pub deleted: bool,
    /// When it was removed (unix seconds).
    pub delete_date: Option<i64>,
    /// Breadth-first depth from the start node (start = 1); `None` when unreachable.
    pub level: Option<u32>,
}

/// The whole path.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PathStructure {
    /// The node playing first.
    pub start_node: Option<String>,
    /// Live nodes, then deleted ones.
    pub nodes: Vec<PathNode>,
    /// Hotspots of every node, live then deleted.
    pub hotspots: Vec<Hotspot>,
    /// Nodes left out: a structure may hold at most [`crate::fit::MAX_PATH_NODES`] live and as many
    /// deleted nodes.
    pub omitted_nodes: u64,
}

/// The items of a JSON array (none when `v` is absent or not an array).
fn list(v: Option<&Value>) -> impl Iterator<Item = &Value> {
    v.and_then(Value::as_array).into_iter().flatten()
}

fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn action(b: Option<&Value>) -> HotspotAction {
    let Some(b) = b else {
        return HotspotAction::Other(String::new());
    };
    match text(b, "type").as_str() {
        "GoToNode" => HotspotAction::GoToNode(text(b, "nodeId")),
        "GoToUrl" => HotspotAction::GoToUrl(text(b, "url")),
        "Pause" => HotspotAction::Pause,
        other => HotspotAction::Other(other.to_string()),
    }
}

impl PathStructure {
    /// Reads the answer of `interactivity.get`: an object whose `data` is the structure as a JSON string
    /// (an object is accepted too).
    pub fn parse(answer: &Value) -> Result<PathStructure, ResponseError> {
        Self::parse_with(answer, |s| serde_json::from_str(s).map_err(|e| e.to_string()))
    }

    /// [`PathStructure::parse`] with another reader of the JSON string in `data` (the browser app reads
    /// it with the browser's own `JSON.parse`).
    pub fn parse_with(
        answer: &Value,
        read_json: impl Fn(&str) -> Result<Value, String>,
    ) -> Result<PathStructure, ResponseError> {
        let data: Value = match answer.get("data") {
            Some(Value::String(s)) => read_json(s)
                .map_err(|e| ResponseError::malformed(format!("the path structure is not JSON: {e}")))?,
            Some(v @ Value::Object(_)) => v.clone(),
            _ => return Err(ResponseError::malformed("the path structure has no data")),
        };
        let max = crate::fit::MAX_PATH_NODES;
        let analytics = data.get("analyticsData");
        let live = list(data.get("nodes")).count();
        let deleted = list(analytics.and_then(|a| a.get("deletedNodes"))).count();
        let mut p = PathStructure {
            omitted_nodes: crate::fit::omitted(answer)
                + crate::fit::omitted(&data)
                + live.saturating_sub(max) as u64
                + deleted.saturating_sub(max) as u64,
            start_node: data
                .get("pathData")
                .map(|d| text(d, "startNodeId"))
                .filter(|s| !s.is_empty()),
            ..Default::default()
        };
        let mut children: HashMap<String, Vec<String>> = HashMap::new();
        for n in list(data.get("nodes")).take(max) {
            p.read_live_node(n, &mut children);
        }
        p.read_deleted(analytics, max);
        p.assign_levels(&children);
        Ok(p)
    }

    /// Adds a live node and its hotspots; where its hotspots and pre-buffered switches lead goes into
    /// `children`.
    fn read_live_node(&mut self, n: &Value, children: &mut HashMap<String, Vec<String>>) {
        let id = text(n, "id");
        if id.is_empty() {
            return;
        }
        for i in list(n.get("interactions")) {
            let act = action(i.get("data").and_then(|d| d.get("behavior")));
            if let HotspotAction::GoToNode(dest) = &act {
                children.entry(id.clone()).or_default().push(dest.clone());
            }
            for pre in list(i.get("pathData").and_then(|d| d.get("preBuffer"))) {
                let dest = text(pre, "nodeId");
                if !dest.is_empty() {
                    children.entry(id.clone()).or_default().push(dest);
                }
            }
            self.hotspots.push(Hotspot {
                id: text(i, "id"),
                node_id: id.clone(),
                label: i
                    .get("data")
                    .and_then(|d| d.get("text"))
                    .map(|t| text(t, "label"))
                    .unwrap_or_default(),
                action: act,
                start_ms: i.get("startTime").and_then(Value::as_u64),
                end_ms: i.get("endTime").and_then(Value::as_u64),
                deleted: false,
            });
        }
        self.nodes.push(PathNode {
            name: text(n, "name"),
            entry_id: text(n, "entryId"),
            ms_duration: n
                .get("pathData")
                .and_then(|d| d.get("msDuration"))
                .and_then(Value::as_u64)
                .unwrap_or(0),
            deleted: false,
            delete_date: None,
            level: None,
            id,
        });
    }

    /// Adds the deleted nodes (at most `max`) and deleted hotspots the analytics data keeps.
    fn read_deleted(&mut self, analytics: Option<&Value>, max: usize) {
        for n in list(analytics.and_then(|a| a.get("deletedNodes"))).take(max) {
            self.nodes.push(PathNode {
                id: text(n, "id"),
                name: text(n, "label"),
                entry_id: text(n, "entryId"),
                ms_duration: 0,
                deleted: true,
                delete_date: n.get("deleteDate").and_then(Value::as_i64),
                level: None,
            });
        }
        for h in list(analytics.and_then(|a| a.get("deletedHotspots"))) {
            self.hotspots.push(Hotspot {
                id: text(h, "id"),
                node_id: text(h, "sourceNodeId"),
                label: text(h, "label"),
                action: action(h.get("behavior")),
                start_ms: None,
                end_ms: None,
                deleted: true,
            });
        }
    }

    /// Each live node's level: its distance from the start node (the first live node when none is
    /// named) along `children`, 1 for the start; unreachable nodes have none.
    fn assign_levels(&mut self, children: &HashMap<String, Vec<String>>) {
        let start = self
            .start_node
            .clone()
            .or_else(|| self.nodes.iter().find(|n| !n.deleted).map(|n| n.id.clone()));
        let Some(start) = start else { return };
        let mut level: HashMap<String, u32> = HashMap::new();
        let mut queue = VecDeque::from([(start, 1u32)]);
        while let Some((id, depth)) = queue.pop_front() {
            if level.contains_key(&id) || depth as usize > self.nodes.len() + 1 {
                continue;
            }
            level.insert(id.clone(), depth);
            for c in children.get(&id).into_iter().flatten() {
                if !level.contains_key(c) {
                    queue.push_back((c.clone(), depth + 1));
                }
            }
        }
        for n in &mut self.nodes {
            if !n.deleted {
                n.level = level.get(&n.id).copied();
            }
        }
    }

    /// A node by id.
    pub fn node(&self, id: &str) -> Option<&PathNode> {
        self.nodes.iter().find(|n| n.id == id)
    }

    /// A hotspot by id.
    pub fn hotspot(&self, id: &str) -> Option<&Hotspot> {
        self.hotspots.iter().find(|h| h.id == id)
    }

    /// The hotspots of a node.
    pub fn hotspots_of<'a>(&'a self, node_id: &'a str) -> impl Iterator<Item = &'a Hotspot> + 'a {
        self.hotspots.iter().filter(move |h| h.node_id == node_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> Value {
        let data = json!({
            "pathData": {"startNodeId": "a"},
            "nodes": [
                {"id": "a", "name": "Start", "entryId": "0_a", "pathData": {"msDuration": 10000}, "interactions": [
                    {"id": "h1", "startTime": 5000, "endTime": 10000, "data": {"text": {"label": "Go B"}, "behavior": {"type": "GoToNode", "nodeId": "b"}}, "pathData": {"preBuffer": [{"nodeId": "b"}]}},
                    {"id": "h2", "data": {"text": {"label": "Site"}, "behavior": {"type": "GoToUrl", "url": "https://x.example"}}}
                ]},
                {"id": "b", "name": "B", "entryId": "0_b", "pathData": {"msDuration": 5000}, "interactions": [
                    {"id": "h3", "data": {"behavior": {"type": "GoToNode", "nodeId": "c"}}},
                    {"id": "h4", "data": {"behavior": {"type": "GoToNode", "nodeId": "a"}}}
                ]},
                {"id": "c", "name": "C", "entryId": "0_c", "interactions": []},
                {"id": "lonely", "name": "Nobody links here", "entryId": "0_d"}
            ],
            "analyticsData": {
                "deletedNodes": [{"id": "z", "label": "Old", "entryId": "0_z", "deleteDate": 1700000000}],
                "deletedHotspots": [{"id": "h9", "label": "Old link", "sourceNodeId": "a", "behavior": {"type": "GoToNode", "nodeId": "z"}}]
            }
        });
        json!({"data": data.to_string(), "objectType": "KalturaInteractivity"})
    }

    #[test]
    fn nodes_hotspots_and_levels() {
        let p = PathStructure::parse(&sample()).unwrap();
        assert_eq!(p.start_node.as_deref(), Some("a"));
        let levels: Vec<_> = p.nodes.iter().map(|n| (n.id.as_str(), n.level)).collect();
        assert_eq!(
            levels,
            vec![
                ("a", Some(1)),
                ("b", Some(2)),
                ("c", Some(3)),
                ("lonely", None),
                ("z", None)
            ]
        );
        assert!(p.node("z").unwrap().deleted);
        assert_eq!(p.node("a").unwrap().ms_duration, 10000);
        assert_eq!(
            p.hotspot("h2").unwrap().action,
            HotspotAction::GoToUrl("https://x.example".into())
        );
        assert_eq!(p.hotspot("h1").unwrap().end_ms, Some(10000));
        assert_eq!(p.hotspot("h3").unwrap().label, "");
        assert!(p.hotspot("h9").unwrap().deleted);
        assert_eq!(p.hotspots_of("a").count(), 3);
    }

    #[test]
    fn a_path_of_too_many_nodes_keeps_the_first_and_counts_the_rest() {
        let max = crate::fit::MAX_PATH_NODES;
        let nodes: Vec<Value> = (0..max + 7)
            .map(|i| json!({"id": format!("n{i}"), "name": "N"}))
            .collect();
        let answer = json!({"data": json!({"nodes": nodes}).to_string()});
        let p = PathStructure::parse(&answer).unwrap();
        assert_eq!(p.nodes.len(), max);
        assert_eq!(p.omitted_nodes, 7);
        // A reader that cut the list before the walk says so under the fit's key; both counts add up.
        let cut = json!({"nodes": [{"id": "a"}], crate::fit::OMITTED_KEY: 5});
        let p = PathStructure::parse_with(&json!({"data": "x"}), |_| Ok(cut.clone())).unwrap();
        assert_eq!((p.nodes.len(), p.omitted_nodes), (1, 5));
    }

    #[test]
    fn broken_structures_are_errors_not_panics() {
        assert!(PathStructure::parse(&json!({"data": "{not json"})).is_err());
        assert!(PathStructure::parse(&json!({})).is_err());
        let empty = PathStructure::parse(&json!({"data": "{}"})).unwrap();
        assert!(empty.nodes.is_empty());
        let odd = PathStructure::parse(&json!({"data": {"nodes": [{"id": 5, "interactions": "x"}, "nope"]}}))
            .unwrap();
        assert_eq!(odd.nodes.len(), 1);
        assert_eq!(odd.nodes[0].level, Some(1));
    }
}
