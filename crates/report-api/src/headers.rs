//! The exact header names each report returns (contract §3), in the order the service emits them.
//! `report-server` answers with these lists and the app reads columns by these names.

use crate::ReportType;

/// Σ count of `playerImpression` events ("player impressions").
pub const COUNT_LOADS: &str = "count_loads";
/// Σ count of `play` events.
pub const COUNT_PLAYS: &str = "count_plays";
/// Σ count of `playThrough25` events.
pub const COUNT_PLAYS_25: &str = "count_plays_25";
/// Σ count of `playThrough50` events.
pub const COUNT_PLAYS_50: &str = "count_plays_50";
/// Σ count of `playThrough75` events.
pub const COUNT_PLAYS_75: &str = "count_plays_75";
/// Σ count of `playThrough100` events.
pub const COUNT_PLAYS_100: &str = "count_plays_100";
/// Σ `shareClicked` events ("shares").
pub const COUNT_VIRAL: &str = "count_viral";
/// Σ `viewPeriod` events (in percentile reports: of those covering the percentile).
pub const COUNT_VIEWERS: &str = "count_viewers";
/// Legacy minutes viewed: Σ play time on play-through events ÷ 60.
pub const SUM_TIME_VIEWED: &str = "sum_time_viewed";
/// `sum_time_viewed` ÷ plays.
pub const AVG_TIME_VIEWED: &str = "avg_time_viewed";
/// The dashboard's "Minutes viewed": Σ play time on `viewPeriod` events ÷ 60.
pub const SUM_VIEW_PERIOD: &str = "sum_view_period";
/// `sum_view_period` ÷ plays.
pub const AVG_VIEW_PERIOD_TIME: &str = "avg_view_period_time";
/// Distinct users over the report's own event types.
pub const UNIQUE_KNOWN_USERS: &str = "unique_known_users";
/// Distinct users over `play` events: the dashboard's "Unique viewers".
pub const UNIQUE_VIEWERS: &str = "unique_viewers";
/// Distinct entries with any event.
pub const UNIQUE_VIDEOS: &str = "unique_videos";
/// Distinct entries with a play.
pub const UNIQUE_PLAYED_VIDEOS: &str = "unique_played_videos";
/// plays ÷ impressions (a fraction, not capped).
pub const LOAD_PLAY_RATIO: &str = "load_play_ratio";
/// plays reaching 100 % ÷ plays (a fraction).
pub const PLAY_THROUGH_RATIO: &str = "play_through_ratio";
/// Average share of quartiles reached (a fraction): the dashboard's "Average drop-off rate".
pub const AVG_VIEW_DROP_OFF: &str = "avg_view_drop_off";
/// Σ distinct 1 % slices watched ÷ plays, capped at 100 (percent).
pub const AVG_COMPLETION_RATE: &str = "avg_completion_rate";
/// Share of the video watched at least once, capped at 100 (percent).
pub const TOTAL_COMPLETION_RATE: &str = "total_completion_rate";
/// Σ `nodePlay` events.
pub const COUNT_NODE_PLAYS: &str = "count_node_plays";
/// Σ `hotspotClicked` events.
pub const COUNT_HOTSPOT_CLICKED: &str = "count_hotspot_clicked";
/// Σ `nodeSwitch` events.
pub const COUNT_NODE_SWITCH: &str = "count_node_switch";

/// The date column of graph-derived tables (days and hours).
pub const DATE_ID: &str = "date_id";
/// The date column of graph-derived tables at month interval.
pub const MONTH_ID: &str = "month_id";
/// The single graph id of `CONTENT_DROPOFF`'s by-name graph.
pub const CONTENT_DROPOFF_GRAPH: &str = "content_dropoff";

