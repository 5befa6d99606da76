//! The hourly rollups of the media entries, each built the first time a query reads it and kept for the
//! life of the server. Apart from the store, so the store stays plain data that knows no rollup.

use crate::model::Store;
use crate::rollup::Rollup;
use std::sync::OnceLock;

/// One lazily built rollup slot per entry of a store.
pub struct RollupCache {
    slots: Vec<OnceLock<Rollup>>,
}

impl RollupCache {
    /// Empty slots for every entry of `store`.
    pub fn new(store: &Store) -> RollupCache {
        RollupCache {
            slots: (0..store.entries.len()).map(|_| OnceLock::new()).collect(),
        }
    }

    /// The rollup of `entry` ([`Rollup::serves`] says whether it may be read), built on first use;
    /// `None` for an index the store does not have.
    pub fn get<'a>(&'a self, store: &Store, entry: u32) -> Option<&'a Rollup> {
        self.slots
            .get(entry as usize)
            .map(|slot| slot.get_or_init(|| Rollup::build(store, entry)))
    }

    /// Whether the rollup of `entry` has been built (tests that check which rollups a query touched).
    pub fn is_built(&self, entry: u32) -> bool {
        self.slots.get(entry as usize).is_some_and(|s| s.get().is_some())
    }
}
