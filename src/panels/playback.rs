//! Views on playback: how many views each 1 % of the video got (report 43), with the steepest drops and
//! rewatch spikes marked, a keyboard cursor that reads any point aloud, and the same data as a table.

use crate::charts::echart::ChartHandle;
use crate::charts::line_option::{LineSeries, MarkedPoint};
use crate::charts::moments::{clock, key_moments, KeyMoment, MomentKind};
use crate::charts::{EChart, LineOption};
use crate::components::table_twin::{TableTwin, TwinRow, TwinRows};
use crate::format;
use crate::i18n::{t, tf, Msg};
use leptos::prelude::*;
use report_api::headers::{COUNT_VIEWERS, UNIQUE_KNOWN_USERS};
use report_api::ReportTable;
use serde_json::Value;
use std::sync::Arc;

/// Views and unique viewers at each 1 % of the video (index 0 = percent 1).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlaybackSeries {
    /// View periods covering each slice (a rewatch counts again).
    pub views: Vec<f64>,
    /// Distinct viewers of each slice.
    pub unique: Vec<f64>,
}

impl PlaybackSeries {
    /// Reads the percentile table; row 0 (always empty) is dropped, missing rows are zero.
    pub fn from_table(t: &ReportTable) -> PlaybackSeries {
        let mut s = PlaybackSeries {
            views: vec![0.0; 100],
            unique: vec![0.0; 100],
        };
        for row in t.iter() {
            let p = row.num("percentile") as usize;
            if (1..=100).contains(&p) {
                s.views[p - 1] = row.num(COUNT_VIEWERS);
                s.unique[p - 1] = row.num(UNIQUE_KNOWN_USERS);
            }
        }
        s
    }

    /// Whether nobody watched anything.
    pub fn is_empty(&self) -> bool {
        self.views.iter().all(|v| *v == 0.0)
    }
}

/// The time at percent `p` (1..=100) of a video `seconds` long.
pub fn time_at(p: usize, seconds: f64) -> String {
    clock(p as f64 / 100.0 * seconds)
}

/// The chart's short description.
pub fn describe(s: &PlaybackSeries, seconds: f64, moments: &[KeyMoment]) -> String {
    if s.is_empty() {
        return t(Msg::PlaybackNoViews).into();
    }
    let start = s.views.first().copied().unwrap_or(0.0);
    let end = s.views.last().copied().unwrap_or(0.0);
    let mut text = tf(
        Msg::PlaybackSummary,
        &[&format::count(start), &format::count(end)],
    );
    for m in moments {
        let what = if m.kind == MomentKind::Drop {
            t(Msg::Drop)
        } else {
            t(Msg::Rewatch)
        };
        text.push_str(&tf(
            Msg::KeyMomentAt,
            &[&crate::i18n::lower(what), &time_at(m.index + 1, seconds)],
        ));
    }
    text
}

fn option(
    s: &PlaybackSeries,
    compare: Option<&PlaybackSeries>,
    seconds: f64,
    moments: &[KeyMoment],
) -> Value {
    let labels: Vec<String> = (1..=100).map(|p| time_at(p, seconds)).collect();
    let marks: Vec<MarkedPoint> = moments
        .iter()
        .map(|m| MarkedPoint {
            name: if m.kind == MomentKind::Drop {
                "Drop"
            } else {
                "Rewatch"
            },
            index: m.index,
            value: s.views[m.index],
        })
        .collect();
    let mut chart = LineOption::new(labels, "16")
        .y_axis(t(Msg::Views))
        .series(
            LineSeries::new(t(Msg::Views), s.views.clone())
                .without_symbols()
                .marked(marks),
        )
        .series(LineSeries::new(t(Msg::UniqueViewers), s.unique.clone()).without_symbols());
    if let Some(c) = compare {
        chart = chart
            .series(
                LineSeries::new(crate::i18n::in_compare(t(Msg::Views)), c.views.clone()).without_symbols(),
            )
            .series(
                LineSeries::new(crate::i18n::in_compare(t(Msg::UniqueViewers)), c.unique.clone())
                    .without_symbols(),
            );
    }
    chart.to_value()
}

/// What the readout says at percent `p`: the time, views and unique viewers, and the compare period's views.
fn readout_at(p: usize, seconds: f64, s: &PlaybackSeries, c: Option<&PlaybackSeries>) -> String {
    let mut text = tf(
        Msg::AtPoint,
        &[
            &time_at(p, seconds),
            &p.to_string(),
            &format::count(s.views[p - 1]),
            &format::count(s.unique[p - 1]),
        ],
    );
    if let Some(c) = c {
        text.push_str(&tf(Msg::ComparePeriodViews, &[&format::count(c.views[p - 1])]));
    }
    text
}

/// The key moments as listed: (kind, class, what happened when).
fn moment_items(moments: &[KeyMoment], seconds: f64) -> Vec<(&'static str, &'static str, String)> {
    moments
        .iter()
        .map(|m| {
            let (kind, class) = if m.kind == MomentKind::Drop {
                (t(Msg::Drop), "moment-drop")
            } else {
                (t(Msg::Rewatch), "moment-rewatch")
            };
            let text = tf(
                Msg::MomentDetail,
                &[
                    &time_at(m.index + 1, seconds),
                    &format::signed(m.change * 100.0, |x| format!("{}%", format::decimal(x, 1))),
                ],
            );
            (kind, class, text)
        })
        .collect()
}

