//! Typed responses parsed from the delimiter-joined text the service sends (contract §2.1), and the
//! multirequest array in which any slot may be an error.

use crate::error::{ApiError, ResponseError};
use crate::number::parse_cell;
use crate::{DateKey, GraphShape};
use serde_json::Value;

/// The `objectType` of `getTotal` results.
pub const TOTAL_TYPE: &str = "KalturaReportTotal";
/// The `objectType` of `getTable` results.
pub const TABLE_TYPE: &str = "KalturaReportTable";
/// The `objectType` of each `getGraphs` element.
pub const GRAPH_TYPE: &str = "KalturaReportGraph";

/// Fails with the error object if `value` is one, else passes it on.
pub fn check_error(value: &Value) -> Result<&Value, ResponseError> {
    match ApiError::from_json(value) {
        Some(e) => Err(ResponseError::Api(e)),
        None => Ok(value),
    }
}

fn object_of<'a>(
    value: &'a Value,
    object_type: &str,
) -> Result<&'a serde_json::Map<String, Value>, ResponseError> {
    let obj = check_error(value)?
        .as_object()
        .ok_or_else(|| ResponseError::malformed(format!("expected a {object_type} object")))?;
    match obj.get("objectType").and_then(Value::as_str) {
        Some(t) if t == object_type => Ok(obj),
        other => Err(ResponseError::malformed(format!(
            "expected a {object_type}, got {}",
            other.unwrap_or("no objectType")
        ))),
    }
}

fn opt_text<'a>(
    obj: &'a serde_json::Map<String, Value>,
    key: &str,
) -> Result<Option<&'a str>, ResponseError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(ResponseError::malformed(format!("{key} is not a string"))),
    }
}

fn split_headers(header: &str, delimiter: &str) -> Vec<String> {
    if header.is_empty() {
        return vec![];
    }
    header
        .split(delimiter)
        .map(|h| h.trim().to_ascii_lowercase())
        .collect()
}

/// Splits `;`-terminated records, dropping the empty tail.
fn records(data: &str) -> impl Iterator<Item = &str> {
    data.split(';').filter(|r| !r.is_empty())
}

/// `getTotal`: one value per header.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportTotal {
    /// Header names, lower-cased.
    pub headers: Vec<String>,
    /// The values as sent (may be `""` when there was no data).
    pub values: Vec<String>,
}

impl ReportTotal {
    /// Parses a `KalturaReportTotal` joined with `delimiter`.
    pub fn parse(value: &Value, delimiter: &str) -> Result<ReportTotal, ResponseError> {
        let obj = object_of(value, TOTAL_TYPE)?;
        let headers = split_headers(opt_text(obj, "header")?.unwrap_or(""), delimiter);
        let data = opt_text(obj, "data")?.unwrap_or("");
        let mut values: Vec<String> = if headers.is_empty() {
            vec![]
        } else {
            data.split(delimiter).map(str::to_string).collect()
        };
        // A short data string means missing values, never a shifted column.
        values.resize(headers.len(), String::new());
        Ok(ReportTotal { headers, values })
    }

    /// The raw text of a column.
    pub fn text(&self, header: &str) -> Option<&str> {
        let i = self.headers.iter().position(|h| h == header)?;
        self.values.get(i).map(String::as_str)
    }

    /// The number in a column; `None` when absent or `""`.
    pub fn get(&self, header: &str) -> Option<f64> {
        self.text(header).and_then(parse_cell)
    }

    /// The number in a column, with missing as 0.
    pub fn num(&self, header: &str) -> f64 {
        self.get(header).unwrap_or(0.0)
    }
}

/// `getTable`: rows of cells under named headers, and the total number of rows on the server.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportTable {
    /// Header names, lower-cased; empty for the bare "no rows" object.
    pub headers: Vec<String>,
    /// Rows of cells, each as long as `headers`.
    pub rows: Vec<Vec<String>>,
    /// Rows matching the filter on the server (0 when absent).
    pub total_count: u64,
    /// Rows the service sent beyond what was asked, left out by [`crate::fit::fit`].
    pub omitted_rows: u64,
}

