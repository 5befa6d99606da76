//! Stable sorting through one instantiation of the standard library's sort for the whole app. Each
//! `sort_by` on another element type or with another closure builds its own copy of the sort (about
//! 4 KB of wasm each; six of them were in the first view's module); these helpers sort positions with
//! a comparison behind a `dyn`, which is built once, and then move the items into that order.

use std::cmp::Ordering;

/// The positions `0..len` in the stable order `compare` gives them.
#[inline(never)]
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    // The one instance of the standard sort the app links (clippy.toml forbids the others).
    #[allow(clippy::disallowed_methods)]
    positions.sort_by(|&a, &b| compare(a, b));
    positions
}

/// Sorts `items` stably with `compare`, as `slice::sort_by` does.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sorts `items` stably by `key`, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_and_keeps_equal_items_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: Vec<u8> = vec![];
        sort_by(&mut empty, |a, b| a.cmp(b));
        assert!(empty.is_empty());
    }

    proptest! {
        #[test]
        fn equals_the_standard_stable_sort(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            let mut std = v;
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            #[allow(clippy::disallowed_methods)] // the reference it is held to
            std.sort_by_key(|b| std::cmp::Reverse(b.0));
            prop_assert_eq!(ours, std);
        }
    }
}
