//! What a panel's requests depend on (the scope), and the report filter each period of it sends.

use super::page_kind::PageKind;
use crate::state::filters::{Dimension, Filters};
use crate::state::DashboardState;
use report_api::time_range::{DayRange, TimeBounds, Zone};
use report_api::{Interval, ReportInputFilter};

/// The filter every panel starts from: the end-user class, the entry, the days, the zone and the bucket
/// size of by-date results.
pub fn entry_filter_at(
    entry_id: &str,
    bounds: TimeBounds,
    zone: Zone,
    interval: Interval,
) -> ReportInputFilter {
    let mut f = ReportInputFilter::end_user();
    f.entry_id_in = Some(entry_id.to_string());
    f.from_date = Some(bounds.from_date);
    f.to_date = Some(bounds.to_date);
    f.time_zone_offset = Some(i64::from(bounds.time_zone_offset));
    f.time_zone = zone.iana_name().map(str::to_string);
    f.interval = Some(interval);
    f
}

/// What a breakdown panel's requests depend on: compared by value, so a panel reloads only when one of
/// these changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Scope {
    /// The entry id, or the interactive path's playlist id.
    pub entry_id: String,
    /// The zone days start in (sent as `timeZone` and its offset).
    pub zone: Zone,
    /// The days shown (labels and exports use them).
    pub current_days: DayRange,
    /// The days compared with them, when comparing.
    pub compare_days: Option<DayRange>,
    /// The current period's instants.
    pub current: TimeBounds,
    /// The compare period's instants.
    pub compare: Option<TimeBounds>,
    /// Which viewers every report counts.
    pub filters: Filters,
    /// Monthly buckets for graphs.
    pub monthly: bool,
    /// The page: on the interactive page reports filter `rootEntryIdIn`, not `entryIdIn`.
    pub page: PageKind,
}

impl Scope {
    /// The end-user filter of one period, with every dashboard filter applied.
    pub fn filter(&self, bounds: TimeBounds) -> ReportInputFilter {
        self.filter_with(bounds, self.interval())
    }

    /// The bucket size of by-date results: months or days.
    pub fn interval(&self) -> Interval {
        if self.monthly {
            Interval::Months
        } else {
            Interval::Days
        }
    }

    /// [`Scope::filter`] with another bucket size (the first view's totals always send days).
    pub fn filter_with(&self, bounds: TimeBounds, interval: Interval) -> ReportInputFilter {
        let mut f = entry_filter_at(&self.entry_id, bounds, self.zone, interval);
        self.filters.apply(&mut f);
        if self.page == PageKind::Interactive {
            f.root_entry_id_in = f.entry_id_in.take();
        }
        f
    }

    /// The filter for reports the reference dashboard sends with the plain filter class (top domains):
    /// plain unless a user filter needs the end-user class to travel (contract §4.1).
    pub fn plain_filter(&self, bounds: TimeBounds) -> ReportInputFilter {
        let mut f = self.filter(bounds);
        if self.filters.get(Dimension::User).is_empty() {
            f.filter_type = ReportInputFilter::base().filter_type;
        }
        f
    }

    /// The periods asked for: current, then compare.
    pub fn periods(&self) -> Vec<TimeBounds> {
        std::iter::once(self.current).chain(self.compare).collect()
    }

    /// Whether a compare period is on.
    pub fn comparing(&self) -> bool {
        self.compare.is_some()
    }
}

/// The scope of a view.
pub fn scope_of(
    entry_id: String,
    zone: Zone,
    (current_days, compare_days): (DayRange, Option<DayRange>),
    state: &DashboardState,
    kind: PageKind,
) -> Scope {
    Scope {
        entry_id,
        zone,
        current_days,
        compare_days,
        current: current_days.bounds(zone),
        compare: compare_days.map(|c| c.bounds(zone)),
        filters: state.filters.clone(),
        monthly: state.monthly,
        page: kind,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOUNDS: TimeBounds = TimeBounds {
        from_date: 1_000,
        to_date: 2_000,
        time_zone_offset: -120,
    };

    #[test]
    fn iana_zones_travel_with_the_filter() {
        let z = Zone::Iana(report_api::time_range::parse_tz("Europe/Paris").unwrap());
        let f = entry_filter_at("0_a", BOUNDS, z, Interval::Days);
        assert_eq!(f.time_zone.as_deref(), Some("Europe/Paris"));
        assert_eq!(f.time_zone_offset, Some(-120));
        assert_eq!(
            entry_filter_at("0_a", BOUNDS, Zone::Fixed(0), Interval::Days).time_zone,
            None
        );
    }
}
