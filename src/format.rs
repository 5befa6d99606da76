//! Number formatting for people: thousands separators, percentages, minutes, changes. Pure and tested.
//! The separators follow the UI's language (`i18n::current`).

/// The thousands and decimal separators of the current language.
fn separators() -> (char, char) {
    crate::i18n::current().separators()
}

pub use crate::lean::numbers::{fixed, plain};

/// An integer-like count with thousands separators: `12,345`.
pub fn count(v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    // Beyond 10^21 the browser prints exponents (`1e+308`); such a count is shown as printed, never
    // clamped to the largest integer type.
    if v.abs() >= 1e21 {
        return plain(v);
    }
    let rounded = v.round();
    let digits = fixed(rounded.abs(), 0);
    let group = separators().0;
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if rounded < 0.0 {
        format!("-{out}")
    } else {
        out
    }
}

/// A number with `decimals` places and thousands separators: `1,234.5`.
pub fn decimal(v: f64, decimals: u8) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    if v.abs() >= 1e21 {
        // As `count` prints it: the browser writes such a number with an exponent.
        return count(v);
    }
    let fixed = fixed(v.abs(), decimals);
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let int = count(report_api::number::parse_decimal(int).unwrap_or(0.0));
    let sign = if v < 0.0 && !fixed.trim_matches(['0', '.']).is_empty() {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}{}{frac}", separators().1)
    }
}

/// A percent value (0–100 scale) with one decimal: `61.4%`.
pub fn percent(v: f64) -> String {
    format!("{}%", decimal(v, 1))
}

/// A fraction (0–1 scale) as a percent with one decimal: `0.5` → `50.0%`.
pub fn fraction_percent(v: f64) -> String {
    percent(v * 100.0)
}

/// Minutes, shortened above 10 000 to stay readable on a card: `9,812` / `12.3K`.
pub fn minutes(v: f64) -> String {
    if v.abs() >= 10_000.0 {
        compact(v)
    } else {
        count(v)
    }
}

/// A compact count: `12.3K`, `4.5M`.
pub fn compact(v: f64) -> String {
    let a = v.abs();
    if a >= 1e9 {
        format!("{}B", decimal(v / 1e9, 1))
    } else if a >= 1e6 {
        format!("{}M", decimal(v / 1e6, 1))
    } else if a >= 1e3 {
        format!("{}K", decimal(v / 1e3, 1))
    } else {
        count(v)
    }
}

/// A signed percent change: `+12.5%`, `−3.0%`, or `N/A` (in the page's language) when there is none (previous value 0).
pub fn change_percent(p: Option<f64>) -> String {
    match p {
        None => crate::i18n::t(crate::i18n::Msg::NotAvailable).into(),
        // Signed only when the shown figure is not zero: no "−0.0%".
        Some(p) if p >= 0.05 => format!("+{}%", decimal(p, 1)),
        Some(p) if p <= -0.05 => format!("−{}%", decimal(-p, 1)),
        Some(_) => format!("{}%", decimal(0.0, 1)),
    }
}

/// A signed absolute change formatted by `f`: `+120`, `−4.5%`.
pub fn signed(v: f64, f: impl Fn(f64) -> String) -> String {
    if v > 0.0 {
        format!("+{}", f(v))
    } else if v < 0.0 {
        format!("−{}", f(-v))
    } else {
        f(0.0)
    }
}

/// A number of plays in words: `1 play`, `1,234 plays`.
pub fn plays(n: f64) -> String {
    if n == 1.0 {
        crate::i18n::t(crate::i18n::Msg::OnePlay).to_string()
    } else {
        crate::i18n::tf(crate::i18n::Msg::PlaysCount, &[&count(n)])
    }
}

/// `1 impression` / `12,345 impressions`.
pub fn impressions(n: f64) -> String {
    if n == 1.0 {
        crate::i18n::t(crate::i18n::Msg::OneImpression).to_string()
    } else {
        crate::i18n::tf(crate::i18n::Msg::ImpressionsCount, &[&count(n)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_that_rounds_to_nothing_has_no_sign() {
        assert_eq!(change_percent(Some(-0.04)), "0.0%");
        assert_eq!(change_percent(Some(0.049)), "0.0%");
        assert_eq!(change_percent(Some(-0.05)), "−0.1%");
    }

    #[test]
    fn plays_in_words() {
        assert_eq!(plays(1.0), "1 play");
        assert_eq!(plays(0.0), "0 plays");
        assert_eq!(plays(1234.0), "1,234 plays");
    }

    #[test]
    fn counts_have_separators() {
        assert_eq!(count(0.0), "0");
        assert_eq!(count(999.0), "999");
        assert_eq!(count(1000.0), "1,000");
        assert_eq!(count(1234567.4), "1,234,567");
        assert_eq!(count(-12345.0), "-12,345");
        assert_eq!(count(f64::NAN), "—");
        assert_eq!(count(-0.0), "0");
        assert_eq!(
            count(-0.4),
            "0",
            "a negative count that rounds to zero has no sign"
        );
    }

    #[test]
    fn counts_at_the_edges_are_never_clamped() {
        // Once read as a 64-bit integer, 1e19 and 1e308 both showed as 9,223,372,036,854,775,807.
        assert_eq!(count(1e19), "10,000,000,000,000,000,000");
        assert!(count(1e308).starts_with('1'));
        assert_ne!(count(1e308), count(f64::MAX));
        assert_eq!(count(-1e19), "-10,000,000,000,000,000,000");
        assert_eq!(decimal(1e308, 1), count(1e308));
    }

    #[test]
    fn decimals_and_percents() {
        assert_eq!(decimal(1234.56, 1), "1,234.6");
        assert_eq!(decimal(-0.04, 1), "0.0");
        assert_eq!(percent(61.438596491228), "61.4%");
        assert_eq!(fraction_percent(0.5), "50.0%");
        assert_eq!(compact(12_345.0), "12.3K");
        assert_eq!(compact(4_500_000.0), "4.5M");
        assert_eq!(minutes(9_812.4), "9,812");
        assert_eq!(minutes(18_775.9), "18.8K");
    }

    #[test]
    fn changes_are_signed_and_n_a_without_a_base() {
        assert_eq!(change_percent(None), "N/A");
        assert_eq!(change_percent(Some(12.54)), "+12.5%");
        assert_eq!(change_percent(Some(-3.0)), "−3.0%");
        assert_eq!(change_percent(Some(0.0)), "0.0%");
        assert_eq!(signed(120.0, count), "+120");
        assert_eq!(signed(-4.5, percent), "−4.5%");
    }

    #[test]
    fn separators_follow_the_language() {
        use crate::i18n::{set_current, Lang};
        set_current(Lang::De);
        assert_eq!(decimal(1234.56, 1), "1.234,6");
        assert_eq!(change_percent(Some(0.0)), "0,0%");
        assert_eq!(count(1234.0), "1.234");
        set_current(Lang::En);
        assert_eq!(decimal(1234.56, 1), "1,234.6");
        assert_eq!(count(1234.0), "1,234");
    }
}
