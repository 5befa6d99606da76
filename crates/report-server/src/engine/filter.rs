//! A report's filter compiled once into the groups to scan and a yes/no mask per dimension value.

use super::*;

/// A compiled filter: which groups to scan and a yes/no per dimension value.
pub(super) struct Compiled {
    pub(super) groups: Vec<u32>,
    pub(super) entry_ok: Option<Vec<bool>>,
    pub(super) root_ok: Option<Vec<bool>>,
    pub(super) location_ok: Option<Vec<bool>>,
    pub(super) agent_ok: Option<Vec<bool>>,
    pub(super) page_ok: Option<Vec<bool>>,
    pub(super) context_ok: Option<Vec<bool>>,
    pub(super) user_ok: Option<Vec<bool>>,
    pub(super) node_ok: Option<Vec<bool>>,
    pub(super) hotspot_ok: Option<Vec<bool>>,
    pub(super) playback_ok: [bool; 3],
    pub(super) from: i64,
    pub(super) to: i64,
    pub(super) zone: Zone,
}

pub(super) fn entry_id(e: &Entry) -> &str {
    e.id.as_str()
}

pub(super) fn mask<T>(items: &[T], wanted: &[&str], key: impl Fn(&T) -> &str) -> Vec<bool> {
    items.iter().map(|it| wanted.contains(&key(it))).collect()
}

pub(super) fn and_mask(current: &mut Option<Vec<bool>>, new: Vec<bool>) {
    match current {
        Some(c) => c.iter_mut().zip(new).for_each(|(a, b)| *a = *a && b),
        None => *current = Some(new),
    }
}

impl ReportArgs {
    pub(super) fn list<'a>(&'a self, field: &'a Option<String>) -> Option<Vec<&'a str>> {
        field
            .as_deref()
            .map(|v| split_list(v, &self.delimiter))
            .filter(|l| !l.is_empty())
    }

    pub(super) fn drilled(&self) -> bool {
        self.object_ids.as_deref().is_some_and(|s| !s.is_empty())
    }

    pub(super) fn compile(&self, store: &Store) -> Compiled {
        let f = &self.filter;
        let zone = Zone::from_filter(f.time_zone.as_deref(), f.time_zone_offset);
        let (from, to) = time_interval(f, zone, store.partner_created_at);
        let mut c = Compiled {
            groups: vec![],
            entry_ok: None,
            root_ok: None,
            location_ok: None,
            agent_ok: None,
            page_ok: None,
            context_ok: None,
            user_ok: None,
            node_ok: None,
            hotspot_ok: None,
            playback_ok: [true, false, false],
            from,
            to,
            zone,
        };
        self.mask_entries(&mut c, store);
        self.mask_dimensions(&mut c, store);
        c.groups = c.groups_to_scan(store);
        c
    }

    /// Narrows the entries: ids, roots, `objectIds` of entry reports, categories, media types, owners,
    /// creation times.
    fn mask_entries(&self, c: &mut Compiled, store: &Store) {
        let f = &self.filter;
        let entries = &store.entries;
        if let Some(ids) = self.list(&f.entry_id_in) {
            and_mask(&mut c.entry_ok, mask(entries, &ids, entry_id));
        }
        if let Some(ids) = self.list(&f.playlist_id_in) {
            and_mask(&mut c.root_ok, mask(entries, &ids, entry_id));
        }
        if let Some(ids) = self.list(&f.root_entry_id_in) {
            and_mask(&mut c.root_ok, mask(entries, &ids, entry_id));
        }
        // objectIds filter the report's own dimension, or else entries (intersected with entryIdIn).
        let object_ids: Vec<&str> = self
            .object_ids
            .as_deref()
            .map(|v| split_list(v, &self.delimiter))
            .unwrap_or_default();
        use ReportType::*;
        if !object_ids.is_empty() {
            match self.report {
                Platforms => and_mask(
                    &mut c.agent_ok,
                    mask(&store.agents, &object_ids, |a| a.device.as_str()),
                ),
                OperatingSystem => and_mask(
                    &mut c.agent_ok,
                    mask(&store.agents, &object_ids, |a| a.os.as_str()),
                ),
                TopSyndication => and_mask(
                    &mut c.page_ok,
                    mask(&store.pages, &object_ids, |p| p.domain.as_str()),
                ),
                InteractiveVideoTopNodes => {
                    and_mask(&mut c.node_ok, mask(&store.nodes, &object_ids, |n| n.id.as_str()))
                }
                _ => and_mask(&mut c.entry_ok, mask(entries, &object_ids, entry_id)),
            }
        }
        if let Some(cats) = self.list(&f.categories_ids_in) {
            and_mask(
                &mut c.entry_ok,
                entries
                    .iter()
                    .map(|e| e.categories.split(',').any(|x| cats.contains(&x)))
                    .collect(),
            );
        }
        if let Some(types) = self.list(&f.media_type_in) {
            and_mask(
                &mut c.entry_ok,
                entries
                    .iter()
                    .map(|e| types.contains(&e.media_type.to_string().as_str()))
                    .collect(),
            );
        }
        if let Some(owners) = self.list(&f.owner_ids_in) {
            and_mask(&mut c.entry_ok, mask(entries, &owners, |e| e.user_id.as_str()));
        }
        if let Some(t) = f.entry_created_at_greater_than_or_equal.filter(|t| *t >= 0) {
            and_mask(
                &mut c.entry_ok,
                entries.iter().map(|e| e.created_at >= t).collect(),
            );
        }
        if let Some(t) = f.entry_created_at_less_than_or_equal.filter(|t| *t >= 0) {
            and_mask(
                &mut c.entry_ok,
                entries.iter().map(|e| e.created_at <= t).collect(),
            );
        }
    }

