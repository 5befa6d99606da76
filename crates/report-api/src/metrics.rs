//! The metric formulas of contract §5, shared by report-server (which computes them from events) and the
//! app (which derives trends and conversions from them), so every number has one definition.

/// `num ÷ den`, with division by zero giving 0 as the service's arithmetic post-aggregator does.
pub fn ratio(num: f64, den: f64) -> f64 {
    if den == 0.0 || !den.is_finite() || !num.is_finite() {
        0.0
    } else {
        num / den
    }
}

/// `load_play_ratio`: plays ÷ player impressions; a fraction, not capped (can exceed 1).
pub fn load_play_ratio(plays: f64, loads: f64) -> f64 {
    ratio(plays, loads)
}

/// `play_through_ratio`: plays reaching 100 % ÷ plays; a fraction, not capped.
pub fn play_through_ratio(plays_100: f64, plays: f64) -> f64 {
    ratio(plays_100, plays)
}

/// `avg_view_drop_off`: (plays reaching 25 + 50 + 75 + 100 %) ÷ 4 ÷ plays — the average share of
/// quartiles reached; a fraction, not capped.
pub fn avg_view_drop_off(q25: f64, q50: f64, q75: f64, q100: f64, plays: f64) -> f64 {
    ratio((q25 + q50 + q75 + q100) / 4.0, plays)
}

/// `avg_completion_rate`: Σ distinct 1 % slices watched per view period ÷ plays, capped at 100 (percent).
/// In report 50 the divisor is node plays.
pub fn avg_completion_rate(sum_unique_percentiles: f64, plays: f64) -> f64 {
    ratio(sum_unique_percentiles, plays).min(100.0)
}

/// `total_completion_rate`: the number of distinct 1 % slices watched at least once, floored and capped
/// at 100 (percent of the video seen by anyone in the set).
pub fn total_completion_rate(distinct_percentiles: f64) -> f64 {
    distinct_percentiles.floor().clamp(0.0, 100.0)
}

/// Seconds of play time as the service's minutes.
pub fn minutes(seconds: f64) -> f64 {
    seconds / 60.0
}

/// `avg_time_viewed` / `avg_view_period_time`: minutes ÷ plays.
pub fn per_play(sum_minutes: f64, plays: f64) -> f64 {
    ratio(sum_minutes, plays)
}

/// A part's share of a whole as a fraction (plays distribution); 0 when the whole is 0.
pub fn share(part: f64, whole: f64) -> f64 {
    ratio(part, whole)
}

/// How a metric moved between the compare period and the current one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    /// The current period's value.
    pub current: f64,
    /// The compare period's value.
    pub previous: f64,
    /// `current − previous`.
    pub absolute: f64,
    /// `(current − previous) ÷ previous × 100`; `None` ("n/a") when the previous value is 0.
    pub percent: Option<f64>,
}

/// The change from `previous` to `current`.
pub fn change(current: f64, previous: f64) -> Change {
    Change {
        current,
        previous,
        absolute: current - previous,
        percent: (previous != 0.0 && previous.is_finite())
            .then(|| (current - previous) / previous.abs() * 100.0),
    }
}

/// One step of the engagement funnel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FunnelStep {
    /// How many reached this step.
    pub count: f64,
    /// As a fraction of the first step (impressions).
    pub of_first: f64,
    /// As a fraction of the step before (1 for the first step).
    pub of_previous: f64,
}

/// The funnel impressions → plays → plays reaching the chosen quartile.
pub fn funnel(loads: f64, plays: f64, reached: f64) -> [FunnelStep; 3] {
    [
        FunnelStep {
            count: loads,
            of_first: if loads > 0.0 { 1.0 } else { 0.0 },
            of_previous: 1.0,
        },
        FunnelStep {
            count: plays,
            of_first: ratio(plays, loads),
            of_previous: ratio(plays, loads),
        },
        FunnelStep {
            count: reached,
            of_first: ratio(reached, loads),
            of_previous: ratio(reached, plays),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::number::format_php_float;

    #[test]
    fn formulas_reproduce_the_contract_example() {
        // Contract §7.1: plays 57, loads 103, quartiles 50/40/35/22, play-through play time 5301 s,
        // view-period play time 5407 s, Σ uniquePercentiles 3502.
        assert_eq!(format_php_float(load_play_ratio(57.0, 103.0)), "0.55339805825243");
        assert_eq!(
            format_php_float(avg_view_drop_off(50.0, 40.0, 35.0, 22.0, 57.0)),
            "0.64473684210526"
        );
        assert_eq!(
            format_php_float(play_through_ratio(22.0, 57.0)),
            "0.3859649122807"
        );
        assert_eq!(
            format_php_float(avg_completion_rate(3502.0, 57.0)),
            "61.438596491228"
        );
        assert_eq!(format_php_float(minutes(5301.0)), "88.35");
        assert_eq!(format_php_float(per_play(minutes(5301.0), 57.0)), "1.55");
        assert_eq!(format_php_float(minutes(5407.0)), "90.116666666667");
        assert_eq!(
            format_php_float(per_play(minutes(5407.0), 57.0)),
            "1.5809941520468"
        );
    }

    #[test]
    fn division_by_zero_is_zero_and_caps_hold() {
        assert_eq!(load_play_ratio(5.0, 0.0), 0.0);
        assert_eq!(avg_completion_rate(10_000.0, 2.0), 100.0);
        assert_eq!(total_completion_rate(100.7), 100.0);
        assert_eq!(total_completion_rate(31.9), 31.0);
        assert!(load_play_ratio(12.0, 10.0) > 1.0, "ratios are not capped");
    }

    #[test]
    fn change_is_n_a_when_previous_is_zero() {
        assert_eq!(change(10.0, 0.0).percent, None);
        assert_eq!(change(10.0, 0.0).absolute, 10.0);
        assert_eq!(change(15.0, 10.0).percent, Some(50.0));
        assert_eq!(change(5.0, 10.0).percent, Some(-50.0));
    }

    #[test]
    fn funnel_steps() {
        let f = funnel(200.0, 100.0, 25.0);
        assert_eq!(f[0].of_first, 1.0);
        assert_eq!(f[1].of_first, 0.5);
        assert_eq!(f[2].of_first, 0.125);
        assert_eq!(f[2].of_previous, 0.25);
        let empty = funnel(0.0, 0.0, 0.0);
        assert_eq!(empty[0].of_first, 0.0);
        assert_eq!(empty[2].of_previous, 0.0);
    }
}
