//! Calendar ranges in a time zone: day boundaries as unix seconds, Kaltura's `timeZoneOffset`, presets
//! (last 30 days, this quarter, …) and compare periods. Correct on DST days: a day is from one local
//! midnight to the next, 23 or 25 hours long when the clocks change.

use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};
use std::sync::{Mutex, OnceLock};

/// Where named zones get their rules without the `tzdb` feature: in a browser, the browser's own IANA
/// database through `Intl`, registered at start-up with [`set_zone_rules`], so the app does not carry a
/// second copy of it. With `tzdb` (the server, host tests) the compiled-in database is used and
/// registered rules are ignored.
pub trait ZoneRules: Send + Sync {
    /// The canonical name of a zone (`europe/paris` → `Europe/Paris`), or `None` when unknown.
    fn resolve(&self, name: &str) -> Option<String>;
    /// The zone's offset east of UTC, in seconds, at a unix instant.
    fn offset_east(&self, name: &str, unix: i64) -> i32;
}

static RULES: OnceLock<&'static dyn ZoneRules> = OnceLock::new();
static NAMES: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());

/// Installs the rules named zones use (once; later calls are ignored).
pub fn set_zone_rules(rules: &'static dyn ZoneRules) {
    let _ = RULES.set(rules);
}

#[cfg(not(feature = "tzdb"))]
fn rules() -> Option<&'static dyn ZoneRules> {
    RULES.get().copied()
}

fn intern(name: String) -> &'static str {
    let mut names = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(n) = names.iter().find(|n| **n == name) {
        return n;
    }
    let leaked: &'static str = Box::leak(name.into_boxed_str());
    names.push(leaked);
    leaked
}

/// A named IANA zone (`Europe/Paris`), its rules from [`ZoneRules`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NamedZone {
    name: &'static str,
    #[cfg(feature = "tzdb")]
    tz: chrono_tz::Tz,
}

impl NamedZone {
    /// The canonical name.
    pub fn name(self) -> &'static str {
        self.name
    }

    /// Seconds east of UTC at a unix instant.
    pub fn offset_east(self, unix: i64) -> i32 {
        #[cfg(feature = "tzdb")]
        {
            use chrono::{Offset, TimeZone};
            let utc = chrono::DateTime::from_timestamp(unix, 0)
                .unwrap_or_default()
                .naive_utc();
            self.tz.offset_from_utc_datetime(&utc).fix().local_minus_utc()
        }
        #[cfg(not(feature = "tzdb"))]
        {
            rules().map_or(0, |r| r.offset_east(self.name, unix))
        }
    }
}

/// The time zone that decides day boundaries and date keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// An IANA zone, DST included (entrylens's `timeZone` extension).
    Iana(NamedZone),
    /// A fixed offset in Kaltura's `timeZoneOffset` convention: minutes to add to local time to get UTC.
    Fixed(i32),
}

impl Zone {
    /// The zone of a filter: its IANA `timeZone` if valid, else its `timeZoneOffset` (clamped to real
    /// offsets, [-840, 720]), else UTC.
    pub fn from_filter(time_zone: Option<&str>, time_zone_offset: Option<i64>) -> Zone {
        if let Some(tz) = time_zone.and_then(parse_tz) {
            return Zone::Iana(tz);
        }
        Zone::Fixed(time_zone_offset.unwrap_or(0).clamp(-840, 720) as i32)
    }

    /// Seconds east of UTC at a unix instant.
    pub fn offset_east(self, unix: i64) -> i32 {
        match self {
            Zone::Iana(z) => z.offset_east(unix),
            Zone::Fixed(m) => -m * 60,
        }
    }

    fn local(self, unix: i64) -> NaiveDateTime {
        chrono::DateTime::from_timestamp(unix + i64::from(self.offset_east(unix)), 0)
            .unwrap_or_default()
            .naive_utc()
    }

    /// The local calendar date of a unix instant.
    pub fn local_date(self, unix: i64) -> NaiveDate {
        self.local(unix).date()
    }

