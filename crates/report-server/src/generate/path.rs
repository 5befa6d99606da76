//! The demo interactive path "Choose your lab safety adventure": 10 live nodes over 5 levels, a popular
//! and an ignored branch, a loop back, an external-link hotspot, a pause hotspot, and a deleted node and
//! hotspot that still have history.

use super::rng::Rng;
use crate::model::*;

const DAY: i64 = 86_400;

/// (node id, name, entry id, seconds)
const NODES: &[(&str, &str, &str, i64)] = &[
    ("n1", "Welcome to the lab", "0_node0001", 48),
    ("n2", "Goggles on: choose a station", "0_node0002", 35),
    ("n3", "Skipped the safety talk", "0_node0003", 40),
    ("n4", "Chemical spill", "0_node0004", 62),
    ("n5", "Fire drill", "0_node0005", 55),
    ("n6", "Broken glass", "0_node0006", 30),
    ("n7", "What went wrong", "0_node0007", 45),
    ("n8", "Using the spill kit", "0_node0008", 70),
    ("n9", "Evacuation route", "0_node0009", 50),
    ("n10", "Certificate", "0_node0010", 20),
    ("n11", "Old introduction (deleted)", "0_node0011", 40),
];

/// (hotspot id, node, label, destination node or "", url, start %, end %, weight, deleted)
type HotspotSpec = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    f64,
    f64,
    f64,
    bool,
);
const HOTSPOTS: &[HotspotSpec] = &[
    ("h1", "n1", "Put on goggles", "n2", "", 0.5, 1.0, 7.0, false),
    ("h2", "n1", "Skip the safety talk", "n3", "", 0.3, 1.0, 2.0, false),
    (
        "h3",
        "n1",
        "Read the lab rules (PDF)",
        "",
        "https://www.northfield.edu/lab-rules.pdf",
        0.1,
        1.0,
        0.8,
        false,
    ),
    (
        "h4",
        "n2",
        "Chemical spill station",
        "n4",
        "",
        0.4,
        1.0,
        5.0,
        false,
    ),
    ("h5", "n2", "Fire drill station", "n5", "", 0.4, 1.0, 3.0, false),
    ("h6", "n2", "Broken glass station", "n6", "", 0.4, 1.0, 0.4, false),
    ("h7", "n3", "See what went wrong", "n7", "", 0.6, 1.0, 5.0, false),
    ("h8", "n4", "Grab the spill kit", "n8", "", 0.5, 1.0, 6.0, false),
    (
        "h9",
        "n5",
        "Follow the exit signs",
        "n9",
        "",
        0.5,
        1.0,
        6.0,
        false,
    ),
    ("h10", "n6", "Sweep it up safely", "n8", "", 0.5, 1.0, 3.0, false),
    (
        "h11",
        "n7",
        "Try again with goggles",
        "n2",
        "",
        0.7,
        1.0,
        5.0,
        false,
    ),
    (
        "h12",
        "n8",
        "Claim your certificate",
        "n10",
        "",
        0.8,
        1.0,
        5.0,
        false,
    ),
    (
        "h13",
        "n9",
        "Claim your certificate",
        "n10",
        "",
        0.8,
        1.0,
        5.0,
        false,
    ),
    ("h14", "n5", "Pause and discuss", "", "", 0.2, 0.6, 0.5, false),
    ("h15", "n1", "Old menu (deleted)", "n11", "", 0.2, 1.0, 1.5, true),
];

/// The path as the simulation walks it.
pub struct PathModel {
    /// Node indexes into `store.nodes`, in the order of `NODES`.
    nodes: Vec<u32>,
    /// Per node (position in `NODES`): its hotspots.
    hotspots: Vec<Vec<LiveHotspot>>,
    seconds: Vec<f64>,
    /// When the deleted node and hotspot were removed.
    deleted_at: i64,
}

