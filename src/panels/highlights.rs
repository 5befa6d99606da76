//! Highlights: the headline metrics of the period, social highlights, and — when comparing — the
//! previous value with its absolute and percent change (neutral colours: up is not always good).

use crate::format;
use crate::i18n::{t, tf, Msg};
use leptos::prelude::*;
use report_api::headers::*;
use report_api::metrics::change;
use report_api::ReportTotal;

/// The highlights of one period.
#[derive(Debug, Clone, PartialEq)]
pub struct Highlights {
    /// Totals of `USER_TOP_CONTENT`.
    pub totals: ReportTotal,
    /// Likes in the period; `None` when the session may not list likes ("N/A").
    pub likes: Option<u64>,
}

/// How a card's value is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A count.
    Count,
    /// Minutes.
    Minutes,
    /// A percent on the 0–100 scale.
    Percent,
}

impl Unit {
    fn format(self, v: f64) -> String {
        match self {
            Unit::Count => format::count(v),
            Unit::Minutes => format::minutes(v),
            Unit::Percent => format::percent(v),
        }
    }

    fn format_change(self, v: f64) -> String {
        match self {
            Unit::Percent => format::signed(v, |x| format!("{} pp", format::decimal(x, 1))),
            other => format::signed(v, |x| other.format(x)),
        }
    }
}

/// One highlight card.
#[derive(Debug, Clone, Copy)]
pub struct Card {
    /// Stable key (also the element id suffix).
    pub key: &'static str,
    /// Visible label.
    pub label: Msg,
    /// Definition shown on hover and focus.
    pub definition: Msg,
    /// How its value reads (a count, minutes, a percent).
    pub unit: Unit,
    /// Whether the metric applies to image entries (which have impressions but no playback).
    pub for_images: bool,
}

/// The headline cards, in order.
pub const CARDS: [Card; 5] = [
    Card {
        key: COUNT_LOADS,
        label: Msg::PlayerImpressions,
        definition: Msg::DefImpressions,
        unit: Unit::Count,
        for_images: true,
    },
    Card {
        key: COUNT_PLAYS,
        label: Msg::Plays,
        definition: Msg::DefPlays,
        unit: Unit::Count,
        for_images: false,
    },
    Card {
        key: UNIQUE_VIEWERS,
        label: Msg::UniqueViewers,
        definition: Msg::DefUnique,
        unit: Unit::Count,
        for_images: false,
    },
    Card {
        key: SUM_VIEW_PERIOD,
        label: Msg::MinutesViewed,
        definition: Msg::DefMinutes,
        unit: Unit::Minutes,
        for_images: false,
    },
    Card {
        key: AVG_COMPLETION_RATE,
        label: Msg::AvgCompletionRate,
        definition: Msg::DefCompletion,
        unit: Unit::Percent,
        for_images: false,
    },
];

/// The social cards.
pub const SOCIAL: [Card; 2] = [
    Card {
        key: "likes",
        label: Msg::Likes,
        definition: Msg::DefLikes,
        unit: Unit::Count,
        for_images: true,
    },
    Card {
        key: COUNT_VIRAL,
        label: Msg::Shares,
        definition: Msg::DefShares,
        unit: Unit::Count,
        for_images: true,
    },
];

/// A card's value; none when it cannot be known (likes not readable) or means nothing (the average
/// completion of no plays is not 0 %).
pub fn value_of(h: &Highlights, key: &str) -> Option<f64> {
    match key {
        "likes" => h.likes.map(|l| l as f64),
        AVG_COMPLETION_RATE if h.totals.num(COUNT_PLAYS) == 0.0 => None,
        _ => Some(h.totals.num(key)),
    }
}

/// Which way a card's change points: up, down, or flat when the percent shown rounds to 0.0 % (no
/// "▼ −0.0 %" for a change of a few in thousands).
fn direction(c: &report_api::metrics::Change) -> &'static str {
    match c.percent {
        Some(p) if p.abs() < 0.05 => "flat",
        _ if c.absolute > 0.0 => "up",
        _ if c.absolute < 0.0 => "down",
        _ => "flat",
    }
}