const USER_TOP_CONTENT_METRICS: &[&str] = &[
    UNIQUE_VIDEOS,
    COUNT_PLAYS,
    SUM_TIME_VIEWED,
    AVG_TIME_VIEWED,
    AVG_VIEW_DROP_OFF,
    COUNT_LOADS,
    LOAD_PLAY_RATIO,
    AVG_COMPLETION_RATE,
    COUNT_VIRAL,
    TOTAL_COMPLETION_RATE,
    SUM_VIEW_PERIOD,
    AVG_VIEW_PERIOD_TIME,
];
const USER_TOP_CONTENT_GRAPHS: &[&str] = &[
    COUNT_PLAYS,
    SUM_TIME_VIEWED,
    AVG_TIME_VIEWED,
    COUNT_LOADS,
    UNIQUE_KNOWN_USERS,
    AVG_VIEW_DROP_OFF,
    AVG_COMPLETION_RATE,
    COUNT_VIRAL,
    UNIQUE_VIEWERS,
    SUM_VIEW_PERIOD,
    AVG_VIEW_PERIOD_TIME,
];
const USER_TOP_CONTENT_TOTALS: &[&str] = &[
    UNIQUE_KNOWN_USERS,
    UNIQUE_VIDEOS,
    COUNT_PLAYS,
    SUM_TIME_VIEWED,
    AVG_TIME_VIEWED,
    AVG_VIEW_DROP_OFF,
    COUNT_LOADS,
    LOAD_PLAY_RATIO,
    AVG_COMPLETION_RATE,
    COUNT_VIRAL,
    UNIQUE_VIEWERS,
    SUM_VIEW_PERIOD,
    AVG_VIEW_PERIOD_TIME,
];
const DROPOFF_METRICS: &[&str] = &[
    COUNT_PLAYS,
    COUNT_PLAYS_25,
    COUNT_PLAYS_50,
    COUNT_PLAYS_75,
    COUNT_PLAYS_100,
    PLAY_THROUGH_RATIO,
    COUNT_LOADS,
];
const DROPOFF_GRAPH_POINTS: &[&str] = &[
    COUNT_PLAYS,
    COUNT_PLAYS_25,
    COUNT_PLAYS_50,
    COUNT_PLAYS_75,
    COUNT_PLAYS_100,
    PLAY_THROUGH_RATIO,
];
// In 36/37/30 `unique_known_users` is the play-only distinct-user metric, renamed (contract §3.1 ¹).
const MAP_METRICS: &[&str] = &[
    COUNT_PLAYS,
    COUNT_PLAYS_25,
    COUNT_PLAYS_50,
    COUNT_PLAYS_75,
    COUNT_PLAYS_100,
    PLAY_THROUGH_RATIO,
    UNIQUE_KNOWN_USERS,
    AVG_VIEW_DROP_OFF,
    COUNT_LOADS,
    AVG_COMPLETION_RATE,
];
const PLATFORM_METRICS: &[&str] = &[
    COUNT_PLAYS,
    SUM_TIME_VIEWED,
    AVG_TIME_VIEWED,
    COUNT_LOADS,
    LOAD_PLAY_RATIO,
    AVG_VIEW_DROP_OFF,
    UNIQUE_KNOWN_USERS,
    UNIQUE_VIEWERS,
    SUM_VIEW_PERIOD,
    AVG_VIEW_PERIOD_TIME,
    AVG_COMPLETION_RATE,
];
const PLATFORM_GRAPHS: &[&str] = &[
    COUNT_PLAYS,
    SUM_TIME_VIEWED,
    AVG_TIME_VIEWED,
    COUNT_LOADS,
    UNIQUE_KNOWN_USERS,
    UNIQUE_VIEWERS,
    SUM_VIEW_PERIOD,
    AVG_VIEW_PERIOD_TIME,
];
const SYNDICATION_METRICS: &[&str] = &[
    COUNT_PLAYS,
    SUM_TIME_VIEWED,
    AVG_TIME_VIEWED,
    COUNT_LOADS,
    LOAD_PLAY_RATIO,
    AVG_VIEW_DROP_OFF,
    AVG_COMPLETION_RATE,
    UNIQUE_PLAYED_VIDEOS,
    SUM_VIEW_PERIOD,
    AVG_VIEW_PERIOD_TIME,
];
const SYNDICATION_GRAPHS: &[&str] = &[
    COUNT_PLAYS,
    SUM_TIME_VIEWED,
    AVG_TIME_VIEWED,
    COUNT_LOADS,
    AVG_VIEW_DROP_OFF,
    LOAD_PLAY_RATIO,
    AVG_COMPLETION_RATE,
    SUM_VIEW_PERIOD,
    AVG_VIEW_PERIOD_TIME,
];
const CONTEXT_METRICS: &[&str] = &[
    COUNT_PLAYS,
    SUM_TIME_VIEWED,
    AVG_TIME_VIEWED,
    AVG_VIEW_DROP_OFF,
    COUNT_LOADS,
    LOAD_PLAY_RATIO,
    UNIQUE_VIEWERS,
    AVG_COMPLETION_RATE,
    SUM_VIEW_PERIOD,
    AVG_VIEW_PERIOD_TIME,
];
const CONTEXT_GRAPHS: &[&str] = &[
    COUNT_PLAYS,
    SUM_TIME_VIEWED,
    AVG_TIME_VIEWED,
    COUNT_LOADS,
    AVG_VIEW_DROP_OFF,
    UNIQUE_VIEWERS,
    AVG_COMPLETION_RATE,
    SUM_VIEW_PERIOD,
    AVG_VIEW_PERIOD_TIME,
];
const TOP_CONTENT_METRICS: &[&str] = &[
    COUNT_PLAYS,
    SUM_TIME_VIEWED,
    AVG_TIME_VIEWED,
    COUNT_LOADS,
    LOAD_PLAY_RATIO,
    AVG_VIEW_DROP_OFF,
    UNIQUE_KNOWN_USERS,
    SUM_VIEW_PERIOD,
    AVG_VIEW_PERIOD_TIME,
    AVG_COMPLETION_RATE,
];
const TOP_CONTENT_GRAPHS: &[&str] = &[
    COUNT_PLAYS,
    SUM_TIME_VIEWED,
    AVG_TIME_VIEWED,
    COUNT_LOADS,
    SUM_VIEW_PERIOD,
    AVG_VIEW_PERIOD_TIME,
];
const INTERACTIVE_METRICS: &[&str] = &[COUNT_PLAYS, COUNT_LOADS, SUM_VIEW_PERIOD, AVG_VIEW_PERIOD_TIME];
const INTERACTIVE_TOTALS: &[&str] = &[
    COUNT_PLAYS,
    COUNT_LOADS,
    SUM_VIEW_PERIOD,
    AVG_VIEW_PERIOD_TIME,
    UNIQUE_VIEWERS,
];
const NODE_METRICS: &[&str] = &[COUNT_NODE_PLAYS, UNIQUE_KNOWN_USERS, AVG_COMPLETION_RATE];
const PERCENTILE_METRICS: &[&str] = &[COUNT_VIEWERS, UNIQUE_KNOWN_USERS];