    /// The local calendar date and hour (0–23) of a unix instant.
    pub fn local_hour(self, unix: i64) -> (NaiveDate, u32) {
        let local = self.local(unix);
        (local.date(), local.hour())
    }

    /// The unix instant at which a local day starts (the first instant after a DST gap at midnight; the
    /// earlier one when midnight happens twice).
    pub fn day_start(self, date: NaiveDate) -> i64 {
        let midnight = date.and_time(NaiveTime::MIN).and_utc().timestamp();
        // Midnight can fall in a gap (clocks jump at 00:00 in some zones): try the next minutes.
        for step in 0..=180 {
            let wall = midnight + step * 60;
            let mut found: Option<i64> = None;
            for probe in [wall - 14 * 3600, wall, wall + 14 * 3600] {
                let t = wall - i64::from(self.offset_east(probe));
                if t + i64::from(self.offset_east(t)) == wall {
                    found = Some(found.map_or(t, |f| f.min(t)));
                }
            }
            if let Some(t) = found {
                return t;
            }
        }
        midnight
    }

    /// Kaltura's `timeZoneOffset` at a unix instant: minutes to add to local time to get UTC.
    pub fn js_offset_at(self, unix: i64) -> i32 {
        match self {
            Zone::Fixed(m) => m,
            Zone::Iana(_) => -self.offset_east(unix) / 60,
        }
    }

    /// A unix instant as ISO 8601 local time with its offset: `2026-11-03T00:00:00+01:00`.
    pub fn iso8601(self, unix: i64) -> String {
        let east = -self.js_offset_at(unix) * 60;
        let local = chrono::DateTime::from_timestamp(unix + east as i64, 0)
            .unwrap_or_default()
            .naive_utc();
        let (sign, minutes) = if east < 0 {
            ('-', -east / 60)
        } else {
            ('+', east / 60)
        };
        format!(
            "{}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
            crate::calendar::iso_date(local.date()),
            local.hour(),
            local.minute(),
            local.second(),
            minutes / 60,
            minutes % 60
        )
    }

    /// The IANA name, when the zone has one.
    pub fn iana_name(self) -> Option<&'static str> {
        match self {
            Zone::Iana(tz) => Some(tz.name()),
            Zone::Fixed(_) => None,
        }
    }
}

/// An IANA zone by name (`Europe/Paris`, `UTC`); `None` when the zone rules do not know it.
pub fn parse_tz(name: &str) -> Option<NamedZone> {
    let name = name.trim();
    if name.is_empty() || name.len() > 64 {
        return None;
    }
    #[cfg(feature = "tzdb")]
    {
        let tz: chrono_tz::Tz = name.parse().ok()?;
        Some(NamedZone {
            name: intern(tz.name().to_string()),
            tz,
        })
    }
    #[cfg(not(feature = "tzdb"))]
    {
        let canonical = rules()?.resolve(name)?;
        Some(NamedZone {
            name: intern(canonical),
        })
    }
}

/// An inclusive range of calendar days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DayRange {
    /// The first day.
    pub first: NaiveDate,
    /// The last day (inclusive).
    pub last: NaiveDate,
}

/// A range as the API wants it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeBounds {
    /// `fromDate`: the first day's local midnight.
    pub from_date: i64,
    /// `toDate`: the local midnight after the last day (the interval is half-open).
    pub to_date: i64,
    /// `timeZoneOffset` at the end of the range.
    pub time_zone_offset: i32,
}

impl DayRange {
    /// The range `first..=last`; the two are swapped when reversed.
    pub fn new(first: NaiveDate, last: NaiveDate) -> DayRange {
        if first <= last {
            DayRange { first, last }
        } else {
            DayRange {
                first: last,
                last: first,
            }
        }
    }

    /// Number of days, both ends included.
    pub fn days(self) -> i64 {
        (self.last - self.first).num_days() + 1
    }

    /// The period of the same length that ends the day before this one starts.
    pub fn previous_period(self) -> DayRange {
        let len = Duration::days(self.days());
        DayRange {
            first: self.first - len,
            last: self.last - len,
        }
    }

