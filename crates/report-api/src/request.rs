//! Typed requests: report actions, metadata calls, `exportToCsv`, and the multirequest body (contract §1–§2).

use crate::{ReportInputFilter, ReportType, API_VERSION, DELIMITER};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

/// Rows of a percentiles table (report 43): one per percent from 0 to 100.
pub const PERCENTILE_ROWS: u32 = 101;

/// `KalturaFilterPager`: 1-based page index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pager {
    /// Rows per page.
    #[serde(rename = "pageSize")]
    pub page_size: u32,
    /// 1-based page number.
    #[serde(rename = "pageIndex")]
    pub page_index: u32,
}

impl Pager {
    /// Page `page_index` (1-based) of `page_size` rows.
    pub fn new(page_size: u32, page_index: u32) -> Pager {
        Pager {
            page_size,
            page_index: page_index.max(1),
        }
    }

    /// The page that holds a whole percentiles table: rows 0 to 100 (contract §5).
    pub fn percentiles() -> Pager {
        Pager::new(PERCENTILE_ROWS, 1)
    }

    fn to_json(self) -> Value {
        json!({"objectType":"KalturaFilterPager","pageSize":self.page_size,"pageIndex":self.page_index})
    }
}

/// `KalturaReportResponseOptions`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseOptions {
    /// Joins cells and splits list filters; entrylens sends `|`.
    pub delimiter: String,
    /// `false` zero-fills by-date results (the service's default is `true`).
    pub skip_empty_dates: bool,
}

impl Default for ResponseOptions {
    /// What entrylens always sends: `|` and zero-filled dates.
    fn default() -> Self {
        ResponseOptions {
            delimiter: DELIMITER.to_string(),
            skip_empty_dates: false,
        }
    }
}

impl ResponseOptions {
    fn to_json(&self) -> Value {
        json!({"objectType":"KalturaReportResponseOptions","delimiter":self.delimiter,"skipEmptyDates":self.skip_empty_dates})
    }
}

/// Which `report` action to call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportAction {
    /// `getTotal`: one row of totals.
    GetTotal,
    /// `getTable`: a page of rows, optionally ordered by a header (`-count_plays`, `+name`).
    GetTable {
        /// The mandatory pager.
        pager: Pager,
        /// Header name prefixed by `-` (descending) or `+`.
        order: Option<String>,
    },
    /// `getGraphs`: one series per metric.
    GetGraphs,
}

impl ReportAction {
    /// The action's name on the wire.
    pub fn name(&self) -> &'static str {
        match self {
            ReportAction::GetTotal => "getTotal",
            ReportAction::GetTable { .. } => "getTable",
            ReportAction::GetGraphs => "getGraphs",
        }
    }
}

/// One call of the `report` service.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportCall {
    /// The action and its own arguments.
    pub action: ReportAction,
    /// The report.
    pub report_type: ReportType,
    /// The filter.
    pub filter: ReportInputFilter,
    /// Drill-down ids or entry ids, joined by the delimiter.
    pub object_ids: Option<String>,
    /// Delimiter and zero-filling.
    pub response_options: ResponseOptions,
}

impl ReportCall {
    /// A call with entrylens's response options and no object ids.
    pub fn new(action: ReportAction, report_type: ReportType, filter: ReportInputFilter) -> ReportCall {
        ReportCall {
            action,
            report_type,
            filter,
            object_ids: None,
            response_options: ResponseOptions::default(),
        }
    }

    /// The same call with `objectIds` set.
    pub fn with_object_ids(mut self, ids: impl Into<String>) -> ReportCall {
        self.object_ids = Some(ids.into());
        self
    }

    /// As a generic service call.
    pub fn to_service_call(&self) -> ServiceCall {
        let mut params = Map::new();
        params.insert("reportType".into(), Value::String(self.report_type.wire()));
        params.insert("reportInputFilter".into(), self.filter.to_json());
        if let ReportAction::GetTable { pager, order } = &self.action {
            params.insert("pager".into(), pager.to_json());
            if let Some(order) = order {
                params.insert("order".into(), Value::String(order.clone()));
            }
        }
        if let Some(ids) = &self.object_ids {
            params.insert("objectIds".into(), Value::String(ids.clone()));
        }
        params.insert("responseOptions".into(), self.response_options.to_json());
        ServiceCall {
            service: "report".into(),
            action: self.action.name().into(),
            params,
        }
    }
}

