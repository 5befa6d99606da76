//! Where the panels leave what they show, for their CSV buttons and the page's Export menu. Panels below
//! the first view leave tables; the first view leaves a way to make its tables later
//! ([`TablesLater`]), because the code that makes them is in the export chunk, not in the first
//! view's download.

use super::PanelId;
use crate::export::csv::CsvTable;
use crate::split::ChunkError;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// Tables by panel, in page order.
pub type PanelTables = Vec<(PanelId, Vec<CsvTable>)>;

/// Tables that are made when asked for (their code's chunk is fetched then).
pub type TablesFuture = Pin<Box<dyn Future<Output = Result<PanelTables, ChunkError>>>>;

/// The tables of some panels, made only when something is exported.
#[derive(Clone)]
pub struct TablesLater {
    panels: Vec<PanelId>,
    make: Arc<dyn Fn() -> TablesFuture + Send + Sync>,
}

impl TablesLater {
    /// The tables of `panels`, made by `make` (a split point's call) when exported.
    pub fn new<F, Fut>(panels: Vec<PanelId>, make: F) -> TablesLater
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<PanelTables, ChunkError>> + 'static,
    {
        TablesLater {
            panels,
            make: Arc::new(move || Box::pin(make())),
        }
    }
}

/// A panel's whole tables, fetched when exported.
pub type WholeFuture = Pin<Box<dyn Future<Output = Result<Vec<CsvTable>, String>>>>;

/// Where a whole-table export reports (rows read, rows to read).
pub type Progress = Callback<(u64, u64)>;

/// How a server-paged panel (engagement per user, top domains) makes its whole table for an export:
/// every row, fetched then, telling (rows read, rows to read) as it goes. The page on screen is not the
/// table, and a file of it would not say so.
#[derive(Clone)]
pub struct WholeTables(Arc<dyn Fn(Progress) -> WholeFuture + Send + Sync>);

impl WholeTables {
    /// The whole tables made by `fetch`, given where to report its progress.
    pub fn new<F, Fut>(fetch: F) -> WholeTables
    where
        F: Fn(Progress) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Vec<CsvTable>, String>> + 'static,
    {
        WholeTables(Arc::new(move |progress| Box::pin(fetch(progress))))
    }
}

/// What each panel currently shows.
#[derive(Clone, Copy)]
pub struct ExportRegistry {
    tables: RwSignal<BTreeMap<PanelId, Vec<CsvTable>>>,
    later: RwSignal<Option<TablesLater>>,
    whole: StoredValue<BTreeMap<PanelId, WholeTables>>,
    progress: RwSignal<BTreeMap<PanelId, (u64, u64)>>,
}

impl Default for ExportRegistry {
    fn default() -> Self {
        ExportRegistry::new()
    }
}

impl ExportRegistry {
    /// An empty registry.
    pub fn new() -> ExportRegistry {
        ExportRegistry {
            tables: RwSignal::new(BTreeMap::new()),
            later: RwSignal::new(None),
            whole: StoredValue::new(BTreeMap::new()),
            progress: RwSignal::new(BTreeMap::new()),
        }
    }

    /// Records how `panel` makes its whole table when exported (it shows one page of it).
    pub fn set_whole(&self, panel: PanelId, whole: WholeTables) {
        self.whole.update_value(|m| {
            m.insert(panel, whole);
        });
    }

    /// How far the export of `panel`'s whole table has got: (rows read, rows to read) while it runs.
    pub fn progress(&self, panel: PanelId) -> Option<(u64, u64)> {
        self.progress.with(|m| m.get(&panel).copied())
    }

    /// `panel`'s whole tables, fetched now, when it makes them; `None` when it shows all it has.
    async fn whole_tables(self, panel: PanelId) -> Option<Result<Vec<CsvTable>, String>> {
        let whole = self.whole.with_value(|m| m.get(&panel).cloned())?;
        let progress = self.progress;
        let report = Callback::new(move |(read, all): (u64, u64)| {
            progress.update(|m| {
                m.insert(panel, (read, all));
            })
        });
        let made = (whole.0)(report).await;
        progress.update(|m| {
            m.remove(&panel);
        });
        Some(made)
    }

    /// Records what `panel` shows now.
    pub fn set(&self, panel: PanelId, tables: Vec<CsvTable>) {
        self.tables.update(|m| {
            m.insert(panel, tables);
        });
    }

    /// Forgets a panel (it is hidden or failed).
    pub fn remove(&self, panel: PanelId) {
        self.tables.update(|m| {
            m.remove(&panel);
        });
        self.whole.update_value(|m| {
            m.remove(&panel);
        });
    }

    /// Records the first view's panels, whose tables are made when exported (all of them at once: a
    /// panel that failed this time has nothing to export).
    pub fn set_later(&self, later: TablesLater) {
        self.later.set(Some(later));
    }

    /// Forgets the tables made later (the first view's request failed).
    pub fn clear_later(&self) {
        if self.later.with_untracked(Option::is_some) {
            self.later.set(None);
        }
    }

    fn later_has(&self, panel: PanelId) -> bool {
        self.later
            .with(|l| l.as_ref().is_some_and(|l| l.panels.contains(&panel)))
    }

    /// Whether `panel` has something to export (tracked).
    pub fn has(&self, panel: PanelId) -> bool {
        self.later_has(panel) || self.tables.with(|m| m.get(&panel).is_some_and(|t| !t.is_empty()))
    }

    /// The tables made later, made now (none when there are none).
    async fn made_later(self) -> Result<PanelTables, ChunkError> {
        match self.later.get_untracked() {
            Some(later) => (later.make)().await,
            None => Ok(vec![]),
        }
    }

    /// One panel's tables: all its rows (fetched now for a server-paged panel), or why not in words.
    pub async fn panel(self, panel: PanelId) -> Result<Vec<CsvTable>, String> {
        if let Some(whole) = self.whole_tables(panel).await {
            return whole;
        }
        if untrack(|| self.later_has(panel)) {
            let made = self.made_later().await.map_err(not_loaded)?;
            return Ok(made
                .into_iter()
                .find(|(p, _)| *p == panel)
                .map(|(_, t)| t)
                .unwrap_or_default());
        }
        Ok(self
            .tables
            .with_untracked(|m| m.get(&panel).cloned().unwrap_or_default()))
    }

    /// Every panel's tables, in page order, server-paged panels whole.
    pub async fn all(self) -> Result<Vec<CsvTable>, String> {
        let mut panels = self.tables.get_untracked();
        panels.extend(self.made_later().await.map_err(not_loaded)?);
        let paged: Vec<PanelId> = self.whole.with_value(|m| m.keys().copied().collect());
        for panel in paged {
            if let Some(whole) = self.whole_tables(panel).await {
                panels.insert(panel, whole?);
            }
        }
        Ok(panels.into_values().flatten().collect())
    }
}

/// A chunk that could not be fetched, in words.
fn not_loaded(_: ChunkError) -> String {
    crate::i18n::t(crate::i18n::Msg::PartNotLoaded).to_string()
}
