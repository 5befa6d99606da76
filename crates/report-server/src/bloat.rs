//! Answers made huge or odd on demand: the fault plan's `rows=`, `cells=`, `numbers=extreme` and `only=`
//! directives (see [`crate::faults`]). A popular entry has tens of thousands of viewers and cities, and a
//! proxy or a newer API version may send more rows than were asked for; these directives let a browser test
//! hand the app such answers without generating such data.
//!
//! - `rows=N`: every table, graph, list and path structure in the answer holds `N` rows, points, objects or
//!   nodes (copies of the real ones whose keys are made distinct), whatever page size was asked;
//! - `cells=N`: every text cell, name and label is lengthened to `N` characters (one unbroken word, the
//!   hardest case for a layout);
//! - `numbers=extreme`: the value cells of tables, totals and graphs become, in turn, `1e308`, `-0`, `NaN`,
//!   `12abc`, `-1e308`, `` (empty), `Infinity`, `1.7976931348623157e308` and `4.9e-324`;
//! - `only=36,43,user`: the three above touch only the items of these report types or services.

use serde_json::{Map, Value};

/// The most rows `rows=` may ask for, so a test can never exhaust the server's memory.
pub const MAX_ROWS: usize = 1_000_000;

/// The longest cell `cells=` may ask for.
pub const MAX_CELL_CHARS: usize = 100_000;

/// The values `numbers=extreme` puts in value cells, in turn.
pub const EXTREME_NUMBERS: [&str; 9] = [
    "1e308",
    "-0",
    "NaN",
    "12abc",
    "-1e308",
    "",
    "Infinity",
    "1.7976931348623157e308",
    "4.9e-324",
];

/// What to make of each answer's size and content.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bloat {
    /// Rows, points, objects or nodes every collection is grown (or cut) to.
    pub rows: Option<usize>,
    /// Characters every text cell is lengthened to.
    pub cell_chars: Option<usize>,
    /// Value cells become edge-case numbers and text that is no number.
    pub extreme_numbers: bool,
    /// Report types (numbers) and services (words) the directives touch; empty means every item.
    pub only: Vec<String>,
}

impl Bloat {
    /// Whether the plan changes nothing.
    pub fn is_empty(&self) -> bool {
        self.rows.is_none() && self.cell_chars.is_none() && !self.extreme_numbers
    }

    /// Whether an item with these parameters is one `only=` names.
    pub fn touches(&self, item: Option<&Map<String, Value>>) -> bool {
        if self.only.is_empty() {
            return true;
        }
        let Some(item) = item else { return false };
        let report_type = crate::api::int(item.get("reportType")).map(|t| t.to_string());
        let service = item
            .get("service")
            .and_then(Value::as_str)
            .map(str::to_ascii_lowercase);
        self.only
            .iter()
            .any(|o| Some(o) == report_type.as_ref() || Some(o) == service.as_ref())
    }

    /// Changes one item's answer (an error object is left as it is).
    pub fn apply(&self, answer: &mut Value) {
        if self.is_empty() {
            return;
        }
        match answer {
            Value::Array(items) => {
                for item in items.iter_mut() {
                    self.apply(item);
                }
                if let (Some(n), Some(first)) = (self.rows, items.first()) {
                    // An array of graphs keeps its graphs; only their points grow.
                    if first.get("objectType").and_then(Value::as_str) != Some("KalturaReportGraph") {
                        grow(items, n, distinct_object);
                    }
                }
            }
            Value::Object(obj) => {
                let kind = obj
                    .get("objectType")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string();
                match kind.as_str() {
                    "KalturaAPIException" => {}
                    "KalturaReportTable" => self.table(obj),
                    "KalturaReportTotal" => self.total(obj),
                    "KalturaReportGraph" => self.graph(obj),
                    "KalturaInteractivity" => self.path_structure(obj),
                    _ if kind.ends_with("ListResponse") => {
                        if let Some(Value::Array(objects)) = obj.get_mut("objects") {
                            if let Some(n) = self.rows {
                                grow(objects, n, distinct_object);
                            }
                            for o in objects.iter_mut().filter_map(Value::as_object_mut) {
                                self.names(o);
                            }
                            let count = objects.len();
                            obj.insert("totalCount".into(), Value::from(count));
                        }
                    }
                    _ => self.names(obj),
                }
            }
            _ => {}
        }
    }