/// Any api_v3 call: service, action and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceCall {
    /// The service, such as `report` or `baseentry`.
    pub service: String,
    /// The action, such as `getTable`.
    pub action: String,
    /// The arguments, by name.
    pub params: Map<String, Value>,
}

impl ServiceCall {
    /// A call with the given arguments (a JSON object; anything else means no arguments).
    pub fn new(service: &str, action: &str, params: Value) -> ServiceCall {
        let params = match params {
            Value::Object(m) => m,
            _ => Map::new(),
        };
        ServiceCall {
            service: service.into(),
            action: action.into(),
            params,
        }
    }

    /// The path of the single call below the service URL: `/api_v3/service/{service}/action/{action}`.
    pub fn path(&self) -> String {
        format!("/api_v3/service/{}/action/{}", self.service, self.action)
    }
}

/// The path of a multirequest below the service URL.
pub const MULTIREQUEST_PATH: &str = "/api_v3/service/multirequest";

/// The JSON body of a single call: its arguments plus `ks`, `format: 1` and `apiVersion`.
pub fn single_body(call: &ServiceCall, ks: &str) -> Value {
    let mut body = call.params.clone();
    body.insert("ks".into(), Value::String(ks.into()));
    body.insert("apiVersion".into(), Value::String(API_VERSION.into()));
    body.insert("format".into(), json!(1));
    Value::Object(body)
}

/// The JSON body of a multirequest: items keyed `"0"`, `"1"`, … each with its `service`, `action` and `ks`,
/// and `format: 1` at the top. Results come back as an array in the same order.
pub fn multirequest_body(calls: &[ServiceCall], ks: &str) -> Value {
    let mut body = Map::new();
    for (i, call) in calls.iter().enumerate() {
        let mut item = Map::new();
        item.insert("service".into(), Value::String(call.service.clone()));
        item.insert("action".into(), Value::String(call.action.clone()));
        item.insert("ks".into(), Value::String(ks.into()));
        item.extend(call.params.clone());
        body.insert(i.to_string(), Value::Object(item));
    }
    body.insert("apiVersion".into(), Value::String(API_VERSION.into()));
    body.insert("format".into(), json!(1));
    Value::Object(body)
}

/// `KalturaReportExportItemType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportItemAction {
    /// 1: a table.
    Table,
    /// 2: totals.
    Total,
    /// 3: graphs.
    Graph,
}

impl ExportItemAction {
    /// The wire number.
    pub fn wire(self) -> u8 {
        match self {
            ExportItemAction::Table => 1,
            ExportItemAction::Total => 2,
            ExportItemAction::Graph => 3,
        }
    }

    /// From the wire number.
    pub fn from_wire(n: i64) -> Option<ExportItemAction> {
        match n {
            1 => Some(ExportItemAction::Table),
            2 => Some(ExportItemAction::Total),
            3 => Some(ExportItemAction::Graph),
            _ => None,
        }
    }
}

/// `KalturaReportExportItem`: one report of an e-mailed export.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportItem {
    /// Title of the section in the CSV.
    pub report_title: String,
    /// Table, total or graph.
    pub action: ExportItemAction,
    /// The report.
    pub report_type: ReportType,
    /// Its filter.
    pub filter: ReportInputFilter,
    /// Table order.
    pub order: Option<String>,
    /// Drill-down ids.
    pub object_ids: Option<String>,
}

/// `KalturaReportExportParams`: the argument of `report.exportToCsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportParams {
    /// Where the CSV link is e-mailed (default: the session user's address).
    pub recipient_email: Option<String>,
    /// Minutes, as `timeZoneOffset`.
    pub time_zone_offset: i32,
    /// The reports; must not be empty.
    pub items: Vec<ExportItem>,
    /// Name of the group (`^\w[\w\s]*$`).
    pub reports_items_group: Option<String>,
}

