//! Calendar dates written and read by hand: ISO `YYYY-MM-DD`, and the short English month names the
//! charts' axes use. chrono's `format`/`parse_from_str` would do the same through its strftime
//! machinery, which costs the browser build about 30 KB of wasm.

use chrono::{Datelike, NaiveDate};

/// Short month names, January first.
pub const SHORT_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `Nov` for November (`?` outside 1..=12).
pub fn short_month(month: u32) -> &'static str {
    SHORT_MONTHS
        .get((month as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// `2026-11-03`.
pub fn iso_date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// Reads `2026-11-03` (surrounding spaces allowed); `None` for anything else, including dates that do
/// not exist.
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_iso_dates() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 3).unwrap();
        assert_eq!(iso_date(d), "2026-02-03");
        assert_eq!(parse_iso_date(" 2026-02-03 "), Some(d));
        assert_eq!(parse_iso_date("2026-02-30"), None);
        assert_eq!(parse_iso_date("2026-2-03"), None);
        assert_eq!(parse_iso_date("2026-02-0x"), None);
        assert_eq!(parse_iso_date("+026-02-03"), None);
        assert_eq!(parse_iso_date("2026-02-03T"), None);
        assert_eq!(parse_iso_date("２０２６-02-03"), None);
    }

    #[test]
    fn names_months() {
        assert_eq!(short_month(11), "Nov");
        assert_eq!(short_month(0), "?");
        assert_eq!(short_month(13), "?");
    }
}
