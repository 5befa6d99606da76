//! The in-memory form of the analytics store: dimension tables and the raw player events as columns,
//! sorted by (entry group, time) so a query reads one contiguous, time-ordered slice per entry.

use rustc_hash::FxHashMap;

/// Marks "no value" in an index column (no root path, no node, no hotspot).
pub const NONE: u32 = u32::MAX;

/// The kinds of raw player events (Kaltura's KAVA beacons and the server-side view periods).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum EventKind {
    /// `playerImpression`: the player loaded with the entry.
    Impression = 0,
    /// `play`: first actual playback start.
    Play = 1,
    /// `playThrough25`.
    Quartile25 = 2,
    /// `playThrough50`.
    Quartile50 = 3,
    /// `playThrough75`.
    Quartile75 = 4,
    /// `playThrough100`.
    Quartile100 = 5,
    /// `viewPeriod`: one continuous pass over part of the video, with its play time and 1 % slices.
    ViewPeriod = 6,
    /// `shareClicked`.
    Share = 7,
    /// `nodePlay`: a node of an interactive path started playing.
    NodePlay = 8,
    /// `hotspotClicked`.
    HotspotClicked = 9,
    /// `nodeSwitch`: a hotspot moved the viewer to another node.
    NodeSwitch = 10,
}

impl EventKind {
    /// From the stored number.
    pub fn from_u8(v: u8) -> Option<EventKind> {
        use EventKind::*;
        Some(match v {
            0 => Impression,
            1 => Play,
            2 => Quartile25,
            3 => Quartile50,
            4 => Quartile75,
            5 => Quartile100,
            6 => ViewPeriod,
            7 => Share,
            8 => NodePlay,
            9 => HotspotClicked,
            10 => NodeSwitch,
            _ => return None,
        })
    }
}

/// `playbackType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum PlaybackType {
    /// Video on demand.
    Vod = 0,
    /// Live.
    Live = 1,
    /// Live with DVR (watching behind the live edge).
    Dvr = 2,
}

impl PlaybackType {
    /// The filter vocabulary (`vod`, `live`, `dvr`).
    pub fn name(self) -> &'static str {
        match self {
            PlaybackType::Vod => "vod",
            PlaybackType::Live => "live",
            PlaybackType::Dvr => "dvr",
        }
    }

    /// From the stored number.
    pub fn from_u8(v: u8) -> PlaybackType {
        match v {
            1 => PlaybackType::Live,
            2 => PlaybackType::Dvr,
            _ => PlaybackType::Vod,
        }
    }
}

/// A media entry, a playlist (interactive path) or a path's node entry.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// Entry id, `0_ab12cd34` style.
    pub id: String,
    /// Title.
    pub name: String,
    /// What its owner wrote about it (the hostile entry's is long and holds markup).
    pub description: String,
    /// Owner's user id.
    pub user_id: String,
    /// `KalturaMediaType` (1 video, 2 image, 5 audio; 0 for playlists).
    pub media_type: i64,
    /// `KalturaEntryType` (`1` media, `5` playlist).
    pub entry_type: String,
    /// `playlistType` (102 = interactive path), 0 otherwise.
    pub playlist_type: i64,
    /// Duration, ms.
    pub ms_duration: i64,
    /// Creation time, unix seconds.
    pub created_at: i64,
    /// Category ids, comma-separated.
    pub categories: String,
    /// The path this entry is a node of (`NONE` for ordinary entries).
    pub root: u32,
}

/// A viewer. Index 0 is the anonymous viewer, `Unknown`.
#[derive(Debug, Clone, Default)]
pub struct User {
    /// Partner user id (`Unknown` for index 0).
    pub id: String,
    /// Full name (empty for anonymous).
    pub full_name: String,
}

