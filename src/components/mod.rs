//! Controls shared by the pages.

pub mod date_range;
pub mod panel;
pub mod table_twin;
