//! The embedded analytics database (SQLite): the store of record for the raw events and dimensions.
//! `generate` writes it once; `serve` loads it into the columnar [`Store`] that queries scan.

use crate::model::*;
use rusqlite::{params, Connection, Row, Statement, Transaction};
use std::path::Path;

const SCHEMA: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries (idx INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, description TEXT NOT NULL,
  user_id TEXT NOT NULL, media_type INTEGER NOT NULL, entry_type TEXT NOT NULL, playlist_type INTEGER NOT NULL,
  ms_duration INTEGER NOT NULL, created_at INTEGER NOT NULL, categories TEXT NOT NULL, root INTEGER NOT NULL);
CREATE TABLE users (idx INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL);
CREATE TABLE locations (idx INTEGER PRIMARY KEY, country_code TEXT NOT NULL, country TEXT NOT NULL, region TEXT NOT NULL,
  city TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, region_lat REAL NOT NULL, region_lon REAL NOT NULL,
  country_lat REAL NOT NULL, country_lon REAL NOT NULL);
CREATE TABLE agents (idx INTEGER PRIMARY KEY, device TEXT NOT NULL, os_family TEXT NOT NULL, os TEXT NOT NULL,
  browser_family TEXT NOT NULL, browser TEXT NOT NULL);