/// Where a viewer was.
#[derive(Debug, Clone, Default)]
pub struct Location {
    /// ISO 3166-1 alpha-2.
    pub country_code: String,
    /// English country name.
    pub country: String,
    /// Region name.
    pub region: String,
    /// City name.
    pub city: String,
    /// City latitude.
    pub lat: f64,
    /// City longitude.
    pub lon: f64,
    /// Region centre latitude.
    pub region_lat: f64,
    /// Region centre longitude.
    pub region_lon: f64,
    /// Country centre latitude.
    pub country_lat: f64,
    /// Country centre longitude.
    pub country_lon: f64,
}

/// What a viewer watched on.
#[derive(Debug, Clone, Default)]
pub struct Agent {
    /// `Computer`, `Mobile`, `Tablet`, `Game console`, `Digital media receiver`.
    pub device: String,
    /// OS family (`Windows`).
    pub os_family: String,
    /// OS (`Windows 11`).
    pub os: String,
    /// Browser family (`Chrome`).
    pub browser_family: String,
    /// Browser (`Chrome 142`).
    pub browser: String,
}

/// The page the player was embedded in.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// The host name the page is on (`Unknown` when the player could not tell).
    pub domain: String,
    /// Canonical page URL.
    pub url: String,
}

/// A category (playback context).
#[derive(Debug, Clone, Default)]
pub struct Category {
    /// Category id.
    pub id: i64,
    /// Short name.
    pub name: String,
    /// Full path name.
    pub full_name: String,
}

/// A like of an entry.
#[derive(Debug, Clone, Copy, Default)]
pub struct Like {
    /// Entry index.
    pub entry: u32,
    /// User index.
    pub user: u32,
    /// Unix seconds.
    pub created_at: i64,
}

/// A node of an interactive path.
#[derive(Debug, Clone, Default)]
pub struct Node {
    /// Node id, as the path editor names it.
    pub id: String,
    /// The node's own entry (index).
    pub entry: u32,
    /// The path (index of its playlist entry).
    pub path: u32,
    /// Display name.
    pub name: String,
    /// Deleted from the path (kept for history).
    pub deleted: bool,
}

/// A hotspot of a node.
#[derive(Debug, Clone, Default)]
pub struct Hotspot {
    /// Hotspot id.
    pub id: String,
    /// The node it sits on (index into nodes).
    pub node: u32,
    /// Label as defined in the editor.
    pub name: String,
    /// Destination node index (`NONE` for a URL or pause).
    pub dest_node: u32,
    /// Destination URL (empty for a node).
    pub dest_url: String,
    /// Active from this second of the node.
    pub start_sec: f64,
    /// Active until this second of the node.
    pub end_sec: f64,
    /// Deleted from the path.
    pub deleted: bool,
}

/// The raw events as columns, one row per event.
#[derive(Debug, Clone, Default)]
pub struct Events {
    /// Unix seconds.
    pub time: Vec<i64>,
    /// Event kind.
    pub kind: Vec<EventKind>,
    /// Entry index.
    pub entry: Vec<u32>,
    /// Path (playlist) index for interactive sessions, else `NONE`.
    pub root: Vec<u32>,
    /// User index (0 = anonymous).
    pub user: Vec<u32>,
    /// Location index.
    pub location: Vec<u32>,
    /// Agent index.
    pub agent: Vec<u32>,
    /// Page index.
    pub page: Vec<u32>,
    /// Playback-context category index, or `NONE`.
    pub context: Vec<u32>,
    /// Playback type.
    pub playback: Vec<PlaybackType>,
    /// Seconds of play time (view periods and play-through events).
    pub play_time: Vec<f32>,
    /// 1 % slices watched (view periods): bit p of the 128 = slice p (1..=100).
    pub slices: Vec<u128>,
    /// Node index (interactive events), else `NONE`.
    pub node: Vec<u32>,
    /// Hotspot index (clicks and switches), else `NONE`.
    pub hotspot: Vec<u32>,
    /// Position in the node when a hotspot was clicked, percent 0..=100.
    pub position: Vec<u8>,
}

