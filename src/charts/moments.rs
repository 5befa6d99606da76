//! "Key moments" on a retention curve: where the audience drops fastest and where it rises again
//! because viewers rewatch a segment. Pure logic, tested with `cargo test`.

/// What kind of moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MomentKind {
    /// A steep fall in viewers.
    Drop,
    /// A rise: viewers seek back and watch again.
    Rewatch,
}

/// A key moment at a point of the curve.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KeyMoment {
    /// Index into the series.
    pub index: usize,
    /// Drop or rewatch.
    pub kind: MomentKind,
    /// Change from the previous point, as a share of the curve's first value.
    pub change: f64,
}

/// Up to `per_kind` steepest drops and rewatch rises of `values`, each at least 2 % of the starting
/// audience and not within 3 points of a stronger one of the same kind, in index order.
pub fn key_moments(values: &[f64], per_kind: usize) -> Vec<KeyMoment> {
    let base = values.iter().copied().find(|v| *v > 0.0).unwrap_or(0.0);
    if base <= 0.0 || values.len() < 3 {
        return vec![];
    }
    let mut steps: Vec<(usize, f64)> = (1..values.len())
        .map(|i| (i, (values[i] - values[i - 1]) / base))
        .collect();
    let mut out = vec![];
    for kind in [MomentKind::Drop, MomentKind::Rewatch] {
        crate::lean::sort::sort_by(&mut steps, |a, b| {
            let (x, y) = if kind == MomentKind::Drop {
                (a.1, b.1)
            } else {
                (b.1, a.1)
            };
            x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal)
        });
        let mut chosen: Vec<KeyMoment> = vec![];
        for &(i, change) in &steps {
            let strong = if kind == MomentKind::Drop {
                change <= -0.02
            } else {
                change >= 0.02
            };
            if !strong || chosen.len() >= per_kind {
                break;
            }
            if chosen.iter().all(|m| m.index.abs_diff(i) > 3) {
                chosen.push(KeyMoment {
                    index: i,
                    kind,
                    change,
                });
            }
        }
        out.extend(chosen);
    }
    crate::lean::sort::sort_by_key(&mut out, |m| m.index);
    out
}

/// `m:ss` or `h:mm:ss` for a number of seconds.
pub fn clock(seconds: f64) -> String {
    let s = seconds.max(0.0).round() as u64;
    let (h, m, s) = (s / 3600, (s / 60) % 60, s % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_cliff_and_the_rewatch() {
        let mut v: Vec<f64> = (0..100).map(|i| 1000.0 - i as f64 * 3.0).collect();
        v[38] -= 200.0; // a cliff from index 38 on
        for x in v.iter_mut().skip(39) {
            *x -= 200.0;
        }
        for x in v.iter_mut().take(69).skip(61) {
            *x += 150.0; // a rewatched segment
        }
        let m = key_moments(&v, 2);
        assert!(m.iter().any(|k| k.index == 38 && k.kind == MomentKind::Drop));
        assert!(m.iter().any(|k| k.index == 61 && k.kind == MomentKind::Rewatch));
        assert!(m.iter().any(|k| k.index == 69 && k.kind == MomentKind::Drop));
        assert!(m.windows(2).all(|w| w[0].index <= w[1].index));
    }

    #[test]
    fn flat_or_empty_curves_have_no_moments() {
        assert!(key_moments(&[], 2).is_empty());
        assert!(key_moments(&[0.0; 100], 2).is_empty());
        let gentle: Vec<f64> = (0..100).map(|i| 100.0 - i as f64 * 0.5).collect();
        assert!(key_moments(&gentle, 2).is_empty());
    }

    #[test]
    fn clock_format() {
        assert_eq!(clock(0.0), "0:00");
        assert_eq!(clock(65.4), "1:05");
        assert_eq!(clock(3725.0), "1:02:05");
    }
}
