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

/// What each panel currently shows.
#[derive(Clone, Copy)]
pub struct ExportRegistry {
    tables: RwSignal<BTreeMap<PanelId, Vec<CsvTable>>>,
    later: RwSignal<Option<TablesLater>>,
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
        }
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

    /// One panel's tables.
    pub async fn panel(self, panel: PanelId) -> Result<Vec<CsvTable>, ChunkError> {
        if untrack(|| self.later_has(panel)) {
            let made = self.made_later().await?;
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

    /// Every panel's tables, in page order.
    pub async fn all(self) -> Result<Vec<CsvTable>, ChunkError> {
        let mut panels = self.tables.get_untracked();
        panels.extend(self.made_later().await?);
        Ok(panels.into_values().flatten().collect())
    }
}
