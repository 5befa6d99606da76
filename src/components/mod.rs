//! Controls shared by the pages.

pub mod breakdown;
pub mod date_range;
pub mod deferred;
pub mod export_button;
pub mod filter_panel;
pub mod in_next_task;
pub mod left_out;
pub mod panel;
pub mod phone_fold;
pub mod table_twin;
