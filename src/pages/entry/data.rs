//! What the entry page's first view asks for, in one multirequest, and how the answer is read.
//! Pure logic, tested with `cargo test`.

use crate::api::Slot;
use report_api::metadata::{base_entry_get, like_list, user_get, Entry, ListPage, User};
use report_api::time_range::{TimeBounds, Zone};
use report_api::{
    Interval, ReportAction, ReportCall, ReportInputFilter, ReportTotal, ReportType, ResponseError,
    ServiceCall, DELIMITER,
};

/// The filter every entry panel sends: the end-user class, the entry, the days and the zone.
pub fn entry_filter(entry_id: &str, bounds: TimeBounds, zone: Zone) -> ReportInputFilter {
    let mut f = ReportInputFilter::end_user();
    f.entry_id_in = Some(entry_id.to_string());
    f.from_date = Some(bounds.from_date);
    f.to_date = Some(bounds.to_date);
    f.time_zone_offset = Some(i64::from(bounds.time_zone_offset));
    f.time_zone = zone.iana_name().map(str::to_string);
    f.interval = Some(Interval::Days);
    f
}

/// The calls of the first view: the entry and its owner, then the highlights of the current period and,
/// when comparing, of the compare period.
pub fn first_view_calls(
    entry_id: &str,
    zone: Zone,
    current: TimeBounds,
    compare: Option<TimeBounds>,
) -> Vec<ServiceCall> {
    let mut calls = vec![base_entry_get(entry_id), user_get("{1:result:userId}")];
    for bounds in std::iter::once(current).chain(compare) {
        let filter = entry_filter(entry_id, bounds, zone);
        calls.push(
            ReportCall::new(ReportAction::GetTotal, ReportType::UserTopContent, filter).to_service_call(),
        );
        calls.push(like_list(entry_id, bounds.from_date, bounds.to_date - 1));
    }
    calls
}

/// The highlights of one period.
#[derive(Debug, Clone, PartialEq)]
pub struct Highlights {
    /// Totals of `USER_TOP_CONTENT`.
    pub totals: ReportTotal,
    /// Likes in the period; `None` when the session may not list likes ("N/A").
    pub likes: Option<u64>,
}

/// The first view, each part with its own outcome so one failure does not blank the page.
#[derive(Debug, Clone, PartialEq)]
pub struct FirstView {
    /// The entry, or why it could not be read.
    pub entry: Result<Entry, ResponseError>,
    /// The owner (absent when the owner cannot be read: the id is shown instead).
    pub owner: Option<User>,
    /// Current-period highlights.
    pub current: Result<Highlights, ResponseError>,
    /// Compare-period highlights, when comparing.
    pub compare: Option<Result<Highlights, ResponseError>>,
}

fn highlights(total: Option<&Slot>, likes: Option<&Slot>) -> Result<Highlights, ResponseError> {
    let total = total.ok_or_else(|| ResponseError::malformed("missing totals"))?;
    let totals = match total {
        Ok(v) => ReportTotal::parse(v, DELIMITER)?,
        Err(e) => return Err(ResponseError::Api(e.clone())),
    };
    let likes = match likes {
        Some(Ok(v)) => ListPage::parse(v, |_| Ok(())).ok().map(|p| p.total_count),
        _ => None,
    };
    Ok(Highlights { totals, likes })
}

/// Reads the slots answered for [`first_view_calls`].
pub fn parse_first_view(slots: &[Slot], comparing: bool) -> FirstView {
    let entry = match slots.first() {
        Some(Ok(v)) => Entry::parse(v),
        Some(Err(e)) => Err(ResponseError::Api(e.clone())),
        None => Err(ResponseError::malformed("no entry in the answer")),
    };
    let owner = match slots.get(1) {
        Some(Ok(v)) => User::parse(v).ok().filter(|u| !u.id.is_empty()),
        _ => None,
    };
    let current = highlights(slots.get(2), slots.get(3));
    let compare = comparing.then(|| highlights(slots.get(4), slots.get(5)));
    FirstView {
        entry,
        owner,
        current,
        compare,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_api::ApiError;
    use serde_json::json;

    fn bounds() -> TimeBounds {
        TimeBounds {
            from_date: 1_000,
            to_date: 2_000,
            time_zone_offset: -120,
        }
    }

    #[test]
    fn first_view_is_one_batch_with_compare_inside() {
        let calls = first_view_calls("0_a", Zone::Fixed(-120), bounds(), None);
        assert_eq!(calls.len(), 4);
        assert_eq!(calls[1].params["userId"], "{1:result:userId}");
        assert_eq!(calls[2].params["reportType"], "13");
        assert_eq!(calls[2].params["reportInputFilter"]["entryIdIn"], "0_a");
        assert_eq!(calls[3].params["filter"]["createdAtLessThanOrEqual"], 1_999);
        let with = first_view_calls("0_a", Zone::Fixed(-120), bounds(), Some(bounds()));
        assert_eq!(with.len(), 6);
    }

    #[test]
    fn iana_zones_travel_with_the_filter() {
        let z = Zone::Iana(report_api::time_range::parse_tz("Europe/Paris").unwrap());
        let f = entry_filter("0_a", bounds(), z);
        assert_eq!(f.time_zone.as_deref(), Some("Europe/Paris"));
        assert_eq!(f.time_zone_offset, Some(-120));
        assert_eq!(entry_filter("0_a", bounds(), Zone::Fixed(0)).time_zone, None);
    }

    #[test]
    fn each_part_fails_on_its_own() {
        let slots: Vec<Slot> = vec![
            Ok(json!({"id":"0_a","name":"A","userId":"u","mediaType":1,"objectType":"KalturaMediaEntry"})),
            Err(ApiError::new("INVALID_USER_ID", "no", &[])),
            Ok(json!({"header":"count_plays|count_loads","data":"3|5","objectType":"KalturaReportTotal"})),
            Err(ApiError::service_forbidden("like", "list")),
            Err(ApiError::internal()),
        ];
        let v = parse_first_view(&slots, true);
        assert_eq!(v.entry.unwrap().name, "A");
        assert_eq!(v.owner, None);
        let current = v.current.unwrap();
        assert_eq!(current.totals.num("count_plays"), 3.0);
        assert_eq!(current.likes, None);
        assert!(matches!(v.compare, Some(Err(ResponseError::Api(_)))));
        let none = parse_first_view(&[], false);
        assert!(none.entry.is_err());
        assert!(none.current.is_err());
        assert_eq!(none.compare, None);
    }
}