impl Events {
    /// Number of events.
    pub fn len(&self) -> usize {
        self.time.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.time.is_empty()
    }
}

/// One event as the generator writes it (row form of [`Events`]).
#[derive(Debug, Clone, Copy)]
pub struct EventRow {
    /// Unix seconds.
    pub time: i64,
    /// What happened (impression, play, quartile, view period, hotspot click…).
    pub kind: EventKind,
    /// Entry index.
    pub entry: u32,
    /// Path index or `NONE`.
    pub root: u32,
    /// User index.
    pub user: u32,
    /// Location index.
    pub location: u32,
    /// Agent index.
    pub agent: u32,
    /// Page index.
    pub page: u32,
    /// Context index or `NONE`.
    pub context: u32,
    /// Playback type.
    pub playback: PlaybackType,
    /// Seconds of play.
    pub play_time: f32,
    /// Slices watched.
    pub slices: u128,
    /// Node index or `NONE`.
    pub node: u32,
    /// Hotspot index or `NONE`.
    pub hotspot: u32,
    /// Click position, percent.
    pub position: u8,
}

impl Events {
    /// Appends a row.
    pub fn push(&mut self, r: &EventRow) {
        self.time.push(r.time);
        self.kind.push(r.kind);
        self.entry.push(r.entry);
        self.root.push(r.root);
        self.user.push(r.user);
        self.location.push(r.location);
        self.agent.push(r.agent);
        self.page.push(r.page);
        self.context.push(r.context);
        self.playback.push(r.playback);
        self.play_time.push(r.play_time);
        self.slices.push(r.slices);
        self.node.push(r.node);
        self.hotspot.push(r.hotspot);
        self.position.push(r.position);
    }
}

/// For each dimension row, the first row with the same value of a grouping column: reports group by these
/// indexes (two cities of one country share the country's index). Built once when the store is loaded.
#[derive(Debug, Default, Clone)]
pub struct GroupIndex {
    /// Per location: first location of the same country.
    pub country: Vec<u32>,
    /// Per location: first location of the same country and region.
    pub region: Vec<u32>,
    /// Per location: first location of the same country, region and city.
    pub city: Vec<u32>,
    /// Per agent: first agent with the same device.
    pub device: Vec<u32>,
    /// Per agent: first agent with the same OS.
    pub os: Vec<u32>,
    /// Per agent: first agent with the same browser.
    pub browser: Vec<u32>,
    /// Per agent: first agent with the same OS family.
    pub os_family: Vec<u32>,
    /// Per agent: first agent with the same browser family.
    pub browser_family: Vec<u32>,
    /// Per page: first page of the same domain.
    pub domain: Vec<u32>,
}

/// Maps each item to the index of the first item with the same key.
fn first_with_same<T, K: Eq + std::hash::Hash>(items: &[T], key: impl Fn(&T) -> K) -> Vec<u32> {
    let mut first: FxHashMap<K, u32> = FxHashMap::default();
    items
        .iter()
        .enumerate()
        .map(|(i, it)| *first.entry(key(it)).or_insert(i as u32))
        .collect()
}

impl GroupIndex {
    fn build(s: &Store) -> GroupIndex {
        let l = &s.locations;
        let a = &s.agents;
        GroupIndex {
            country: first_with_same(l, |x| x.country.clone()),
            region: first_with_same(l, |x| (x.country.clone(), x.region.clone())),
            city: first_with_same(l, |x| (x.country.clone(), x.region.clone(), x.city.clone())),
            device: first_with_same(a, |x| x.device.clone()),
            os: first_with_same(a, |x| x.os.clone()),
            browser: first_with_same(a, |x| x.browser.clone()),
            os_family: first_with_same(a, |x| x.os_family.clone()),
            browser_family: first_with_same(a, |x| x.browser_family.clone()),
            domain: first_with_same(&s.pages, |x| x.domain.clone()),
        }
    }
}