/// The dimension columns that start each table row. `drilled` = `objectIds` was given, which changes the
/// row dimension of reports with a drill-down (devices → OS, OS → browser, domain → page URL).
pub fn table_dimensions(report: ReportType, drilled: bool) -> &'static [&'static str] {
    use ReportType::*;
    match (report, drilled) {
        (TopContent | ContentDropoff, _) => &["object_id", "entry_name"],
        (TopSyndication, false) => &["object_id", "domain_name"],
        (TopSyndication, true) => &["referrer"],
        (UserTopContent, _) => &["name", "full_name"],
        (Platforms, false) => &["device"],
        (Platforms, true) | (OperatingSystem, false) => &["os"],
        (OperatingSystem, true) | (Browsers, _) => &["browser"],
        (OperatingSystemFamilies, _) => &["os_family"],
        (BrowsersFamilies, _) => &["browser_family"],
        (TopPlaybackContext, _) => &["object_id", "name"],
        (MapOverlayCountry, _) => &["object_id", "country", "coordinates"],
        (MapOverlayRegion, _) => &["country", "region", "coordinates"],
        (MapOverlayCity, _) => &["country", "region", "city", "coordinates", "country_code"],
        (Percentiles, _)
        | (InteractiveVideoHotspotClickedPercentiles, _)
        | (InteractiveVideoNodeSwitchHotspotClickedPercentiles, _) => &["percentile"],
        (UserInteractiveVideo, _) => &["name"],
        (InteractiveVideoTopNodes, _) => &["node_id"],
        (InteractiveVideoNodeTopHotspots, _) | (InteractiveVideoNodeSwitchTopHotspots, _) => {
            &["hotspot_id", "destination"]
        }
    }
}

