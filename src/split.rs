//! Split points: functions whose code the build moves into a wasm chunk of its own, fetched the first
//! time one of them is called. A split point is written
//! `#[wasm_split(chunk_name, fallible)] fn part(…) -> Result<T, ChunkError>` with [`wasm_split`]
//! re-exported from here, always `fallible`, so a chunk that cannot be fetched (offline, server gone, a
//! newer build replaced it) is an error the caller shows with a retry rather than a panic. The build
//! (`scripts/split-wasm.mjs`) cuts the wasm at these functions; host builds (the tests) simply call them.

use leptos::prelude::AnyView;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
pub use wasm_split_helpers::wasm_split;
use wasm_split_helpers::SplitLoaderError;

/// A part's code chunk could not be fetched (offline, server gone, a newer build replaced it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkError;

impl From<SplitLoaderError> for ChunkError {
    fn from(_: SplitLoaderError) -> Self {
        ChunkError
    }
}

/// What a split point returns: its view, once its chunk is in.
pub type ChunkView = Pin<Box<dyn Future<Output = Result<AnyView, ChunkError>>>>;

/// Starts a split point: fetches its chunk (once) and builds its view.
#[derive(Clone)]
pub struct ChunkLoad(Arc<dyn Fn() -> ChunkView + Send + Sync>);

impl ChunkLoad {
    /// Wraps a call of a split point.
    pub fn new<F, Fut>(load: F) -> Self
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<AnyView, ChunkError>> + 'static,
    {
        Self(Arc::new(move || Box::pin(load())))
    }

    /// Calls the split point: its chunk is fetched the first time.
    pub fn start(&self) -> ChunkView {
        (self.0)()
    }
}