/// One row of a [`ReportTable`], with access by header name.
#[derive(Debug, Clone, Copy)]
pub struct TableRow<'a> {
    table: &'a ReportTable,
    cells: &'a [String],
}

impl<'a> TableRow<'a> {
    /// The raw text of a column, `""` when the column is absent.
    pub fn text(&self, header: &str) -> &'a str {
        self.table
            .column(header)
            .and_then(|i| self.cells.get(i))
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The number in a column; `None` when absent or `""`.
    pub fn get(&self, header: &str) -> Option<f64> {
        parse_cell(self.text(header))
    }

    /// The number in a column, with missing as 0.
    pub fn num(&self, header: &str) -> f64 {
        self.get(header).unwrap_or(0.0)
    }

    /// All cells in header order.
    pub fn cells(&self) -> &'a [String] {
        self.cells
    }
}

impl ReportTable {
    /// How many rows the service has ([`crate::fit::rows_in_all`]): more than it sent when a page or a
    /// cap left some out.
    pub fn rows_in_all(&self) -> u64 {
        crate::fit::rows_in_all(self.total_count, self.rows.len(), self.omitted_rows)
    }

    /// Parses a `KalturaReportTable` joined with `delimiter`. The bare `{"objectType":"KalturaReportTable"}`
    /// (no rows) is an empty table.
    pub fn parse(value: &Value, delimiter: &str) -> Result<ReportTable, ResponseError> {
        let obj = object_of(value, TABLE_TYPE)?;
        let headers = split_headers(opt_text(obj, "header")?.unwrap_or(""), delimiter);
        let data = opt_text(obj, "data")?.unwrap_or("");
        let total_count = match obj.get("totalCount") {
            None | Some(Value::Null) => 0,
            Some(Value::Number(n)) => n.as_f64().filter(|v| *v >= 0.0).map(|v| v as u64).unwrap_or(0),
            Some(Value::String(s)) => s.trim().parse().unwrap_or(0),
            Some(_) => return Err(ResponseError::malformed("totalCount is not a number")),
        };
        let rows = if headers.is_empty() {
            vec![]
        } else {
            records(data)
                .map(|r| {
                    let mut cells: Vec<String> = r.split(delimiter).map(str::to_string).collect();
                    cells.resize(headers.len(), String::new());
                    cells
                })
                .collect()
        };
        Ok(ReportTable {
            headers,
            rows,
            total_count,
            omitted_rows: crate::fit::omitted(value),
        })
    }

    /// The index of a column.
    pub fn column(&self, header: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == header)
    }

    /// The rows, with access by header name.
    pub fn iter(&self) -> impl Iterator<Item = TableRow<'_>> + '_ {
        self.rows.iter().map(move |cells| TableRow { table: self, cells })
    }

    /// Row `i`.
    pub fn row(&self, i: usize) -> Option<TableRow<'_>> {
        self.rows.get(i).map(|cells| TableRow { table: self, cells })
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// (label, value) pairs: a by-name graph, or one day of a multi-by-date graph.
pub type NamedPoints = Vec<(String, Option<f64>)>;

/// The points of one graph, by shape.
#[derive(Debug, Clone, PartialEq)]
pub enum GraphPoints {
    /// By date: (bucket, value) in the order sent.
    Dated(Vec<(DateKey, Option<f64>)>),
    /// By name or multi by name: (label, value).
    Named(NamedPoints),
    /// Multi by date: per day, (dimension value, value) pairs.
    DatedBreakdown(Vec<(DateKey, NamedPoints)>),
}

/// One `KalturaReportGraph`: a metric (or, by name, the report) and its points.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportGraph {
    /// The metric header (or `content_dropoff` for the by-name graph).
    pub id: String,
    /// Its (date, value) points, in the answer's order.
    pub points: GraphPoints,
    /// Points the service sent beyond the buckets of the range, left out by [`crate::fit::fit`].
    pub omitted_points: u64,
}

