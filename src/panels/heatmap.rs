//! One viewer's heat map across the video: for each 1% of the duration, how often they watched it, in the
//! seed's four tiers (not viewed, once, twice, more than twice). Tiers differ by pattern and label as well
//! as colour; a summary names every stretch for screen readers, and the segment list opens by keyboard.

use crate::api::{explain, table_at};
use crate::charts::moments::clock;
use crate::components::panel::panel_body;
use crate::dashboard::panel_data::use_panel_data;
use crate::dashboard::{DashboardContext, Scope};
use crate::i18n::Msg;
use leptos::prelude::*;
use report_api::headers::COUNT_VIEWERS;
use report_api::{Pager, ReportAction, ReportCall, ReportTable, ReportType, ServiceCall};

/// The tiers' names, by tier number.
pub const TIER_NAMES: [Msg; 4] = [
    Msg::NotViewed,
    Msg::ViewedOnce,
    Msg::ViewedTwice,
    Msg::ViewedMoreThanTwice,
];

/// The call for one user's percentiles.
pub fn heatmap_call(scope: &Scope, user_id: &str) -> ServiceCall {
    let mut f = scope.filter(scope.current);
    f.user_ids = Some(user_id.to_string());
    ReportCall::new(
        ReportAction::GetTable {
            pager: Pager::percentiles(),
            order: None,
        },
        ReportType::Percentiles,
        f,
    )
    .to_service_call()
}

/// The tier of each 1% slice (100 slices). Row 0 is dropped (it is always empty, contract §5); missing
/// rows are "not viewed".
pub fn tiers(table: &ReportTable) -> Vec<u8> {
    let mut t = vec![0u8; 100];
    for row in table.iter() {
        let Ok(p) = row.text("percentile").trim().parse::<usize>() else {
            continue;
        };
        if (1..=100).contains(&p) {
            let views = row.num(COUNT_VIEWERS);
            t[p - 1] = if views >= 3.0 {
                3
            } else if views >= 2.0 {
                2
            } else if views >= 1.0 {
                1
            } else {
                0
            };
        }
    }
    t
}

/// Runs of equal tiers: (first slice, slice after the last, tier).
pub fn segments(tiers: &[u8]) -> Vec<(usize, usize, u8)> {
    let mut out: Vec<(usize, usize, u8)> = vec![];
    for (i, &t) in tiers.iter().enumerate() {
        match out.last_mut() {
            Some(last) if last.2 == t => last.1 = i + 1,
            _ => out.push((i, i + 1, t)),
        }
    }
    out
}

/// A stretch's time span: `1:12–2:24`, or percents when the duration is unknown.
pub fn span_text(from: usize, to: usize, seconds: f64) -> String {
    if seconds > 0.0 {
        format!(
            "{}–{}",
            clock(seconds * from as f64 / 100.0),
            clock(seconds * to as f64 / 100.0)
        )
    } else {
        format!("{from}%–{to}%")
    }
}

/// The whole map in one sentence.
pub fn summary(tiers: &[u8], seconds: f64) -> String {
    let watched = tiers.iter().filter(|t| **t > 0).count();
    let parts: Vec<String> = segments(tiers)
        .iter()
        .map(|(a, b, t)| {
            format!(
                "{} {}",
                span_text(*a, *b, seconds),
                crate::i18n::lowercase(&TIER_NAMES[*t as usize].to_string())
            )
        })
        .collect();
    crate::i18n::tf(Msg::HeatSummary, &[&watched.to_string(), &parts.join("; ")])
}