/// The metric columns of the table, after the dimensions.
pub fn table_metrics(report: ReportType) -> &'static [&'static str] {
    use ReportType::*;
    match report {
        TopContent => TOP_CONTENT_METRICS,
        ContentDropoff => DROPOFF_METRICS,
        TopSyndication => SYNDICATION_METRICS,
        UserTopContent => USER_TOP_CONTENT_METRICS,
        Platforms | OperatingSystem | Browsers | OperatingSystemFamilies | BrowsersFamilies => {
            PLATFORM_METRICS
        }
        TopPlaybackContext => CONTEXT_METRICS,
        MapOverlayCountry | MapOverlayRegion | MapOverlayCity => MAP_METRICS,
        Percentiles => PERCENTILE_METRICS,
        UserInteractiveVideo => INTERACTIVE_METRICS,
        InteractiveVideoTopNodes => NODE_METRICS,
        InteractiveVideoNodeTopHotspots | InteractiveVideoHotspotClickedPercentiles => {
            &[COUNT_HOTSPOT_CLICKED]
        }
        InteractiveVideoNodeSwitchTopHotspots | InteractiveVideoNodeSwitchHotspotClickedPercentiles => {
            &[COUNT_NODE_SWITCH]
        }
    }
}

/// Every table header in order: dimensions, then metrics.
pub fn table_headers(report: ReportType, drilled: bool) -> Vec<&'static str> {
    let mut headers = table_dimensions(report, drilled).to_vec();
    headers.extend_from_slice(table_metrics(report));
    headers
}

/// The ids of the graphs `getGraphs` returns (one per metric), empty when the report has no graphs.
/// For `CONTENT_DROPOFF` these are the point names of its single `content_dropoff` graph.
pub fn graph_metrics(report: ReportType) -> &'static [&'static str] {
    use ReportType::*;
    match report {
        TopContent => TOP_CONTENT_GRAPHS,
        ContentDropoff => DROPOFF_GRAPH_POINTS,
        TopSyndication => SYNDICATION_GRAPHS,
        UserTopContent => USER_TOP_CONTENT_GRAPHS,
        Platforms | OperatingSystem | Browsers | OperatingSystemFamilies | BrowsersFamilies => {
            PLATFORM_GRAPHS
        }
        TopPlaybackContext => CONTEXT_GRAPHS,
        UserInteractiveVideo => INTERACTIVE_METRICS,
        InteractiveVideoTopNodes => NODE_METRICS,
        _ => &[],
    }
}

/// The headers of `getTotal`.
pub fn total_headers(report: ReportType) -> &'static [&'static str] {
    use ReportType::*;
    match report {
        UserTopContent => USER_TOP_CONTENT_TOTALS,
        UserInteractiveVideo => INTERACTIVE_TOTALS,
        other => table_metrics(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_top_content_table_matches_the_contract_example() {
        // Contract §7.2.
        let expected = "name|full_name|unique_videos|count_plays|sum_time_viewed|avg_time_viewed|avg_view_drop_off|count_loads|load_play_ratio|avg_completion_rate|count_viral|total_completion_rate|sum_view_period|avg_view_period_time";
        assert_eq!(
            table_headers(ReportType::UserTopContent, false).join("|"),
            expected
        );
    }

    #[test]
    fn user_top_content_totals_match_the_contract_example() {
        // Contract §7.1.
        let expected = "unique_known_users|unique_videos|count_plays|sum_time_viewed|avg_time_viewed|avg_view_drop_off|count_loads|load_play_ratio|avg_completion_rate|count_viral|unique_viewers|sum_view_period|avg_view_period_time";
        assert_eq!(total_headers(ReportType::UserTopContent).join("|"), expected);
    }

    #[test]
    fn drill_downs_change_the_row_dimension() {
        assert_eq!(table_dimensions(ReportType::Platforms, true), &["os"]);
        assert_eq!(table_dimensions(ReportType::OperatingSystem, true), &["browser"]);
        assert_eq!(table_dimensions(ReportType::TopSyndication, true), &["referrer"]);
    }

    #[test]
    fn reports_without_graphs_have_no_graph_metrics() {
        for t in ReportType::ALL {
            assert_eq!(
                t.graph_shape(false).is_none(),
                graph_metrics(t).is_empty(),
                "{t:?}"
            );
        }
    }
}