    /// The same calendar days one year earlier (29 February becomes 28 February).
    pub fn same_period_last_year(self) -> DayRange {
        let back = |d: NaiveDate| d.checked_sub_months(Months::new(12)).unwrap_or(d);
        DayRange {
            first: back(self.first),
            last: back(self.last),
        }
    }

    /// The same length, starting on `first`.
    pub fn starting_on(self, first: NaiveDate) -> DayRange {
        DayRange {
            first,
            last: first + Duration::days(self.days() - 1),
        }
    }

    /// `fromDate` / `toDate` / `timeZoneOffset` in a zone.
    pub fn bounds(self, zone: Zone) -> TimeBounds {
        let from_date = zone.day_start(self.first);
        let to_date = zone.day_start(self.last + Duration::days(1));
        TimeBounds {
            from_date,
            to_date,
            time_zone_offset: zone.js_offset_at(to_date - 1),
        }
    }

    /// Whether a day is inside the range.
    pub fn contains(self, d: NaiveDate) -> bool {
        self.first <= d && d <= self.last
    }

    /// Every day of the range, in order.
    pub fn iter_days(self) -> impl Iterator<Item = NaiveDate> {
        self.first.iter_days().take_while(move |d| *d <= self.last)
    }
}

/// The date-range presets of the picker. "Last …" ranges end yesterday; "This …" ranges end today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Preset {
    /// The 7 days before today.
    Last7Days,
    /// The 30 days before today (the default).
    Last30Days,
    /// The 90 days before today.
    Last90Days,
    /// The 3 months before today.
    Last3Months,
    /// The 12 months before today.
    Last12Months,
    /// Monday of this week to today.
    ThisWeek,
    /// The 1st of this month to today.
    ThisMonth,
    /// The first day of this quarter to today.
    ThisQuarter,
    /// 1 January to today.
    ThisYear,
    /// The whole previous calendar month.
    LastMonth,
    /// The entry's creation day to today.
    SinceCreation,
}

impl Preset {
    /// Every preset, in picker order.
    pub const ALL: [Preset; 11] = [
        Preset::Last7Days,
        Preset::Last30Days,
        Preset::Last90Days,
        Preset::Last3Months,
        Preset::Last12Months,
        Preset::ThisWeek,
        Preset::ThisMonth,
        Preset::ThisQuarter,
        Preset::ThisYear,
        Preset::LastMonth,
        Preset::SinceCreation,
    ];

