//! The choices a filter offers: for the current dates and the entry only, one table of values per
//! dimension (most played first, 500 at most), read into choices with their plays and how many values
//! the service has; a failed list is an empty one, not a failed panel.

use crate::api::table_at;
use crate::dashboard::Scope;
use crate::state::filters::{Dimension, Filters};
use report_api::geo::stored_country_name;
use report_api::headers::COUNT_PLAYS;
use report_api::{
    Pager, ReportAction, ReportCall, ReportInputFilter, ReportTable, ReportType, ServiceCall, DELIMITER,
};

/// Values a filter lists at most.
const LISTED_VALUES: u32 = 500;

/// One choice of a filter: the value sent, what people read, and its plays in the period.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// The value as the API stores it.
    pub value: String,
    /// What the reader sees (the report's display name; the value when it has none).
    pub label: String,
    /// Plays in the period (0 when unknown).
    pub plays: f64,
}

/// One dimension's choices, and how many values the service has (more than listed when it has more
/// than the 500 asked for).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChoiceSet {
    /// The values listed, most played first.
    pub choices: Vec<Choice>,
    /// Values the service has.
    pub total: u64,
}

/// The dimensions whose choices come from one report, with the report, its value column and label column,
/// in the filter panel's order (the playback contexts last).
const LISTED: [(Dimension, ReportType, &str, &str); 6] = [
    (
        Dimension::Country,
        ReportType::MapOverlayCountry,
        "country",
        "country",
    ),
    (Dimension::Device, ReportType::Platforms, "device", "device"),
    (
        Dimension::OperatingSystem,
        ReportType::OperatingSystem,
        "os",
        "os",
    ),
    (Dimension::Browser, ReportType::Browsers, "browser", "browser"),
    (
        Dimension::Domain,
        ReportType::TopSyndication,
        "domain_name",
        "domain_name",
    ),
    (
        Dimension::Context,
        ReportType::TopPlaybackContext,
        "object_id",
        "name",
    ),
];

/// The call of one list of values: `report`'s most played rows under `filter`.
pub fn choice_call(report: ReportType, filter: ReportInputFilter) -> ReportCall {
    ReportCall::new(
        ReportAction::GetTable {
            pager: Pager::new(LISTED_VALUES, 1),
            order: Some(format!("-{COUNT_PLAYS}")),
        },
        report,
        filter,
    )
}

/// The scope without its filters: every value that has plays can be picked, whatever is filtered.
pub fn unfiltered(scope: &Scope) -> Scope {
    Scope {
        filters: Filters::new(),
        ..scope.clone()
    }
}

/// The calls of the listed dimensions `wanted` picks, with their dimensions: each report's values for
/// the current dates and the entry only, without the filters (as the filter panel lists them).
fn listed_calls(scope: &Scope, wanted: impl Fn(Dimension) -> bool) -> Vec<(Dimension, ServiceCall)> {
    let bare = unfiltered(scope);
    let f = bare.filter(bare.current);
    LISTED
        .iter()
        .filter(|(d, _, _, _)| wanted(*d))
        .map(|(d, r, _, _)| (*d, choice_call(*r, f.clone()).to_service_call()))
        .collect()
}

/// Reads the answers of [`listed_calls`] for `dims`, in order, into each dimension's choices; a failed
/// list is `None`.
fn read_listed(slots: &[crate::api::Slot], dims: &[Dimension]) -> Vec<(Dimension, Option<ChoiceSet>)> {
    dims.iter()
        .enumerate()
        .map(|(i, d)| {
            let set = LISTED
                .iter()
                .find(|(l, _, _, _)| l == d)
                .and_then(|(_, _, value, label)| {
                    table_at(slots, i).ok().map(|t| choices(&t, value, label, *d))
                });
            (*d, set)
        })
        .collect()
}

/// The option calls: one table per listed dimension (the playback contexts last), for the current
/// dates and the entry only.
pub fn option_calls(scope: &Scope) -> Vec<ServiceCall> {
    listed_calls(scope, |_| true)
        .into_iter()
        .map(|(_, c)| c)
        .collect()
}

/// The calls of the regions of `countries` and, when regions are chosen, of their cities.
pub fn place_calls(scope: &Scope, countries: &[String], regions: &[String]) -> Vec<ServiceCall> {
    let bare = unfiltered(scope);
    let mut f = bare.filter(bare.current);
    f.country_in = Some(countries.join(DELIMITER));
    let mut calls = vec![choice_call(ReportType::MapOverlayRegion, f.clone()).to_service_call()];
    if !regions.is_empty() {
        f.region_in = Some(regions.join(DELIMITER));
        calls.push(choice_call(ReportType::MapOverlayCity, f).to_service_call());
    }
    calls
}

/// The call of the page URLs of `domains`.
pub fn page_url_call(scope: &Scope, domains: &[String]) -> ServiceCall {
    let bare = unfiltered(scope);
    choice_call(ReportType::TopSyndication, bare.plain_filter(bare.current))
        .with_object_ids(domains.join(DELIMITER))
        .to_service_call()
}