/// A hotspot as the simulation uses it.
#[derive(Clone, Copy)]
struct LiveHotspot {
    index: u32,
    weight: f64,
    start: f64,
    end: f64,
    dest: Option<usize>,
    deleted: bool,
    pause: bool,
}

/// Adds the path's playlist entry, node entries, nodes and hotspots to the store.
pub fn build(store: &mut Store, path_idx: u32, created_at: i64, owner: &str) -> PathModel {
    store.entries.push(Entry {
        id: super::PATH_ID.into(),
        name: "Choose your lab safety adventure".into(),
        description: "An interactive path: viewers choose what to do in the lab.".into(),
        user_id: owner.into(),
        media_type: 0,
        entry_type: "5".into(),
        playlist_type: 102,
        ms_duration: 0,
        created_at,
        categories: "105".into(),
        root: NONE,
    });
    let mut model = PathModel {
        nodes: vec![],
        hotspots: vec![],
        seconds: vec![],
        deleted_at: created_at + 30 * DAY,
    };
    for (id, name, entry_id, seconds) in NODES {
        let entry = store.entries.len() as u32;
        store.entries.push(Entry {
            id: entry_id.to_string(),
            name: name.to_string(),
            description: String::new(),
            user_id: owner.into(),
            media_type: 1,
            entry_type: "1".into(),
            playlist_type: 0,
            ms_duration: seconds * 1000,
            created_at,
            categories: String::new(),
            root: path_idx,
        });
        model.nodes.push(store.nodes.len() as u32);
        model.seconds.push(*seconds as f64);
        store.nodes.push(Node {
            id: id.to_string(),
            entry,
            path: path_idx,
            name: name.to_string(),
            deleted: *id == "n11",
        });
    }
    let position = |id: &str| NODES.iter().position(|n| n.0 == id);
    model.hotspots = vec![vec![]; NODES.len()];
    for (id, node, label, dest, url, start, end, weight, deleted) in HOTSPOTS {
        let node_pos = position(node).expect("hotspot on a known node");
        let dest_pos = if dest.is_empty() { None } else { position(dest) };
        let idx = store.hotspots.len() as u32;
        let seconds = NODES[node_pos].3 as f64;
        store.hotspots.push(Hotspot {
            id: id.to_string(),
            node: model.nodes[node_pos],
            name: label.to_string(),
            dest_node: dest_pos.map(|p| model.nodes[p]).unwrap_or(NONE),
            dest_url: url.to_string(),
            start_sec: start * seconds,
            end_sec: end * seconds,
            deleted: *deleted,
        });
        model.hotspots[node_pos].push(LiveHotspot {
            index: idx,
            weight: *weight,
            start: *start,
            end: *end,
            dest: dest_pos,
            deleted: *deleted,
            pause: dest_pos.is_none() && url.is_empty(),
        });
    }
    model
}

