//! Running sums of one group of events or rollup cells, and the metric cells made from them.

use super::*;

/// Which distinct sets the requested headers need, so scans only pay for what they return, and how
/// many users and entries there are (the sets' universes).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Needs {
    pub(super) users_known: bool,
    pub(super) users_play: bool,
    pub(super) entries: bool,
    pub(super) user_count: usize,
    pub(super) entry_count: usize,
}

impl Needs {
    pub(super) fn of(headers: &[&str], store: &Store) -> Needs {
        Needs {
            users_known: headers.contains(&UNIQUE_KNOWN_USERS),
            users_play: headers.contains(&UNIQUE_VIEWERS),
            entries: headers.contains(&UNIQUE_VIDEOS) || headers.contains(&UNIQUE_PLAYED_VIDEOS),
            user_count: store.users.len(),
            entry_count: store.entries.len(),
        }
    }
}

/// Running sums of one group.
#[derive(Debug, Clone, Default)]
pub(super) struct Agg {
    pub(super) sums: Sums,
    pub(super) users_known: DistinctSet,
    pub(super) users_play: DistinctSet,
    pub(super) entries_any: DistinctSet,
    pub(super) entries_play: DistinctSet,
    pub(super) any: bool,
}

impl Agg {
    pub(super) fn add(&mut self, e: &Events, i: usize, needs: Needs, source: UserSource) {
        let kind = e.kind[i];
        self.any = true;
        self.sums.add_event(e, i);
        let user = e.user[i];
        if needs.users_known {
            let counts = match source {
                UserSource::Any => true,
                UserSource::Play => kind == EventKind::Play,
                UserSource::ViewPeriod => kind == EventKind::ViewPeriod,
                UserSource::NodeOrViewPeriod => matches!(kind, EventKind::NodePlay | EventKind::ViewPeriod),
            };
            if counts {
                self.users_known.insert(user, needs.user_count);
            }
        }
        if needs.users_play && kind == EventKind::Play {
            self.users_play.insert(user, needs.user_count);
        }
        if needs.entries {
            self.entries_any.insert(e.entry[i], needs.entry_count);
            if kind == EventKind::Play {
                self.entries_play.insert(e.entry[i], needs.entry_count);
            }
        }
    }

    /// Adds a rollup cell of `entry` (what `add` would do for each of the cell's events; the rollup only
    /// serves reports whose users come from any event or from plays).
    pub(super) fn merge(
        &mut self,
        rollup: &Rollup,
        cell: &RollupCell,
        entry: u32,
        needs: Needs,
        source: UserSource,
    ) {
        self.any = true;
        self.sums.add_cell(&cell.sums);
        if needs.users_known {
            let users = match source {
                UserSource::Play => rollup.players(cell),
                _ => rollup.viewers(cell),
            };
            self.users_known.extend(users, needs.user_count);
        }
        if needs.users_play {
            self.users_play.extend(rollup.players(cell), needs.user_count);
        }
        if needs.entries {
            self.entries_any.insert(entry, needs.entry_count);
            if cell.sums.plays() > 0 {
                self.entries_play.insert(entry, needs.entry_count);
            }
        }
    }

    /// The value of a metric header; counts are integers, everything else a float.
    pub(super) fn metric(&self, report: ReportType, header: &str) -> Cell {
        let plays = self.sums.plays as f64;
        let q = |i: usize| self.sums.quartiles[i] as f64;
        match header {
            COUNT_LOADS => Cell::Count(self.sums.loads),
            COUNT_PLAYS => Cell::Count(self.sums.plays),
            COUNT_PLAYS_25 => Cell::Count(self.sums.quartiles[0]),
            COUNT_PLAYS_50 => Cell::Count(self.sums.quartiles[1]),
            COUNT_PLAYS_75 => Cell::Count(self.sums.quartiles[2]),
            COUNT_PLAYS_100 => Cell::Count(self.sums.quartiles[3]),
            COUNT_VIRAL => Cell::Count(self.sums.viral),
            COUNT_VIEWERS => Cell::Count(self.sums.view_periods),
            COUNT_NODE_PLAYS => Cell::Count(self.sums.node_plays),
            COUNT_HOTSPOT_CLICKED => Cell::Count(self.sums.hotspot_clicks),
            COUNT_NODE_SWITCH => Cell::Count(self.sums.node_switches),
            UNIQUE_KNOWN_USERS => Cell::Count(self.users_known.len()),
            UNIQUE_VIEWERS => Cell::Count(self.users_play.len()),
            UNIQUE_VIDEOS => Cell::Count(self.entries_any.len()),
            UNIQUE_PLAYED_VIDEOS => Cell::Count(self.entries_play.len()),
            SUM_TIME_VIEWED => Cell::Float(metrics::minutes(self.sums.play_through_secs)),
            AVG_TIME_VIEWED => Cell::Float(metrics::per_play(
                metrics::minutes(self.sums.play_through_secs),
                plays,
            )),
            SUM_VIEW_PERIOD => Cell::Float(metrics::minutes(self.sums.view_period_secs)),
            AVG_VIEW_PERIOD_TIME => Cell::Float(metrics::per_play(
                metrics::minutes(self.sums.view_period_secs),
                plays,
            )),
            LOAD_PLAY_RATIO => Cell::Float(metrics::load_play_ratio(plays, self.sums.loads as f64)),
            PLAY_THROUGH_RATIO => Cell::Float(metrics::play_through_ratio(q(3), plays)),
            AVG_VIEW_DROP_OFF => Cell::Float(metrics::avg_view_drop_off(q(0), q(1), q(2), q(3), plays)),
            AVG_COMPLETION_RATE => {
                let divisor = if report == ReportType::InteractiveVideoTopNodes {
                    self.sums.node_plays as f64
                } else {
                    plays
                };
                Cell::Float(metrics::avg_completion_rate(
                    self.sums.unique_percentiles as f64,
                    divisor,
                ))
            }
            TOTAL_COMPLETION_RATE => Cell::Float(metrics::total_completion_rate(f64::from(
                self.sums.vod_slices.count_ones(),
            ))),
            _ => Cell::Text(String::new()),
        }
    }
}

/// One output cell.
#[derive(Debug, Clone)]
pub(super) enum Cell {
    Count(u64),
    Float(f64),
    Text(String),
}

impl Cell {
    pub(super) fn text(&self) -> String {
        match self {
            Cell::Count(n) => n.to_string(),
            Cell::Float(f) => format_php_float(*f),
            Cell::Text(s) => s.clone(),
        }
    }

    pub(super) fn sort_value(&self) -> f64 {
        match self {
            Cell::Count(n) => *n as f64,
            Cell::Float(f) => *f,
            Cell::Text(_) => 0.0,
        }
    }
}
