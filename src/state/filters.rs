//! The dashboard's filters: which viewers every panel counts. Each dimension is a repeated URL key
//! (`country=France&country=Spain`), so values need no escaping of their own; each becomes one `…In` field
//! of the report filter, joined with the wire delimiter. Pure logic, tested with `cargo test`.

use crate::i18n::{t, Msg};
use report_api::{ReportInputFilter, DELIMITER};

/// A dimension the dashboard can filter on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    /// Country (stored English name).
    Country,
    /// Region of a country.
    Region,
    /// City.
    City,
    /// Device type (`Computer`, `Mobile`, …).
    Device,
    /// Operating system (as the devices drill-down names it).
    OperatingSystem,
    /// Browser (as the devices drill-down names it).
    Browser,
    /// Domain the player was embedded on.
    Domain,
    /// Page URL the player was embedded on.
    PageUrl,
    /// Category / playback context the player ran in (category id).
    Context,
    /// A viewer (user id; `Unknown` = anonymous viewers).
    User,
    /// Playback type: `vod`, `live` or `dvr`.
    PlaybackType,
}

impl Dimension {
    /// Every dimension, in the order chips and the filter panel show them.
    pub const ALL: [Dimension; 11] = [
        Dimension::Country,
        Dimension::Region,
        Dimension::City,
        Dimension::Device,
        Dimension::OperatingSystem,
        Dimension::Browser,
        Dimension::Domain,
        Dimension::PageUrl,
        Dimension::Context,
        Dimension::User,
        Dimension::PlaybackType,
    ];

    /// The URL key.
    pub fn key(self) -> &'static str {
        match self {
            Dimension::Country => "country",
            Dimension::Region => "region",
            Dimension::City => "city",
            Dimension::Device => "device",
            Dimension::OperatingSystem => "os",
            Dimension::Browser => "browser",
            Dimension::Domain => "domain",
            Dimension::PageUrl => "url",
            Dimension::Context => "context",
            Dimension::User => "user",
            Dimension::PlaybackType => "playback",
        }
    }

    /// The dimension of a URL key.
    pub fn from_key(key: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.key() == key)
    }

    /// What people call it.
    pub fn label(self) -> &'static str {
        match self {
            Dimension::Country => t(Msg::Country),
            Dimension::Region => t(Msg::Region),
            Dimension::City => t(Msg::City),
            Dimension::Device => t(Msg::Device),
            Dimension::OperatingSystem => t(Msg::OperatingSystem),
            Dimension::Browser => t(Msg::Browser),
            Dimension::Domain => t(Msg::Domain),
            Dimension::PageUrl => t(Msg::PageUrl),
            Dimension::Context => t(Msg::CategoryContext),
            Dimension::User => t(Msg::User),
            Dimension::PlaybackType => t(Msg::PlaybackType),
        }
    }

    /// The values a dimension accepts, when the list is fixed.
    pub fn fixed_values(self) -> Option<&'static [&'static str]> {
        match self {
            Dimension::PlaybackType => Some(&["vod", "live", "dvr"]),
            _ => None,
        }
    }
}

/// A playback type's label.
pub fn playback_type_label(v: &str) -> &str {
    match v {
        "vod" => "VOD",
        "live" => t(Msg::Live),
        "dvr" => "DVR",
        other => other,
    }
}

/// The active filters: for each dimension, the values any of which a viewer must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    values: Vec<(Dimension, Vec<String>)>,
}

/// Why a filter value was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterValueError {
    /// Empty after trimming.
    Empty,
    /// Holds the wire delimiter, which would split it in two.
    HasDelimiter,
    /// Not one of the dimension's fixed values.
    NotAllowed,
    /// Longer than any real value.
    TooLong,
}

impl FilterValueError {
    /// The reason in words.
    pub fn reason(&self) -> &'static str {
        match self {
            FilterValueError::Empty => t(Msg::ReasonEmpty),
            FilterValueError::HasDelimiter => t(Msg::ReasonDelimiter),
            FilterValueError::NotAllowed => t(Msg::ReasonPlaybackType),
            FilterValueError::TooLong => t(Msg::ReasonTooLong),
        }
    }
}

/// The longest filter value accepted (a page URL can be long, not unbounded).
pub const MAX_VALUE_LEN: usize = 2048;

impl Filters {
    /// No filters.
    pub fn new() -> Filters {
        Filters::default()
    }

    /// Whether no filter is set.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The values of one dimension (empty when it is not filtered).
    pub fn get(&self, d: Dimension) -> &[String] {
        self.values
            .iter()
            .find(|(x, _)| *x == d)
            .map(|(_, v)| v.as_slice())
            .unwrap_or(&[])
    }

    /// Whether `value` of `d` is filtered on.
    pub fn contains(&self, d: Dimension, value: &str) -> bool {
        self.get(d).iter().any(|v| v == value)
    }

    /// Checks a value before it is added.
    pub fn check(d: Dimension, value: &str) -> Result<String, FilterValueError> {
        let v = value.trim();
        if v.is_empty() {
            return Err(FilterValueError::Empty);
        }
        if v.contains(DELIMITER) {
            return Err(FilterValueError::HasDelimiter);
        }
        if v.len() > MAX_VALUE_LEN {
            return Err(FilterValueError::TooLong);
        }
        if let Some(allowed) = d.fixed_values() {
            if !allowed.contains(&v) {
                return Err(FilterValueError::NotAllowed);
            }
        }
        Ok(v.to_string())
    }

