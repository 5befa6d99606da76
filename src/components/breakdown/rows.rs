//! A breakdown's data: its columns and how their numbers read, its rows built from a report table (the
//! compare period's values matched by key), and the same rows as an export table. Pure logic.

use crate::export::csv::{number, percent_header, CsvTable};
use crate::format;
use crate::i18n::{t, Msg};
use report_api::headers::*;
use report_api::metrics::share;
use report_api::{ReportTable, ReportTotal};

/// How a column's numbers read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A count: `12,345`.
    Count,
    /// A percent on a 0–100 scale.
    Percent,
    /// A fraction shown as a percent (drop-off, play/impression ratio).
    Fraction,
    /// Minutes with one decimal.
    Minutes,
    /// The row's share of the total of another column (plays distribution), drawn as a bar.
    ShareOf(&'static str),
}

/// One metric column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The report header it reads (or, for shares, a name of its own).
    pub header: &'static str,
    /// Its title.
    pub label: &'static str,
    /// How it reads.
    pub kind: Kind,
    /// The server can sort on it (by this header).
    pub sort: Option<&'static str>,
    /// A count without which the value means nothing (completion needs plays): where the row's count
    /// is 0, the value is not 0 but not applicable, and reads N/A.
    pub needs: Option<&'static str>,
    /// Its values are figures of the period, shown beside the compare period's (not a place in a
    /// structure, such as a path level).
    pub compared: bool,
}

impl Column {
    /// A column without sorting.
    pub const fn new(header: &'static str, label: &'static str, kind: Kind) -> Column {
        Column {
            header,
            label,
            kind,
            sort: None,
            needs: None,
            compared: true,
        }
    }

    /// The same column without the compare period's value: it is not a figure of a period.
    pub const fn not_compared(self) -> Column {
        Column {
            compared: false,
            ..self
        }
    }

    /// The same column, sortable by its header.
    pub const fn sortable(self) -> Column {
        Column {
            sort: Some(self.header),
            ..self
        }
    }

    /// The same column, not applicable (N/A) for rows where `count` is 0.
    pub const fn needs(self, count: &'static str) -> Column {
        Column {
            needs: Some(count),
            ..self
        }
    }

    /// The value of this column for a row of `table` with `total` (NaN when not applicable).
    fn value(&self, row: &report_api::TableRow<'_>, total: Option<&ReportTotal>) -> f64 {
        if self.needs.is_some_and(|count| row.num(count) == 0.0) {
            return f64::NAN;
        }
        match self.kind {
            Kind::ShareOf(of) => 100.0 * share(row.num(of), total.map_or(0.0, |t| t.num(of))),
            _ => row.num(self.header),
        }
    }

    /// Its header in a file: rates and shares headed as percents.
    pub fn csv_header(&self) -> String {
        match self.kind {
            Kind::Percent | Kind::Fraction | Kind::ShareOf(_) => percent_header(self.label),
            Kind::Count | Kind::Minutes => self.label.to_string(),
        }
    }

    /// A value as a file holds it: fractions as percents, like every rate.
    pub fn csv_value(&self, v: f64) -> f64 {
        match self.kind {
            Kind::Fraction => v * 100.0,
            _ => v,
        }
    }

    /// A value as people read it.
    pub fn text(&self, v: f64) -> String {
        if v.is_nan() {
            return t(Msg::NotAvailable).into();
        }
        match self.kind {
            Kind::Count => format::count(v),
            Kind::Percent | Kind::ShareOf(_) => format::percent(v),
            Kind::Fraction => format::fraction_percent(v),
            Kind::Minutes => format::decimal(v, 1),
        }
    }
}

/// A row's values in the compare period.
#[derive(Debug, Clone, PartialEq)]
pub enum InCompare {
    /// No compare period is on.
    Off,
    /// The row's value did not occur in the compare period.
    Absent,
    /// Its values then, one per column.
    Values(Vec<f64>),
}

/// One row: the dimension value (the key filters and drills), its label, and the values per column.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The value as the API names it.
    pub key: String,
    /// What people read (a full name, "Anonymous", a country name).
    pub label: String,
    /// A second line under the label (a user id, a region's country).
    pub note: Option<String>,
    /// One value per column.
    pub values: Vec<f64>,
    /// The compare period's values.
    pub previous: InCompare,
}

