//! `KalturaReportInputFilter` and `KalturaEndUserReportInputFilter` (contract §4), with every field.

use crate::error::ApiError;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// Times whose absolute value is at most this many seconds (10 years) are relative to "now" (§1.2).
pub const MAX_RELATIVE_TIME: i64 = 315_360_000;

/// Which filter class the request names in `objectType`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum FilterType {
    /// `KalturaReportInputFilter`: no `userIds`, `application`, `playbackContext`.
    #[default]
    Base,
    /// `KalturaEndUserReportInputFilter`: adds `userIds`, `application`, `playbackContext`,
    /// `ancestorPlaybackContext`.
    EndUser,
}

impl FilterType {
    /// The class name sent as `objectType`.
    pub fn object_type(self) -> &'static str {
        match self {
            FilterType::Base => "KalturaReportInputFilter",
            FilterType::EndUser => "KalturaEndUserReportInputFilter",
        }
    }
}

impl Serialize for FilterType {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.object_type())
    }
}

impl<'de> Deserialize<'de> for FilterType {
    /// Unknown or missing class names fall back to the declared type, as the service does.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match Value::deserialize(d)? {
            Value::String(s) if s == "KalturaEndUserReportInputFilter" => FilterType::EndUser,
            _ => FilterType::Base,
        })
    }
}

/// `KalturaReportInterval`: the bucket size of by-date graphs and date tables.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Interval {
    /// `ten_seconds`.
    TenSeconds,
    /// `minutes`.
    Minutes,
    /// `ten_minutes`.
    TenMinutes,
    /// `hours`: keys `YYYYMMDDHH`.
    Hours,
    /// `days` (the default): keys `YYYYMMDD`.
    #[default]
    Days,
    /// `months`: keys `YYYYMM`.
    Months,
    /// `years`: keys `YYYY`.
    Years,
}

impl Interval {
    /// Parses the wire value.
    pub fn from_wire(s: &str) -> Option<Interval> {
        Some(match s {
            "ten_seconds" => Interval::TenSeconds,
            "minutes" => Interval::Minutes,
            "ten_minutes" => Interval::TenMinutes,
            "hours" => Interval::Hours,
            "days" => Interval::Days,
            "months" => Interval::Months,
            "years" => Interval::Years,
            _ => return None,
        })
    }

    /// The wire value.
    pub fn wire(self) -> &'static str {
        match self {
            Interval::TenSeconds => "ten_seconds",
            Interval::Minutes => "minutes",
            Interval::TenMinutes => "ten_minutes",
            Interval::Hours => "hours",
            Interval::Days => "days",
            Interval::Months => "months",
            Interval::Years => "years",
        }
    }
}