impl ReportGraph {
    /// Parses a `getGraphs` array laid out as `shape`, joined with `delimiter`.
    pub fn parse_all(
        value: &Value,
        delimiter: &str,
        shape: GraphShape,
    ) -> Result<Vec<ReportGraph>, ResponseError> {
        let items = check_error(value)?
            .as_array()
            .ok_or_else(|| ResponseError::malformed("expected an array of KalturaReportGraph"))?;
        items
            .iter()
            .map(|g| ReportGraph::parse(g, delimiter, shape))
            .collect()
    }

    /// Parses one `KalturaReportGraph`.
    pub fn parse(value: &Value, delimiter: &str, shape: GraphShape) -> Result<ReportGraph, ResponseError> {
        let obj = object_of(value, GRAPH_TYPE)?;
        let id = opt_text(obj, "id")?.unwrap_or("").to_ascii_lowercase();
        let data = opt_text(obj, "data")?.unwrap_or("");
        let split_point = |p: &str| -> Result<(String, String), ResponseError> {
            p.split_once(delimiter)
                .map(|(x, y)| (x.to_string(), y.to_string()))
                .ok_or_else(|| ResponseError::malformed(format!("graph {id}: point without delimiter")))
        };
        let date = |x: &str| {
            DateKey::parse(x)
                .ok_or_else(|| ResponseError::malformed(format!("graph {id}: bad date key \"{x}\"")))
        };
        let points = match shape {
            GraphShape::ByDate => GraphPoints::Dated(
                records(data)
                    .map(|p| {
                        let (x, y) = split_point(p)?;
                        Ok((date(&x)?, parse_cell(&y)))
                    })
                    .collect::<Result<_, ResponseError>>()?,
            ),
            GraphShape::ByName | GraphShape::MultiByName => GraphPoints::Named(
                records(data)
                    .map(|p| {
                        let (x, y) = split_point(p)?;
                        Ok((x, parse_cell(&y)))
                    })
                    .collect::<Result<_, ResponseError>>()?,
            ),
            GraphShape::MultiByDate => GraphPoints::DatedBreakdown(
                records(data)
                    .map(|p| {
                        let (x, rest) = split_point(p)?;
                        // Pairs are joined by a hard-coded `,`; a dimension value may itself hold `:`.
                        let pairs = rest
                            .split(',')
                            .filter(|s| !s.is_empty())
                            .map(|pair| match pair.rsplit_once(':') {
                                Some((k, v)) => (k.to_string(), parse_cell(v)),
                                None => (pair.to_string(), None),
                            })
                            .collect();
                        Ok((date(&x)?, pairs))
                    })
                    .collect::<Result<_, ResponseError>>()?,
            ),
        };
        Ok(ReportGraph {
            id,
            points,
            omitted_points: crate::fit::omitted(value),
        })
    }

    /// The dated points of a by-date graph (empty for other shapes).
    pub fn dated(&self) -> &[(DateKey, Option<f64>)] {
        match &self.points {
            GraphPoints::Dated(p) => p,
            _ => &[],
        }
    }

    /// The named points of a by-name graph (empty for other shapes).
    pub fn named(&self) -> &[(String, Option<f64>)] {
        match &self.points {
            GraphPoints::Named(p) => p,
            _ => &[],
        }
    }
}

