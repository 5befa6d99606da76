//! Counting distinct indexes (viewers, entries) for a report. A report over rollups merges tens of
//! thousands of per-hour viewer lists at 10M events, almost all of them repeats, and hashing each one was
//! most of its time. The set starts as a short list (a group of one viewer stays tiny), then becomes a
//! bit per index, which is an order of magnitude faster to insert into than a hash set. When the
//! universe is so large that a bit per index would cost more than 16 KB, the set is a hash set in
//! between, until it holds more than one index in 64 of the universe (the bits are smaller by then).

use rustc_hash::FxHashSet;

/// How many indexes the list form holds before it grows into another form.
const LIST_MAX: usize = 16;

/// The largest universe that goes from the list straight to bits (16 KB of them).
const DIRECT_BITS_MAX: usize = 16 * 1024 * 8;

/// A set of indexes below a known universe size, with its count kept as it grows.
#[derive(Debug, Clone, Default)]
pub struct DistinctSet {
    list: Vec<u32>,
    hashed: FxHashSet<u32>,
    bits: Vec<u64>,
    count: u64,
}

impl DistinctSet {
    /// Adds `index`; `universe` is how many indexes there can be (it sizes the bit form).
    #[inline]
    pub fn insert(&mut self, index: u32, universe: usize) {
        if !self.bits.is_empty() {
            self.set_bit(index);
            return;
        }
        if self.hashed.is_empty() {
            if self.list.contains(&index) {
                return;
            }
            if self.list.len() < LIST_MAX {
                self.list.push(index);
                self.count += 1;
                return;
            }
            if universe <= DIRECT_BITS_MAX {
                self.bits = vec![0; universe.div_ceil(64).max(1)];
                for i in std::mem::take(&mut self.list) {
                    self.set_bit_only(i);
                }
                self.set_bit(index);
                return;
            }
            self.hashed.extend(self.list.drain(..));
        }
        if self.hashed.insert(index) {
            self.count += 1;
            if self.hashed.len() > universe / 64 {
                self.grow_into_bits(universe);
            }
        }
    }

    /// Adds every index of `indexes` (a rollup cell's viewers): one form check for the lot, then a
    /// branch-free loop once the set is bits.
    pub fn extend(&mut self, indexes: &[u32], universe: usize) {
        let mut rest = indexes;
        while self.bits.is_empty() {
            let Some((first, tail)) = rest.split_first() else {
                return;
            };
            self.insert(*first, universe);
            rest = tail;
        }
        let mut added = 0u64;
        for &index in rest {
            let word = index as usize / 64;
            if word >= self.bits.len() {
                self.bits.resize(word + 1, 0);
            }
            let mask = 1u64 << (index % 64);
            added += u64::from(self.bits[word] & mask == 0);
            self.bits[word] |= mask;
        }
        self.count += added;
    }

    /// How many distinct indexes were inserted.
    pub fn len(&self) -> u64 {
        self.count
    }

    /// Whether nothing was inserted.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    fn grow_into_bits(&mut self, universe: usize) {
        self.bits = vec![0; universe.div_ceil(64).max(1)];
        for index in std::mem::take(&mut self.hashed) {
            self.set_bit_only(index);
        }
    }

    #[inline]
    fn set_bit_only(&mut self, index: u32) -> bool {
        let (word, bit) = (index as usize / 64, index % 64);
        if word >= self.bits.len() {
            // An index beyond the stated universe still counts (the set only grows).
            self.bits.resize(word + 1, 0);
        }
        let mask = 1u64 << bit;
        let new = self.bits[word] & mask == 0;
        self.bits[word] |= mask;
        new
    }

    #[inline]
    fn set_bit(&mut self, index: u32) {
        if self.set_bit_only(index) {
            self.count += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever the order, repeats and universe, the count is that of a plain hash set.
        #[test]
        fn counts_like_a_hash_set(indexes in prop::collection::vec(0u32..3_000, 0..4_000), universe in 0usize..4_000) {
            let mut set = DistinctSet::default();
            let mut reference = std::collections::HashSet::new();
            for i in &indexes {
                set.insert(*i, universe);
                reference.insert(*i);
                prop_assert_eq!(set.len(), reference.len() as u64);
            }
            prop_assert_eq!(set.is_empty(), reference.is_empty());
        }

        /// Adding lists at once counts the same as adding one by one.
        #[test]
        fn extend_counts_like_insert(lists in prop::collection::vec(prop::collection::vec(0u32..3_000, 0..300), 0..40), universe in 0usize..4_000) {
            let (mut bulk, mut single) = (DistinctSet::default(), DistinctSet::default());
            for list in &lists {
                bulk.extend(list, universe);
                for i in list {
                    single.insert(*i, universe);
                }
                prop_assert_eq!(bulk.len(), single.len());
            }
        }
    }

    proptest! {
        /// The same with universes too large for direct bits (the hash-set form in between).
        #[test]
        fn counts_like_a_hash_set_in_a_large_universe(indexes in prop::collection::vec(0u32..20_000, 0..6_000)) {
            let mut set = DistinctSet::default();
            let mut reference = std::collections::HashSet::new();
            for i in &indexes {
                set.insert(*i, 1_000_000);
                reference.insert(*i);
            }
            prop_assert_eq!(set.len(), reference.len() as u64);
        }
    }

    #[test]
    fn small_universes_go_from_list_to_bits() {
        let mut set = DistinctSet::default();
        for i in 0..40 {
            set.insert(i % 30, 6_400);
        }
        assert_eq!(set.len(), 30);
        assert!(set.list.is_empty() && set.hashed.is_empty() && !set.bits.is_empty());
    }

    #[test]
    fn large_universes_go_through_every_form() {
        let universe = 640_000;
        let mut set = DistinctSet::default();
        for i in 0..10 {
            set.insert(i, universe);
            set.insert(i, universe);
        }
        assert_eq!((set.len(), set.list.len()), (10, 10));
        for i in 0..50 {
            set.insert(i, universe);
        }
        assert_eq!((set.len(), set.hashed.len()), (50, 50));
        for i in 0..20_000 {
            set.insert(i * 7, universe);
        }
        assert!(!set.bits.is_empty() && set.hashed.is_empty());
        let reference: std::collections::HashSet<u32> = (0..50).chain((0..20_000).map(|i| i * 7)).collect();
        assert_eq!(set.len(), reference.len() as u64);
    }
}
