//! The first view's panels as export tables: highlights, views on playback, metrics over time and the
//! funnel, exactly as they show them. Pure logic, tested with `cargo test`.

use super::data::{FirstView, Highlights};
use crate::dashboard::exports::{PanelTables, TablesLater};
use crate::dashboard::PanelId;
use crate::export::csv::{number, percent_header, CsvTable};
use crate::i18n::{in_compare, t, tf, Msg};
use crate::panels::funnel::steps;
use crate::panels::highlights::{value_of, CARDS, SOCIAL};
use crate::panels::playback::{time_at, PlaybackSeries};
use crate::panels::trend::{metric_label, series};
use crate::split::{wasm_split, ChunkError};
use crate::state::TREND_METRICS;
use report_api::headers::AVG_COMPLETION_RATE;
use report_api::time_range::Zone;
use report_api::{DateKey, ReportGraph, ReportTable, ReportTotal};
use std::sync::Arc;

/// The first view as the export registry keeps it: its data, made into tables only when something is
/// exported (the code that makes them is in the export chunk, not in the first view's download).
#[derive(Debug, Clone, PartialEq)]
pub struct FirstViewExport {
    /// The loaded first view.
    pub view: FirstView,
    /// The zone its days are in.
    pub zone: Zone,
    /// The funnel step shown (25, 50, 75 or 100).
    pub quartile: u8,
    /// Whether the entry is an image (no playback or funnel).
    pub is_image: bool,
    /// The entry's duration in seconds.
    pub seconds: f64,
}

impl FirstViewExport {
    /// The panels [`FirstViewExport::tables`] fills, in page order, without making the tables.
    pub fn panels(&self) -> Vec<PanelId> {
        let c = &self.view.current;
        [
            (PanelId::Highlights, c.highlights.is_ok()),
            (PanelId::Playback, !self.is_image && c.percentiles.is_ok()),
            (PanelId::Trend, c.graphs.is_ok()),
            (PanelId::Funnel, !self.is_image && c.funnel.is_ok()),
        ]
        .into_iter()
        .filter_map(|(panel, shown)| shown.then_some(panel))
        .collect()
    }

    /// (panel, its tables) for each first-view panel that has data.
    pub fn tables(&self) -> PanelTables {
        first_view_tables(&self.view, self.zone, self.quartile, self.is_image, self.seconds)
    }
}

/// The first view's tables, made in the export chunk when something is exported.
#[wasm_split(export, fallible)]
pub fn tables_of(source: Arc<FirstViewExport>) -> Result<PanelTables, ChunkError> {
    Ok(source.tables())
}

/// What the registry keeps of a first view: the panels it fills now, its tables when exported.
pub fn tables_later(source: FirstViewExport) -> TablesLater {
    let source = Arc::new(source);
    TablesLater::new(source.panels(), move || tables_of(source.clone()))
}

/// The headers of a table whose metric columns are repeated for the compare period when comparing.
fn with_compare(mut headers: Vec<String>, comparing: bool) -> Vec<String> {
    if comparing {
        let extra: Vec<String> = headers[1..].iter().map(|c| in_compare(c)).collect();
        headers.extend(extra);
    }
    headers
}

/// (panel, its tables) for each first-view panel that has data.
pub fn first_view_tables(
    view: &FirstView,
    zone: Zone,
    quartile: u8,
    is_image: bool,
    seconds: f64,
) -> PanelTables {
    let compare = view.compare.as_ref();
    let c = &view.current;
    let tables = [
        (
            PanelId::Highlights,
            c.highlights.as_ref().ok().map(|h| {
                highlights_table(
                    h,
                    compare.and_then(|p| p.highlights.as_ref().ok()),
                    compare.is_some(),
                    is_image,
                )
            }),
        ),
        (
            PanelId::Playback,
            c.percentiles
                .as_ref()
                .ok()
                .filter(|_| !is_image)
                .map(|p| playback_table(p, compare.and_then(|p| p.percentiles.as_ref().ok()), seconds)),
        ),
        (
            PanelId::Trend,
            c.graphs.as_ref().ok().map(|g| trend_table(g, zone)),
        ),
        (
            PanelId::Funnel,
            c.funnel.as_ref().ok().filter(|_| !is_image).map(|f| {
                funnel_table(
                    f,
                    compare.and_then(|p| p.funnel.as_ref().ok()),
                    compare.is_some(),
                    quartile,
                )
            }),
        ),
    ];
    tables
        .into_iter()
        .filter_map(|(panel, table)| table.map(|t| (panel, vec![t])))
        .collect()
}