/// Orders rows by their values in the column reading `header`, largest first, keeping the service's
/// order among equals: a page that leads with impressions ranks by them, whatever order the service
/// sent. Nothing changes when no column reads `header`.
pub fn rank_by(rows: &mut Vec<Row>, columns: &[Column], header: &str) {
    let Some(ci) = columns.iter().position(|c| c.header == header) else {
        return;
    };
    let value = |r: &Row| r.values.get(ci).copied().filter(|v| v.is_finite()).unwrap_or(0.0);
    crate::lean::sort::sort_by(rows, |a, b| value(b).total_cmp(&value(a)));
}

/// Builds rows from a table (and its totals, for shares), matching compare rows by `key_header`.
pub fn rows_from(
    columns: &[Column],
    key_header: &str,
    label: impl Fn(&report_api::TableRow<'_>) -> (String, Option<String>),
    current: (&ReportTable, Option<&ReportTotal>),
    compare: Option<(&ReportTable, Option<&ReportTotal>)>,
) -> Vec<Row> {
    let values = |row: &report_api::TableRow<'_>, total: Option<&ReportTotal>| {
        columns.iter().map(|c| c.value(row, total)).collect::<Vec<f64>>()
    };
    // The compare rows by key, first of each key winning: a lookup per row instead of a scan, which
    // froze the page when both periods held thousands of rows.
    let previous_rows = compare.map(|(t, total)| {
        let mut by_key = std::collections::HashMap::with_capacity(t.rows.len());
        for r in t.iter() {
            by_key.entry(r.text(key_header)).or_insert(r);
        }
        (by_key, total)
    });
    current
        .0
        .iter()
        .map(|row| {
            let key = row.text(key_header).to_string();
            let (label, note) = label(&row);
            let previous = match &previous_rows {
                None => InCompare::Off,
                Some((by_key, total)) => match by_key.get(key.as_str()) {
                    Some(r) => InCompare::Values(values(r, *total)),
                    None => InCompare::Absent,
                },
            };
            Row {
                values: values(&row, current.1),
                key,
                label,
                note,
                previous,
            }
        })
        .collect()
}

/// The rows as an export table: the dimension, each column, and when comparing each column's compare
/// value after it.
pub fn csv_table(title: &str, dimension: &str, columns: &[Column], rows: &[Row]) -> CsvTable {
    let comparing = rows.iter().any(|r| r.previous != InCompare::Off);
    let mut headers = vec![dimension.to_string()];
    for c in columns {
        let label = c.csv_header();
        if comparing && c.compared {
            headers.push(label.clone());
            headers.push(crate::i18n::in_compare(&label));
        } else {
            headers.push(label);
        }
    }
    let rows = rows
        .iter()
        .map(|r| {
            let mut cells = vec![r.label.clone()];
            for (i, v) in r.values.iter().enumerate() {
                let c = columns.get(i);
                let cell = |v: f64| number(c.map_or(v, |c| c.csv_value(v)));
                cells.push(cell(*v));
                if comparing && c.is_some_and(|c| c.compared) {
                    cells.push(match &r.previous {
                        InCompare::Values(p) => cell(p[i]),
                        _ => String::new(),
                    });
                }
            }
            cells
        })
        .collect();
    CsvTable {
        title: title.to_string(),
        headers,
        rows,
    }
}

/// [`csv_table`] with each row's key beside its label, headed `key_label` (the user id beside the
/// user's name: names repeat, ids do not).
pub fn csv_table_with_keys(
    title: &str,
    dimension: &str,
    key_label: &str,
    columns: &[Column],
    rows: &[Row],
) -> CsvTable {
    let mut table = csv_table(title, dimension, columns, rows);
    table.headers.insert(1, key_label.to_string());
    for (cells, row) in table.rows.iter_mut().zip(rows) {
        cells.insert(1, row.key.clone());
    }
    table
}

