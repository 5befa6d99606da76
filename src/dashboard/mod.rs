//! The dashboard model: what the panels of a page share, below every view. The page kind, the scope a
//! panel's requests depend on, the context the page provides (connection, entry, days, zone, the view and
//! the way to change it), what its rankings lead with, and the export registry where panels leave what they show. Panels are named by
//! [`crate::state::panel_id::PanelId`].

pub mod context;
pub mod exports;
pub mod lead;
pub mod page_kind;
pub mod panel_data;
pub mod scope;

pub use crate::state::panel_id::PanelId;
pub use context::DashboardContext;
pub use exports::ExportRegistry;
pub use lead::Lead;
pub use page_kind::PageKind;
pub use scope::Scope;
