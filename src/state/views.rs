//! The per-panel parts of the view that the URL keeps: sort orders, pages, drill-down paths, expanded
//! rows and searches. Pure logic, tested with `cargo test`.

use crate::i18n::{t, Msg};
use report_api::headers::*;

/// A table's server-side order: a header and a direction; on the wire `-count_plays` / `+count_plays`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    /// The header sorted on.
    pub column: &'static str,
    /// Largest first.
    pub descending: bool,
}

impl Sort {
    /// Largest first by `column`.
    pub const fn desc(column: &'static str) -> Sort {
        Sort {
            column,
            descending: true,
        }
    }

    /// The wire form, `-count_plays`.
    pub fn wire(self) -> String {
        format!("{}{}", if self.descending { "-" } else { "+" }, self.column)
    }

    /// Reads `-col`, `+col` or `col` (descending), accepting only `allowed` columns.
    pub fn parse(v: &str, allowed: &[&'static str]) -> Option<Sort> {
        let (descending, name) = match v.as_bytes().first() {
            Some(b'-') => (true, &v[1..]),
            Some(b'+') => (false, &v[1..]),
            _ => (true, v),
        };
        allowed
            .iter()
            .copied()
            .find(|c| *c == name)
            .map(|column| Sort { column, descending })
    }

    /// The order after a click on `column`'s header: the same column flips, another starts largest first.
    pub fn clicked(self, column: &'static str) -> Sort {
        if self.column == column {
            Sort {
                column,
                descending: !self.descending,
            }
        } else {
            Sort::desc(column)
        }
    }
}

/// Columns the engagement-per-user table sorts on.
pub const USER_SORTS: [&str; 5] = [
    COUNT_LOADS,
    COUNT_PLAYS,
    AVG_COMPLETION_RATE,
    TOTAL_COMPLETION_RATE,
    SUM_VIEW_PERIOD,
];

/// Columns the top-domains table sorts on.
pub const DOMAIN_SORTS: [&str; 6] = [
    COUNT_PLAYS,
    COUNT_LOADS,
    LOAD_PLAY_RATIO,
    SUM_VIEW_PERIOD,
    AVG_COMPLETION_RATE,
    AVG_VIEW_DROP_OFF,
];

/// The videos overview's pseudo-column of node levels.
pub const LEVEL: &str = "level";

/// Columns the videos overview sorts on.
pub const VIDEO_SORTS: [&str; 5] = [
    LEVEL,
    COUNT_NODE_PLAYS,
    UNIQUE_KNOWN_USERS,
    AVG_COMPLETION_RATE,
    "exits",
];

/// Metrics the drilled domain's graph can show.
pub const DOMAIN_GRAPH_METRICS: [&str; 5] = [
    COUNT_PLAYS,
    COUNT_LOADS,
    LOAD_PLAY_RATIO,
    SUM_VIEW_PERIOD,
    AVG_COMPLETION_RATE,
];

/// The longest search text kept.
pub const MAX_SEARCH_LEN: usize = 100;

/// The view state of the breakdown panels.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelViews {
    /// "View engagement per user" is open.
    pub users_open: bool,
    /// The users table's order.
    pub users_sort: Sort,
    /// The users table's page (1-based).
    pub users_page: u32,
    /// The users table's search text.
    pub users_search: String,
    /// Users whose heat map is open.
    pub users_expanded: Vec<String>,
    /// Countries drill-down: empty = countries; `[code]` = its regions; `[code, region]` = its cities.
    pub geo: Vec<String>,
    /// Devices drill-down: empty = devices; `[device]` = its operating systems; `[device, os]` = browsers.
    pub devices: Vec<String>,
    /// The domain whose page URLs are shown.
    pub domain: Option<String>,
    /// The domains table's order.
    pub domain_sort: Sort,
    /// The domains table's page (1-based).
    pub domain_page: u32,
    /// The drilled domain's graph metric.
    pub domain_metric: &'static str,
    /// The interactive path's node whose page is open.
    pub node: Option<String>,
    /// Hotspots whose click timeline is open.
    pub hotspots_open: Vec<String>,
    /// The videos overview's order (client-side).
    pub videos_sort: Sort,
}

