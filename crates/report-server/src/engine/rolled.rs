//! Reading hourly rollups instead of scanning events: when a query may, and visiting their cells.

use super::*;

impl<'a> Engine<'a> {
    /// The rollups (with their entries) that answer this query exactly, if it can be answered from them:
    /// whole hours, the default VOD playback, no filter but media entries, an entry report's event kinds
    /// with its users from any event or from plays, and cells of the dimension `rolled` asks for.
    pub(super) fn rolled_up(
        &self,
        args: &ReportArgs,
        c: &Compiled,
        rolled: Rolled,
    ) -> Option<Vec<(u32, &'a Rollup)>> {
        // Decided from the report's own definitions, so that a report whose kinds or users change
        // leaves the rollups by itself: it must read exactly the kinds a rollup holds, and take its
        // users from any event or from plays (the two viewer lists a cell keeps).
        let report_ok = (0..=u8::MAX)
            .map_while(EventKind::from_u8)
            .all(|kind| reads(args.report, kind) == rollup::rolled(kind))
            && matches!(user_source(args.report), UserSource::Any | UserSource::Play);
        let dim_ok = match rolled {
            Rolled::Whole => true,
            Rolled::By(d) => matches!(d, Dim::Country | Dim::Device | Dim::Domain),
        };
        if !report_ok || !dim_ok {
            return None;
        }
        self.rolled_up_entries(args, c)
    }

    /// The rollups of the query's entries when its filter and hours allow reading them (see `rolled_up`).
    pub(super) fn rolled_up_entries(
        &self,
        args: &ReportArgs,
        c: &Compiled,
    ) -> Option<Vec<(u32, &'a Rollup)>> {
        let unfiltered = c.root_ok.is_none()
            && c.location_ok.is_none()
            && c.agent_ok.is_none()
            && c.page_ok.is_none()
            && c.context_ok.is_none()
            && c.user_ok.is_none()
            && c.node_ok.is_none()
            && c.hotspot_ok.is_none()
            && c.playback_ok == [true, false, false]
            && !args.drilled();
        let hours = c.from < c.to && c.from % rollup::HOUR == 0 && c.to % rollup::HOUR == 0;
        let cache = self.rollups.filter(|_| unfiltered && hours)?;
        let entry_ok = c.entry_ok.as_ref()?;
        let selected: Vec<u32> = (0..entry_ok.len() as u32)
            .filter(|i| entry_ok[*i as usize])
            .collect();
        if selected.iter().any(|e| !Rollup::serves(self.store, *e)) {
            return None;
        }
        selected
            .into_iter()
            .map(|e| cache.get(self.store, e).map(|r| (e, r)))
            .collect()
    }

    /// Whether this query reads rollups rather than scanning events (for tests that must know the fast
    /// path is taken, not only that it answers the same).
    pub fn reads_rollups(&self, args: &ReportArgs) -> bool {
        let c = args.compile(self.store);
        let dim = row_dim(args.report, args.drilled());
        let rolled = if args.report == ReportType::Percentiles {
            self.rolled_up_entries(args, &c)
        } else {
            self.rolled_up(args, &c, Rolled::Whole)
        };
        rolled.is_some()
            && (args.report == ReportType::Percentiles
                || !matches!(dim, Dim::Country | Dim::Device | Dim::Domain)
                || self.rolled_up(args, &c, Rolled::By(dim)).is_some())
    }

    /// Visits every cell of the rollups for a dimension within the query's hours, with its rollup and
    /// entry (what `Agg::merge` needs).
    pub(super) fn each_cell(
        rollups: Vec<(u32, &Rollup)>,
        rolled: Rolled,
        c: &Compiled,
        mut visit: impl FnMut(&Rollup, &RollupCell, u32),
    ) {
        for (entry, r) in rollups {
            let all = match rolled {
                Rolled::By(Dim::Country) => &r.countries,
                Rolled::By(Dim::Device) => &r.devices,
                Rolled::By(Dim::Domain) => &r.domains,
                _ => &r.hours,
            };
            for cell in rollup::within(all, |cell| cell.hour, c.from, c.to) {
                visit(r, cell, entry);
            }
        }
    }
}