/// Splits a multirequest answer into one result per executed item, in order. A failing item is an
/// `Err` in its slot; the others are unaffected. The whole answer being an error object is an `Err`.
pub fn parse_multirequest(value: &Value) -> Result<Vec<Result<Value, ApiError>>, ResponseError> {
    let items = check_error(value)?
        .as_array()
        .ok_or_else(|| ResponseError::malformed("a multirequest answer must be an array"))?;
    Ok(items
        .iter()
        .map(|item| match ApiError::from_json(item) {
            Some(e) => Err(e),
            None => Ok(item.clone()),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn day(s: &str) -> DateKey {
        DateKey::parse(s).unwrap()
    }

    #[test]
    fn total_matches_the_contract_example() {
        // Contract §7.1.
        let v = json!({"header":"unique_known_users|unique_videos|count_plays|sum_time_viewed|avg_time_viewed|avg_view_drop_off|count_loads|load_play_ratio|avg_completion_rate|count_viral|unique_viewers|sum_view_period|avg_view_period_time",
            "data":"41|1|57|88.35|1.55|0.64473684210526|103|0.55339805825243|61.438596491228|2|38|90.116666666667|1.5809941520468",
            "objectType":"KalturaReportTotal"});
        let t = ReportTotal::parse(&v, "|").unwrap();
        assert_eq!(t.get("count_plays"), Some(57.0));
        assert_eq!(t.get("count_loads"), Some(103.0));
        assert_eq!(t.get("unique_viewers"), Some(38.0));
        assert_eq!(t.get("sum_view_period"), Some(90.116666666667));
        assert_eq!(t.get("no_such_header"), None);
    }

    #[test]
    fn empty_totals_are_missing_values() {
        let v = json!({"header":"count_plays|count_loads","data":"|","objectType":"KalturaReportTotal"});
        let t = ReportTotal::parse(&v, "|").unwrap();
        assert_eq!(t.get("count_plays"), None);
        assert_eq!(t.num("count_loads"), 0.0);
        let short = json!({"header":"count_plays|count_loads","data":"5","objectType":"KalturaReportTotal"});
        let t = ReportTotal::parse(&short, "|").unwrap();
        assert_eq!(t.get("count_plays"), Some(5.0));
        assert_eq!(t.get("count_loads"), None);
    }

    #[test]
    fn table_matches_the_contract_example() {
        // Contract §7.2, first slot.
        let v = json!({"header":"name|full_name|unique_videos|count_plays|sum_time_viewed|avg_time_viewed|avg_view_drop_off|count_loads|load_play_ratio|avg_completion_rate|count_viral|total_completion_rate|sum_view_period|avg_view_period_time",
          "data":"jdoe|Jane Doe|1|3|9.5|3.1666666666667|0.91666666666667|3|1|94.333333333333|0|100|9.8|3.2666666666667;Unknown||1|2|1.2|0.6|0.25|6|0.33333333333333|18.5|0|31|1.3|0.65;",
          "totalCount":2,"objectType":"KalturaReportTable"});
        let t = ReportTable::parse(&v, "|").unwrap();
        assert_eq!(t.total_count, 2);
        assert_eq!(t.rows.len(), 2);
        let r0 = t.row(0).unwrap();
        assert_eq!(r0.text("name"), "jdoe");
        assert_eq!(r0.text("full_name"), "Jane Doe");
        assert_eq!(r0.get("avg_completion_rate"), Some(94.333333333333));
        let r1 = t.row(1).unwrap();
        assert_eq!(r1.text("name"), "Unknown");
        assert_eq!(r1.text("full_name"), "");
        assert_eq!(r1.get("count_loads"), Some(6.0));
        assert_eq!(r1.text("nope"), "");
    }

    #[test]
    fn bare_table_object_is_empty() {
        let t = ReportTable::parse(&json!({"objectType":"KalturaReportTable"}), "|").unwrap();
        assert!(t.is_empty());
        assert!(t.headers.is_empty());
        assert_eq!(t.total_count, 0);
        // Graph-derived tables keep the header with empty data.
        let t = ReportTable::parse(&json!({"objectType":"KalturaReportTable","header":"date_id|count_plays","data":"","totalCount":0}), "|").unwrap();
        assert!(t.is_empty());
        assert_eq!(t.headers, vec!["date_id", "count_plays"]);
    }

    #[test]
    fn delimiter_inside_a_cell_was_replaced_by_the_server() {
        // The server replaces `|` and `;` in cells with spaces, so a hostile name stays in its column.
        let v = json!({"header":"name|full_name|count_plays","data":"a b|x  y <script>|4;","totalCount":1,"objectType":"KalturaReportTable"});
        let t = ReportTable::parse(&v, "|").unwrap();
        assert_eq!(t.row(0).unwrap().text("full_name"), "x  y <script>");
        assert_eq!(t.row(0).unwrap().get("count_plays"), Some(4.0));
    }

    #[test]
    fn percentile_table_has_101_rows() {
        let data: String = (0..=100)
            .map(|p| format!("{p}|{}|{};", 100 - p, (100 - p) / 2))
            .collect();
        let v = json!({"header":"percentile|count_viewers|unique_known_users","data":data,"totalCount":101,"objectType":"KalturaReportTable"});
        let t = ReportTable::parse(&v, "|").unwrap();
        assert_eq!(t.rows.len(), 101);
        assert_eq!(t.row(100).unwrap().get("percentile"), Some(100.0));
    }

    #[test]
    fn by_date_graphs_match_the_contract_example_with_zero_filled_dates() {
        let v = json!([{"id":"count_plays","data":"20200205|3;20200206|0;20200207|2;20200208|0;20200209|0;20200210|0;20200211|0;","objectType":"KalturaReportGraph"},
            {"id":"sum_view_period","data":"20200205|9.8;20200206|0;20200207|1.3;20200208|0;20200209|0;20200210|0;20200211|0;","objectType":"KalturaReportGraph"}]);
        let g = ReportGraph::parse_all(&v, "|", GraphShape::ByDate).unwrap();
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].id, "count_plays");
        assert_eq!(g[0].dated().len(), 7);
        assert_eq!(g[0].dated()[0], (day("20200205"), Some(3.0)));
        assert_eq!(g[1].dated()[2], (day("20200207"), Some(1.3)));
        let months = json!([{"id":"count_plays","data":"202002|5;","objectType":"KalturaReportGraph"}]);
        let g = ReportGraph::parse_all(&months, "|", GraphShape::ByDate).unwrap();
        assert_eq!(g[0].dated()[0].0, DateKey::Month(2020, 2));
    }

    #[test]
    fn by_name_graph_matches_the_contract_example() {
        let v = json!([{"id":"content_dropoff","data":"count_plays|57;count_plays_25|50;count_plays_50|40;count_plays_75|35;count_plays_100|22;play_through_ratio|0.3859649122807;","objectType":"KalturaReportGraph"}]);
        let g = ReportGraph::parse_all(&v, "|", GraphShape::ByName).unwrap();
        assert_eq!(g[0].id, "content_dropoff");
        assert_eq!(g[0].named()[4], ("count_plays_100".to_string(), Some(22.0)));
        assert_eq!(g[0].named().len(), 6);
    }

    #[test]
    fn multi_by_date_graph_matches_the_contract_example() {
        let v = json!([{"id":"count_plays","data":"20200207|Computer:12,Mobile:3;20200208|Computer:4;","objectType":"KalturaReportGraph"}]);
        let g = ReportGraph::parse_all(&v, "|", GraphShape::MultiByDate).unwrap();
        match &g[0].points {
            GraphPoints::DatedBreakdown(p) => {
                assert_eq!(p.len(), 2);
                assert_eq!(p[0].0, day("20200207"));
                assert_eq!(
                    p[0].1,
                    vec![
                        ("Computer".to_string(), Some(12.0)),
                        ("Mobile".to_string(), Some(3.0))
                    ]
                );
                assert_eq!(p[1].1, vec![("Computer".to_string(), Some(4.0))]);
            }
            other => panic!("wrong shape {other:?}"),
        }
    }

    #[test]
    fn multi_by_name_graph() {
        let v =
            json!([{"id":"count_plays","data":"Windows|12;Android|3;","objectType":"KalturaReportGraph"}]);
        let g = ReportGraph::parse_all(&v, "|", GraphShape::MultiByName).unwrap();
        assert_eq!(
            g[0].named(),
            &[
                ("Windows".to_string(), Some(12.0)),
                ("Android".to_string(), Some(3.0))
            ]
        );
    }

    #[test]
    fn malformed_graphs_are_errors_not_panics() {
        for bad in [
            json!({"x":1}),
            json!([{"id":"a","data":"20200207;","objectType":"KalturaReportGraph"}]),
            json!([{"id":"a","data":"2020020|1;","objectType":"KalturaReportGraph"}]),
            json!([1]),
            json!([{"id":"a","data":5,"objectType":"KalturaReportGraph"}]),
        ] {
            assert!(
                matches!(
                    ReportGraph::parse_all(&bad, "|", GraphShape::ByDate),
                    Err(ResponseError::Malformed(_))
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn unknown_report_type_error_is_an_api_error() {
        let v = json!({"code":"INVALID_ENUM_VALUE","message":"Invalid enumeration value \"999999\" for parameter \"reportType\", expecting enumeration type \"KalturaReportType\"",
          "objectType":"KalturaAPIException","args":{"ENUM_VAL":"999999","PARAM_NAME":"reportType","ENUM_TYPE":"KalturaReportType"}});
        match ReportTotal::parse(&v, "|") {
            Err(ResponseError::Api(e)) => {
                assert_eq!(e.code, "INVALID_ENUM_VALUE");
                assert_eq!(e.args["ENUM_VAL"], "999999");
            }
            other => panic!("expected an API error, got {other:?}"),
        }
        assert!(matches!(ReportTable::parse(&v, "|"), Err(ResponseError::Api(_))));
        assert!(matches!(
            ReportGraph::parse_all(&v, "|", GraphShape::ByDate),
            Err(ResponseError::Api(_))
        ));
    }

    #[test]
    fn multirequest_with_one_failing_item() {
        // Contract §7.2, abbreviated.
        let v = json!([
            {"header":"name|count_plays","data":"jdoe|3;","totalCount":1,"objectType":"KalturaReportTable"},
            [{"id":"count_plays","data":"20200205|3;","objectType":"KalturaReportGraph"}],
            {"code":"INVALID_ENUM_VALUE","message":"m","objectType":"KalturaAPIException","args":{"ENUM_VAL":"999999","PARAM_NAME":"reportType","ENUM_TYPE":"KalturaReportType"}}
        ]);
        let slots = parse_multirequest(&v).unwrap();
        assert_eq!(slots.len(), 3);
        let table = ReportTable::parse(slots[0].as_ref().unwrap(), "|").unwrap();
        assert_eq!(table.row(0).unwrap().num("count_plays"), 3.0);
        let graphs = ReportGraph::parse_all(slots[1].as_ref().unwrap(), "|", GraphShape::ByDate).unwrap();
        assert_eq!(graphs[0].dated().len(), 1);
        assert_eq!(slots[2].as_ref().unwrap_err().code, "INVALID_ENUM_VALUE");
        // The whole answer being an error, or not an array, is an error.
        assert!(matches!(
            parse_multirequest(
                &json!({"code":"INVALID_KS","message":"x","objectType":"KalturaAPIException","args":[]})
            ),
            Err(ResponseError::Api(_))
        ));
        assert!(matches!(
            parse_multirequest(&json!({"a":1})),
            Err(ResponseError::Malformed(_))
        ));
    }

    #[test]
    fn wrong_object_types_are_malformed() {
        assert!(matches!(
            ReportTotal::parse(&json!({"objectType":"KalturaReportTable"}), "|"),
            Err(ResponseError::Malformed(_))
        ));
        assert!(matches!(
            ReportTable::parse(&json!("text"), "|"),
            Err(ResponseError::Malformed(_))
        ));
        assert!(matches!(
            ReportTable::parse(&json!({"objectType":"KalturaReportTable","header":1}), "|"),
            Err(ResponseError::Malformed(_))
        ));
    }
}
