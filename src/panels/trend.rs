//! Metrics over time: one metric per day or month (report 13's graphs), an optional second metric on a
//! second axis, the compare period as an overlay, and "View details": every metric per bucket as a table.

use crate::charts::line_option::LineSeries;
use crate::charts::number_format::Unit;
use crate::charts::{EChart, LineOption};
use crate::components::left_out::LeftOut;
use crate::components::table_twin::{TableTwin, TwinRow, TwinRows};
use crate::format;
use crate::i18n::{t, tf, Msg};
use crate::state::TREND_METRICS;
use chrono::Datelike;
use leptos::prelude::*;
use report_api::headers::*;
use report_api::{DateKey, ReportGraph};
use serde_json::Value;
use std::sync::Arc;

/// A metric's label.
pub fn metric_label(m: &str) -> &'static str {
    match m {
        COUNT_LOADS => t(Msg::PlayerImpressions),
        COUNT_PLAYS => t(Msg::Plays),
        UNIQUE_VIEWERS => t(Msg::UniqueViewers),
        SUM_VIEW_PERIOD => t(Msg::MinutesViewed),
        AVG_COMPLETION_RATE => t(Msg::AvgCompletionRate),
        AVG_VIEW_DROP_OFF => t(Msg::AvgDropOffRate),
        AVG_VIEW_PERIOD_TIME => t(Msg::AvgViewingTime),
        _ => t(Msg::Metric),
    }
}

/// A metric's value as people read it (drop-off is a fraction on the wire, shown as a percent).
pub fn metric_text(m: &str, v: f64) -> String {
    match m {
        AVG_COMPLETION_RATE => format::percent(v),
        AVG_VIEW_DROP_OFF => format::fraction_percent(v),
        SUM_VIEW_PERIOD | AVG_VIEW_PERIOD_TIME => format::decimal(v, 1),
        _ => format::count(v),
    }
}

/// The chart value of a metric (drop-off scaled to percent so both rates share a scale; files hold it
/// so too).
pub fn chart_value(m: &str, v: f64) -> f64 {
    if m == AVG_VIEW_DROP_OFF {
        v * 100.0
    } else {
        v
    }
}

/// A bucket's label: `Nov 3` for days, `Nov 2026` for months.
pub fn bucket_label(k: DateKey) -> String {
    match k {
        DateKey::Day(d) | DateKey::Hour(d, _) => crate::i18n::day_and_month(d.day(), d.month()),
        DateKey::Month(y, m) => format!("{} {y}", crate::i18n::short_month(m)),
        DateKey::Year(y) => y.to_string(),
    }
}

/// The x axis labels of buckets: with the year on every day when the days span more than one year
/// (a two-year daily axis read "Nov 3" twice, a year apart).
pub fn bucket_labels(keys: impl Iterator<Item = DateKey> + Clone) -> Vec<String> {
    let mut years = keys.clone().filter_map(|k| match k {
        DateKey::Day(d) | DateKey::Hour(d, _) => Some(d.year()),
        _ => None,
    });
    let first = years.next();
    let spans_years = years.any(|y| Some(y) != first);
    keys.map(|k| match k {
        DateKey::Day(d) | DateKey::Hour(d, _) if spans_years => {
            crate::i18n::full_date(d.day(), d.month(), d.year())
        }
        _ => bucket_label(k),
    })
    .collect()
}

/// The series of one metric: bucket keys and values (missing points as 0).
pub fn series(graphs: &[ReportGraph], metric: &str) -> Vec<(DateKey, f64)> {
    graphs
        .iter()
        .find(|g| g.id == metric)
        .map(|g| g.dated().iter().map(|(k, v)| (*k, v.unwrap_or(0.0))).collect())
        .unwrap_or_default()
}

fn option(
    graphs: &[ReportGraph],
    compare: Option<&[ReportGraph]>,
    metric: &str,
    metric2: Option<&str>,
) -> Value {
    let main = series(graphs, metric);
    let labels = bucket_labels(main.iter().map(|(k, _)| *k));
    let values =
        |s: &[(DateKey, f64)], m: &str| s.iter().map(|(_, v)| chart_value(m, *v)).collect::<Vec<f64>>();
    let unit = Unit::of_metric(metric);
    let mut chart = LineOption::new(labels, if metric2.is_some() { "56" } else { "16" })
        .y_axis_of(metric_label(metric), unit)
        .series(LineSeries::new(metric_label(metric), values(&main, metric)).unit(unit));
    if let Some(c) = compare {
        let prev = series(c, metric);
        chart = chart.series(
            LineSeries::new(
                crate::i18n::in_compare(metric_label(metric)),
                values(&prev, metric),
            )
            .unit(unit),
        );
    }
    if let Some(m2) = metric2 {
        let second = series(graphs, m2);
        let unit2 = Unit::of_metric(m2);
        chart = chart.y_axis_of(metric_label(m2), unit2).series(
            LineSeries::new(metric_label(m2), values(&second, m2))
                .on_second_axis()
                .unit(unit2),
        );
    }
    chart.to_value()
}