impl ExportParams {
    /// The `report.exportToCsv` call.
    pub fn to_service_call(&self) -> ServiceCall {
        let items: Vec<Value> = self
            .items
            .iter()
            .map(|it| {
                let mut m = json!({
                    "objectType":"KalturaReportExportItem","reportTitle":it.report_title,
                    "action":it.action.wire(),"reportType":it.report_type.wire(),"filter":it.filter.to_json(),
                    "responseOptions":ResponseOptions::default().to_json()
                });
                if let Some(o) = &it.order {
                    m["order"] = Value::String(o.clone());
                }
                if let Some(ids) = &it.object_ids {
                    m["objectIds"] = Value::String(ids.clone());
                }
                m
            })
            .collect();
        let mut params = json!({"objectType":"KalturaReportExportParams","timeZoneOffset":self.time_zone_offset,"reportItems":items});
        if let Some(e) = &self.recipient_email {
            params["recipientEmail"] = Value::String(e.clone());
        }
        if let Some(g) = &self.reports_items_group {
            params["reportsItemsGroup"] = Value::String(g.clone());
        }
        ServiceCall::new("report", "exportToCsv", json!({ "params": params }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Interval;

    fn example_filter(entry: &str) -> ReportInputFilter {
        let mut f = ReportInputFilter::end_user();
        f.from_date = Some(1580853600);
        f.to_date = Some(1581458399);
        f.time_zone_offset = Some(-120);
        f.interval = Some(Interval::Days);
        f.entry_id_in = Some(entry.into());
        f
    }

    #[test]
    fn get_total_body_matches_the_contract_example() {
        // Contract §7.1.
        let call = ReportCall::new(
            ReportAction::GetTotal,
            ReportType::UserTopContent,
            example_filter("1_abcd1234"),
        );
        let body = single_body(&call.to_service_call(), "djJ8MTIzNDU2fC4uLg==");
        let expected = json!({"ks":"djJ8MTIzNDU2fC4uLg==","reportType":"13",
            "reportInputFilter":{"objectType":"KalturaEndUserReportInputFilter","searchInTags":true,"searchInAdminTags":false,
              "fromDate":1580853600,"toDate":1581458399,"timeZoneOffset":-120,"interval":"days","entryIdIn":"1_abcd1234"},
            "responseOptions":{"objectType":"KalturaReportResponseOptions","delimiter":"|","skipEmptyDates":false},
            "apiVersion":"22.18.0","format":1});
        assert_eq!(body, expected);
        assert_eq!(
            call.to_service_call().path(),
            "/api_v3/service/report/action/getTotal"
        );
    }

    #[test]
    fn multirequest_body_matches_the_contract_example() {
        // Contract §7.2 (the KS abbreviated there is a real string here).
        let table = ReportCall::new(
            ReportAction::GetTable {
                pager: Pager::new(25, 1),
                order: Some("-count_plays".into()),
            },
            ReportType::UserTopContent,
            example_filter("1_efgh5678"),
        );
        let graphs = ReportCall::new(
            ReportAction::GetGraphs,
            ReportType::UserTopContent,
            example_filter("1_efgh5678"),
        );
        let body = multirequest_body(&[table.to_service_call(), graphs.to_service_call()], "KS");
        assert_eq!(body["0"]["service"], "report");
        assert_eq!(body["0"]["action"], "getTable");
        assert_eq!(body["0"]["ks"], "KS");
        assert_eq!(
            body["0"]["pager"],
            json!({"objectType":"KalturaFilterPager","pageSize":25,"pageIndex":1})
        );
        assert_eq!(body["0"]["order"], "-count_plays");
        assert_eq!(body["1"]["action"], "getGraphs");
        assert!(body["1"].get("pager").is_none());
        assert!(body["1"].get("order").is_none());
        assert_eq!(body["format"], 1);
        assert!(body.get("2").is_none());
    }

    #[test]
    fn pager_index_is_one_based() {
        assert_eq!(Pager::new(10, 0).page_index, 1);
    }

    #[test]
    fn export_params_carry_every_item() {
        let p = ExportParams {
            recipient_email: None,
            time_zone_offset: -120,
            items: vec![ExportItem {
                report_title: "Top countries".into(),
                action: ExportItemAction::Table,
                report_type: ReportType::MapOverlayCountry,
                filter: example_filter("1_a"),
                order: Some("-count_plays".into()),
                object_ids: None,
            }],
            reports_items_group: Some("Entry analytics".into()),
        };
        let call = p.to_service_call();
        assert_eq!(call.path(), "/api_v3/service/report/action/exportToCsv");
        let items = &call.params["params"]["reportItems"];
        assert_eq!(items[0]["action"], 1);
        assert_eq!(items[0]["reportType"], "36");
        assert_eq!(ExportItemAction::from_wire(3), Some(ExportItemAction::Graph));
        assert_eq!(ExportItemAction::from_wire(4), None);
    }
}