    /// The short key used in URLs (`30d`).
    pub fn key(self) -> &'static str {
        match self {
            Preset::Last7Days => "7d",
            Preset::Last30Days => "30d",
            Preset::Last90Days => "90d",
            Preset::Last3Months => "3m",
            Preset::Last12Months => "12m",
            Preset::ThisWeek => "week",
            Preset::ThisMonth => "month",
            Preset::ThisQuarter => "quarter",
            Preset::ThisYear => "year",
            Preset::LastMonth => "lastmonth",
            Preset::SinceCreation => "all",
        }
    }

    /// A preset from its URL key or from Kaltura's `dateBy` value (`last30days`, `currentMonth`, …).
    pub fn from_key(key: &str) -> Option<Preset> {
        Some(match key {
            "7d" | "last7days" => Preset::Last7Days,
            "30d" | "last30days" => Preset::Last30Days,
            "90d" | "last90days" => Preset::Last90Days,
            "3m" | "last3months" => Preset::Last3Months,
            "12m" | "last12months" => Preset::Last12Months,
            "week" | "currentWeek" => Preset::ThisWeek,
            "month" | "currentMonth" => Preset::ThisMonth,
            "quarter" | "currentQuarter" => Preset::ThisQuarter,
            "year" | "currentYear" => Preset::ThisYear,
            "lastmonth" | "lastMonth" => Preset::LastMonth,
            "all" | "sinceCreation" => Preset::SinceCreation,
            _ => return None,
        })
    }

    /// The days `current` (this preset's days) is compared with as its "previous period": for calendar
    /// presets the week, month, quarter or year before to the same day (last month: the whole month
    /// before), for spans of months the months just before, for rolling windows the same number of days
    /// just before.
    pub fn previous(self, current: DayRange) -> DayRange {
        let back = |d: NaiveDate, n: u32| d.checked_sub_months(Months::new(n)).unwrap_or(d);
        let shifted = |n: u32| DayRange::new(back(current.first, n), back(current.last, n));
        let months_before = |n: u32| {
            let last = current.first.pred_opt().unwrap_or(current.first);
            DayRange::new(back(current.first, n), last)
        };
        match self {
            Preset::ThisWeek => DayRange::new(
                current.first - Duration::days(7),
                current.last - Duration::days(7),
            ),
            Preset::ThisMonth => shifted(1),
            Preset::ThisQuarter => shifted(3),
            Preset::ThisYear => current.same_period_last_year(),
            Preset::LastMonth => months_before(1),
            Preset::Last3Months => months_before(3),
            Preset::Last12Months => months_before(12),
            Preset::Last7Days | Preset::Last30Days | Preset::Last90Days | Preset::SinceCreation => {
                current.previous_period()
            }
        }
    }

    /// The days this preset covers when today is `today`; `created` is the entry's creation day
    /// (without it, "since creation" means the last 12 months).
    pub fn resolve(self, today: NaiveDate, created: Option<NaiveDate>) -> DayRange {
        let yesterday = today.pred_opt().unwrap_or(today);
        let last_days = |n: i64| DayRange::new(yesterday - Duration::days(n - 1), yesterday);
        let last_months = |n: u32| {
            let first = yesterday.checked_sub_months(Months::new(n)).unwrap_or(yesterday) + Duration::days(1);
            DayRange::new(first, yesterday)
        };
        let first_of_month = |d: NaiveDate| d.with_day(1).unwrap_or(d);
        match self {
            Preset::Last7Days => last_days(7),
            Preset::Last30Days => last_days(30),
            Preset::Last90Days => last_days(90),
            Preset::Last3Months => last_months(3),
            Preset::Last12Months => last_months(12),
            Preset::ThisWeek => {
                let back = today.weekday().days_since(Weekday::Mon);
                DayRange::new(today - Duration::days(i64::from(back)), today)
            }
            Preset::ThisMonth => DayRange::new(first_of_month(today), today),
            Preset::ThisQuarter => {
                let q_month = (today.month0() / 3) * 3 + 1;
                let first = NaiveDate::from_ymd_opt(today.year(), q_month, 1).unwrap_or(today);
                DayRange::new(first, today)
            }
            Preset::ThisYear => DayRange::new(
                NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today),
                today,
            ),
            Preset::LastMonth => {
                let last = first_of_month(today).pred_opt().unwrap_or(today);
                DayRange::new(first_of_month(last), last)
            }
            Preset::SinceCreation => match created {
                Some(c) if c <= today => DayRange::new(c, today),
                _ => last_months(12),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn calendar_presets_compare_with_calendar_periods() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let today = d(2026, 12, 7); // a Monday
        let prev = |p: Preset| p.previous(p.resolve(today, None));
        // Last month (1–30 Nov) against the month before, every day of it.
        assert_eq!(
            prev(Preset::LastMonth),
            DayRange::new(d(2026, 10, 1), d(2026, 10, 31))
        );
        // This month, quarter and year to the same day of the period before.
        assert_eq!(
            prev(Preset::ThisMonth),
            DayRange::new(d(2026, 11, 1), d(2026, 11, 7))
        );
        assert_eq!(
            prev(Preset::ThisQuarter),
            DayRange::new(d(2026, 7, 1), d(2026, 9, 7))
        );
        assert_eq!(
            prev(Preset::ThisYear),
            DayRange::new(d(2025, 1, 1), d(2025, 12, 7))
        );
        assert_eq!(
            prev(Preset::ThisWeek),
            DayRange::new(d(2026, 11, 30), d(2026, 11, 30))
        );
        // The months before a span of months.
        assert_eq!(
            prev(Preset::Last3Months),
            DayRange::new(d(2026, 6, 7), d(2026, 9, 6))
        );
        // Rolling windows keep their length.
        assert_eq!(
            prev(Preset::Last30Days),
            DayRange::new(d(2026, 10, 8), d(2026, 11, 6))
        );
        assert_eq!(prev(Preset::Last7Days).days(), 7);
        // A month's last day stays the last day (31 March against February).
        let march = DayRange::new(d(2026, 3, 1), d(2026, 3, 31));
        assert_eq!(
            Preset::ThisMonth.previous(march),
            DayRange::new(d(2026, 2, 1), d(2026, 2, 28))
        );
    }

    #[test]
    fn instants_read_as_iso_8601_with_their_offset() {
        let paris = Zone::Iana(parse_tz("Europe/Paris").unwrap());
        let d = NaiveDate::from_ymd_opt(2026, 11, 3).unwrap();
        assert_eq!(paris.iso8601(paris.day_start(d)), "2026-11-03T00:00:00+01:00");
        let july = NaiveDate::from_ymd_opt(2026, 7, 3).unwrap();
        assert_eq!(paris.iso8601(paris.day_start(july)), "2026-07-03T00:00:00+02:00");
        assert_eq!(
            Zone::Fixed(300).iso8601(Zone::Fixed(300).day_start(d)),
            "2026-11-03T00:00:00-05:00"
        );
    }

    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn paris() -> Zone {
        Zone::Iana(parse_tz("Europe/Paris").unwrap())
    }

    #[test]
    fn utc_plus_two_matches_the_contract_convention() {
        // A day in Jerusalem winter (UTC+2): offset -120, day starts 22:00 UTC the day before.
        let z = Zone::Iana(parse_tz("Asia/Jerusalem").unwrap());
        let b = DayRange::new(d(2020, 2, 5), d(2020, 2, 11)).bounds(z);
        assert_eq!(b.from_date, 1580853600);
        assert_eq!(b.to_date, 1581458400);
        assert_eq!(b.time_zone_offset, -120);
        assert_eq!(Zone::Fixed(-120).day_start(d(2020, 2, 5)), 1580853600);
        assert_eq!(Zone::Fixed(300).js_offset_at(0), 300);
    }

    #[test]
    fn dst_days_are_23_and_25_hours_long() {
        let z = paris();
        // 2026-03-29: clocks go forward in Paris.
        let spring = z.day_start(d(2026, 3, 30)) - z.day_start(d(2026, 3, 29));
        assert_eq!(spring, 23 * 3600);
        // 2026-10-25: clocks go back.
        let autumn = z.day_start(d(2026, 10, 26)) - z.day_start(d(2026, 10, 25));
        assert_eq!(autumn, 25 * 3600);
        // Offsets on either side.
        assert_eq!(z.js_offset_at(z.day_start(d(2026, 3, 28))), -60);
        assert_eq!(z.js_offset_at(z.day_start(d(2026, 3, 30))), -120);
        // An instant late on the long day still belongs to it.
        let late = z.day_start(d(2026, 10, 25)) + 24 * 3600 + 1800;
        assert_eq!(z.local_date(late), d(2026, 10, 25));
    }

    #[test]
    fn new_york_dst_and_fixed_offsets() {
        let z = Zone::Iana(parse_tz("America/New_York").unwrap());
        let b = DayRange::new(d(2026, 1, 10), d(2026, 1, 10)).bounds(z);
        assert_eq!(b.time_zone_offset, 300);
        assert_eq!(b.to_date - b.from_date, 86400);
        let b = DayRange::new(d(2026, 3, 8), d(2026, 3, 8)).bounds(z);
        assert_eq!(b.to_date - b.from_date, 23 * 3600);
        assert_eq!(b.time_zone_offset, 240);
    }

    #[test]
    fn midnight_gap_starts_at_the_first_real_instant() {
        // Santiago moved clocks forward at 24:00 on 2022-09-10: 2022-09-11 00:00 does not exist.
        let z = Zone::Iana(parse_tz("America/Santiago").unwrap());
        let start = z.day_start(d(2022, 9, 11));
        assert_eq!(z.local_date(start), d(2022, 9, 11));
        assert_eq!(z.local_date(start - 1), d(2022, 9, 10));
    }

    #[test]
    fn local_hours() {
        let z = Zone::Fixed(-120);
        assert_eq!(z.local_hour(1580853600), (d(2020, 2, 5), 0));
        assert_eq!(z.local_hour(1580853600 + 3600 * 13 + 59), (d(2020, 2, 5), 13));
    }

    #[test]
    fn zone_from_filter_prefers_iana_and_clamps_offsets() {
        assert_eq!(Zone::from_filter(Some("Europe/Paris"), Some(0)), paris());
        assert_eq!(
            Zone::from_filter(Some("Nowhere/City"), Some(-120)),
            Zone::Fixed(-120)
        );
        assert_eq!(Zone::from_filter(None, Some(99_999)), Zone::Fixed(720));
        assert_eq!(Zone::from_filter(None, None), Zone::Fixed(0));
    }

    #[test]
    fn compare_periods() {
        let r = DayRange::new(d(2026, 3, 1), d(2026, 3, 31));
        assert_eq!(r.days(), 31);
        assert_eq!(r.previous_period(), DayRange::new(d(2026, 1, 29), d(2026, 2, 28)));
        assert_eq!(
            r.same_period_last_year(),
            DayRange::new(d(2025, 3, 1), d(2025, 3, 31))
        );
        let leap = DayRange::new(d(2024, 2, 29), d(2024, 2, 29));
        assert_eq!(
            leap.same_period_last_year(),
            DayRange::new(d(2023, 2, 28), d(2023, 2, 28))
        );
        assert_eq!(
            r.starting_on(d(2025, 1, 1)),
            DayRange::new(d(2025, 1, 1), d(2025, 1, 31))
        );
        assert_eq!(DayRange::new(d(2026, 2, 2), d(2026, 2, 1)).first, d(2026, 2, 1));
    }

    #[test]
    fn presets_resolve() {
        let today = d(2026, 11, 25); // a Wednesday
        assert_eq!(
            Preset::Last7Days.resolve(today, None),
            DayRange::new(d(2026, 11, 18), d(2026, 11, 24))
        );
        assert_eq!(Preset::Last30Days.resolve(today, None).days(), 30);
        assert_eq!(Preset::Last30Days.resolve(today, None).last, d(2026, 11, 24));
        assert_eq!(
            Preset::Last3Months.resolve(today, None),
            DayRange::new(d(2026, 8, 25), d(2026, 11, 24))
        );
        assert_eq!(
            Preset::ThisWeek.resolve(today, None),
            DayRange::new(d(2026, 11, 23), today)
        );
        assert_eq!(
            Preset::ThisMonth.resolve(today, None),
            DayRange::new(d(2026, 11, 1), today)
        );
        assert_eq!(
            Preset::ThisQuarter.resolve(today, None),
            DayRange::new(d(2026, 10, 1), today)
        );
        assert_eq!(
            Preset::ThisYear.resolve(today, None),
            DayRange::new(d(2026, 1, 1), today)
        );
        assert_eq!(
            Preset::LastMonth.resolve(today, None),
            DayRange::new(d(2026, 10, 1), d(2026, 10, 31))
        );
        assert_eq!(
            Preset::LastMonth.resolve(d(2026, 1, 5), None),
            DayRange::new(d(2025, 12, 1), d(2025, 12, 31))
        );
        assert_eq!(
            Preset::SinceCreation.resolve(today, Some(d(2025, 1, 2))),
            DayRange::new(d(2025, 1, 2), today)
        );
        assert_eq!(Preset::ThisWeek.resolve(d(2026, 11, 23), None).days(), 1);
    }

    #[test]
    fn preset_keys_round_trip_and_accept_kaltura_names() {
        for p in Preset::ALL {
            assert_eq!(Preset::from_key(p.key()), Some(p));
        }
        assert_eq!(Preset::from_key("last30days"), Some(Preset::Last30Days));
        assert_eq!(Preset::from_key("currentQuarter"), Some(Preset::ThisQuarter));
        assert_eq!(Preset::from_key("sinceCreation"), Some(Preset::SinceCreation));
        assert_eq!(Preset::from_key("bogus"), None);
    }
}
