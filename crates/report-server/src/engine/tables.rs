//! `getTable`: pages of rows, sorted, and the percentile rows of the playback report.

use super::*;

impl<'a> Engine<'a> {
    /// `getTable`: a page of rows. `pager` = (pageSize, pageIndex) already defaulted.
    pub fn table(
        &self,
        args: &ReportArgs,
        page_size: u64,
        page_index: u64,
        order: Option<&str>,
    ) -> Result<Value, ApiError> {
        let c = args.compile(self.store);
        let drilled = args.drilled();
        let metric_headers = headers::table_metrics(args.report);
        let all_headers = headers::table_headers(args.report, drilled);
        let header_text = all_headers.join(&args.delimiter);
        let needs = Needs::of(metric_headers, self.store);
        let sanitize = |s: &str| s.replace(args.delimiter.as_str(), " ").replace(';', " ");
        let mut page_size = page_size;
        if page_index > 1 && page_index.saturating_mul(page_size) > MAX_RESULT_SIZE {
            return Err(ApiError::internal());
        }
        if page_index.saturating_mul(page_size) > MAX_RESULT_SIZE {
            page_size = MAX_RESULT_SIZE;
        }

        if args.report.is_percentile_report() {
            let rows = self.percentile_rows(args, &c);
            let Some(rows) = rows else {
                return Ok(json!({"objectType": "KalturaReportTable"}));
            };
            let start = ((page_index - 1) * page_size) as usize;
            let data: String = rows
                .iter()
                .skip(start)
                .take(page_size as usize)
                .map(|r| format!("{};", r.join(&args.delimiter)))
                .collect();
            if data.is_empty() {
                return Ok(json!({"objectType": "KalturaReportTable"}));
            }
            return Ok(
                json!({"header": header_text, "data": data, "totalCount": 101, "objectType": "KalturaReportTable"}),
            );
        }

        let dim = row_dim(args.report, drilled);
        let groups = self.grouped(args, &c, needs);
        let mut rows: Vec<(f64, Vec<String>, Vec<String>)> = groups
            .into_iter()
            .filter(|(key, _)| {
                // Node switches without a hotspot are not rows (contract §3.2, report 55).
                !(dim == Dim::Hotspot && *key == u64::from(NONE))
            })
            .map(|(key, agg)| {
                let dims = self.dim_cells(args, dim, key);
                let cells: Vec<Cell> = metric_headers
                    .iter()
                    .map(|h| agg.metric(args.report, h))
                    .collect();
                let sort = sort_value(&cells, metric_headers, order);
                (sort, dims, cells.iter().map(Cell::text).collect::<Vec<_>>())
            })
            .collect();
        let total_count = rows.len() as u64;
        let descending = !order.is_some_and(|o| o.starts_with('+'));
        rows.sort_by(|a, b| {
            let by_value = a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal);
            let by_value = if descending { by_value.reverse() } else { by_value };
            by_value.then_with(|| a.1.cmp(&b.1))
        });
        let start = ((page_index - 1) * page_size) as usize;
        let mut page: Vec<_> = rows.into_iter().skip(start).take(page_size as usize).collect();
        if page.is_empty() {
            return Ok(json!({"objectType": "KalturaReportTable"}));
        }
        // A non-metric order (such as `-name`) re-sorts only the page already cut by plays.
        if let Some(name) = order.map(|o| o.trim_start_matches(['+', '-'])) {
            let dims = headers::table_dimensions(args.report, drilled);
            if let Some(col) = dims.iter().position(|d| *d == name) {
                page.sort_by(|a, b| {
                    let o = a.1[col].cmp(&b.1[col]);
                    if descending {
                        o.reverse()
                    } else {
                        o
                    }
                });
            }
        }
        let data: String = page
            .iter()
            .map(|(_, dims, cells)| {
                let mut all: Vec<String> = dims.iter().map(|d| sanitize(d)).collect();
                all.extend(cells.iter().cloned());
                format!("{};", all.join(&args.delimiter))
            })
            .collect();
        Ok(
            json!({"header": header_text, "data": data, "totalCount": total_count, "objectType": "KalturaReportTable"}),
        )
    }

    /// The 101 rows of a percentile report, or `None` when nothing matched.
    pub(super) fn percentile_rows(&self, args: &ReportArgs, c: &Compiled) -> Option<Vec<Vec<String>>> {
        let e = &self.store.events;
        let metric_headers = headers::table_metrics(args.report);
        let mut counts = vec![0u64; 101];
        // Each user's percentiles, OR-ed: one map entry per view period instead of a set insert per bit.
        let mut seen_by: FxHashMap<u32, u128> = FxHashMap::default();
        let want_users = metric_headers.contains(&UNIQUE_KNOWN_USERS);
        let mut any = false;
        let rollups = if args.report == ReportType::Percentiles {
            self.rolled_up_entries(args, c)
        } else {
            None
        };
        // From rollups, users are indexed directly (one slot per user beats hashing tens of thousands).
        let mut by_user: Vec<u128> = Vec::new();
        if let Some(rollups) = rollups {
            if want_users {
                by_user = vec![0; self.store.users.len()];
            }
            for (_, r) in rollups {
                for hour in rollup::within(&r.percentiles, |h| h.hour, c.from, c.to) {
                    any = true;
                    for (total, n) in counts.iter_mut().zip(hour.counts) {
                        *total += u64::from(n);
                    }
                    if want_users {
                        for (user, slices) in r.slices(hour) {
                            match by_user.get_mut(*user as usize) {
                                Some(s) => *s |= slices,
                                None => *seen_by.entry(*user).or_default() |= slices,
                            }
                        }
                    }
                }
            }
        } else {
            self.scan(args, c, |i| {
                any = true;
                match e.kind[i] {
                    EventKind::ViewPeriod => {
                        let slices = e.slices[i];
                        if want_users {
                            *seen_by.entry(e.user[i]).or_default() |= slices;
                        }
                        count_percentiles(slices, &mut counts);
                    }
                    _ => {
                        let p = usize::from(e.position[i]).min(100);
                        counts[p] += 1;
                    }
                }
            });
        }
        if !any {
            return None;
        }
        // Many viewers watched the same slices (the whole video, up to the same cliff): each pattern's
        // bits are counted once, times its viewers.
        let mut patterns: FxHashMap<u128, u64> = FxHashMap::default();
        for slices in seen_by.values().chain(&by_user).filter(|s| **s != 0) {
            *patterns.entry(*slices).or_default() += 1;
        }
        let mut users = [0u64; 101];
        for (slices, viewers) in patterns {
            add_percentiles(slices, &mut users, viewers);
        }
        Some(
            (0..=100)
                .map(|p| {
                    let mut row = vec![p.to_string(), counts[p].to_string()];
                    if want_users {
                        row.push(users[p].to_string());
                    }
                    row
                })
                .collect(),
        )
    }
}

/// The value a row sorts by: the ordered metric, else plays, else the first metric (contract §2.1.7).
pub(super) fn sort_value(cells: &[Cell], headers: &[&str], order: Option<&str>) -> f64 {
    let name = order
        .map(|o| o.trim_start_matches(['+', '-']))
        .unwrap_or(COUNT_PLAYS);
    let col = headers
        .iter()
        .position(|h| *h == name)
        .or_else(|| headers.iter().position(|h| *h == COUNT_PLAYS))
        .unwrap_or(0);
    cells.get(col).map(Cell::sort_value).unwrap_or(0.0)
}
