//! The embedded analytics database (SQLite): the store of record for the raw events and dimensions.
//! `generate` writes it once; `serve` loads it into the columnar [`Store`] that queries scan.

use crate::model::*;
use rusqlite::{params, Connection};
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

/// Writes a whole store to a new database file (an existing file is replaced).
pub fn save(store: &Store, path: &Path) -> rusqlite::Result<()> {
    let tmp = path.with_extension("tmp");
    let _ = std::fs::remove_file(&tmp);
    let mut conn = Connection::open(&tmp)?;
    conn.execute_batch("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=16384;")?;
    conn.execute_batch(SCHEMA)?;
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO meta VALUES ('partner_id', ?1)",
        params![store.partner_id.to_string()],
    )?;
    tx.execute(
        "INSERT INTO meta VALUES ('partner_created_at', ?1)",
        params![store.partner_created_at.to_string()],
    )?;
    {
        let mut st = tx.prepare("INSERT INTO entries VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)")?;
        for (i, e) in store.entries.iter().enumerate() {
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
            ])?;
        }
        let mut st = tx.prepare("INSERT INTO users VALUES (?1,?2,?3)")?;
        for (i, u) in store.users.iter().enumerate() {
            st.execute(params![i as i64, u.id, u.full_name])?;
        }
        let mut st = tx.prepare("INSERT INTO locations VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)")?;
        for (i, l) in store.locations.iter().enumerate() {
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
            ])?;
        }
        let mut st = tx.prepare("INSERT INTO agents VALUES (?1,?2,?3,?4,?5,?6)")?;
        for (i, a) in store.agents.iter().enumerate() {
            st.execute(params![
                i as i64,
                a.device,
                a.os_family,
                a.os,
                a.browser_family,
                a.browser
            ])?;
        }
        let mut st = tx.prepare("INSERT INTO pages VALUES (?1,?2,?3)")?;
        for (i, p) in store.pages.iter().enumerate() {
            st.execute(params![i as i64, p.domain, p.url])?;
        }
        let mut st = tx.prepare("INSERT INTO categories VALUES (?1,?2,?3,?4)")?;
        for (i, c) in store.categories.iter().enumerate() {
            st.execute(params![i as i64, c.id, c.name, c.full_name])?;
        }
        let mut st = tx.prepare("INSERT INTO likes VALUES (?1,?2,?3)")?;
        for l in &store.likes {
            st.execute(params![l.entry, l.user, l.created_at])?;
        }
        let mut st = tx.prepare("INSERT INTO nodes VALUES (?1,?2,?3,?4,?5,?6)")?;
        for (i, n) in store.nodes.iter().enumerate() {
            st.execute(params![i as i64, n.id, n.entry, n.path, n.name, n.deleted])?;
        }
        let mut st = tx.prepare("INSERT INTO hotspots VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)")?;
        for (i, h) in store.hotspots.iter().enumerate() {
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
            ])?;
        }
        let mut st =
            tx.prepare("INSERT INTO events VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)")?;
        let e = &store.events;
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
    }
    tx.commit()?;
    drop(conn);
    std::fs::rename(&tmp, path).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
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
    store.entries = conn
        .prepare("SELECT id,name,description,user_id,media_type,entry_type,playlist_type,ms_duration,created_at,categories,root FROM entries ORDER BY idx")?
        .query_map([], |r| {
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
        })?
        .collect::<Result<_, _>>()?;
    store.users = conn
        .prepare("SELECT id,full_name FROM users ORDER BY idx")?
        .query_map([], |r| {
            Ok(User {
                id: r.get(0)?,
                full_name: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    store.locations = conn
        .prepare("SELECT country_code,country,region,city,lat,lon,region_lat,region_lon,country_lat,country_lon FROM locations ORDER BY idx")?
        .query_map([], |r| {
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
        })?
        .collect::<Result<_, _>>()?;
    store.agents = conn
        .prepare("SELECT device,os_family,os,browser_family,browser FROM agents ORDER BY idx")?
        .query_map([], |r| {
            Ok(Agent {
                device: r.get(0)?,
                os_family: r.get(1)?,
                os: r.get(2)?,
                browser_family: r.get(3)?,
                browser: r.get(4)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    store.pages = conn
        .prepare("SELECT domain,url FROM pages ORDER BY idx")?
        .query_map([], |r| {
            Ok(Page {
                domain: r.get(0)?,
                url: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    store.categories = conn
        .prepare("SELECT id,name,full_name FROM categories ORDER BY idx")?
        .query_map([], |r| {
            Ok(Category {
                id: r.get(0)?,
                name: r.get(1)?,
                full_name: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    store.likes = conn
        .prepare("SELECT entry,user,created_at FROM likes")?
        .query_map([], |r| {
            Ok(Like {
                entry: r.get(0)?,
                user: r.get(1)?,
                created_at: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    store.nodes = conn
        .prepare("SELECT id,entry,path,name,deleted FROM nodes ORDER BY idx")?
        .query_map([], |r| {
            Ok(Node {
                id: r.get(0)?,
                entry: r.get(1)?,
                path: r.get(2)?,
                name: r.get(3)?,
                deleted: r.get(4)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    store.hotspots = conn
        .prepare(
            "SELECT id,node,name,dest_node,dest_url,start_sec,end_sec,deleted FROM hotspots ORDER BY idx",
        )?
        .query_map([], |r| {
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
        })?
        .collect::<Result<_, _>>()?;
    let count: i64 = conn.query_row("SELECT count(*) FROM events", [], |r| r.get(0))?;
    let mut events = Events::default();
    let reserve = count.max(0) as usize;
    events.time.reserve(reserve);
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
    store.events = events;
    store.finish();
    Ok(store)
}
