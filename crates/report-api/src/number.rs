//! Numbers on the wire: cells are text, parsed as `f64` with `""` = missing; the service prints floats
//! the way PHP does (14 significant digits, trailing zeros dropped; contract §2.1.9).

/// Parses a numeric cell; `None` for `""` and for anything that is not a finite number.
pub fn parse_cell(cell: &str) -> Option<f64> {
    let t = cell.trim();
    if t.is_empty() {
        return None;
    }
    t.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(|v| if v == 0.0 { 0.0 } else { v })
}

/// Formats a float as PHP's default `precision=14` does: `0.3859649122807`, `61.438596491228`, `88.35`,
/// `3` (integral values without `.0`), `1.0E-6` / `1.0E+15` outside PHP's fixed-point range. NaN and
/// infinities print as `0`; `-0` prints as `0`.
pub fn format_php_float(v: f64) -> String {
    if !v.is_finite() || v == 0.0 {
        return "0".to_string();
    }
    // 14 significant digits in scientific form, then decide the layout from the exponent.
    let sci = format!("{:.13e}", v);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-5..15).contains(&exp) {
        let mut m = mantissa.trim_end_matches('0').to_string();
        if m.ends_with('.') {
            m.push('0');
        }
        if !m.contains('.') {
            m.push_str(".0");
        }
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{m}E{sign}{}", exp.abs());
    }
    let decimals = (13 - exp).max(0) as usize;
    let fixed = format!("{:.*}", decimals, v);
    let trimmed = if fixed.contains('.') {
        fixed.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        fixed
    };
    if trimmed == "-0" {
        "0".to_string()
    } else {
        trimmed
    }
}

/// Formats a count (an integral metric) without decimals.
pub fn format_count(v: u64) -> String {
    v.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn php_floats_match_the_contract_examples() {
        assert_eq!(format_php_float(22.0 / 57.0), "0.3859649122807");
        assert_eq!(format_php_float(3502.0 / 57.0), "61.438596491228");
        assert_eq!(format_php_float(5301.0 / 60.0), "88.35");
        assert_eq!(format_php_float(5407.0 / 60.0), "90.116666666667");
        assert_eq!(format_php_float(90.116666666667 / 57.0), "1.5809941520468");
        assert_eq!(format_php_float(147.0 / 4.0 / 57.0), "0.64473684210526");
        assert_eq!(format_php_float(3.0), "3");
        assert_eq!(format_php_float(100.0), "100");
        assert_eq!(format_php_float(-0.0), "0");
        assert_eq!(format_php_float(f64::NAN), "0");
        assert_eq!(format_php_float(0.000001), "1.0E-6");
        assert_eq!(format_php_float(1e15), "1.0E+15");
        assert_eq!(format_php_float(0.5), "0.5");
        assert_eq!(format_php_float(-2.25), "-2.25");
    }

    #[test]
    fn cells_parse_with_empty_as_missing() {
        assert_eq!(parse_cell(""), None);
        assert_eq!(parse_cell("  "), None);
        assert_eq!(parse_cell("12"), Some(12.0));
        assert_eq!(parse_cell("0.5"), Some(0.5));
        assert_eq!(parse_cell("-0"), Some(0.0));
        assert!(parse_cell("-0").unwrap().is_sign_positive());
        assert_eq!(parse_cell("NaN"), None);
        assert_eq!(parse_cell("inf"), None);
        assert_eq!(parse_cell("1.0E-6"), Some(0.000001));
        assert_eq!(parse_cell("abc"), None);
    }
}
