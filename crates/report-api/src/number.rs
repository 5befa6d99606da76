//! Numbers on the wire: cells are text, parsed as `f64` with `""` = missing; the service prints floats
//! the way PHP does (14 significant digits, trailing zeros dropped; contract §2.1.9).

/// Parses a numeric cell; `None` for `""` and for anything that is not a finite number.
pub fn parse_cell(cell: &str) -> Option<f64> {
    let t = cell.trim();
    if t.is_empty() {
        return None;
    }
    parse_decimal(t)
        .filter(|v| v.is_finite())
        .map(|v| if v == 0.0 { 0.0 } else { v })
}

/// Exact powers of ten as `f64` (10^22 is the largest that is).
const EXACT_POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
    1e19, 1e20, 1e21, 1e22,
];

/// Parses a plain decimal number: an optional sign, digits with an optional fraction, an optional
/// exponent (`12`, `-0.5`, `.5`, `1.0E-6`, `3e+2`); `None` for anything else, `inf` and `NaN` included.
///
/// Correctly rounded (equal to `str::parse::<f64>`) whenever the digits, leading and trailing zeros
/// aside, number at most 15 and the value is `digits × 10^k` with `|k| ≤ 22`: every number PHP's
/// `precision=14` prints, so every number on the wire. Anything longer is within a few units in the last
/// place. The app uses this instead of `str::parse`, whose correctly rounded slow path carries a 10 KB
/// table into the browser build.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = read_sign(bytes, &mut i);
    // Up to 19 significant digits are kept exactly in a u64; later ones only move the exponent.
    let mut mantissa: u64 = 0;
    let mut kept = 0u32;
    let mut exponent: i64 = 0;
    let mut digits = 0usize;
    let mut seen_point = false;
    while i < bytes.len() {
        match bytes[i] {
            b @ b'0'..=b'9' => {
                digits += 1;
                let d = u64::from(b - b'0');
                if kept < 19 {
                    if mantissa != 0 || d != 0 {
                        kept += 1;
                    }
                    mantissa = mantissa * 10 + d;
                    if seen_point {
                        exponent -= 1;
                    }
                } else if !seen_point {
                    exponent += 1;
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    if i < bytes.len() {
        if !matches!(bytes[i], b'e' | b'E') {
            return None;
        }
        i += 1;
        let exp_negative = read_sign(bytes, &mut i);
        let start = i;
        let mut e: i64 = 0;
        while let Some(b @ b'0'..=b'9') = bytes.get(i) {
            e = (e * 10 + i64::from(b - b'0')).min(100_000);
            i += 1;
        }
        if i == start || i != bytes.len() {
            return None;
        }
        exponent += if exp_negative { -e } else { e };
    }
    let value = scale(mantissa, exponent);
    Some(if negative { -value } else { value })
}

/// Reads an optional `+` or `-` at `i` (moving past it); whether it was `-`.
fn read_sign(bytes: &[u8], i: &mut usize) -> bool {
    match bytes.get(*i) {
        Some(b'-') => {
            *i += 1;
            true
        }
        Some(b'+') => {
            *i += 1;
            false
        }
        _ => false,
    }
}

/// `mantissa × 10^exponent`: exact inputs give one rounding (Clinger's fast path); others are scaled in
/// steps.
fn scale(mantissa: u64, mut exponent: i64) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    // Trailing zeros of the mantissa move into the exponent, so `1500e-2` takes the fast path too.
    let mut m = mantissa;
    while m % 10 == 0 {
        m /= 10;
        exponent += 1;
    }
    if m < (1 << 53) && exponent.unsigned_abs() <= 22 {
        let p = EXACT_POWERS_OF_TEN[exponent.unsigned_abs() as usize];
        return if exponent < 0 { m as f64 / p } else { m as f64 * p };
    }
    let mut value = m as f64;
    while exponent > 0 {
        let step = exponent.min(22);
        value *= EXACT_POWERS_OF_TEN[step as usize];
        exponent -= step;
        if value.is_infinite() {
            return value;
        }
    }
    while exponent < 0 {
        let step = (-exponent).min(22);
        value /= EXACT_POWERS_OF_TEN[step as usize];
        exponent += step;
        if value == 0.0 {
            return value;
        }
    }
    value
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
    fn decimals_parse_like_the_standard_library() {
        for t in [
            "0",
            "12",
            "-7",
            "+3",
            "0.5",
            ".5",
            "5.",
            "1.0E-6",
            "1.0E+15",
            "3e2",
            "0.3859649122807",
            "61.438596491228",
            "90.116666666667",
            "0.64473684210526",
            "00012.500",
            "1500e-2",
            "123456789012345",
            "0.1",
            "0.2",
            "0.3",
            "9007199254740993",
            "1e22",
            "1e-22",
            "4.9e-324",
        ] {
            assert_eq!(parse_decimal(t), t.parse::<f64>().ok(), "{t}");
        }
        for t in [
            "", "-", ".", "e5", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "inf", "NaN", "0x10", "1e5x",
        ] {
            assert_eq!(parse_decimal(t), None, "{t:?}");
        }
        assert_eq!(parse_decimal("1e400"), Some(f64::INFINITY));
        assert_eq!(parse_decimal("1e-400"), Some(0.0));
        assert_eq!(parse_decimal("-0"), Some(-0.0));
    }

    proptest::proptest! {
        /// Every float as PHP prints it on the wire parses back exactly as the standard library does.
        #[test]
        fn wire_floats_parse_exactly(v in -1.0e15f64..1.0e15, scale in -8i32..8) {
            let v = v * 10f64.powi(scale);
            let text = format_php_float(v);
            proptest::prop_assert_eq!(parse_decimal(&text), text.parse::<f64>().ok(), "{}", text);
        }

        /// Any plain decimal with 15 significant digits or fewer is correctly rounded; longer ones are
        /// within a few units in the last place.
        #[test]
        fn decimals_are_correctly_rounded(int in 0u64..1_000_000_000_000_000, point in 0usize..16, exp in -30i32..30) {
            let digits = int.to_string();
            let at = point.min(digits.len());
            let text = format!("{}.{}e{exp}", &digits[..digits.len() - at], &digits[digits.len() - at..]);
            let ours = parse_decimal(&text).unwrap();
            let std = text.parse::<f64>().unwrap();
            let significant = digits.trim_start_matches('0');
            let trailing_zeros = (significant.len() - significant.trim_end_matches('0').len()) as i32;
            let k = exp - at as i32 + trailing_zeros;
            if significant.trim_end_matches('0').len() <= 15 && k.abs() <= 22 {
                proptest::prop_assert_eq!(ours, std, "{}", text);
            } else {
                proptest::prop_assert!((ours - std).abs() <= std.abs() * 1e-15, "{} {} {}", text, ours, std);
            }
        }
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
