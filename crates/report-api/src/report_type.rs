//! The report types the entry and interactive-path dashboards use, with their wire ids
//! (`KalturaReportType`, a string enum on the wire: `"13"`).

use std::fmt;

/// A report of the `report` service that entrylens uses. The numeric ids are Kaltura's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReportType {
    /// 1 — `TOP_CONTENT`: plays and time per entry.
    TopContent,
    /// 2 — `CONTENT_DROPOFF`: the impressions → plays → quartiles funnel.
    ContentDropoff,
    /// 6 — `TOP_SYNDICATION`: domains (drill-down: page URLs via `objectIds`).
    TopSyndication,
    /// 13 — `USER_TOP_CONTENT`: highlight totals, metrics over time, engagement per user.
    UserTopContent,
    /// 21 — `PLATFORMS`: devices (drill-down: operating systems via `objectIds`).
    Platforms,
    /// 22 — `OPERATING_SYSTEM` (drill-down: browsers via `objectIds`).
    OperatingSystem,
    /// 23 — `BROWSERS`.
    Browsers,
    /// 25 — `TOP_PLAYBACK_CONTEXT`: the category / page the player was embedded in.
    TopPlaybackContext,
    /// 30 — `MAP_OVERLAY_CITY`: cities (filter `countryIn` + `regionIn`).
    MapOverlayCity,
    /// 32 — `OPERATING_SYSTEM_FAMILIES`: filter picker.
    OperatingSystemFamilies,
    /// 33 — `BROWSERS_FAMILIES`: filter picker.
    BrowsersFamilies,
    /// 36 — `MAP_OVERLAY_COUNTRY`: countries.
    MapOverlayCountry,
    /// 37 — `MAP_OVERLAY_REGION`: regions of a country (filter `countryIn`).
    MapOverlayRegion,
    /// 43 — `PERCENTILES`: views across the video's timeline, 101 rows.
    Percentiles,
    /// 49 — `USER_INTERACTIVE_VIDEO`: interactive path totals, graphs and users.
    UserInteractiveVideo,
    /// 50 — `INTERACTIVE_VIDEO_TOP_NODES`: plays per node of a path.
    InteractiveVideoTopNodes,
    /// 54 — `INTERACTIVE_VIDEO_NODE_TOP_HOTSPOTS`: hotspot clicks of a node.
    InteractiveVideoNodeTopHotspots,
    /// 55 — `INTERCATIVE_VIDEO_NODE_SWITCH_TOP_HOTSPOTS` (sic): node switches by hotspot.
    InteractiveVideoNodeSwitchTopHotspots,
    /// 56 — `INTERACTIVE_VIDEO_HOTSPOT_CLICKED_PERCENTILES`: where in the node a hotspot was clicked.
    InteractiveVideoHotspotClickedPercentiles,
    /// 57 — `INTERACTIVE_VIDEO_NODE_SWITCH_HOTSPOT_CLICKED_PERCENTILES`.
    InteractiveVideoNodeSwitchHotspotClickedPercentiles,
}

/// How `getGraphs` lays out the points of a report (contract §2.1.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphShape {
    /// One graph per metric, points `date|value;` in ascending date order.
    ByDate,
    /// A single graph named after the report, points `metricHeader|value;`.
    ByName,
    /// One graph per metric, points `YYYYMMDD|dim:value,dim:value;` (pairs joined by a hard-coded `,`).
    MultiByDate,
    /// One graph per metric, points `dimValue|value;`.
    MultiByName,
}

impl ReportType {
    /// Every report type entrylens knows, in id order.
    pub const ALL: [ReportType; 20] = [
        ReportType::TopContent,
        ReportType::ContentDropoff,
        ReportType::TopSyndication,
        ReportType::UserTopContent,
        ReportType::Platforms,
        ReportType::OperatingSystem,
        ReportType::Browsers,
        ReportType::TopPlaybackContext,
        ReportType::MapOverlayCity,
        ReportType::OperatingSystemFamilies,
        ReportType::BrowsersFamilies,
        ReportType::MapOverlayCountry,
        ReportType::MapOverlayRegion,
        ReportType::Percentiles,
        ReportType::UserInteractiveVideo,
        ReportType::InteractiveVideoTopNodes,
        ReportType::InteractiveVideoNodeTopHotspots,
        ReportType::InteractiveVideoNodeSwitchTopHotspots,
        ReportType::InteractiveVideoHotspotClickedPercentiles,
        ReportType::InteractiveVideoNodeSwitchHotspotClickedPercentiles,
    ];