/// One viewer's walk through the path: impression, play, then nodes until they leave or finish.
pub fn simulate(rng: &mut Rng, events: &mut Events, path: &PathModel, row: EventRow) {
    events.push(&row);
    if !rng.chance(0.75) {
        return;
    }
    let mut t = row.time + 3 + rng.below(10) as i64;
    events.push(&EventRow {
        time: t,
        kind: EventKind::Play,
        ..row
    });
    // Before the deletion date the old introduction was part of the start menu.
    let old_layout = row.time < path.deleted_at;
    let mut node = 0usize;
    let mut resumed = false;
    for _step in 0..8 {
        let node_idx = path.nodes[node];
        let seconds = path.seconds[node];
        let node_row = EventRow {
            node: node_idx,
            ..row
        };
        if !resumed {
            events.push(&EventRow {
                time: t,
                kind: EventKind::NodePlay,
                ..node_row
            });
        }
        resumed = false;
        // Choose a hotspot that is live (deleted ones only before the deletion).
        let choices: Vec<&LiveHotspot> = path.hotspots[node]
            .iter()
            .filter(|h| !h.deleted || old_layout)
            .collect();
        let leave = rng.chance(if node == 0 { 0.12 } else { 0.2 }) || choices.is_empty();
        let total: f64 = choices.iter().map(|h| h.weight).sum();
        let chosen = if leave {
            None
        } else {
            let mut x = rng.f64() * total;
            choices.iter().find(|h| {
                x -= h.weight;
                x <= 0.0
            })
        };
        let watched_to = match chosen {
            Some(h) => (rng.range(h.start, h.end) * 100.0).clamp(1.0, 100.0) as u32,
            None => (rng.range(0.05, 1.0) * 100.0) as u32,
        }
        .max(1);
        let bits = super::slice_bits(1, watched_to);
        t += (f64::from(watched_to) / 100.0 * seconds) as i64;
        events.push(&EventRow {
            time: t,
            kind: EventKind::ViewPeriod,
            play_time: (f64::from(bits.count_ones()) / 100.0 * seconds) as f32,
            slices: bits,
            ..node_row
        });
        let Some(h) = chosen else { break };
        let click = EventRow {
            time: t,
            hotspot: h.index,
            position: watched_to.min(100) as u8,
            ..node_row
        };
        events.push(&EventRow {
            kind: EventKind::HotspotClicked,
            ..click
        });
        match h.dest {
            Some(dest) => {
                events.push(&EventRow {
                    kind: EventKind::NodeSwitch,
                    ..click
                });
                node = dest;
                t += 1;
            }
            // A pause resumes on the same node; an external link takes the viewer away.
            None if h.pause => resumed = true,
            None => break,
        }
    }
}

/// The `interactivity.get` data string of the path: nodes, interactions and deleted items, in the JSON
/// layout Kaltura's path editor stores.
pub fn interactivity_json(store: &Store, path_idx: u32) -> serde_json::Value {
    use serde_json::json;
    let mut nodes = vec![];
    let mut deleted_nodes = vec![];
    let mut deleted_hotspots = vec![];
    let mut start = None;
    for (ni, n) in store.nodes.iter().enumerate().filter(|(_, n)| n.path == path_idx) {
        let entry = &store.entries[n.entry as usize];
        if n.deleted {
            deleted_nodes.push(json!({"id": n.id, "label": n.name, "entryId": entry.id, "deleteDate": entry.created_at + 30 * DAY}));
            continue;
        }
        start.get_or_insert_with(|| n.id.clone());
        let mut interactions = vec![];
        for h in store.hotspots.iter().filter(|h| h.node as usize == ni) {
            let behavior = if h.dest_node != NONE {
                json!({"type": "GoToNode", "nodeId": store.nodes[h.dest_node as usize].id})
            } else if !h.dest_url.is_empty() {
                json!({"type": "GoToUrl", "url": h.dest_url})
            } else {
                json!({"type": "Pause"})
            };
            if h.deleted {
                deleted_hotspots.push(
                    json!({"id": h.id, "label": h.name, "sourceNodeId": n.id, "behavior": behavior,
                    "deleteDate": entry.created_at + 30 * DAY}),
                );
                continue;
            }
            let pre_buffer: Vec<_> = if h.dest_node != NONE {
                vec![json!({"nodeId": store.nodes[h.dest_node as usize].id})]
            } else {
                vec![]
            };
            interactions.push(json!({
                "id": h.id, "type": "hotspot",
                "startTime": (h.start_sec * 1000.0) as i64, "endTime": (h.end_sec * 1000.0) as i64,
                "data": {"text": {"label": h.name}, "behavior": behavior},
                "pathData": {"preBuffer": pre_buffer}
            }));
        }
        nodes.push(json!({"id": n.id, "name": n.name, "entryId": entry.id,
            "pathData": {"msDuration": entry.ms_duration}, "interactions": interactions}));
    }
    json!({"pathData": {"startNodeId": start}, "nodes": nodes,
           "analyticsData": {"deletedNodes": deleted_nodes, "deletedHotspots": deleted_hotspots}})
}