    /// Adds a value (ignored when already there). Dimensions stay in [`Dimension::ALL`] order.
    pub fn add(&mut self, d: Dimension, value: &str) -> Result<(), FilterValueError> {
        let v = Filters::check(d, value)?;
        match self.values.iter_mut().find(|(x, _)| *x == d) {
            Some((_, list)) => {
                if !list.contains(&v) {
                    list.push(v);
                }
            }
            None => {
                self.values.push((d, vec![v]));
                crate::lean::sort::sort_by_key(&mut self.values, |(x, _)| *x);
            }
        }
        Ok(())
    }

    /// The same filters with one more value.
    pub fn with(&self, d: Dimension, value: &str) -> Filters {
        let mut f = self.clone();
        let _ = f.add(d, value);
        f
    }

    /// The same filters without one value.
    pub fn without(&self, d: Dimension, value: &str) -> Filters {
        let mut f = self.clone();
        for (x, list) in &mut f.values {
            if *x == d {
                list.retain(|v| v != value);
            }
        }
        f.values.retain(|(_, list)| !list.is_empty());
        f
    }

    /// The same filters with one dimension's values replaced (empty = removed).
    pub fn with_values(&self, d: Dimension, values: &[String]) -> Filters {
        let mut f = self.clone();
        f.values.retain(|(x, _)| *x != d);
        for v in values {
            let _ = f.add(d, v);
        }
        f
    }

    /// Every (dimension, value), in chip order.
    pub fn chips(&self) -> Vec<(Dimension, String)> {
        self.values
            .iter()
            .flat_map(|(d, list)| list.iter().map(move |v| (*d, v.clone())))
            .collect()
    }

    /// The query pairs (repeated keys).
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        self.chips().into_iter().map(|(d, v)| (d.key(), v)).collect()
    }

    /// Writes the filters into a report filter. The user filter exists only on the end-user filter
    /// class; the caller picks the class (contract §4.1).
    pub fn apply(&self, f: &mut ReportInputFilter) {
        let join = |d: Dimension| {
            let list = self.get(d);
            (!list.is_empty()).then(|| list.join(DELIMITER))
        };
        f.country_in = join(Dimension::Country);
        f.region_in = join(Dimension::Region);
        f.cities_in = join(Dimension::City);
        f.device_in = join(Dimension::Device);
        f.operating_system_in = join(Dimension::OperatingSystem);
        f.browser_in = join(Dimension::Browser);
        f.domain_in = join(Dimension::Domain);
        f.canonical_url_in = join(Dimension::PageUrl);
        f.playback_context_ids_in = join(Dimension::Context);
        f.user_ids = join(Dimension::User);
        f.playback_type_in = join(Dimension::PlaybackType);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_checked() {
        assert_eq!(
            Filters::check(Dimension::Country, "  France "),
            Ok("France".into())
        );
        assert_eq!(
            Filters::check(Dimension::Country, " "),
            Err(FilterValueError::Empty)
        );
        assert_eq!(
            Filters::check(Dimension::Domain, "a|b"),
            Err(FilterValueError::HasDelimiter)
        );
        assert_eq!(
            Filters::check(Dimension::PlaybackType, "vhs"),
            Err(FilterValueError::NotAllowed)
        );
        assert_eq!(Filters::check(Dimension::PlaybackType, "dvr"), Ok("dvr".into()));
        assert_eq!(
            Filters::check(Dimension::PageUrl, &"x".repeat(MAX_VALUE_LEN + 1)),
            Err(FilterValueError::TooLong)
        );
    }

    #[test]
    fn chips_keep_dimension_order_and_no_duplicates() {
        let f = Filters::new()
            .with(Dimension::Device, "Mobile")
            .with(Dimension::Country, "Spain")
            .with(Dimension::Country, "France")
            .with(Dimension::Country, "Spain");
        assert_eq!(
            f.to_query(),
            vec![
                ("country", "Spain".to_string()),
                ("country", "France".to_string()),
                ("device", "Mobile".to_string())
            ]
        );
        let g = f.without(Dimension::Device, "Mobile");
        assert_eq!(g.get(Dimension::Device), &[] as &[String]);
        assert!(g.contains(Dimension::Country, "France"));
        assert!(f
            .with_values(Dimension::Country, &[])
            .get(Dimension::Country)
            .is_empty());
    }

    #[test]
    fn filters_become_in_fields_joined_by_the_delimiter() {
        let f = Filters::new()
            .with(Dimension::Country, "France")
            .with(Dimension::Country, "Taiwan, Province of China")
            .with(Dimension::User, "Unknown")
            .with(Dimension::PlaybackType, "live");
        let mut r = ReportInputFilter::end_user();
        r.device_in = Some("stale".into());
        f.apply(&mut r);
        assert_eq!(r.country_in.as_deref(), Some("France|Taiwan, Province of China"));
        assert_eq!(r.user_ids.as_deref(), Some("Unknown"));
        assert_eq!(r.playback_type_in.as_deref(), Some("live"));
        assert_eq!(r.device_in, None);
    }

    #[test]
    fn keys_round_trip() {
        for d in Dimension::ALL {
            assert_eq!(Dimension::from_key(d.key()), Some(d));
        }
        assert_eq!(Dimension::from_key("nope"), None);
    }
}