/// The chart's short description.
pub fn describe(graphs: &[ReportGraph], metric: &str, monthly: bool) -> String {
    let s = series(graphs, metric);
    let unit = if monthly {
        t(Msg::MonthUnit)
    } else {
        t(Msg::DayUnit)
    };
    match s
        .iter()
        .copied()
        .max_by(|a, b| a.1.partial_cmp(&b.1).unwrap_or(std::cmp::Ordering::Equal))
    {
        Some((k, v)) if v > 0.0 => tf(
            Msg::TrendSummary,
            &[
                &crate::i18n::lower(metric_label(metric)),
                unit,
                &s.len().to_string(),
                &metric_text(metric, v),
                &bucket_label(k),
            ],
        ),
        _ => tf(
            Msg::TrendEmpty,
            &[&crate::i18n::lower(metric_label(metric)), unit],
        ),
    }
}

/// The headers of "View details": the bucket, then each metric; with compare on, each followed by the
/// compare period's.
fn details_headers(available: &[&'static str], monthly: bool, comparing: bool) -> Vec<String> {
    let bucket = if monthly { t(Msg::Month) } else { t(Msg::Day) };
    let mut headers: Vec<String> = vec![bucket.to_string()];
    if comparing {
        headers.push(crate::i18n::in_compare(bucket));
    }
    for m in available {
        headers.push(metric_label(m).to_string());
        if comparing {
            headers.push(crate::i18n::in_compare(metric_label(m)));
        }
    }
    headers
}

/// The rows of "View details": a bucket each, with the compare period's bucket at the same place and
/// every metric's value then beside now (when `before` has graphs).
fn details_rows(metrics: Vec<&'static str>, now: Vec<ReportGraph>, before: Vec<ReportGraph>) -> TwinRows {
    let comparing = !before.is_empty();
    let stored = StoredValue::new((now, before));
    Arc::new(move || {
        stored.with_value(|(g, before)| {
            let columns: Vec<Vec<(DateKey, f64)>> = metrics.iter().map(|m| series(g, m)).collect();
            let previous: Vec<Vec<(DateKey, f64)>> = metrics.iter().map(|m| series(before, m)).collect();
            let keys: Vec<DateKey> = columns
                .first()
                .map(|c| c.iter().map(|(k, _)| *k).collect())
                .unwrap_or_default();
            let text = |m: &str, c: &[(DateKey, f64)], i: usize| {
                c.get(i).map_or_else(|| "—".to_string(), |x| metric_text(m, x.1))
            };
            keys.into_iter()
                .enumerate()
                .map(|(i, k)| {
                    let mut cells = vec![];
                    if comparing {
                        let then = previous.first().and_then(|c| c.get(i)).map(|x| x.0);
                        cells.push(then.map_or_else(|| "—".to_string(), bucket_label));
                    }
                    for (j, m) in metrics.iter().enumerate() {
                        cells.push(text(m, &columns[j], i));
                        if comparing {
                            cells.push(text(m, &previous[j], i));
                        }
                    }
                    TwinRow {
                        header: bucket_label(k),
                        cells,
                    }
                })
                .collect()
        })
    })
}

/// The panel body: metric pickers, granularity, chart and details table.
#[component]
pub fn MetricsOverTime(
    /// Current period's graphs.
    graphs: Vec<ReportGraph>,
    /// Compare period's graphs.
    compare: Option<Vec<ReportGraph>>,
    /// Selected metric.
    metric: &'static str,
    /// Second metric.
    metric2: Option<&'static str>,
    /// Monthly buckets.
    monthly: bool,
    /// Receives (metric, second metric, monthly) when the user changes them.
    on_change: Callback<(&'static str, Option<&'static str>, bool)>,
    /// Whether the details table is open.
    table_open: bool,
    /// Receives the table's new open state.
    on_table: Callback<bool>,
) -> impl IntoView {
    // Only the metrics this report has (an interactive path's report 49 has four of them).
    let available: Vec<&'static str> = TREND_METRICS
        .iter()
        .copied()
        .filter(|m| graphs.iter().any(|g| g.id == *m))
        .collect();
    let metric = if available.contains(&metric) {
        metric
    } else {
        available.first().copied().unwrap_or(metric)
    };
    let metric2 = metric2.filter(|m| available.contains(m) && *m != metric);
    let chart_option = option(&graphs, compare.as_deref(), metric, metric2);
    // Every drawn value 0 (an entry nobody watched in these dates): said, not drawn as flat lines.
    let drawn = std::iter::once(metric).chain(metric2);
    let nothing = drawn
        .clone()
        .all(|m| series(&graphs, m).iter().all(|(_, v)| *v == 0.0))
        && compare
            .as_deref()
            .is_none_or(|c| drawn.clone().all(|m| series(c, m).iter().all(|(_, v)| *v == 0.0)));
    let points_left_out = graphs.iter().map(|g| g.omitted_points).max().unwrap_or(0);
    let label = describe(&graphs, metric, monthly);
    // The same test as the rows': a compare answer without graphs adds no columns.
    let comparing = compare.as_ref().is_some_and(|c| !c.is_empty());
    let headers = details_headers(&available, monthly, comparing);
    let pick = |v: String| TREND_METRICS.iter().copied().find(|m| *m == v);
    let for_rows = available.clone();
    let for_select = available.clone();
    let for_second = available.clone();
    let rows = details_rows(for_rows, graphs, compare.unwrap_or_default());
    view! {
        <div class="trend-controls">
            <label class="control">
                <span>{t(Msg::Metric)}</span>
                <select
                    prop:value=metric
                    on:change=move |ev| {
                        if let Some(m) = pick(event_target_value(&ev)) {
                            on_change.run((m, metric2.filter(|m2| *m2 != m), monthly));
                        }
                    }
                >
                    {for_select.iter().map(|m| view! { <option value=*m>{metric_label(m)}</option> }).collect_view()}
                </select>
            </label>
            <label class="control">
                <span>{t(Msg::CompareWithMetric)}</span>
                <select
                    prop:value=metric2.unwrap_or("none")
                    on:change=move |ev| on_change.run((metric, pick(event_target_value(&ev)), monthly))
                >
                    <option value="none">{t(Msg::NoneChoice)}</option>
                    {for_second
                        .iter()
                        .filter(|m| **m != metric)
                        .map(|m| view! { <option value=*m>{metric_label(m)}</option> })
                        .collect_view()}
                </select>
            </label>
            <div class="segmented" role="group" aria-label=t(Msg::Granularity)>
                <button type="button" aria-pressed=(!monthly).to_string() on:click=move |_| on_change.run((metric, metric2, false))>{t(Msg::Daily)}</button>
                <button type="button" aria-pressed=monthly.to_string() on:click=move |_| on_change.run((metric, metric2, true))>{t(Msg::Monthly)}</button>
            </div>
        </div>
        {if nothing {
            view! { <p class="empty-chart" role="note">{tf(Msg::NothingToDraw, &[metric_label(metric)])}</p> }.into_any()
        } else {
            view! { <EChart option=Signal::derive(move || chart_option.clone()) label=Signal::derive(move || label.clone()) /> }.into_any()
        }}
        <LeftOut count=points_left_out message=Msg::PointsLeftOut />
        <TableTwin
            open=table_open
            on_toggle=on_table
            show_label=t(Msg::ViewDetails)
            hide_label=t(Msg::HideDetails)
            caption=(if monthly { t(Msg::EveryMetricPerMonth) } else { t(Msg::EveryMetricPerDay) }).to_string()
            headers=headers
            rows
        />
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_api::GraphShape;
    use serde_json::json;

    fn graphs() -> Vec<ReportGraph> {
        ReportGraph::parse_all(
            &json!([{"id":"count_plays","data":"20261101|3;20261102|0;20261103|7;","objectType":"KalturaReportGraph"},
                    {"id":"avg_view_drop_off","data":"20261101|0.5;20261102|0;20261103|0.25;","objectType":"KalturaReportGraph"}]),
            "|",
            GraphShape::ByDate,
        )
        .unwrap()
    }

    #[test]
    fn series_and_labels() {
        let g = graphs();
        assert_eq!(series(&g, COUNT_PLAYS).len(), 3);
        assert!(series(&g, UNIQUE_VIEWERS).is_empty());
        assert_eq!(bucket_label(DateKey::parse("20261103").unwrap()), "Nov 3");
        assert_eq!(bucket_label(DateKey::parse("202611").unwrap()), "Nov 2026");
        let day = |s: &str| DateKey::parse(s).unwrap();
        assert_eq!(
            bucket_labels([day("20261103"), day("20261104")].into_iter()),
            vec!["Nov 3", "Nov 4"]
        );
        assert_eq!(
            bucket_labels([day("20251231"), day("20260101")].into_iter()),
            vec!["31 Dec 2025", "1 Jan 2026"],
            "days of two years carry their year"
        );
        assert_eq!(metric_text(AVG_VIEW_DROP_OFF, 0.25), "25.0%");
        assert!(describe(&g, COUNT_PLAYS, false).contains("highest 7 on Nov 3"));
    }

    #[test]
    fn second_metric_gets_its_own_axis() {
        let g = graphs();
        let o = option(&g, Some(&g), COUNT_PLAYS, Some(AVG_VIEW_DROP_OFF));
        assert_eq!(o["yAxis"].as_array().unwrap().len(), 2);
        let series = o["series"].as_array().unwrap();
        assert_eq!(series.len(), 3);
        assert_eq!(series[2]["yAxisIndex"], 1.0);
        assert_eq!(series[2]["data"][0], 50.0);
    }
}