    fn table(&self, obj: &mut Map<String, Value>) {
        let Some(header) = obj.get("header").and_then(Value::as_str).map(str::to_string) else {
            return;
        };
        let delimiter = delimiter_of(&header);
        let data = obj.get("data").and_then(Value::as_str).unwrap_or("");
        let mut rows: Vec<Vec<String>> = data
            .split(';')
            .filter(|r| !r.is_empty())
            .map(|r| r.split(delimiter).map(str::to_string).collect())
            .collect();
        if let Some(n) = self.rows {
            grow(&mut rows, n, |row: &Vec<String>, copy| {
                let mut row = row.clone();
                if let Some(key) = row.first_mut() {
                    *key = format!("{key} {copy}");
                }
                row
            });
        }
        let mut turn = 0;
        for row in &mut rows {
            for (i, cell) in row.iter_mut().enumerate() {
                self.cell(cell, i > 0, &mut turn);
            }
        }
        let mut text = String::new();
        for row in &rows {
            text.push_str(&row.join(delimiter));
            text.push(';');
        }
        obj.insert("data".into(), Value::String(text));
        obj.insert("totalCount".into(), Value::from(rows.len()));
    }

    fn total(&self, obj: &mut Map<String, Value>) {
        let Some(header) = obj.get("header").and_then(Value::as_str) else {
            return;
        };
        let delimiter = delimiter_of(header);
        let data = obj.get("data").and_then(Value::as_str).unwrap_or("");
        let mut turn = 0;
        let cells: Vec<String> = data
            .split(delimiter)
            .map(|c| {
                let mut c = c.to_string();
                self.cell(&mut c, true, &mut turn);
                c
            })
            .collect();
        obj.insert("data".into(), Value::String(cells.join(delimiter)));
    }

    fn graph(&self, obj: &mut Map<String, Value>) {
        let data = obj.get("data").and_then(Value::as_str).unwrap_or("");
        let mut points: Vec<(String, String)> = data
            .split(';')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('|').unwrap_or((p, ""));
                (k.to_string(), v.to_string())
            })
            .collect();
        if let Some(n) = self.rows {
            let span = points.len().max(1);
            grow(&mut points, n, |(k, v): &(String, String), copy| {
                (earlier_key(k, copy * span), v.clone())
            });
        }
        let mut turn = 0;
        let mut text = String::new();
        for (k, v) in &mut points {
            self.cell(v, true, &mut turn);
            text.push_str(k);
            text.push('|');
            text.push_str(v);
            text.push(';');
        }
        obj.insert("data".into(), Value::String(text));
    }

    fn path_structure(&self, obj: &mut Map<String, Value>) {
        let Some(Ok(mut data)) = obj
            .get("data")
            .and_then(Value::as_str)
            .map(serde_json::from_str::<Value>)
        else {
            return;
        };
        if let Some(Value::Array(nodes)) = data.get_mut("nodes") {
            if let Some(n) = self.rows {
                grow(nodes, n, distinct_object);
            }
            for node in nodes.iter_mut().filter_map(Value::as_object_mut) {
                self.names(node);
                for i in node
                    .get_mut("interactions")
                    .and_then(Value::as_array_mut)
                    .into_iter()
                    .flatten()
                {
                    if let Some(label) = i.pointer_mut("/data/text/label") {
                        self.long_text(label);
                    }
                }
            }
        }
        obj.insert("data".into(), Value::String(data.to_string()));
    }

    /// Lengthens the names an object shows (`name`, `fullName`, `screenName`, `label`, …).
    fn names(&self, o: &mut Map<String, Value>) {
        for key in [
            "name",
            "fullName",
            "screenName",
            "firstName",
            "lastName",
            "label",
            "description",
        ] {
            if let Some(text) = o.get_mut(key) {
                self.long_text(text);
            }
        }
    }

    fn long_text(&self, v: &mut Value) {
        if let (Some(n), Value::String(s)) = (self.cell_chars, &mut *v) {
            lengthen(s, n);
        }
    }

    /// One cell: a number (in a value column) may become an extreme one; text may grow.
    fn cell(&self, cell: &mut String, value_column: bool, turn: &mut usize) {
        let numeric = !cell.is_empty() && cell.parse::<f64>().is_ok();
        if numeric && value_column && self.extreme_numbers {
            *cell = EXTREME_NUMBERS[*turn % EXTREME_NUMBERS.len()].to_string();
            *turn += 1;
        } else if !numeric {
            if let Some(n) = self.cell_chars {
                lengthen(cell, n);
            }
        }
    }
}

/// The delimiter a header uses: the app asks for `|`, Kaltura's default is `,`.
fn delimiter_of(header: &str) -> &'static str {
    if header.contains('|') {
        "|"
    } else {
        ","
    }
}

/// Grows `items` to `n` by copies of its items (`copy` counts from 1) or cuts it to `n`.
fn grow<T>(items: &mut Vec<T>, n: usize, make: impl Fn(&T, usize) -> T) {
    let n = n.min(MAX_ROWS);
    let real = items.len();
    if real == 0 {
        return;
    }
    items.truncate(n);
    items.reserve(n.saturating_sub(real));
    for i in real..n {
        let copy = make(&items[i % real], i / real);
        items.push(copy);
    }
}