/// The highlight cards an entry of this kind shows, then the social ones: each as its card shows it.
fn highlights_table(h: &Highlights, prev: Option<&Highlights>, comparing: bool, is_image: bool) -> CsvTable {
    let rows: Vec<Vec<String>> = CARDS
        .iter()
        .filter(|c| !is_image || c.for_images)
        .chain(SOCIAL.iter())
        .map(|c| {
            let shown = |h: &Highlights| {
                value_of(h, c.key)
                    .map(number)
                    .unwrap_or_else(|| t(Msg::NotAvailable).into())
            };
            let label = if c.key == AVG_COMPLETION_RATE {
                percent_header(t(c.label))
            } else {
                t(c.label).to_string()
            };
            let mut r = vec![label, shown(h)];
            if comparing {
                r.push(prev.map(shown).unwrap_or_default());
            }
            r
        })
        .collect();
    CsvTable {
        title: t(Msg::Highlights).into(),
        headers: with_compare(vec![t(Msg::Metric).into(), t(Msg::CsvValue).into()], comparing),
        rows,
    }
}

/// Views and unique viewers at each percent of the entry, with the compare period's.
fn playback_table(table: &ReportTable, prev: Option<&ReportTable>, seconds: f64) -> CsvTable {
    let s = PlaybackSeries::from_table(table);
    let prev = prev.map(PlaybackSeries::from_table);
    let rows = (0..100)
        .map(|i| {
            let mut r = vec![
                format!("{}", i + 1),
                time_at(i + 1, seconds),
                number(s.views[i]),
                number(s.unique[i]),
            ];
            if let Some(p) = &prev {
                r.push(number(p.views[i]));
                r.push(number(p.unique[i]));
            }
            r
        })
        .collect();
    let mut headers = vec![
        t(Msg::CsvPercentOfVideo).to_string(),
        t(Msg::Time).to_string(),
        t(Msg::Views).to_string(),
        t(Msg::UniqueViewers).to_string(),
    ];
    if prev.is_some() {
        headers.push(in_compare(t(Msg::Views)));
        headers.push(in_compare(t(Msg::UniqueViewers)));
    }
    CsvTable {
        title: t(Msg::ViewsOnPlayback).into(),
        headers,
        rows,
    }
}

/// Every metric over time, a row per bucket starting at its first instant in `zone`.
fn trend_table(g: &[ReportGraph], zone: Zone) -> CsvTable {
    let columns: Vec<Vec<(DateKey, f64)>> = TREND_METRICS.iter().map(|m| series(g, m)).collect();
    // Buckets from the longest series: a metric the answer lacks is zero, not a missing row.
    let keys: Vec<DateKey> = columns
        .iter()
        .max_by_key(|c| c.len())
        .map(|c| c.iter().map(|(k, _)| *k).collect())
        .unwrap_or_default();
    let rows = keys
        .iter()
        .map(|k| {
            let mut r = vec![zone.iso8601(zone.day_start(k.first_day()))];
            r.extend(columns.iter().zip(TREND_METRICS.iter()).map(|(c, m)| {
                let v = c.iter().find(|(ck, _)| ck == k).map_or(0.0, |x| x.1);
                number(crate::panels::trend::chart_value(m, v))
            }));
            r
        })
        .collect();
    let mut headers = vec![t(Msg::CsvStart).to_string()];
    headers.extend(
        TREND_METRICS
            .iter()
            .map(|m| match crate::charts::number_format::Unit::of_metric(m) {
                crate::charts::number_format::Unit::Percent => percent_header(metric_label(m)),
                _ => metric_label(m).to_string(),
            }),
    );
    CsvTable {
        title: t(Msg::MetricsOverTime).into(),
        headers,
        rows,
    }
}

