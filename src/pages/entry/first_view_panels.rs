//! How each of the four first-view panels is drawn from a loaded first view, and how its controls change
//! the view: the highlights, views on playback, metrics over time and the funnel.

use super::first_view_slot::Draw;
use crate::api::explain_response;
use crate::components::date_range::range_label;
use crate::dashboard::PanelId;
use crate::panels::funnel::EngagementFunnel;
use crate::panels::highlights::HighlightCards;
use crate::panels::playback::{PlaybackSeries, ViewsOnPlayback};
use crate::panels::trend::MetricsOverTime;
use crate::state::DashboardState;
use leptos::prelude::*;

/// Opens or closes `panel`'s table.
fn table_toggle(
    panel: PanelId,
    state: Signal<DashboardState>,
    on_change: Callback<DashboardState>,
) -> Callback<bool> {
    Callback::new(move |open: bool| on_change.run(state.get_untracked().with_table(panel, open)))
}

/// The highlight cards, with the compare period's beside them.
pub fn highlights(state: Signal<DashboardState>, interactive: bool) -> Draw {
    Box::new(move |l| {
        let is_image = l.is_image();
        let current = l.view.current.highlights?;
        let compare = l
            .view
            .compare
            .map(|c| c.highlights.map_err(|e| explain_response(&e)));
        let compare_label = l.compare.map(range_label).unwrap_or_default();
        let filtered = state.with_untracked(|s| !s.filters.chips().is_empty());
        Ok(
            view! { <HighlightCards current compare is_image compare_label interactive filtered /> }
                .into_any(),
        )
    })
}

/// Views on playback, with its table when open.
pub fn playback(state: Signal<DashboardState>, on_change: Callback<DashboardState>) -> Draw {
    Box::new(move |l| {
        let seconds = l.seconds();
        let table = l.view.current.percentiles?;
        let compare = l
            .view
            .compare
            .and_then(|c| c.percentiles.ok())
            .map(|t| PlaybackSeries::from_table(&t));
        let table_open = state.with(|s| s.table_open(PanelId::Playback));
        Ok(view! {
            <ViewsOnPlayback
                current=PlaybackSeries::from_table(&table)
                compare
                seconds
                table_open
                on_table=table_toggle(PanelId::Playback, state, on_change)
            />
        }
        .into_any())
    })
}

/// Metrics over time: its metrics and buckets are the view's.
pub fn trend(state: Signal<DashboardState>, on_change: Callback<DashboardState>) -> Draw {
    Box::new(move |l| {
        // An image or an unplayed entry opens on impressions: its plays are a flat line at 0.
        let lead_metric = (l.lead() == crate::dashboard::Lead::Impressions
            && state.with(|s| s.metric == report_api::headers::COUNT_PLAYS))
        .then_some(report_api::headers::COUNT_LOADS);
        let graphs = l.view.current.graphs?;
        let s = state.get();
        let compare = l.view.compare.and_then(|c| c.graphs.ok());
        let on_metrics = Callback::new(
            move |(metric, metric2, monthly): (&'static str, Option<&'static str>, bool)| {
                on_change.run(DashboardState {
                    metric,
                    metric2,
                    monthly,
                    ..state.get_untracked()
                });
            },
        );
        Ok(view! {
            <MetricsOverTime
                graphs
                compare
                metric=lead_metric.unwrap_or(s.metric)
                metric2=s.metric2
                monthly=s.monthly
                on_change=on_metrics
                table_open=s.table_open(PanelId::Trend)
                on_table=table_toggle(PanelId::Trend, state, on_change)
            />
        }
        .into_any())
    })
}

/// The engagement funnel, ending at the view's quartile.
pub fn funnel(state: Signal<DashboardState>, on_change: Callback<DashboardState>) -> Draw {
    Box::new(move |l| {
        let current = l.view.current.funnel?;
        let compare = match (l.view.compare.map(|c| c.funnel), l.compare) {
            (Some(Ok(t)), Some(days)) => Some((range_label(days), t)),
            _ => None,
        };
        let quartile = state.with(|s| s.funnel_quartile);
        let on_quartile = Callback::new(move |q: u8| {
            on_change.run(DashboardState {
                funnel_quartile: q,
                ..state.get_untracked()
            })
        });
        Ok(view! {
            <EngagementFunnel current compare quartile current_label=range_label(l.current) on_quartile />
        }
        .into_any())
    })
}