impl Default for PanelViews {
    fn default() -> Self {
        PanelViews {
            users_open: false,
            users_sort: Sort::desc(COUNT_PLAYS),
            users_page: 1,
            users_search: String::new(),
            users_expanded: vec![],
            geo: vec![],
            devices: vec![],
            domain: None,
            domain_sort: Sort::desc(COUNT_PLAYS),
            domain_page: 1,
            domain_metric: COUNT_PLAYS,
            node: None,
            hotspots_open: vec![],
            videos_sort: Sort {
                column: LEVEL,
                descending: false,
            },
        }
    }
}

/// A query key of [`PanelViews`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewKey {
    /// `users`: engagement per user is open.
    UsersOpen,
    /// `us`: its order.
    UsersSort,
    /// `up`: its page.
    UsersPage,
    /// `uq`: its search.
    UsersSearch,
    /// `ux`: a user whose heat map is open (repeated).
    UsersExpanded,
    /// `geo`: a step of the countries drill-down.
    Geo,
    /// `dev`: a step of the devices drill-down.
    Devices,
    /// `dom`: the domain whose pages are shown.
    Domain,
    /// `ds`: the domains' order.
    DomainSort,
    /// `dp`: their page.
    DomainPage,
    /// `dm`: the domain graph's metric.
    DomainMetric,
    /// `node`: the open node of an interactive path.
    Node,
    /// `hx`: a hotspot whose click timeline is open (repeated).
    Hotspot,
    /// `vs`: the videos overview's order.
    VideosSort,
}

impl ViewKey {
    /// Every view key.
    pub const ALL: [ViewKey; 14] = [
        ViewKey::UsersOpen,
        ViewKey::UsersSort,
        ViewKey::UsersPage,
        ViewKey::UsersSearch,
        ViewKey::UsersExpanded,
        ViewKey::Geo,
        ViewKey::Devices,
        ViewKey::Domain,
        ViewKey::DomainSort,
        ViewKey::DomainPage,
        ViewKey::DomainMetric,
        ViewKey::Node,
        ViewKey::Hotspot,
        ViewKey::VideosSort,
    ];