    /// Narrows the viewers' dimensions: places, devices, pages, contexts, users, nodes, hotspots and
    /// playback types.
    fn mask_dimensions(&self, c: &mut Compiled, store: &Store) {
        let f = &self.filter;
        use ReportType::*;
        let locations = &store.locations;
        if let Some(v) = self.list(&f.country_in) {
            and_mask(&mut c.location_ok, mask(locations, &v, |l| l.country.as_str()));
        }
        if let Some(v) = self.list(&f.region_in) {
            and_mask(&mut c.location_ok, mask(locations, &v, |l| l.region.as_str()));
        }
        if let Some(v) = self.list(&f.cities_in) {
            and_mask(&mut c.location_ok, mask(locations, &v, |l| l.city.as_str()));
        }
        let agents = &store.agents;
        for (field, key) in [
            (
                &f.device_in,
                (|a: &Agent| a.device.as_str()) as fn(&Agent) -> &str,
            ),
            (&f.operating_system_family_in, |a: &Agent| a.os_family.as_str()),
            (&f.operating_system_in, |a: &Agent| a.os.as_str()),
            (&f.browser_family_in, |a: &Agent| a.browser_family.as_str()),
            (&f.browser_in, |a: &Agent| a.browser.as_str()),
        ] {
            if let Some(v) = self.list(field) {
                and_mask(&mut c.agent_ok, mask(agents, &v, key));
            }
        }
        if let Some(v) = self.list(&f.domain_in) {
            and_mask(&mut c.page_ok, mask(&store.pages, &v, |p| p.domain.as_str()));
        }
        if let Some(v) = self.list(&f.canonical_url_in) {
            and_mask(&mut c.page_ok, mask(&store.pages, &v, |p| p.url.as_str()));
        }
        if let Some(v) = self.list(&f.playback_context_ids_in) {
            let ids: Vec<String> = store.categories.iter().map(|c| c.id.to_string()).collect();
            and_mask(
                &mut c.context_ok,
                ids.iter().map(|id| v.contains(&id.as_str())).collect(),
            );
        }
        if let Some(v) = self.list(&f.user_ids) {
            and_mask(&mut c.user_ok, mask(&store.users, &v, |u| u.id.as_str()));
        }
        if let Some(v) = self.list(&f.node_ids_in) {
            and_mask(&mut c.node_ok, mask(&store.nodes, &v, |n| n.id.as_str()));
        }
        if matches!(
            self.report,
            InteractiveVideoHotspotClickedPercentiles | InteractiveVideoNodeSwitchHotspotClickedPercentiles
        ) {
            if let Some(v) = self.list(&f.hotspot_id_in) {
                and_mask(&mut c.hotspot_ok, mask(&store.hotspots, &v, |h| h.id.as_str()));
            }
        }
        if let Some(v) = self.list(&f.playback_type_in) {
            c.playback_ok = [v.contains(&"vod"), v.contains(&"live"), v.contains(&"dvr")];
        }
    }
}

impl Compiled {
    /// The groups to scan: those of the selected entries, roots or nodes; else all.
    fn groups_to_scan(&self, store: &Store) -> Vec<u32> {
        let c = self;
        let entries = &store.entries;
        let mut groups = FxHashSet::default();
        let mut narrowed = false;
        if let Some(ok) = &c.entry_ok {
            narrowed = true;
            groups.extend(
                (0..entries.len() as u32)
                    .filter(|i| ok[*i as usize])
                    .map(|i| store.group_of(i)),
            );
        }
        if let Some(ok) = &c.root_ok {
            let roots: FxHashSet<u32> = (0..entries.len() as u32).filter(|i| ok[*i as usize]).collect();
            if narrowed {
                groups.retain(|g| roots.contains(g));
            } else {
                groups = roots;
            }
            narrowed = true;
        }
        if !narrowed {
            if let Some(ok) = &c.node_ok {
                narrowed = true;
                groups.extend(
                    store
                        .nodes
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| ok[*i])
                        .map(|(_, n)| n.path),
                );
            }
        }
        let mut groups: Vec<u32> = if narrowed {
            groups.into_iter().collect()
        } else {
            (0..entries.len() as u32).collect()
        };
        groups.sort_unstable();
        groups.dedup();
        groups
    }
}

/// `[fromDate, toDate)` in unix seconds (contract §4.2); an empty interval when it cannot be known.
pub(super) fn time_interval(f: &ReportInputFilter, zone: Zone, partner_created_at: i64) -> (i64, i64) {
    let day = |s: &str| DateKey::parse(s).and_then(|k| matches!(k, DateKey::Day(_)).then(|| k.first_day()));
    let (from, to) = match (
        f.from_day.as_deref().and_then(day),
        f.to_day.as_deref().and_then(day),
    ) {
        (Some(a), Some(b)) => (zone.day_start(a), zone.day_start(b.succ_opt().unwrap_or(b))),
        _ => match (f.from_date, f.to_date) {
            (Some(a), Some(b)) if a < b => (a, b),
            (Some(a), Some(b)) => {
                // Reversed or equal: whole days in the server's zone (UTC here).
                let utc = Zone::Fixed(0);
                let (da, db) = (utc.local_date(a), utc.local_date(b));
                let (da, db) = if da <= db { (da, db) } else { (db, da) };
                (utc.day_start(da), utc.day_start(db.succ_opt().unwrap_or(db)))
            }
            _ => (0, 0),
        },
    };
    (from.max(partner_created_at - 30 * 86_400), to)
}