/// The chart's table twin: its headers, and a row per percent made when the table opens.
fn twin_table(
    series: StoredValue<(PlaybackSeries, Option<PlaybackSeries>)>,
    seconds: f64,
) -> (Vec<String>, TwinRows) {
    let rows: TwinRows = Arc::new(move || {
        series.with_value(|(s, c)| {
            (1..=100)
                .map(|p| {
                    let mut cells = vec![
                        time_at(p, seconds),
                        format::count(s.views[p - 1]),
                        format::count(s.unique[p - 1]),
                    ];
                    if let Some(c) = c {
                        cells.push(format::count(c.views[p - 1]));
                    }
                    TwinRow {
                        header: format!("{p}%"),
                        cells,
                    }
                })
                .collect()
        })
    });
    let mut headers: Vec<String> = [
        t(Msg::Position),
        t(Msg::Time),
        t(Msg::Views),
        t(Msg::UniqueViewers),
    ]
    .iter()
    .map(|h| h.to_string())
    .collect();
    if series.with_value(|(_, c)| c.is_some()) {
        headers.push(crate::i18n::in_compare(t(Msg::Views)));
    }
    (headers, rows)
}

/// The panel body (the page supplies the heading).
#[component]
pub fn ViewsOnPlayback(
    /// Current period.
    current: PlaybackSeries,
    /// Compare period.
    compare: Option<PlaybackSeries>,
    /// The video's length in seconds.
    seconds: f64,
    /// Whether the table twin is open.
    table_open: bool,
    /// Receives the table's new open state.
    on_table: Callback<bool>,
) -> AnyView {
    let moments = key_moments(&current.views, 2);
    let label = describe(&current, seconds, &moments);
    let chart_option = option(&current, compare.as_ref(), seconds, &moments);
    let handle: StoredValue<Option<ChartHandle>> = StoredValue::new(None);
    let cursor = RwSignal::new(1usize);
    let series = StoredValue::new((current, compare));
    let readout = move || series.with_value(|(s, c)| readout_at(cursor.get(), seconds, s, c.as_ref()));
    let moment_list = moment_items(&moments, seconds);
    let has_moments = !moment_list.is_empty();
    let (headers, rows) = twin_table(series, seconds);
    // Nobody watched in these dates: a flat line at 0 says less than a sentence.
    let nothing = series.with_value(|(s, c)| {
        s.views
            .iter()
            .chain(c.iter().flat_map(|c| c.views.iter()))
            .all(|v| *v == 0.0)
    });
    let twin = view! {
        <TableTwin
            open=table_open
            on_toggle=on_table
            show_label=t(Msg::ShowTable)
            hide_label=t(Msg::HideTable)
            caption=t(Msg::ViewsEachPercent).to_string()
            headers=headers
            rows
        />
    };
    if nothing {
        return view! {
            <p class="empty-chart" role="note">{t(Msg::NoViewsToDraw)}</p>
            {twin}
        }
        .into_any();
    }
    view! {
        <EChart
            option=Signal::derive(move || chart_option.clone())
            label=Signal::derive(move || label.clone())
            on_handle=Callback::new(move |h| handle.set_value(Some(h)))
        />
        <Show when=move || has_moments>
            <ul class="moments" aria-label=t(Msg::KeyMoments)>
                {moment_list
                    .clone()
                    .into_iter()
                    .map(|(kind, class, text)| view! { <li class=class><strong>{kind}</strong>{text}</li> })
                    .collect_view()}
            </ul>
        </Show>
        <label class="cursor-control">
            <span>{t(Msg::ReadAPoint)}</span>
            <input
                type="range"
                min="1"
                max="100"
                prop:value=move || cursor.get().to_string()
                aria-valuetext=readout
                on:input=move |ev| {
                    let p = event_target_value(&ev).parse::<usize>().unwrap_or(1).clamp(1, 100);
                    cursor.set(p);
                    handle.with_value(|h| if let Some(h) = h { h.show_tip(p - 1) });
                }
            />
        </label>
        <p class="readout" aria-live="polite">{readout}</p>
        {twin}
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn series_from_the_percentile_table() {
        let data: String = (0..=100)
            .map(|p| format!("{p}|{}|{};", if p == 0 { 0 } else { 200 - p }, 100 - p))
            .collect();
        let t = ReportTable::parse(
            &json!({"header":"percentile|count_viewers|unique_known_users","data":data,"totalCount":101,"objectType":"KalturaReportTable"}),
            "|",
        )
        .unwrap();
        let s = PlaybackSeries::from_table(&t);
        assert_eq!(s.views.len(), 100);
        assert_eq!(s.views[0], 199.0);
        assert_eq!(s.unique[99], 0.0);
        assert!(!s.is_empty());
        let empty = PlaybackSeries::from_table(&ReportTable::default());
        assert!(empty.is_empty());
        assert!(describe(&empty, 60.0, &[]).contains("no views"));
    }

    #[test]
    fn option_has_both_series_and_compare_lines() {
        let s = PlaybackSeries {
            views: vec![1.0; 100],
            unique: vec![1.0; 100],
        };
        let o = option(&s, Some(&s), 100.0, &[]);
        assert_eq!(o["series"].as_array().unwrap().len(), 4);
        assert_eq!(o["xAxis"]["data"][99], "1:40");
        assert_eq!(time_at(50, 572.0), "4:46");
    }
}