    /// Its name in the URL.
    pub fn name(self) -> &'static str {
        match self {
            ViewKey::UsersOpen => "users",
            ViewKey::UsersSort => "us",
            ViewKey::UsersPage => "up",
            ViewKey::UsersSearch => "uq",
            ViewKey::UsersExpanded => "ux",
            ViewKey::Geo => "geo",
            ViewKey::Devices => "dev",
            ViewKey::Domain => "dom",
            ViewKey::DomainSort => "ds",
            ViewKey::DomainPage => "dp",
            ViewKey::DomainMetric => "dm",
            ViewKey::Node => "node",
            ViewKey::Hotspot => "hx",
            ViewKey::VideosSort => "vs",
        }
    }

    /// The view key named `name`.
    pub fn from_name(name: &str) -> Option<ViewKey> {
        ViewKey::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// The longest drill path each drill-down keeps.
const MAX_DRILL: usize = 2;

impl PanelViews {
    /// Reads one query pair; `Err(reason)` when the key is ours and the value is not understood,
    /// `Ok(false)` when the key is not ours.
    pub fn read(&mut self, key: &str, v: &str) -> Result<bool, &'static str> {
        let page = |v: &str| v.parse::<u32>().ok().filter(|p| (1..=100_000).contains(p));
        let Some(key) = ViewKey::from_name(key) else {
            return Ok(false);
        };
        match key {
            ViewKey::UsersOpen => match v {
                "1" => self.users_open = true,
                "0" => self.users_open = false,
                _ => return Err(t(Msg::ReasonZeroOne)),
            },
            ViewKey::UsersSort => {
                self.users_sort = Sort::parse(v, &USER_SORTS).ok_or(t(Msg::ReasonUsersColumn))?
            }
            ViewKey::UsersPage => self.users_page = page(v).ok_or(t(Msg::ReasonPage))?,
            ViewKey::UsersSearch => {
                if v.chars().count() > MAX_SEARCH_LEN {
                    return Err(t(Msg::ReasonSearchTooLong));
                }
                self.users_search = v.trim().to_string();
            }
            ViewKey::UsersExpanded => {
                let v = v.trim();
                if v.is_empty() || v.len() > 256 {
                    return Err(t(Msg::ReasonUserId));
                }
                if !self.users_expanded.iter().any(|x| x == v) {
                    self.users_expanded.push(v.to_string());
                }
            }
            ViewKey::Geo | ViewKey::Devices => {
                let path = if key == ViewKey::Geo {
                    &mut self.geo
                } else {
                    &mut self.devices
                };
                let v = v.trim();
                if v.is_empty() || v.len() > 256 {
                    return Err(t(Msg::ReasonDrillStep));
                }
                if path.len() >= MAX_DRILL {
                    return Err(t(Msg::ReasonTooManySteps));
                }
                if key == ViewKey::Geo && path.is_empty() && !is_country_code(v) {
                    return Err(t(Msg::ReasonCountryCode));
                }
                path.push(v.to_string());
            }
            ViewKey::Domain => {
                let v = v.trim();
                if v.is_empty() || v.len() > 256 {
                    return Err(t(Msg::ReasonDomain));
                }
                self.domain = Some(v.to_string());
            }
            ViewKey::DomainSort => {
                self.domain_sort = Sort::parse(v, &DOMAIN_SORTS).ok_or(t(Msg::ReasonDomainColumn))?
            }
            ViewKey::DomainPage => self.domain_page = page(v).ok_or(t(Msg::ReasonPage))?,
            ViewKey::DomainMetric => {
                self.domain_metric = DOMAIN_GRAPH_METRICS
                    .iter()
                    .copied()
                    .find(|m| *m == v)
                    .ok_or(t(Msg::ReasonDomainMetric))?
            }
            ViewKey::Node => {
                let v = v.trim();
                if v.is_empty() || v.len() > 64 {
                    return Err(t(Msg::ReasonNodeId));
                }
                self.node = Some(v.to_string());
            }
            ViewKey::Hotspot => {
                let v = v.trim();
                if v.is_empty() || v.len() > 64 {
                    return Err(t(Msg::ReasonHotspotId));
                }
                if !self.hotspots_open.iter().any(|x| x == v) {
                    self.hotspots_open.push(v.to_string());
                }
            }
            ViewKey::VideosSort => {
                self.videos_sort = Sort::parse(v, &VIDEO_SORTS).ok_or(t(Msg::ReasonVideosColumn))?
            }
        }
        Ok(true)
    }

    /// The query pairs (defaults omitted).
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        let d = PanelViews::default();
        let mut q = vec![];
        if self.users_open {
            q.push((ViewKey::UsersOpen.name(), "1".to_string()));
        }
        if self.users_sort != d.users_sort {
            q.push((ViewKey::UsersSort.name(), self.users_sort.wire()));
        }
        if self.users_page != 1 {
            q.push((ViewKey::UsersPage.name(), self.users_page.to_string()));
        }
        if !self.users_search.is_empty() {
            q.push((ViewKey::UsersSearch.name(), self.users_search.clone()));
        }
        q.extend(
            self.users_expanded
                .iter()
                .map(|u| (ViewKey::UsersExpanded.name(), u.clone())),
        );
        q.extend(self.geo.iter().map(|g| (ViewKey::Geo.name(), g.clone())));
        q.extend(self.devices.iter().map(|g| (ViewKey::Devices.name(), g.clone())));
        if let Some(dom) = &self.domain {
            q.push((ViewKey::Domain.name(), dom.clone()));
        }
        if self.domain_sort != d.domain_sort {
            q.push((ViewKey::DomainSort.name(), self.domain_sort.wire()));
        }
        if self.domain_page != 1 {
            q.push((ViewKey::DomainPage.name(), self.domain_page.to_string()));
        }
        if self.domain_metric != d.domain_metric {
            q.push((ViewKey::DomainMetric.name(), self.domain_metric.to_string()));
        }
        if let Some(n) = &self.node {
            q.push((ViewKey::Node.name(), n.clone()));
        }
        q.extend(
            self.hotspots_open
                .iter()
                .map(|h| (ViewKey::Hotspot.name(), h.clone())),
        );
        if self.videos_sort != d.videos_sort {
            q.push((ViewKey::VideosSort.name(), self.videos_sort.wire()));
        }
        q
    }

    /// After the filters or dates change: pages restart and heat maps close, drill-downs stay.
    pub fn after_filter_change(&self) -> PanelViews {
        PanelViews {
            users_page: 1,
            users_expanded: vec![],
            domain_page: 1,
            ..self.clone()
        }
    }
}

