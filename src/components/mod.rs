//! Widgets shared by the panels and pages: they know no page, take what they need as props, and read
//! at most the dashboard model (the export buttons read the export registry).

pub mod breakdown;
pub mod date_range;
pub mod deferred;
pub mod export_button;
pub mod in_next_task;
pub mod left_out;
pub mod panel;
pub mod panel_error;
pub mod phone_fold;
pub mod skeleton;
pub mod table_twin;
