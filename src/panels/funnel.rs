//! The engagement funnel: player impressions → plays → plays that reached the chosen share of the video
//! (report 2), with the conversion between steps, and the compare period beside it.

use crate::format;
use crate::i18n::{t, tf, Msg};
use crate::state::FUNNEL_QUARTILES;
use leptos::prelude::*;
use report_api::headers::*;
use report_api::metrics::{funnel, FunnelStep};
use report_api::ReportTotal;

/// The three steps for a quartile.
pub fn steps(t: &ReportTotal, quartile: u8) -> [FunnelStep; 3] {
    let reached = match quartile {
        25 => COUNT_PLAYS_25,
        75 => COUNT_PLAYS_75,
        100 => COUNT_PLAYS_100,
        _ => COUNT_PLAYS_50,
    };
    funnel(t.num(COUNT_LOADS), t.num(COUNT_PLAYS), t.num(reached))
}

/// What step `i` says of its share: of the impressions, and (the last step) of the plays; N/A where
/// there was nothing to take a share of, as the cards say (a never-watched entry is not "0.0%").
fn step_detail(s: &[FunnelStep; 3], i: usize) -> String {
    let share = |part: f64, of: f64| {
        if of > 0.0 {
            format::fraction_percent(part)
        } else {
            t(Msg::NotAvailable).to_string()
        }
    };
    match i {
        0 => String::new(),
        1 => tf(Msg::OfImpressions, &[&share(s[1].of_first, s[0].count)]),
        _ => tf(
            Msg::OfImpressionsAndPlays,
            &[
                &share(s[2].of_first, s[0].count),
                &share(s[2].of_previous, s[1].count),
            ],
        ),
    }
}

/// One period's funnel.
#[component]
fn FunnelColumn(title: String, total: ReportTotal, quartile: u8) -> impl IntoView {
    let s = steps(&total, quartile);
    let names = [
        t(Msg::PlayerImpressions).to_string(),
        t(Msg::Plays).to_string(),
        tf(Msg::PlaysReaching, &[&quartile.to_string()]),
    ];
    let bars = s
        .iter()
        .zip(names)
        .enumerate()
        .map(|(i, (step, name))| {
            let width = format!(
                "width:{}%",
                format::fixed(
                    (step.of_first * 100.0)
                        .clamp(0.0, 100.0)
                        .max(if step.count > 0.0 { 1.0 } else { 0.0 }),
                    1
                )
            );
            let detail = step_detail(&s, i);
            view! {
                <li class="funnel-step" data-count=format::plain(step.count)>
                    <div class="funnel-text">
                        <span class="funnel-name">{name}</span>
                        <span class="funnel-count">{format::count(step.count)}</span>
                        <span class="funnel-detail">{detail}</span>
                    </div>
                    <div class="funnel-bar" aria-hidden="true"><span style=width></span></div>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="funnel-column">
            <h3 class="subheading">{title}</h3>
            <ol class="funnel">{bars}</ol>
        </div>
    }
}

/// The panel body.
#[component]
pub fn EngagementFunnel(
    /// Current period totals.
    current: ReportTotal,
    /// Compare period totals, labelled.
    compare: Option<(String, ReportTotal)>,
    /// Chosen quartile.
    quartile: u8,
    /// Current period label.
    current_label: String,
    /// Receives a new quartile.
    on_quartile: Callback<u8>,
) -> impl IntoView {
    view! {
        <label class="control funnel-pick">
            <span>{t(Msg::LastStep)}</span>
            <select
                prop:value=quartile.to_string()
                on:change=move |ev| {
                    if let Ok(q) = event_target_value(&ev).parse::<u8>() {
                        on_quartile.run(q);
                    }
                }
            >
                {FUNNEL_QUARTILES.iter().map(|q| view! { <option value=q.to_string()>{tf(Msg::PercentOfVideo, &[&q.to_string()])}</option> }).collect_view()}
            </select>
        </label>
        <div class="funnels">
            <FunnelColumn title=current_label total=current quartile />
            {compare.map(|(label, total)| view! { <FunnelColumn title=label total quartile /> })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_funnel_with_nothing_to_share_says_not_available() {
        let never = funnel(0.0, 0.0, 0.0);
        assert_eq!(step_detail(&never, 1), "N/A of impressions");
        let no_plays = funnel(10.0, 0.0, 0.0);
        assert!(
            step_detail(&no_plays, 2).contains("0.0%"),
            "{}",
            step_detail(&no_plays, 2)
        );
        assert!(
            step_detail(&no_plays, 2).contains("N/A"),
            "{}",
            step_detail(&no_plays, 2)
        );
    }

    #[test]
    fn steps_follow_the_chosen_quartile() {
        let t = ReportTotal::parse(
            &json!({"header":"count_plays|count_plays_25|count_plays_50|count_plays_75|count_plays_100|play_through_ratio|count_loads",
                    "data":"50|40|30|20|10|0.2|100","objectType":"KalturaReportTotal"}),
            "|",
        )
        .unwrap();
        let s = steps(&t, 75);
        assert_eq!(s[0].count, 100.0);
        assert_eq!(s[1].of_first, 0.5);
        assert_eq!(s[2].count, 20.0);
        assert_eq!(s[2].of_previous, 0.4);
        assert_eq!(steps(&t, 50)[2].count, 30.0);
    }
}