/// The choices of a table: value column, label column (the stored name for countries).
pub fn choices(table: &ReportTable, value: &str, label: &str, d: Dimension) -> ChoiceSet {
    let listed = table
        .iter()
        .filter_map(|r| {
            let shown = r.text(label).to_string();
            let v = if d == Dimension::Country {
                stored_country_name(r.text(value)).to_string()
            } else {
                r.text(value).to_string()
            };
            (!v.is_empty() && !v.contains(DELIMITER)).then(|| Choice {
                value: v,
                label: if shown.is_empty() {
                    r.text(value).to_string()
                } else {
                    shown
                },
                plays: r.num(COUNT_PLAYS),
            })
        })
        .collect();
    ChoiceSet {
        choices: listed,
        total: table.rows_in_all(),
    }
}

/// The calls that tell which filtered values the data knows: for each filtered dimension that one
/// report lists, that report's values for the dates and the entry (without the filters, as the filter
/// panel lists them).
pub fn known_value_calls(scope: &Scope) -> Vec<(Dimension, ServiceCall)> {
    listed_calls(scope, |d| !scope.filters.get(d).is_empty())
}

/// Reads the answer of [`known_value_calls`] (for `dims`, in order) into each dimension's choices; a
/// failed list is left out (nothing can be said of its values).
pub fn parse_known(slots: &[crate::api::Slot], dims: &[Dimension]) -> Options {
    read_listed(slots, dims)
        .into_iter()
        .filter_map(|(d, set)| set.map(|set| (d, set)))
        .collect()
}

/// The filtered values that none of the data's values is, per the lists read (a list cut at 500 values
/// says nothing of the values it left out).
pub fn unknown_values(filters: &Filters, known: &Options) -> Vec<(Dimension, String)> {
    known
        .iter()
        .filter(|(_, set)| set.total <= set.choices.len() as u64)
        .flat_map(|(d, set)| {
            filters
                .get(*d)
                .iter()
                .filter(|v| !set.choices.iter().any(|c| &c.value == *v))
                .map(|v| (*d, v.clone()))
        })
        .collect()
}

/// Every dimension's choices.
pub type Options = Vec<(Dimension, ChoiceSet)>;

/// Reads the answer of [`option_calls`]; a failed list is an empty one, not a failed panel.
pub fn parse_options(slots: &[crate::api::Slot]) -> Options {
    let dims: Vec<Dimension> = LISTED.iter().map(|(d, _, _, _)| *d).collect();
    read_listed(slots, &dims)
        .into_iter()
        .map(|(d, set)| (d, set.unwrap_or_default()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn country_choices_carry_stored_names() {
        let t = ReportTable::parse(
            &json!({"objectType":"KalturaReportTable","header":"object_id|country|coordinates|count_plays","data":"TW|Taiwan|25/121|4;FR|France|46/2|9;||0/0|1;","totalCount":3}),
            "|",
        )
        .unwrap();
        let set = choices(&t, "country", "country", Dimension::Country);
        let c = &set.choices;
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].value, "Taiwan, Province of China");
        assert_eq!(c[0].label, "Taiwan");
        assert_eq!(c[1].plays, 9.0);
        assert_eq!(
            set.total, 3,
            "the service's count, the row without a value included"
        );
        let many = ReportTable::parse(
            &json!({"objectType":"KalturaReportTable","header":"city|count_plays","data":"Paris|4;","totalCount":20000}),
            "|",
        )
        .unwrap();
        assert_eq!(choices(&many, "city", "city", Dimension::City).total, 20_000);
    }

    #[test]
    fn filtered_values_the_data_lacks_are_found() {
        let filters = Filters::new()
            .with(Dimension::Country, "France")
            .with(Dimension::Country, "Atlantis")
            .with(Dimension::Device, "Toaster");
        let set = |values: &[&str], total: u64| ChoiceSet {
            choices: values
                .iter()
                .map(|v| Choice {
                    value: v.to_string(),
                    label: v.to_string(),
                    plays: 1.0,
                })
                .collect(),
            total,
        };
        let known = vec![
            (Dimension::Country, set(&["France", "Spain"], 2)),
            (Dimension::Device, set(&["Computer"], 900)),
        ];
        assert_eq!(
            unknown_values(&filters, &known),
            vec![(Dimension::Country, "Atlantis".to_string())],
            "a device list cut short cannot tell"
        );
    }

    #[test]
    fn a_failed_list_is_empty_not_fatal() {
        let slots: Vec<crate::api::Slot> = vec![Err(report_api::ApiError::internal())];
        let o = parse_options(&slots);
        assert_eq!(o.len(), 6, "five listed dimensions and the playback contexts");
        assert_eq!(o[5].0, Dimension::Context);
        assert!(o.iter().all(|(_, c)| c.choices.is_empty() && c.total == 0));
    }
}
