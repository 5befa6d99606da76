//! Controls shared by the pages.

pub mod breakdown;
pub mod date_range;
pub mod export_button;
pub mod filter_panel;
pub mod panel;
pub mod table_twin;