/// The funnel's steps up to `quartile`, with the compare period's.
fn funnel_table(funnel: &ReportTotal, prev: Option<&ReportTotal>, comparing: bool, quartile: u8) -> CsvTable {
    let names = [
        t(Msg::PlayerImpressions).to_string(),
        t(Msg::Plays).to_string(),
        tf(Msg::PlaysReaching, &[&quartile.to_string()]),
    ];
    let now = steps(funnel, quartile);
    let before = prev.map(|p| steps(p, quartile));
    let rows = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let mut r = vec![n.clone(), number(now[i].count), number(now[i].of_first * 100.0)];
            if let Some(b) = &before {
                r.push(number(b[i].count));
                r.push(number(b[i].of_first * 100.0));
            }
            r
        })
        .collect();
    CsvTable {
        title: t(Msg::EngagementFunnel).into(),
        headers: with_compare(
            vec![
                t(Msg::CsvStep).into(),
                t(Msg::CsvCount).into(),
                t(Msg::CsvPercentOfImpressions).into(),
            ],
            comparing,
        ),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::entry::data::parse_first_view;
    use serde_json::json;

    fn sample_slots() -> Vec<crate::api::Slot> {
        vec![
            Ok(
                json!({"id":"0_a","name":"A","userId":"u","mediaType":1,"msDuration":100000,"objectType":"KalturaMediaEntry"}),
            ),
            Ok(json!({"id":"u","fullName":"U","objectType":"KalturaUser"})),
            Ok(
                json!({"header":"count_plays|count_loads|count_viral","data":"3|5|1","objectType":"KalturaReportTotal"}),
            ),
            Ok(json!({"objects":[],"totalCount":2,"objectType":"KalturaLikeListResponse"})),
            Ok(
                json!({"header":"percentile|count_viewers|unique_known_users","data":"0|0|0;1|4|2;","totalCount":101,"objectType":"KalturaReportTable"}),
            ),
            Ok(
                json!([{"id":"count_plays","data":"20261101|3;20261102|0;","objectType":"KalturaReportGraph"}]),
            ),
            Ok(
                json!({"header":"count_plays|count_plays_50|count_loads","data":"3|1|5","objectType":"KalturaReportTotal"}),
            ),
        ]
    }

    #[test]
    fn the_first_view_exports_what_it_shows() {
        let v = parse_first_view(&sample_slots(), false);
        let zone = Zone::Iana(report_api::time_range::parse_tz("Europe/Paris").unwrap());
        let t = first_view_tables(&v, zone, 50, false, 100.0);
        let names: Vec<PanelId> = t.iter().map(|(p, _)| *p).collect();
        assert_eq!(
            names,
            vec![
                PanelId::Highlights,
                PanelId::Playback,
                PanelId::Trend,
                PanelId::Funnel
            ]
        );
        let h = &t[0].1[0];
        assert_eq!(h.rows[0], vec!["Player impressions", "5"]);
        assert_eq!(h.rows[5], vec!["Likes", "2"]);
        assert_eq!(t[1].1[0].rows[0], vec!["1", "0:01", "4", "2"]);
        assert_eq!(t[2].1[0].rows[0][0], "2026-11-01T00:00:00+01:00");
        assert_eq!(t[2].1[0].rows[0][2], "3");
        assert_eq!(t[3].1[0].rows[2], vec!["Plays reaching 50%", "1", "20"]);
        let image = first_view_tables(&v, zone, 50, true, 0.0);
        assert_eq!(image.len(), 2);
        assert_eq!(image[0].1[0].rows.len(), 3);
    }

    #[test]
    fn the_export_source_names_the_panels_its_tables_fill() {
        let full = parse_first_view(&sample_slots(), false);
        let mut failed = full.clone();
        failed.current.percentiles = Err(report_api::ResponseError::malformed("x"));
        failed.current.highlights = Err(report_api::ResponseError::malformed("x"));
        for view in [full, failed] {
            for is_image in [false, true] {
                let source = FirstViewExport {
                    view: view.clone(),
                    zone: Zone::Fixed(0),
                    quartile: 50,
                    is_image,
                    seconds: 100.0,
                };
                let filled: Vec<PanelId> = source.tables().iter().map(|(p, _)| *p).collect();
                assert_eq!(source.panels(), filled);
            }
        }
    }

    #[test]
    fn exports_speak_the_page_language() {
        crate::i18n::set_current(crate::i18n::Lang::De);
        let v = parse_first_view(&sample_slots(), false);
        let t = first_view_tables(&v, Zone::Fixed(0), 50, false, 100.0);
        crate::i18n::set_current(crate::i18n::Lang::En);
        let titles: Vec<&str> = t.iter().map(|(_, tables)| tables[0].title.as_str()).collect();
        assert_eq!(
            titles,
            vec![
                "Überblick",
                "Aufrufe während der Wiedergabe",
                "Kennzahlen im Zeitverlauf",
                "Engagement-Trichter"
            ]
        );
        assert_eq!(t[0].1[0].headers, vec!["Kennzahl", "Wert"]);
        assert_eq!(t[3].1[0].rows[2][0], "Wiedergaben bis 50 %");
    }
}