/// The columns most breakdowns show (countries, devices): plays, their share, impressions, unique
/// viewers, minutes and completion.
pub fn standard_columns(unique_header: &'static str) -> Vec<Column> {
    vec![
        Column::new(COUNT_PLAYS, t(Msg::Plays), Kind::Count),
        Column::new("share_of_plays", t(Msg::ShareOfPlays), Kind::ShareOf(COUNT_PLAYS)),
        Column::new(COUNT_LOADS, t(Msg::PlayerImpressions), Kind::Count),
        Column::new(unique_header, t(Msg::UniqueViewers), Kind::Count),
        Column::new(SUM_VIEW_PERIOD, t(Msg::MinutesViewed), Kind::Minutes),
        Column::new(AVG_COMPLETION_RATE, t(Msg::AvgCompletion), Kind::Percent),
    ]
}

/// The columns of a breakdown that leads with impressions (an image, an unplayed entry): impressions and
/// each row's share of them; the play figures would all be 0 or N/A.
pub fn impression_columns() -> Vec<Column> {
    vec![
        Column::new(COUNT_LOADS, t(Msg::PlayerImpressions), Kind::Count),
        Column::new(
            "share_of_impressions",
            t(Msg::ShareOfImpressions),
            Kind::ShareOf(COUNT_LOADS),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn table(data: &str) -> ReportTable {
        ReportTable::parse(
            &json!({"objectType":"KalturaReportTable","header":"device|count_plays|count_loads","data":data,"totalCount":2}),
            "|",
        )
        .unwrap()
    }

    fn total(data: &str) -> ReportTotal {
        ReportTotal::parse(
            &json!({"objectType":"KalturaReportTotal","header":"count_plays|count_loads","data":data}),
            "|",
        )
        .unwrap()
    }

    #[test]
    fn rows_carry_shares_and_compare_values() {
        let cols = vec![
            Column::new(COUNT_PLAYS, "Plays", Kind::Count),
            Column::new("share", "Share", Kind::ShareOf(COUNT_PLAYS)),
        ];
        let (t, tt) = (table("Mobile|30|40;Computer|10|20;"), total("40|60"));
        let (p, pt) = (table("Computer|5|9;"), total("5|9"));
        let rows = rows_from(
            &cols,
            "device",
            |r| (r.text("device").to_string(), None),
            (&t, Some(&tt)),
            Some((&p, Some(&pt))),
        );
        assert_eq!(rows[0].values, vec![30.0, 75.0]);
        assert_eq!(rows[0].previous, InCompare::Absent);
        assert_eq!(rows[1].previous, InCompare::Values(vec![5.0, 100.0]));
        let csv = csv_table("Devices", "Device", &cols, &rows);
        assert_eq!(
            csv.headers,
            vec![
                "Device",
                "Plays",
                "Plays (compare)",
                "Share (%)",
                "Share (%) (compare)"
            ]
        );
        assert_eq!(csv.rows[1], vec!["Computer", "10", "5", "25", "100"]);
        assert_eq!(csv.rows[0][2], "");
    }

    #[test]
    fn files_hold_every_rate_as_a_percent_and_users_their_ids() {
        let cols = vec![
            Column::new("avg_view_drop_off", "Avg. drop-off", Kind::Fraction),
            Column::new("avg_completion_rate", "Avg. completion", Kind::Percent),
            Column::new("level", "Level", Kind::Count).not_compared(),
        ];
        let rows = vec![Row {
            key: "jdoe".into(),
            label: "Jane Doe".into(),
            note: None,
            values: vec![0.25, 61.5, 2.0],
            previous: InCompare::Values(vec![0.5, 40.0, 2.0]),
        }];
        let csv = csv_table_with_keys("Users", "User", "User ID", &cols, &rows);
        assert_eq!(
            csv.headers,
            vec![
                "User",
                "User ID",
                "Avg. drop-off (%)",
                "Avg. drop-off (%) (compare)",
                "Avg. completion (%)",
                "Avg. completion (%) (compare)",
                "Level"
            ]
        );
        assert_eq!(
            csv.rows[0],
            vec!["Jane Doe", "jdoe", "25", "50", "61.5", "40", "2"]
        );
    }
}