CREATE TABLE pages (idx INTEGER PRIMARY KEY, domain TEXT NOT NULL, url TEXT NOT NULL);
CREATE TABLE categories (idx INTEGER PRIMARY KEY, id INTEGER NOT NULL, name TEXT NOT NULL, full_name TEXT NOT NULL);
CREATE TABLE likes (entry INTEGER NOT NULL, user INTEGER NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE nodes (idx INTEGER PRIMARY KEY, id TEXT NOT NULL, entry INTEGER NOT NULL, path INTEGER NOT NULL,
  name TEXT NOT NULL, deleted INTEGER NOT NULL);
CREATE TABLE hotspots (idx INTEGER PRIMARY KEY, id TEXT NOT NULL, node INTEGER NOT NULL, name TEXT NOT NULL,
  dest_node INTEGER NOT NULL, dest_url TEXT NOT NULL, start_sec REAL NOT NULL, end_sec REAL NOT NULL, deleted INTEGER NOT NULL);
-- One row per raw player event. Index columns refer to the tables above; -1 means none.
CREATE TABLE events (time INTEGER NOT NULL, kind INTEGER NOT NULL, entry INTEGER NOT NULL, root INTEGER NOT NULL,
  user INTEGER NOT NULL, location INTEGER NOT NULL, agent INTEGER NOT NULL, page INTEGER NOT NULL,
  context INTEGER NOT NULL, playback INTEGER NOT NULL, play_time REAL NOT NULL, slices_lo INTEGER NOT NULL,
  slices_hi INTEGER NOT NULL, node INTEGER NOT NULL, hotspot INTEGER NOT NULL, position INTEGER NOT NULL);
";

fn idx_out(v: u32) -> i64 {
    if v == NONE {
        -1
    } else {
        i64::from(v)
    }
}

fn idx_in(v: i64) -> u32 {
    if v < 0 {
        NONE
    } else {
        v as u32
    }
}

/// Runs the insert `sql` once for each of `items` with the values `each` gives it (its index, the item).
fn insert_all<T>(
    tx: &Transaction<'_>,
    sql: &str,
    items: &[T],
    mut each: impl FnMut(&mut Statement<'_>, usize, &T) -> rusqlite::Result<usize>,
) -> rusqlite::Result<()> {
    let mut st = tx.prepare(sql)?;
    for (i, item) in items.iter().enumerate() {
        each(&mut st, i, item)?;
    }
    Ok(())
}

/// Every row `sql` selects, each read by `row`.
fn read_all<T>(
    conn: &Connection,
    sql: &str,
    row: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> rusqlite::Result<Vec<T>> {
    conn.prepare(sql)?.query_map([], row)?.collect()
}

/// Writes a whole store to a new database file (an existing file is replaced).
pub fn save(store: &Store, path: &Path) -> rusqlite::Result<()> {
    let tmp = path.with_extension("tmp");
    let _ = std::fs::remove_file(&tmp);
    let mut conn = Connection::open(&tmp)?;
    conn.execute_batch("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=16384;")?;
    conn.execute_batch(SCHEMA)?;
    let tx = conn.transaction()?;
    for (key, value) in [
        ("partner_id", store.partner_id),
        ("partner_created_at", store.partner_created_at),
    ] {
        tx.execute(
            "INSERT INTO meta VALUES (?1, ?2)",
            params![key, value.to_string()],
        )?;
    }
    save_catalog(&tx, store)?;
    save_viewers(&tx, store)?;
    save_paths(&tx, store)?;
    save_events(&tx, &store.events)?;
    tx.commit()?;
    drop(conn);
    std::fs::rename(&tmp, path).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    Ok(())
}

/// Entries, categories and likes.
fn save_catalog(tx: &Transaction<'_>, store: &Store) -> rusqlite::Result<()> {
    insert_all(
        tx,
        "INSERT INTO entries VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)",
        &store.entries,
        |st, i, e| {
            st.execute(params![
                i as i64,
                e.id,
                e.name,
                e.description,
                e.user_id,
                e.media_type,
                e.entry_type,
                e.playlist_type,
                e.ms_duration,
                e.created_at,
                e.categories,
                idx_out(e.root)
            ])
        },
    )?;
    insert_all(
        tx,
        "INSERT INTO categories VALUES (?1,?2,?3,?4)",
        &store.categories,
        |st, i, c| st.execute(params![i as i64, c.id, c.name, c.full_name]),
    )?;
    insert_all(
        tx,
        "INSERT INTO likes VALUES (?1,?2,?3)",
        &store.likes,
        |st, _, l| st.execute(params![l.entry, l.user, l.created_at]),
    )
}

/// Who watched, from where, on what, on which page.
fn save_viewers(tx: &Transaction<'_>, store: &Store) -> rusqlite::Result<()> {
    insert_all(
        tx,
        "INSERT INTO users VALUES (?1,?2,?3)",
        &store.users,
        |st, i, u| st.execute(params![i as i64, u.id, u.full_name]),
    )?;
    insert_all(
        tx,
        "INSERT INTO locations VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
        &store.locations,
        |st, i, l| {
            st.execute(params![
                i as i64,
                l.country_code,
                l.country,
                l.region,
                l.city,
                l.lat,
                l.lon,
                l.region_lat,
                l.region_lon,
                l.country_lat,
                l.country_lon
            ])
        },
    )?;
    insert_all(
        tx,
        "INSERT INTO agents VALUES (?1,?2,?3,?4,?5,?6)",
        &store.agents,
        |st, i, a| {
            st.execute(params![
                i as i64,
                a.device,
                a.os_family,
                a.os,
                a.browser_family,
                a.browser
            ])
        },
    )?;
    insert_all(
        tx,
        "INSERT INTO pages VALUES (?1,?2,?3)",
        &store.pages,
        |st, i, p| st.execute(params![i as i64, p.domain, p.url]),
    )
}

/// Interactive paths: nodes and hotspots.
fn save_paths(tx: &Transaction<'_>, store: &Store) -> rusqlite::Result<()> {
    insert_all(
        tx,
        "INSERT INTO nodes VALUES (?1,?2,?3,?4,?5,?6)",
        &store.nodes,
        |st, i, n| st.execute(params![i as i64, n.id, n.entry, n.path, n.name, n.deleted]),
    )?;
    insert_all(
        tx,
        "INSERT INTO hotspots VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)",
        &store.hotspots,
        |st, i, h| {
            st.execute(params![
                i as i64,
                h.id,
                h.node,
                h.name,
                idx_out(h.dest_node),
                h.dest_url,
                h.start_sec,
                h.end_sec,
                h.deleted
            ])
        },
    )
}

/// The raw events, a row each.
fn save_events(tx: &Transaction<'_>, e: &Events) -> rusqlite::Result<()> {
    let mut st =
        tx.prepare("INSERT INTO events VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)")?;
    for i in 0..e.len() {
        st.execute(params![
            e.time[i],
            e.kind[i] as u8,
            e.entry[i],
            idx_out(e.root[i]),
            e.user[i],
            e.location[i],
            e.agent[i],
            e.page[i],
            idx_out(e.context[i]),
            e.playback[i] as u8,
            f64::from(e.play_time[i]),
            (e.slices[i] as u64) as i64,
            ((e.slices[i] >> 64) as u64) as i64,
            idx_out(e.node[i]),
            idx_out(e.hotspot[i]),
            e.position[i]
        ])?;
    }
    Ok(())
}

/// Loads a database written by [`save`] into memory, sorted and indexed.
pub fn load(path: &Path) -> rusqlite::Result<Store> {
    let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let meta = |key: &str| -> rusqlite::Result<i64> {
        conn.query_row("SELECT value FROM meta WHERE key = ?1", params![key], |r| {
            r.get::<_, String>(0)
        })
        .map(|v| v.parse().unwrap_or(0))
    };
    let mut store = Store {
        partner_id: meta("partner_id")?,
        partner_created_at: meta("partner_created_at")?,
        ..Default::default()
    };
    load_catalog(&conn, &mut store)?;
    load_viewers(&conn, &mut store)?;
    load_paths(&conn, &mut store)?;
    store.events = load_events(&conn)?;
    store.finish();
    Ok(store)
}

/// Entries, categories and likes.
fn load_catalog(conn: &Connection, store: &mut Store) -> rusqlite::Result<()> {
    store.entries = read_all(
        conn,
        "SELECT id,name,description,user_id,media_type,entry_type,playlist_type,ms_duration,created_at,categories,root FROM entries ORDER BY idx",
        |r| {
            Ok(Entry {
                id: r.get(0)?,
                name: r.get(1)?,
                description: r.get(2)?,
                user_id: r.get(3)?,
                media_type: r.get(4)?,
                entry_type: r.get(5)?,
                playlist_type: r.get(6)?,
                ms_duration: r.get(7)?,
                created_at: r.get(8)?,
                categories: r.get(9)?,
                root: idx_in(r.get(10)?),
            })
        },
    )?;
    store.categories = read_all(
        conn,
        "SELECT id,name,full_name FROM categories ORDER BY idx",
        |r| {
            Ok(Category {
                id: r.get(0)?,
                name: r.get(1)?,
                full_name: r.get(2)?,
            })
        },
    )?;
    store.likes = read_all(conn, "SELECT entry,user,created_at FROM likes", |r| {
        Ok(Like {
            entry: r.get(0)?,
            user: r.get(1)?,
            created_at: r.get(2)?,
        })
    })?;
    Ok(())
}

/// Who watched, from where, on what, on which page.
fn load_viewers(conn: &Connection, store: &mut Store) -> rusqlite::Result<()> {
    store.users = read_all(conn, "SELECT id,full_name FROM users ORDER BY idx", |r| {
        Ok(User {
            id: r.get(0)?,
            full_name: r.get(1)?,
        })
    })?;
    store.locations = read_all(
        conn,
        "SELECT country_code,country,region,city,lat,lon,region_lat,region_lon,country_lat,country_lon FROM locations ORDER BY idx",
        |r| {
            Ok(Location {
                country_code: r.get(0)?,
                country: r.get(1)?,
                region: r.get(2)?,
                city: r.get(3)?,
                lat: r.get(4)?,
                lon: r.get(5)?,
                region_lat: r.get(6)?,
                region_lon: r.get(7)?,
                country_lat: r.get(8)?,
                country_lon: r.get(9)?,
            })
        },
    )?;
    store.agents = read_all(
        conn,
        "SELECT device,os_family,os,browser_family,browser FROM agents ORDER BY idx",
        |r| {
            Ok(Agent {
                device: r.get(0)?,
                os_family: r.get(1)?,
                os: r.get(2)?,
                browser_family: r.get(3)?,
                browser: r.get(4)?,
            })
        },
    )?;
    store.pages = read_all(conn, "SELECT domain,url FROM pages ORDER BY idx", |r| {
        Ok(Page {
            domain: r.get(0)?,
            url: r.get(1)?,
        })
    })?;
    Ok(())
}

/// Interactive paths: nodes and hotspots.
fn load_paths(conn: &Connection, store: &mut Store) -> rusqlite::Result<()> {
    store.nodes = read_all(
        conn,
        "SELECT id,entry,path,name,deleted FROM nodes ORDER BY idx",
        |r| {
            Ok(Node {
                id: r.get(0)?,
                entry: r.get(1)?,
                path: r.get(2)?,
                name: r.get(3)?,
                deleted: r.get(4)?,
            })
        },
    )?;
    store.hotspots = read_all(
        conn,
        "SELECT id,node,name,dest_node,dest_url,start_sec,end_sec,deleted FROM hotspots ORDER BY idx",
        |r| {
            Ok(Hotspot {
                id: r.get(0)?,
                node: r.get(1)?,
                name: r.get(2)?,
                dest_node: idx_in(r.get(3)?),
                dest_url: r.get(4)?,
                start_sec: r.get(5)?,
                end_sec: r.get(6)?,
                deleted: r.get(7)?,
            })
        },
    )?;
    Ok(())
}

/// The raw events (rows of an unknown kind are skipped).
fn load_events(conn: &Connection) -> rusqlite::Result<Events> {
    let count: i64 = conn.query_row("SELECT count(*) FROM events", [], |r| r.get(0))?;
    let mut events = Events::default();
    events.time.reserve(count.max(0) as usize);
    let mut st = conn.prepare("SELECT time,kind,entry,root,user,location,agent,page,context,playback,play_time,slices_lo,slices_hi,node,hotspot,position FROM events")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let kind: u8 = r.get(1)?;
        let Some(kind) = EventKind::from_u8(kind) else {
            continue;
        };
        let lo: i64 = r.get(11)?;
        let hi: i64 = r.get(12)?;
        events.push(&EventRow {
            time: r.get(0)?,
            kind,
            entry: r.get(2)?,
            root: idx_in(r.get(3)?),
            user: r.get(4)?,
            location: r.get(5)?,
            agent: r.get(6)?,
            page: r.get(7)?,
            context: idx_in(r.get(8)?),
            playback: PlaybackType::from_u8(r.get(9)?),
            play_time: r.get::<_, f64>(10)? as f32,
            slices: (lo as u64 as u128) | ((hi as u64 as u128) << 64),
            node: idx_in(r.get(13)?),
            hotspot: idx_in(r.get(14)?),
            position: r.get(15)?,
        });
    }
    Ok(events)
}
