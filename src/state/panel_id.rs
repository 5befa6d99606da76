//! The dashboard's panels by name: one enum for the URL (`tables=`), the export registry, file names
//! and the panels' headings, so a panel's name is written once and an unknown one cannot be sorted.

/// A panel of the entry or interactive page, in page order (the order of exports and of `tables=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PanelId {
    /// The highlight cards.
    Highlights,
    /// Views on playback (the percentile chart).
    Playback,
    /// Metrics over time.
    Trend,
    /// The engagement funnel.
    Funnel,
    /// Engagement per user.
    Users,
    /// Top countries and their drill-down.
    Countries,
    /// Devices and their drill-down.
    Devices,
    /// Top domains and their pages.
    Domains,
    /// The interactive path's flow.
    Flow,
    /// The interactive path's videos overview.
    Videos,
    /// One node of an interactive path.
    Node,
    /// A node's hotspot clicks.
    Hotspots,
}

impl PanelId {
    /// Every panel, in page order.
    pub const ALL: [PanelId; 12] = [
        PanelId::Highlights,
        PanelId::Playback,
        PanelId::Trend,
        PanelId::Funnel,
        PanelId::Users,
        PanelId::Countries,
        PanelId::Devices,
        PanelId::Domains,
        PanelId::Flow,
        PanelId::Videos,
        PanelId::Node,
        PanelId::Hotspots,
    ];

    /// The panels whose table twin can be open (kept in the URL as `tables=`).
    pub const WITH_TABLES: [PanelId; 4] = [PanelId::Playback, PanelId::Trend, PanelId::Node, PanelId::Flow];

    /// Its name in URLs, file names, `data-panel` attributes and heading ids.
    pub fn name(self) -> &'static str {
        match self {
            PanelId::Highlights => "highlights",
            PanelId::Playback => "playback",
            PanelId::Trend => "trend",
            PanelId::Funnel => "funnel",
            PanelId::Users => "users",
            PanelId::Countries => "countries",
            PanelId::Devices => "devices",
            PanelId::Domains => "domains",
            PanelId::Flow => "flow",
            PanelId::Videos => "videos",
            PanelId::Node => "node",
            PanelId::Hotspots => "hotspots",
        }
    }

    /// The panel named `name`, if there is one.
    pub fn from_name(name: &str) -> Option<PanelId> {
        PanelId::ALL.into_iter().find(|p| p.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_and_follow_page_order() {
        for p in PanelId::ALL {
            assert_eq!(PanelId::from_name(p.name()), Some(p));
        }
        assert_eq!(PanelId::from_name("nope"), None);
        assert!(
            PanelId::ALL.windows(2).all(|w| w[0] < w[1]),
            "the derived order is the page order"
        );
    }
}