/// The cards of one period, with the compare period beside each value when given.
#[component]
pub fn HighlightCards(
    /// Current period.
    current: Highlights,
    /// Compare period, when comparing (an error string when it failed).
    compare: Option<Result<Highlights, String>>,
    /// Image entries show only the metrics that apply.
    is_image: bool,
    /// Label of the compare period.
    compare_label: String,
    /// An interactive path: the four cards its report has, no completion or social cards.
    #[prop(optional)]
    interactive: bool,
    /// Filters are on: likes (which the service cannot filter by viewer or place) say they count everyone.
    #[prop(optional)]
    filtered: bool,
) -> impl IntoView {
    let card_view = move |card: Card, current: &Highlights, compare: &Option<Result<Highlights, String>>| {
        let id = format!("card-{}", card.key);
        let def_id = format!("def-{}", card.key);
        let described_by = def_id.clone();
        let value = value_of(current, card.key);
        let shown = value
            .map(|v| card.unit.format(v))
            .unwrap_or_else(|| t(Msg::NotAvailable).into());
        let delta = match compare {
            Some(Ok(prev)) => match (value, value_of(prev, card.key)) {
                (Some(v), Some(p)) => {
                    let c = change(v, p);
                    let direction = direction(&c);
                    let arrow = match direction {
                        "up" => "▲",
                        "down" => "▼",
                        _ => "▬",
                    };
                    Some(view! {
                        <p class=format!("card-compare trend-{direction}")>
                            <span class="arrow" aria-hidden="true">{arrow}</span>
                            <span class="change-pct">{format::change_percent(c.percent)}</span>
                            " "
                            <span class="change-abs">"(" {card.unit.format_change(c.absolute)} ")"</span>
                            <span class="previous" data-previous=crate::format::plain(p) title=compare_label.clone()>
                                {tf(Msg::WasValue, &[&card.unit.format(p)])}
                            </span>
                        </p>
                    }
                    .into_any())
                }
                _ => Some(view! { <p class="card-compare">{t(Msg::NotAvailable)}</p> }.into_any()),
            },
            Some(Err(e)) => Some(
                view! { <p class="card-compare compare-error">{tf(Msg::ComparePeriodFailed, &[e])}</p> }
                    .into_any(),
            ),
            None => None,
        };
        view! {
            <div class="card" id=id tabindex="0" aria-describedby=described_by data-metric=card.key>
                <p class="card-label">{t(card.label)}</p>
                <p class="card-value" data-value=value.map(crate::format::plain).unwrap_or_default()>{shown}</p>
                {delta}
                <span class="tooltip" role="tooltip" id=def_id>{t(card.definition)}</span>
            </div>
        }
    };
    let main: Vec<_> = CARDS
        .into_iter()
        .filter(|c| !is_image || c.for_images)
        .filter(|c| !interactive || c.key != AVG_COMPLETION_RATE)
        .map(|c| card_view(c, &current, &compare))
        .collect();
    let social: Vec<_> = SOCIAL
        .into_iter()
        .map(|c| card_view(c, &current, &compare))
        .collect();
    view! {
        <div class="cards">{main}</div>
        {(!interactive).then(|| view! {
            <h3 class="subheading">{t(Msg::SocialHighlights)}</h3>
            <div class="cards social">{social}</div>
            {filtered.then(|| view! { <p class="muted small likes-note">{t(Msg::LikesUnfiltered)}</p> })}
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_arrow_for_a_change_that_rounds_to_nothing() {
        use report_api::metrics::change;
        assert_eq!(direction(&change(1000.0, 1000.4)), "flat");
        assert_eq!(direction(&change(1001.0, 1000.0)), "up");
        assert_eq!(
            direction(&change(5.0, 0.0)),
            "up",
            "from nothing: up, though the percent is n/a"
        );
        assert_eq!(direction(&change(0.0, 0.0)), "flat");
        assert_eq!(direction(&change(90.0, 100.0)), "down");
    }

    #[test]
    fn units_format_values_and_changes() {
        assert_eq!(Unit::Count.format(1234.0), "1,234");
        assert_eq!(Unit::Percent.format(61.44), "61.4%");
        assert_eq!(Unit::Percent.format_change(-2.26), "−2.3 pp");
        assert_eq!(Unit::Count.format_change(15.0), "+15");
    }

    fn highlights(header: &str, data: &str) -> Highlights {
        let v = serde_json::json!({"header": header, "data": data, "objectType": "KalturaReportTotal"});
        Highlights {
            totals: report_api::ReportTotal::parse(&v, "|").unwrap(),
            likes: None,
        }
    }

    #[test]
    fn no_plays_means_no_average_completion() {
        let none = highlights("count_plays|avg_completion_rate", "0|0");
        assert_eq!(value_of(&none, AVG_COMPLETION_RATE), None);
        assert_eq!(value_of(&none, COUNT_PLAYS), Some(0.0));
        let some = highlights("count_plays|avg_completion_rate", "4|37.5");
        assert_eq!(value_of(&some, AVG_COMPLETION_RATE), Some(37.5));
    }

    #[test]
    fn images_keep_impressions_only_among_the_headline_cards() {
        let kept: Vec<&str> = CARDS.iter().filter(|c| c.for_images).map(|c| c.key).collect();
        assert_eq!(kept, vec![COUNT_LOADS]);
    }
}