/// The heat map of one viewer, loaded when it is first shown.
#[component]
pub fn UserHeatMap(
    /// The user id (`Unknown` = anonymous viewers).
    user_id: String,
    /// Who it is, for the labels.
    label: String,
) -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let id = user_id.clone();
    let data = use_panel_data(
        move || (ctx.scope(), id.clone()),
        move |(scope, id): (Scope, String)| {
            let client = ctx.client();
            async move {
                let slots = client
                    .multirequest(&[heatmap_call(&scope, &id)])
                    .await
                    .map_err(|e| explain(&e))?;
                table_at(&slots, 0).map(|t| tiers(&t))
            }
        },
    );
    let seconds = move || {
        ctx.entry
            .with(|e| e.as_ref().map_or(0.0, |e| e.ms_duration as f64 / 1000.0))
    };
    let body = panel_body(data, move |t: Vec<u8>| {
        let secs = seconds();
        let segs = segments(&t);
        let strip = segs
            .iter()
            .map(|(a, b, tier)| {
                let title = format!("{} · {}", span_text(*a, *b, secs), TIER_NAMES[*tier as usize]);
                view! { <span class=format!("heat-seg tier-{tier}") style=format!("flex-grow:{}", b - a) title=title></span> }
            })
            .collect_view();
        let list = segs
            .iter()
            .map(|(a, b, tier)| {
                view! { <li>{span_text(*a, *b, secs)} " · " {TIER_NAMES[*tier as usize].to_string()}</li> }
            })
            .collect_view();
        let watched = t.iter().filter(|x| **x > 0).count();
        let tier_digits: String = t.iter().map(|x| x.to_string()).collect();
        let aria = crate::i18n::tf(Msg::HeatMapOf, &[&label, &summary(&t, secs)]);
        view! {
            <div class="heat-strip" role="img" aria-label=aria data-tiers=tier_digits>
                {strip}
            </div>
            <div class="heat-axis" aria-hidden="true"><span>"0:00"</span><span>{clock(secs)}</span></div>
            <p class="heat-caption">{format!("{watched}% of the video watched at least once.")}</p>
            <details class="heat-details">
                <summary>{crate::i18n::t(Msg::ListStretches)}</summary>
                <ol>{list}</ol>
            </details>
        }
    });
    view! {
        <div
            class="heatmap"
            data-ready=move || data.ready().to_string()
            class:reloading=move || data.pending.get()
        >
            {body}
        </div>
    }
}

/// The four tiers' legend.
#[component]
pub fn HeatLegend() -> impl IntoView {
    view! {
        <ul class="heat-legend">
            {TIER_NAMES
                .iter()
                .enumerate()
                .map(|(i, n)| view! { <li><span class=format!("heat-swatch tier-{i}") aria-hidden="true"></span>{n.to_string()}</li> })
                .collect_view()}
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tiers_bucket_views_and_drop_row_zero() {
        let mut data = String::new();
        for p in 0..=100 {
            let v = match p {
                0 => 9,
                1..=10 => 1,
                11..=20 => 2,
                21..=30 => 5,
                _ => 0,
            };
            data.push_str(&format!("{p}|{v}|1;"));
        }
        let t = ReportTable::parse(
            &json!({"objectType":"KalturaReportTable","header":"percentile|count_viewers|unique_known_users","data":data,"totalCount":101}),
            "|",
        )
        .unwrap();
        let tiers = tiers(&t);
        assert_eq!(tiers.len(), 100);
        assert_eq!(&tiers[..1], &[1]);
        assert_eq!(
            segments(&tiers),
            vec![(0, 10, 1), (10, 20, 2), (20, 30, 3), (30, 100, 0)]
        );
        let s = summary(&tiers, 200.0);
        assert!(
            s.starts_with("Watched 30% of the video: 0:00–0:20 viewed once; 0:20–0:40 viewed twice"),
            "{s}"
        );
        assert_eq!(span_text(0, 50, 0.0), "0%–50%");
    }

    #[test]
    fn an_empty_answer_is_all_not_viewed() {
        let t = ReportTable::parse(&json!({"objectType":"KalturaReportTable"}), "|").unwrap();
        assert_eq!(segments(&tiers(&t)), vec![(0, 100, 0)]);
    }
}
