//! `getGraphs`: the report's series over its date buckets.

use super::*;

impl<'a> Engine<'a> {
    pub fn graphs(&self, args: &ReportArgs) -> Result<Value, ApiError> {
        let shape = args
            .report
            .graph_shape(args.drilled())
            .ok_or_else(ApiError::internal)?;
        let c = args.compile(self.store);
        let ids = headers::graph_metrics(args.report);
        let d = &args.delimiter;
        let graph =
            |id: &str, data: String| json!({"id": id, "data": data, "objectType": "KalturaReportGraph"});
        match shape {
            GraphShape::ByName => {
                let agg = self.whole(args, &c, Needs::of(ids, self.store));
                let data: String = ids
                    .iter()
                    .map(|h| format!("{h}{d}{};", agg.metric(args.report, h).text()))
                    .collect();
                Ok(json!([graph(CONTENT_DROPOFF_GRAPH, data)]))
            }
            GraphShape::MultiByName => {
                let groups = self.grouped(args, &c, Needs::of(ids, self.store));
                let dim = row_dim(args.report, args.drilled());
                let mut keyed: Vec<(u64, Agg)> = groups.into_iter().collect();
                keyed.sort_by(|a, b| b.1.sums.plays.cmp(&a.1.sums.plays).then(a.0.cmp(&b.0)));
                Ok(Value::Array(
                    ids.iter()
                        .map(|h| {
                            let data: String = keyed
                                .iter()
                                .map(|(k, agg)| {
                                    let name = self.dim_cells(args, dim, *k).join(" ");
                                    format!("{name}{d}{};", agg.metric(args.report, h).text())
                                })
                                .collect();
                            graph(h, data)
                        })
                        .collect(),
                ))
            }
            GraphShape::ByDate | GraphShape::MultiByDate => {
                let multi = shape == GraphShape::MultiByDate;
                let interval = args.filter.interval.unwrap_or_default();
                let buckets = Buckets::new(&c, interval, multi);
                let needs = Needs::of(ids, self.store);
                let source = user_source(args.report);
                let dim = row_dim(args.report, args.drilled());
                let e = &self.store.events;
                let mut per_bucket: Vec<FxHashMap<u64, Agg>> = vec![FxHashMap::default(); buckets.keys.len()];
                let rolled = if multi { Rolled::By(dim) } else { Rolled::Whole };
                // Buckets start on whole hours when the range does (zones are whole hours, or
                // quarter hours, east of UTC; a bucket starting mid-hour means a scan).
                let aligned = buckets.starts.iter().all(|t| t % rollup::HOUR == 0);
                match self.rolled_up(args, &c, rolled).filter(|_| aligned) {
                    Some(rollups) => Self::each_cell(rollups, rolled, &c, |r, cell, entry| {
                        if let Some(b) = buckets.index(cell.hour) {
                            let key = if multi { u64::from(cell.key) } else { 0 };
                            let group = per_bucket[b].entry(key).or_default();
                            group.merge(r, cell, entry, needs, source);
                        }
                    }),
                    None => self.scan(args, &c, |i| {
                        if let Some(b) = buckets.index(e.time[i]) {
                            let key = if multi { self.group_key(dim, i) } else { 0 };
                            per_bucket[b].entry(key).or_default().add(e, i, needs, source);
                        }
                    }),
                }
                Ok(Value::Array(
                    ids.iter()
                        .map(|h| {
                            let mut data = String::new();
                            for (b, key) in buckets.keys.iter().enumerate() {
                                let aggs = &per_bucket[b];
                                if multi {
                                    if aggs.is_empty() {
                                        continue;
                                    }
                                    let mut pairs: Vec<(&u64, &Agg)> = aggs.iter().collect();
                                    pairs.sort_by(|a, b| {
                                        b.1.sums.plays.cmp(&a.1.sums.plays).then(a.0.cmp(b.0))
                                    });
                                    let joined: Vec<String> = pairs
                                        .iter()
                                        .map(|(k, agg)| {
                                            format!(
                                                "{}:{}",
                                                self.dim_cells(args, dim, **k).join(" "),
                                                agg.metric(args.report, h).text()
                                            )
                                        })
                                        .collect();
                                    data.push_str(&format!("{key}{d}{};", joined.join(",")));
                                } else {
                                    match aggs.get(&0) {
                                        Some(agg) => data.push_str(&format!(
                                            "{key}{d}{};",
                                            agg.metric(args.report, h).text()
                                        )),
                                        None if !args.skip_empty_dates => {
                                            data.push_str(&format!("{key}{d}0;"))
                                        }
                                        None => {}
                                    }
                                }
                            }
                            graph(h, data)
                        })
                        .collect(),
                ))
            }
        }
    }
}