/// A copy of an object whose `id` (and `entryId`) is made distinct.
fn distinct_object(v: &Value, copy: usize) -> Value {
    let mut v = v.clone();
    if let Value::Object(o) = &mut v {
        for key in ["id", "entryId"] {
            if let Some(Value::String(s)) = o.get_mut(key) {
                s.push_str(&format!("-{copy}"));
            }
        }
    }
    v
}

/// A graph key `days` days before `key` (dates `YYYYMMDD`), else the key with a suffix.
fn earlier_key(key: &str, days: usize) -> String {
    chrono::NaiveDate::parse_from_str(key, "%Y%m%d")
        .ok()
        .and_then(|d| d.checked_sub_days(chrono::Days::new(days as u64)))
        .map(|d| d.format("%Y%m%d").to_string())
        .unwrap_or_else(|| format!("{key}~{days}"))
}

/// Lengthens `s` to `n` characters with one unbroken word (no delimiter of the wire format in it).
fn lengthen(s: &mut String, n: usize) {
    let n = n.min(MAX_CELL_CHARS);
    let have = s.chars().count();
    s.extend("Wide".chars().cycle().take(n.saturating_sub(have)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn plan(rows: Option<usize>, cells: Option<usize>, extreme: bool) -> Bloat {
        Bloat {
            rows,
            cell_chars: cells,
            extreme_numbers: extreme,
            only: vec![],
        }
    }

    #[test]
    fn tables_grow_with_distinct_keys_and_say_so_in_total_count() {
        let mut t = json!({"header": "country|count_plays", "data": "France|3;Spain|2;", "totalCount": 2, "objectType": "KalturaReportTable"});
        plan(Some(5), None, false).apply(&mut t);
        assert_eq!(t["data"], "France|3;Spain|2;France 1|3;Spain 1|2;France 2|3;");
        assert_eq!(t["totalCount"], 5);
    }

    #[test]
    fn graphs_grow_backwards_in_time() {
        let mut g = json!([{"id": "count_plays", "data": "20261101|3;20261102|4;", "objectType": "KalturaReportGraph"}]);
        plan(Some(4), None, false).apply(&mut g);
        assert_eq!(g.as_array().unwrap().len(), 1, "the graphs stay the graphs");
        assert_eq!(g[0]["data"], "20261101|3;20261102|4;20261030|3;20261031|4;");
    }

    #[test]
    fn cells_lengthen_text_and_numbers_become_extreme() {
        let mut t = json!({"header": "name,count_plays,avg", "data": "Ann,3,0.5;", "totalCount": 1, "objectType": "KalturaReportTable"});
        plan(None, Some(10), true).apply(&mut t);
        assert_eq!(t["data"], "AnnWideWid,1e308,-0;");
        let mut total =
            json!({"header": "count_plays|sum", "data": "3|4", "objectType": "KalturaReportTotal"});
        plan(None, None, true).apply(&mut total);
        assert_eq!(total["data"], "1e308|-0");
    }

    #[test]
    fn lists_and_path_structures_grow() {
        let mut users = json!({"objects": [{"id": "u1", "fullName": "Ann"}], "totalCount": 1, "objectType": "KalturaUserListResponse"});
        plan(Some(3), Some(5), false).apply(&mut users);
        assert_eq!(users["objects"][2]["id"], "u1-2");
        assert_eq!(users["objects"][0]["fullName"], "AnnWi");
        assert_eq!(users["totalCount"], 3);
        let data = json!({"nodes": [{"id": "a", "name": "A", "interactions": [{"id": "h", "data": {"text": {"label": "Go"}}}]}]});
        let mut path = json!({"data": data.to_string(), "objectType": "KalturaInteractivity"});
        plan(Some(2), Some(4), false).apply(&mut path);
        let inner: Value = serde_json::from_str(path["data"].as_str().unwrap()).unwrap();
        assert_eq!(inner["nodes"][1]["id"], "a-1");
        assert_eq!(
            inner["nodes"][1]["interactions"][0]["data"]["text"]["label"],
            "GoWi"
        );
    }

    #[test]
    fn errors_and_untouched_items_stay() {
        let error = json!({"code": "X", "message": "m", "objectType": "KalturaAPIException"});
        let mut e = error.clone();
        plan(Some(10), Some(10), true).apply(&mut e);
        assert_eq!(e, error);
        let only = Bloat {
            only: vec!["36".into(), "user".into()],
            ..plan(Some(2), None, false)
        };
        let item = |v: Value| v.as_object().cloned().unwrap();
        assert!(only.touches(Some(&item(json!({"reportType": "36"})))));
        assert!(only.touches(Some(&item(json!({"service": "User"})))));
        assert!(!only.touches(Some(&item(json!({"reportType": 6})))));
        assert!(!only.touches(None));
    }
}
