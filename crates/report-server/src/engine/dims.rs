//! What a report reads: the dimension its rows group by, where its users come from, its event kinds.

use super::*;

/// The row dimension a report groups by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dim {
    Entry,
    User,
    Country,
    Region,
    City,
    Device,
    Os,
    Browser,
    OsFamily,
    BrowserFamily,
    Domain,
    Url,
    Context,
    Node,
    Hotspot,
    Percentile,
}

/// Where `unique_known_users` counts users from (contract §5 and §3.1 ¹).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum UserSource {
    Any,
    Play,
    ViewPeriod,
    NodeOrViewPeriod,
}

pub(super) fn row_dim(report: ReportType, drilled: bool) -> Dim {
    use ReportType::*;
    match (report, drilled) {
        (TopContent | ContentDropoff, _) => Dim::Entry,
        (TopSyndication, false) => Dim::Domain,
        (TopSyndication, true) => Dim::Url,
        (UserTopContent | UserInteractiveVideo, _) => Dim::User,
        (Platforms, false) => Dim::Device,
        (Platforms, true) | (OperatingSystem, false) => Dim::Os,
        (OperatingSystem, true) | (Browsers, _) => Dim::Browser,
        (OperatingSystemFamilies, _) => Dim::OsFamily,
        (BrowsersFamilies, _) => Dim::BrowserFamily,
        (TopPlaybackContext, _) => Dim::Context,
        (MapOverlayCountry, _) => Dim::Country,
        (MapOverlayRegion, _) => Dim::Region,
        (MapOverlayCity, _) => Dim::City,
        (Percentiles, _)
        | (InteractiveVideoHotspotClickedPercentiles, _)
        | (InteractiveVideoNodeSwitchHotspotClickedPercentiles, _) => Dim::Percentile,
        (InteractiveVideoTopNodes, _) => Dim::Node,
        (InteractiveVideoNodeTopHotspots, _) | (InteractiveVideoNodeSwitchTopHotspots, _) => Dim::Hotspot,
    }
}

pub(super) fn user_source(report: ReportType) -> UserSource {
    use ReportType::*;
    match report {
        MapOverlayCountry | MapOverlayRegion | MapOverlayCity => UserSource::Play,
        Percentiles => UserSource::ViewPeriod,
        InteractiveVideoTopNodes => UserSource::NodeOrViewPeriod,
        _ => UserSource::Any,
    }
}

/// The event kinds a report reads (its implicit event-type filter).
pub(super) fn reads(report: ReportType, kind: EventKind) -> bool {
    use EventKind::*;
    use ReportType::*;
    match report {
        Percentiles => kind == ViewPeriod,
        InteractiveVideoTopNodes => matches!(kind, NodePlay | ViewPeriod),
        InteractiveVideoNodeTopHotspots | InteractiveVideoHotspotClickedPercentiles => kind == HotspotClicked,
        InteractiveVideoNodeSwitchTopHotspots | InteractiveVideoNodeSwitchHotspotClickedPercentiles => {
            kind == NodeSwitch
        }
        UserInteractiveVideo => matches!(kind, Impression | Play | ViewPeriod),
        _ => matches!(
            kind,
            Impression | Play | Quartile25 | Quartile50 | Quartile75 | Quartile100 | ViewPeriod | Share
        ),
    }
}
