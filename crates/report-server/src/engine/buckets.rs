//! The date buckets of a by-date result.

use super::*;

/// The bucket boundaries of a by-date result: bucket i covers `[starts[i], starts[i+1])`.
pub(super) struct Buckets {
    pub(super) starts: Vec<i64>,
    pub(super) keys: Vec<DateKey>,
}

impl Buckets {
    pub(super) fn new(c: &Compiled, interval: Interval, force_days_key: bool) -> Buckets {
        let mut starts = vec![];
        let mut keys = vec![];
        if c.from >= c.to {
            return Buckets { starts, keys };
        }
        if matches!(
            interval,
            Interval::Hours | Interval::Minutes | Interval::TenMinutes | Interval::TenSeconds
        ) && !force_days_key
        {
            // Hourly buckets (finer intervals are served hourly too): boundaries where the local
            // clock shows a whole hour.
            let mut t = c.from;
            while t < c.to {
                let (day, hour) = c.zone.local_hour(t);
                if keys.last() != Some(&DateKey::Hour(day, hour)) {
                    starts.push(t);
                    keys.push(DateKey::Hour(day, hour));
                }
                // Step to the next whole local hour (offsets are multiples of 15 minutes).
                let next = (t / 900 + 1) * 900;
                t = next;
            }
            return Buckets { starts, keys };
        }
        let first = c.zone.local_date(c.from);
        let last = c.zone.local_date(c.to - 1);
        let mut d = first;
        while d <= last {
            let (key, next) = match interval {
                Interval::Months => {
                    let next = d.checked_add_months(chrono::Months::new(1)).unwrap_or(last);
                    let start_of_next = chrono::NaiveDate::from_ymd_opt(
                        chrono::Datelike::year(&next),
                        chrono::Datelike::month(&next),
                        1,
                    )
                    .unwrap_or(next);
                    (DateKey::month_of(d), start_of_next)
                }
                Interval::Years => {
                    let y = chrono::Datelike::year(&d);
                    (
                        DateKey::Year(y),
                        chrono::NaiveDate::from_ymd_opt(y + 1, 1, 1).unwrap_or(last),
                    )
                }
                _ => (DateKey::Day(d), d.succ_opt().unwrap_or(last)),
            };
            starts.push(if starts.is_empty() {
                c.from
            } else {
                c.zone.day_start(d)
            });
            keys.push(if force_days_key {
                DateKey::Day(key.first_day().max(first))
            } else {
                key
            });
            if next <= d {
                break;
            }
            d = next;
        }
        Buckets { starts, keys }
    }

    pub(super) fn index(&self, t: i64) -> Option<usize> {
        let i = self.starts.partition_point(|s| *s <= t);
        i.checked_sub(1)
    }
}