macro_rules! report_filter {
    (
        strings { $( $(#[doc = $sd:literal])* $s:ident => $sw:literal, )* }
        ints { $( $(#[doc = $id:literal])* $i:ident => $iw:literal, )* }
        bools { $( $(#[doc = $bd:literal])* $b:ident => $bw:literal, )* }
    ) => {
        /// A report filter. `filter_type` decides which class is named; fields of the end-user class are
        /// dropped by [`ReportInputFilter::from_json`] when the base class is named, as the service does.
        /// Every `…In` field is a list joined by the response delimiter (`application`: by `,`).
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
        pub struct ReportInputFilter {
            /// The class named in `objectType`.
            #[serde(rename = "objectType", default)]
            pub filter_type: FilterType,
            $(
                $(#[doc = $sd])*
                #[serde(rename = $sw, default, deserialize_with = "crate::lenient::opt_string",
                        skip_serializing_if = "Option::is_none")]
                pub $s: Option<String>,
            )*
            $(
                $(#[doc = $id])*
                #[serde(rename = $iw, default, deserialize_with = "crate::lenient::opt_i64",
                        skip_serializing_if = "Option::is_none")]
                pub $i: Option<i64>,
            )*
            $(
                $(#[doc = $bd])*
                #[serde(rename = $bw, default, deserialize_with = "crate::lenient::opt_bool",
                        skip_serializing_if = "Option::is_none")]
                pub $b: Option<bool>,
            )*
            /// `interval`: bucket size of by-date results (default days).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub interval: Option<Interval>,
            /// `entryOperator`: an eSearch operator object selecting entries (passed through as is).
            #[serde(rename = "entryOperator", default, skip_serializing_if = "Option::is_none")]
            pub entry_operator: Option<Value>,
        }
    };
}

report_filter! {
    strings {
        /// `fromDay` (`YYYYMMDD`); with `toDay` it wins over the unix times.
        from_day => "fromDay",
        /// `toDay` (`YYYYMMDD`).
        to_day => "toDay",
        /// entrylens extension: the IANA time zone of day boundaries (`Europe/Paris`). Kaltura ignores
        /// unknown fields; report-server buckets in this zone, DST included, when it is present.
        time_zone => "timeZone",
        /// `keywords`: free-text entry search.
        keywords => "keywords",
        /// `categories`: category full names.
        categories => "categories",
        /// `categoriesIdsIn`.
        categories_ids_in => "categoriesIdsIn",
        /// `categoriesAncestorIdIn`.
        categories_ancestor_id_in => "categoriesAncestorIdIn",
        /// `customVar1In`.
        custom_var1_in => "customVar1In",
        /// `customVar2In`.
        custom_var2_in => "customVar2In",
        /// `customVar3In`.
        custom_var3_in => "customVar3In",
        /// `deviceIn`: `Computer`, `Mobile`, `Tablet`, …
        device_in => "deviceIn",
        /// `countryIn`: English country names as stored.
        country_in => "countryIn",
        /// `regionIn`.
        region_in => "regionIn",
        /// `citiesIn`.
        cities_in => "citiesIn",
        /// `operatingSystemFamilyIn`.
        operating_system_family_in => "operatingSystemFamilyIn",
        /// `operatingSystemIn`.
        operating_system_in => "operatingSystemIn",
        /// `browserFamilyIn`.
        browser_family_in => "browserFamilyIn",
        /// `browserIn`.
        browser_in => "browserIn",
        /// `mediaTypeIn`.
        media_type_in => "mediaTypeIn",
        /// `sourceTypeIn`.
        source_type_in => "sourceTypeIn",
        /// `ownerIdsIn`.
        owner_ids_in => "ownerIdsIn",
        /// `entryIdIn`: the entry (or entries) to report on.
        entry_id_in => "entryIdIn",
        /// `playbackTypeIn`: `vod`, `live`, `dvr`; empty means `vod` only.
        playback_type_in => "playbackTypeIn",
        /// `playbackContextIdsIn`: category ids the player was embedded in.
        playback_context_ids_in => "playbackContextIdsIn",
        /// `rootEntryIdIn`: the interactive path id.
        root_entry_id_in => "rootEntryIdIn",
        /// `errorCodeIn`.
        error_code_in => "errorCodeIn",
        /// `playerVersionIn`.
        player_version_in => "playerVersionIn",
        /// `ispIn`.
        isp_in => "ispIn",
        /// `applicationVersionIn`.
        application_version_in => "applicationVersionIn",
        /// `nodeIdsIn`: interactive path node ids.
        node_ids_in => "nodeIdsIn",
        /// `hotspotIdIn`: reports 56/57 only.
        hotspot_id_in => "hotspotIdIn",
        /// `crmIdIn`.
        crm_id_in => "crmIdIn",
        /// `playlistIdIn`.
        playlist_id_in => "playlistIdIn",
        /// `domainIn`.
        domain_in => "domainIn",
        /// `canonicalUrlIn`: page URLs.
        canonical_url_in => "canonicalUrlIn",
        /// `virtualEventIdIn`.
        virtual_event_id_in => "virtualEventIdIn",
        /// `originIn`.
        origin_in => "originIn",
        /// `uiConfIdIn`.
        ui_conf_id_in => "uiConfIdIn",
        /// `cuePointIdIn`.
        cue_point_id_in => "cuePointIdIn",
        /// `contextIdIn`.
        context_id_in => "contextIdIn",
        /// `roleIn`.
        role_in => "roleIn",
        /// `industryIn`.
        industry_in => "industryIn",
        /// `playbackModeIn`.
        playback_mode_in => "playbackModeIn",
        /// `companyIn`.
        company_in => "companyIn",
        /// `eventSessionContextIdIn`.
        event_session_context_id_in => "eventSessionContextIdIn",
        /// `videoCodecIn`.
        video_codec_in => "videoCodecIn",
        /// `agentIdIn`.
        agent_id_in => "agentIdIn",
        /// `genieIdIn`.
        genie_id_in => "genieIdIn",
        /// `reachProfileIdIn`.
        reach_profile_id_in => "reachProfileIdIn",
        /// End-user filter: `application`, split on `,` whatever the delimiter.
        application => "application",
        /// End-user filter: `userIds`; `Unknown` = anonymous viewers.
        user_ids => "userIds",
        /// End-user filter: `playbackContext` (category full name).
        playback_context => "playbackContext",
        /// End-user filter: `ancestorPlaybackContext`.
        ancestor_playback_context => "ancestorPlaybackContext",
    }
    ints {
        /// `fromDate`: unix seconds (relative to now when |value| ≤ 10 years).
        from_date => "fromDate",
        /// `toDate`: unix seconds; the interval is `[fromDate, toDate)`.
        to_date => "toDate",
        /// `timeZoneOffset`: minutes to add to local time to get UTC (UTC+2 → -120).
        time_zone_offset => "timeZoneOffset",
        /// `entryCreatedAtGreaterThanOrEqual`.
        entry_created_at_greater_than_or_equal => "entryCreatedAtGreaterThanOrEqual",
        /// `entryCreatedAtLessThanOrEqual`.
        entry_created_at_less_than_or_equal => "entryCreatedAtLessThanOrEqual",
    }
    bools {
        /// `searchInTags`.
        search_in_tags => "searchInTags",
        /// `searchInAdminTags`.
        search_in_admin_tags => "searchInAdminTags",
        /// `isPreview`.
        is_preview => "isPreview",
    }
}

impl ReportInputFilter {
    /// A `KalturaEndUserReportInputFilter` as the entry dashboard sends it.
    pub fn end_user() -> ReportInputFilter {
        ReportInputFilter {
            filter_type: FilterType::EndUser,
            search_in_tags: Some(true),
            search_in_admin_tags: Some(false),
            ..Default::default()
        }
    }

    /// A plain `KalturaReportInputFilter`.
    pub fn base() -> ReportInputFilter {
        ReportInputFilter::default()
    }

    /// Reads a filter as the service does: lenient scalars, unknown fields ignored, end-user fields
    /// dropped unless the end-user class is named. A bad `interval` is `INVALID_ENUM_VALUE`; a value of
    /// the wrong kind is `PROPERTY_VALIDATION_WRONG_FORMAT`.
    pub fn from_json(value: &Value) -> Result<ReportInputFilter, ApiError> {
        let Some(obj) = value.as_object() else {
            return Err(ApiError::wrong_format(
                "reportInputFilter",
                "KalturaReportInputFilter",
            ));
        };
        let mut obj = obj.clone();
        let interval =
            match obj.remove("interval") {
                None | Some(Value::Null) => None,
                Some(v) => {
                    let text = crate::lenient::value_to_string(&v);
                    if text.is_empty() {
                        None
                    } else {
                        Some(Interval::from_wire(&text).ok_or_else(|| {
                            ApiError::invalid_enum(&text, "interval", "KalturaReportInterval")
                        })?)
                    }
                }
            };
        let mut filter: ReportInputFilter = serde_json::from_value(Value::Object(obj))
            .map_err(|e| ApiError::wrong_format("reportInputFilter", &e.to_string()))?;
        filter.interval = interval;
        if filter.filter_type == FilterType::Base {
            filter.user_ids = None;
            filter.application = None;
            filter.playback_context = None;
            filter.ancestor_playback_context = None;
        }
        Ok(filter)
    }

    /// Turns relative `fromDate`/`toDate`/`entryCreatedAt*` (|v| ≤ 10 years, except -1) into absolute
    /// unix seconds by adding `now` (contract §1.2).
    pub fn resolve_relative_times(&mut self, now: i64) {
        for v in [
            &mut self.from_date,
            &mut self.to_date,
            &mut self.entry_created_at_greater_than_or_equal,
            &mut self.entry_created_at_less_than_or_equal,
        ]
        .into_iter()
        .flatten()
        {
            if v.abs() <= MAX_RELATIVE_TIME && *v != -1 {
                *v += now;
            }
        }
    }

    /// The filter as its JSON object.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

/// Splits a list field by the delimiter, dropping empty items; `""` means "no filter" (an empty list).
pub fn split_list<'a>(value: &'a str, delimiter: &str) -> Vec<&'a str> {
    if delimiter.is_empty() {
        return if value.is_empty() { vec![] } else { vec![value] };
    }
    value.split(delimiter).filter(|s| !s.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn end_user_filter_serializes_like_the_contract_example() {
        let mut f = ReportInputFilter::end_user();
        f.from_date = Some(1580853600);
        f.to_date = Some(1581458399);
        f.time_zone_offset = Some(-120);
        f.interval = Some(Interval::Days);
        f.entry_id_in = Some("1_abcd1234".into());
        assert_eq!(
            f.to_json(),
            json!({"objectType":"KalturaEndUserReportInputFilter","searchInTags":true,"searchInAdminTags":false,
                   "fromDate":1580853600,"toDate":1581458399,"timeZoneOffset":-120,"interval":"days","entryIdIn":"1_abcd1234"})
        );
    }

    #[test]
    fn lenient_scalars_are_accepted() {
        let f = ReportInputFilter::from_json(&json!({
            "objectType":"KalturaEndUserReportInputFilter","fromDate":"1580853600","toDate":1581458399.0,
            "searchInTags":"1","isPreview":0,"entryIdIn":123,"unknownField":{"a":1},"userIds":"jdoe|Unknown"
        }))
        .unwrap();
        assert_eq!(f.from_date, Some(1580853600));
        assert_eq!(f.to_date, Some(1581458399));
        assert_eq!(f.search_in_tags, Some(true));
        assert_eq!(f.is_preview, Some(false));
        assert_eq!(f.entry_id_in.as_deref(), Some("123"));
        assert_eq!(f.user_ids.as_deref(), Some("jdoe|Unknown"));
    }

    #[test]
    fn base_filter_drops_user_ids() {
        for object_type in [json!("KalturaReportInputFilter"), json!("Nonsense"), Value::Null] {
            let f =
                ReportInputFilter::from_json(&json!({"objectType": object_type, "userIds": "jdoe"})).unwrap();
            assert_eq!(f.filter_type, FilterType::Base);
            assert_eq!(f.user_ids, None);
        }
    }

    #[test]
    fn bad_interval_is_an_enum_error() {
        let e = ReportInputFilter::from_json(&json!({"interval":"weeks"})).unwrap_err();
        assert_eq!(e.code, "INVALID_ENUM_VALUE");
        assert_eq!(e.args["PARAM_NAME"], "interval");
        let f = ReportInputFilter::from_json(&json!({"interval":"months"})).unwrap();
        assert_eq!(f.interval, Some(Interval::Months));
    }

    #[test]
    fn wrong_kinds_are_format_errors() {
        assert_eq!(
            ReportInputFilter::from_json(&json!("x")).unwrap_err().code,
            "PROPERTY_VALIDATION_WRONG_FORMAT"
        );
        assert_eq!(
            ReportInputFilter::from_json(&json!({"fromDate":"yesterday"}))
                .unwrap_err()
                .code,
            "PROPERTY_VALIDATION_WRONG_FORMAT"
        );
        assert_eq!(
            ReportInputFilter::from_json(&json!({"entryIdIn":["a"]}))
                .unwrap_err()
                .code,
            "PROPERTY_VALIDATION_WRONG_FORMAT"
        );
    }

    #[test]
    fn relative_times_are_resolved() {
        let mut f = ReportInputFilter {
            from_date: Some(-2_592_000),
            to_date: Some(0),
            ..Default::default()
        };
        f.entry_created_at_less_than_or_equal = Some(-1);
        f.resolve_relative_times(1_700_000_000);
        assert_eq!(f.from_date, Some(1_700_000_000 - 2_592_000));
        assert_eq!(f.to_date, Some(1_700_000_000));
        assert_eq!(f.entry_created_at_less_than_or_equal, Some(-1));
        let mut abs = ReportInputFilter {
            from_date: Some(1_580_853_600),
            ..Default::default()
        };
        abs.resolve_relative_times(1_700_000_000);
        assert_eq!(abs.from_date, Some(1_580_853_600));
    }

    #[test]
    fn lists_split_on_the_delimiter() {
        assert_eq!(split_list("a|b||c", "|"), vec!["a", "b", "c"]);
        assert!(split_list("", "|").is_empty());
        assert_eq!(split_list("a,b", "|"), vec!["a,b"]);
    }
}
