//! CSV as spreadsheets read it: RFC 4180 quoting, UTF-8 with a byte-order mark, and cells that a
//! spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) neutralised with
//! a leading apostrophe. Numbers stay numbers. Pure logic, tested with `cargo test`.

/// One table of an export: a title line, column headers and rows.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvTable {
    /// What the table is (`Top countries`).
    pub title: String,
    /// Column headers.
    pub headers: Vec<String>,
    /// Rows of cells (as long as `headers`).
    pub rows: Vec<Vec<String>>,
}

/// Whether a cell is a plain number (which cannot be a formula, even with a sign).
fn is_number(cell: &str) -> bool {
    let t = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    !t.is_empty()
        && t.chars().all(|c| c.is_ascii_digit() || c == '.')
        && report_api::number::parse_decimal(t).is_some()
}

/// A cell made safe for spreadsheets: formula starts neutralised, then quoted when needed.
pub fn cell(value: &str) -> String {
    let neutral = match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') if !is_number(value) => format!("'{value}"),
        _ => value.to_string(),
    };
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

/// One CSV line (CRLF-terminated, as RFC 4180 asks).
pub fn line<S: AsRef<str>>(cells: &[S]) -> String {
    let mut out = cells
        .iter()
        .map(|c| cell(c.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    out
}

/// A whole export: `meta` lines (`name,value`: range, compare, filters, zone), then each table under its
/// title, separated by blank lines. Starts with a UTF-8 byte-order mark so spreadsheets read accents.
pub fn document(meta: &[(String, String)], tables: &[CsvTable]) -> String {
    let mut out = String::from("\u{feff}");
    for (k, v) in meta {
        out.push_str(&line(&[k, v]));
    }
    for t in tables {
        out.push_str("\r\n");
        out.push_str(&line(&[&t.title]));
        out.push_str(&line(&t.headers));
        for r in &t.rows {
            out.push_str(&line(r));
        }
    }
    out
}

/// The header of a column of percents: every rate and share in every file is a percent on the 0–100
/// scale, and says so (`Avg. completion (%)`), unless its label already does.
pub fn percent_header(label: &str) -> String {
    if label.contains('%') {
        label.to_string()
    } else {
        format!("{label} (%)")
    }
}

/// A number as an export cell: integers plain, others with up to 4 decimals, no thousands separators.
pub fn number(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    if v.fract() == 0.0 && v.abs() < 1e15 {
        return format!("{}", v as i64);
    }
    let s = crate::format::fixed(v, 4);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_columns_say_so_once() {
        assert_eq!(percent_header("Avg. completion"), "Avg. completion (%)");
        assert_eq!(percent_header("% of impressions"), "% of impressions");
    }

    #[test]
    fn formulas_are_neutralised_numbers_are_not() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+1+1"), "'+1+1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("-cmd"), "'-cmd");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("-3.5"), "-3.5");
        assert_eq!(cell("+12"), "+12");
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(cell(""), "");
    }

    #[test]
    fn a_document_has_meta_then_tables() {
        let doc = document(
            &[(
                "Range".into(),
                "2026-11-01T00:00:00+01:00/2026-11-30T23:59:59+01:00".into(),
            )],
            &[CsvTable {
                title: "Devices".into(),
                headers: vec!["Device".into(), "Plays".into()],
                rows: vec![
                    vec!["Mobile".into(), "12".into()],
                    vec!["Ordinateur, portable".into(), "3".into()],
                ],
            }],
        );
        assert!(doc.starts_with('\u{feff}'));
        let lines: Vec<&str> = doc.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(
            lines[0],
            "Range,2026-11-01T00:00:00+01:00/2026-11-30T23:59:59+01:00"
        );
        assert_eq!(lines[1], "");
        assert_eq!(lines[2], "Devices");
        assert_eq!(lines[3], "Device,Plays");
        assert_eq!(lines[5], "\"Ordinateur, portable\",3");
    }

    #[test]
    fn numbers_are_plain() {
        assert_eq!(number(1234.0), "1234");
        assert_eq!(number(61.438596491228), "61.4386");
        assert_eq!(number(0.5), "0.5");
        assert_eq!(number(f64::NAN), "");
    }
}