/// The whole store: dimensions, events and the indexes queries use.
#[derive(Debug, Default)]
pub struct Store {
    /// Partner id the data belongs to.
    pub partner_id: i64,
    /// When the partner was created (unix seconds).
    pub partner_created_at: i64,
    /// Entries (media, playlists, nodes).
    pub entries: Vec<Entry>,
    /// Viewers; index 0 is anonymous.
    pub users: Vec<User>,
    /// Every city viewers are in, with its region and country.
    pub locations: Vec<Location>,
    /// Devices / OS / browsers.
    pub agents: Vec<Agent>,
    /// Every page the player was embedded in.
    pub pages: Vec<Page>,
    /// The categories entries belong to (playback contexts).
    pub categories: Vec<Category>,
    /// Who liked which entry, and when.
    pub likes: Vec<Like>,
    /// Interactive path nodes.
    pub nodes: Vec<Node>,
    /// Interactive path hotspots.
    pub hotspots: Vec<Hotspot>,
    /// The events, sorted by (group, time) where group = root path if any, else entry.
    pub events: Events,
    /// Per entry index: the range of its group's events.
    pub group_ranges: Vec<std::ops::Range<usize>>,
    /// Entry id → index.
    pub entry_index: FxHashMap<String, u32>,
    /// User id → index.
    pub user_index: FxHashMap<String, u32>,
    /// Grouping indexes of the dimension tables.
    pub group_index: GroupIndex,
    /// Per entry index: its plays over all time (`plays` of its metadata), counted once at load.
    pub entry_plays: Vec<u64>,
}

impl Store {
    /// The group an entry's events are stored under: its path if it is a node, else itself.
    pub fn group_of(&self, entry: u32) -> u32 {
        let root = self.entries[entry as usize].root;
        if root == NONE {
            entry
        } else {
            root
        }
    }

    /// Sorts events by (group, time), and builds the ranges and id indexes. Call after loading.
    pub fn finish(&mut self) {
        let n = self.events.len();
        let group: Vec<u32> = (0..n)
            .map(|i| {
                let r = self.events.root[i];
                if r == NONE {
                    self.events.entry[i]
                } else {
                    r
                }
            })
            .collect();
        let mut order: Vec<u32> = (0..n as u32).collect();
        order.sort_by_key(|&i| (group[i as usize], self.events.time[i as usize], i));
        let e = std::mem::take(&mut self.events);
        let mut sorted = Events::default();
        for &i in &order {
            let i = i as usize;
            sorted.push(&EventRow {
                time: e.time[i],
                kind: e.kind[i],
                entry: e.entry[i],
                root: e.root[i],
                user: e.user[i],
                location: e.location[i],
                agent: e.agent[i],
                page: e.page[i],
                context: e.context[i],
                playback: e.playback[i],
                play_time: e.play_time[i],
                slices: e.slices[i],
                node: e.node[i],
                hotspot: e.hotspot[i],
                position: e.position[i],
            });
        }
        self.events = sorted;
        self.group_ranges = vec![0..0; self.entries.len()];
        let mut start = 0;
        while start < n {
            let g = group[order[start] as usize];
            let mut end = start;
            while end < n && group[order[end] as usize] == g {
                end += 1;
            }
            if let Some(r) = self.group_ranges.get_mut(g as usize) {
                *r = start..end;
            }
            start = end;
        }
        self.entry_index = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i as u32))
            .collect();
        self.user_index = self
            .users
            .iter()
            .enumerate()
            .map(|(i, u)| (u.id.clone(), i as u32))
            .collect();
        self.group_index = GroupIndex::build(self);
        self.entry_plays = vec![0; self.entries.len()];
        for (kind, entry) in self.events.kind.iter().zip(&self.events.entry) {
            if *kind == EventKind::Play {
                if let Some(n) = self.entry_plays.get_mut(*entry as usize) {
                    *n += 1;
                }
            }
        }
    }
}