    /// Kaltura's numeric id.
    pub fn id(self) -> u32 {
        match self {
            ReportType::TopContent => 1,
            ReportType::ContentDropoff => 2,
            ReportType::TopSyndication => 6,
            ReportType::UserTopContent => 13,
            ReportType::Platforms => 21,
            ReportType::OperatingSystem => 22,
            ReportType::Browsers => 23,
            ReportType::TopPlaybackContext => 25,
            ReportType::MapOverlayCity => 30,
            ReportType::OperatingSystemFamilies => 32,
            ReportType::BrowsersFamilies => 33,
            ReportType::MapOverlayCountry => 36,
            ReportType::MapOverlayRegion => 37,
            ReportType::Percentiles => 43,
            ReportType::UserInteractiveVideo => 49,
            ReportType::InteractiveVideoTopNodes => 50,
            ReportType::InteractiveVideoNodeTopHotspots => 54,
            ReportType::InteractiveVideoNodeSwitchTopHotspots => 55,
            ReportType::InteractiveVideoHotspotClickedPercentiles => 56,
            ReportType::InteractiveVideoNodeSwitchHotspotClickedPercentiles => 57,
        }
    }

    /// The report with this numeric id, if entrylens knows it.
    pub fn from_id(id: u32) -> Option<ReportType> {
        ReportType::ALL.into_iter().find(|t| t.id() == id)
    }

    /// Parses the wire value: a decimal string (`"13"`, surrounding spaces allowed) or its number.
    pub fn from_wire(value: &str) -> Option<ReportType> {
        value.trim().parse::<u32>().ok().and_then(ReportType::from_id)
    }

    /// The wire value, `"13"`.
    pub fn wire(self) -> String {
        self.id().to_string()
    }

    /// The layout of this report's `getGraphs` answer, or `None` when the report has no graph metrics
    /// (then `getGraphs` is an internal error on Kaltura). `drilled` = `objectIds` was given.
    pub fn graph_shape(self, drilled: bool) -> Option<GraphShape> {
        use ReportType::*;
        match self {
            ContentDropoff => Some(GraphShape::ByName),
            Platforms if drilled => Some(GraphShape::MultiByName),
            Platforms => Some(GraphShape::MultiByDate),
            OperatingSystem | Browsers | OperatingSystemFamilies | BrowsersFamilies => {
                Some(GraphShape::MultiByName)
            }
            TopContent
            | TopSyndication
            | UserTopContent
            | TopPlaybackContext
            | UserInteractiveVideo
            | InteractiveVideoTopNodes => Some(GraphShape::ByDate),
            MapOverlayCity
            | MapOverlayCountry
            | MapOverlayRegion
            | Percentiles
            | InteractiveVideoNodeTopHotspots
            | InteractiveVideoNodeSwitchTopHotspots
            | InteractiveVideoHotspotClickedPercentiles
            | InteractiveVideoNodeSwitchHotspotClickedPercentiles => None,
        }
    }

    /// Whether the table has one row per percentile 0..=100 (always 101 rows when there is data).
    pub fn is_percentile_report(self) -> bool {
        matches!(
            self,
            ReportType::Percentiles
                | ReportType::InteractiveVideoHotspotClickedPercentiles
                | ReportType::InteractiveVideoNodeSwitchHotspotClickedPercentiles
        )
    }
}

impl fmt::Display for ReportType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for t in ReportType::ALL {
            assert!(seen.insert(t.id()), "duplicate id {}", t.id());
            assert_eq!(ReportType::from_wire(&t.wire()), Some(t));
        }
        assert_eq!(ReportType::from_wire(" 13 "), Some(ReportType::UserTopContent));
        assert_eq!(ReportType::from_wire("999999"), None);
        assert_eq!(ReportType::from_wire("abc"), None);
        assert_eq!(ReportType::from_wire(""), None);
    }

    #[test]
    fn graph_shapes_follow_the_contract() {
        assert_eq!(
            ReportType::ContentDropoff.graph_shape(false),
            Some(GraphShape::ByName)
        );
        assert_eq!(
            ReportType::Platforms.graph_shape(false),
            Some(GraphShape::MultiByDate)
        );
        assert_eq!(
            ReportType::Platforms.graph_shape(true),
            Some(GraphShape::MultiByName)
        );
        assert_eq!(
            ReportType::UserTopContent.graph_shape(false),
            Some(GraphShape::ByDate)
        );
        assert_eq!(ReportType::Percentiles.graph_shape(false), None);
        assert_eq!(ReportType::MapOverlayCountry.graph_shape(false), None);
    }
}
