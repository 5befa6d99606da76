//! The SQLite store of record: what `generate` writes, `serve` loads back unchanged.

use report_server::db;
use report_server::generate::{generate, Options};

#[test]
fn a_saved_store_loads_back_identically() {
    let store = generate(Options {
        seed: 3,
        events: 30_000,
        end: 1_781_524_800,
        partner_id: 1_000_001,
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.sqlite");
    db::save(&store, &path).unwrap();
    let loaded = db::load(&path).unwrap();
    assert_eq!(loaded.partner_id, store.partner_id);
    assert_eq!(loaded.events.len(), store.events.len());
    assert_eq!(loaded.events.time, store.events.time);
    assert_eq!(loaded.events.kind, store.events.kind);
    assert_eq!(loaded.events.slices, store.events.slices);
    assert_eq!(loaded.events.root, store.events.root);
    assert_eq!(loaded.events.context, store.events.context);
    assert_eq!(loaded.users.len(), store.users.len());
    assert_eq!(
        loaded.entries.iter().map(|e| &e.name).collect::<Vec<_>>(),
        store.entries.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
    assert_eq!(loaded.hotspots.len(), store.hotspots.len());
    assert_eq!(loaded.likes.len(), store.likes.len());
    assert_eq!(loaded.group_ranges, store.group_ranges);
}

#[test]
fn the_same_seed_generates_the_same_data() {
    let a = generate(Options {
        seed: 11,
        events: 10_000,
        end: 1_781_524_800,
        partner_id: 1,
    });
    let b = generate(Options {
        seed: 11,
        events: 10_000,
        end: 1_781_524_800,
        partner_id: 1,
    });
    assert_eq!(a.events.time, b.events.time);
    assert_eq!(a.events.user, b.events.user);
    let c = generate(Options {
        seed: 12,
        events: 10_000,
        end: 1_781_524_800,
        partner_id: 1,
    });
    assert_ne!(a.events.time, c.events.time);
}

#[test]
fn loading_a_missing_or_foreign_file_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    assert!(db::load(&dir.path().join("absent.sqlite")).is_err());
    let junk = dir.path().join("junk.sqlite");
    std::fs::write(&junk, b"this is not a database").unwrap();
    assert!(db::load(&junk).is_err());
}
