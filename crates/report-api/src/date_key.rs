//! Date keys of by-date graphs and date tables: `YYYYMMDD`, `YYYYMM`, `YYYY`, `YYYYMMDDHH` (contract §2.1.4).

use chrono::{Datelike, NaiveDate};
use std::fmt;

/// A bucket of a by-date result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateKey {
    /// `YYYY`.
    Year(i32),
    /// `YYYYMM`: year and month 1–12.
    Month(i32, u32),
    /// `YYYYMMDD`.
    Day(NaiveDate),
    /// `YYYYMMDDHH`: a day and its hour 0–23.
    Hour(NaiveDate, u32),
}

impl DateKey {
    /// Parses a key by its length; `None` for anything that is not a real date.
    pub fn parse(s: &str) -> Option<DateKey> {
        if !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let num = |r: std::ops::Range<usize>| s.get(r).and_then(|p| p.parse::<u32>().ok());
        match s.len() {
            4 => Some(DateKey::Year(num(0..4)? as i32)),
            6 => {
                let m = num(4..6)?;
                (1..=12)
                    .contains(&m)
                    .then_some(DateKey::Month(num(0..4)? as i32, m))
            }
            8 => NaiveDate::from_ymd_opt(num(0..4)? as i32, num(4..6)?, num(6..8)?).map(DateKey::Day),
            10 => {
                let d = NaiveDate::from_ymd_opt(num(0..4)? as i32, num(4..6)?, num(6..8)?)?;
                let h = num(8..10)?;
                (h < 24).then_some(DateKey::Hour(d, h))
            }
            _ => None,
        }
    }

    /// The first day of the bucket.
    pub fn first_day(self) -> NaiveDate {
        match self {
            DateKey::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or(NaiveDate::MIN),
            DateKey::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(NaiveDate::MIN),
            DateKey::Day(d) | DateKey::Hour(d, _) => d,
        }
    }

    /// The day key of a date.
    pub fn day(d: NaiveDate) -> DateKey {
        DateKey::Day(d)
    }

    /// The month key of a date.
    pub fn month_of(d: NaiveDate) -> DateKey {
        DateKey::Month(d.year(), d.month())
    }
}

impl fmt::Display for DateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            DateKey::Year(y) => write!(f, "{y:04}"),
            DateKey::Month(y, m) => write!(f, "{y:04}{m:02}"),
            DateKey::Day(d) => write!(f, "{:04}{:02}{:02}", d.year(), d.month(), d.day()),
            DateKey::Hour(d, h) => write!(f, "{:04}{:02}{:02}{h:02}", d.year(), d.month(), d.day()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_length_parses_and_prints_back() {
        for s in ["2020", "202002", "20200207", "2020020713"] {
            assert_eq!(DateKey::parse(s).unwrap().to_string(), s);
        }
    }

    #[test]
    fn impossible_dates_are_rejected() {
        for s in [
            "",
            "20201",
            "202013",
            "20200230",
            "2020020724",
            "2020-02-07",
            "+2020",
            "abcdefgh",
        ] {
            assert_eq!(DateKey::parse(s), None, "{s}");
        }
    }

    #[test]
    fn keys_order_by_time() {
        let a = DateKey::parse("20200207").unwrap();
        let b = DateKey::parse("20200208").unwrap();
        assert!(a < b);
        assert_eq!(
            DateKey::parse("202002").unwrap().first_day(),
            NaiveDate::from_ymd_opt(2020, 2, 1).unwrap()
        );
    }
}