/// Opens `key` in a list of open rows, or closes it when it is open.
pub fn toggle(list: &mut Vec<String>, key: String) {
    match list.iter().position(|k| *k == key) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(key),
    }
}

/// Whether `v` looks like an ISO 3166-1 alpha-2 code.
pub fn is_country_code(v: &str) -> bool {
    v.len() == 2 && v.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_domains_are_ordered_by_plays_by_default() {
        // The help center: "ordered by domains that had the most number of plays".
        assert_eq!(PanelViews::default().domain_sort, Sort::desc(COUNT_PLAYS));
    }

    #[test]
    fn sorts_parse_flip_and_refuse_strangers() {
        let s = Sort::parse("+count_plays", &USER_SORTS).unwrap();
        assert!(!s.descending);
        assert_eq!(s.wire(), "+count_plays");
        assert_eq!(
            Sort::parse("count_loads", &USER_SORTS),
            Some(Sort::desc(COUNT_LOADS))
        );
        assert_eq!(Sort::parse("-name;drop", &USER_SORTS), None);
        assert_eq!(Sort::parse("", &USER_SORTS), None);
        assert_eq!(s.clicked(COUNT_PLAYS), Sort::desc(COUNT_PLAYS));
        assert!(!Sort::desc(COUNT_PLAYS).clicked(COUNT_PLAYS).descending);
        assert_eq!(s.clicked(COUNT_LOADS), Sort::desc(COUNT_LOADS));
    }

    #[test]
    fn views_round_trip() {
        let mut v = PanelViews::default();
        let pairs = [
            ("users", "1"),
            ("us", "+avg_completion_rate"),
            ("up", "3"),
            ("uq", "jo"),
            ("ux", "jdoe"),
            ("ux", "Unknown"),
            ("geo", "FR"),
            ("geo", "Île-de-France"),
            ("dev", "Mobile"),
            ("dom", "moodle.northfield.edu"),
            ("ds", "-sum_view_period"),
            ("dp", "2"),
            ("dm", "load_play_ratio"),
            ("node", "n4"),
            ("hx", "h8"),
            ("vs", "-count_node_plays"),
        ];
        for (k, val) in pairs {
            assert_eq!(v.read(k, val), Ok(true), "{k}");
        }
        let q = v.to_query();
        let mut back = PanelViews::default();
        for (k, val) in &q {
            back.read(k, val).unwrap();
        }
        assert_eq!(back, v);
        assert_eq!(q.len(), pairs.len());
        assert_eq!(PanelViews::default().to_query(), vec![]);
    }

    #[test]
    fn bad_values_are_refused_with_a_reason() {
        let mut v = PanelViews::default();
        assert!(v.read("up", "0").is_err());
        assert!(v.read("up", "x").is_err());
        assert!(v.read("geo", "France").is_err());
        assert!(v.read("geo", "FR").is_ok());
        assert!(v.read("geo", "Brittany").is_ok());
        assert!(v.read("geo", "Rennes").is_err());
        assert!(v.read("dm", "nope").is_err());
        assert!(v.read("uq", &"a".repeat(101)).is_err());
        assert_eq!(v.read("other", "x"), Ok(false));
        assert_eq!(v.geo, vec!["FR", "Brittany"]);
    }

    #[test]
    fn rows_toggle_open_and_closed() {
        let mut open = vec!["a".to_string()];
        toggle(&mut open, "b".into());
        toggle(&mut open, "a".into());
        assert_eq!(open, vec!["b"]);
    }

    #[test]
    fn a_filter_change_restarts_pages() {
        let v = PanelViews {
            users_page: 4,
            domain_page: 2,
            users_expanded: vec!["a".into()],
            geo: vec!["FR".into()],
            ..PanelViews::default()
        };
        let w = v.after_filter_change();
        assert_eq!((w.users_page, w.domain_page), (1, 1));
        assert!(w.users_expanded.is_empty());
        assert_eq!(w.geo, vec!["FR"]);
    }
}
