//! Counting viewers per percentile of playback, from the 101-bit slice sets each event carries.

/// Adds one to `counts[p]` for each percentile `p` (0–100) set in `slices`.
pub(crate) fn count_percentiles(slices: u128, counts: &mut [u64]) {
    add_percentiles(slices, counts, 1);
}

/// Adds `n` to `counts[p]` for each percentile `p` (0–100) set in `slices`.
pub(crate) fn add_percentiles(slices: u128, counts: &mut [u64], n: u64) {
    let mut bits = slices;
    while bits != 0 {
        let p = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        if let Some(c) = counts.get_mut(p).filter(|_| p <= 100) {
            *c += n;
        }
    }
}
