//! Dashboard panels, one per folder or file.

pub mod countries;
pub mod devices;
pub mod domains;
pub mod filters;
pub mod funnel;
pub mod heatmap;
pub mod highlights;
pub mod path;
pub mod playback;
pub mod trend;
pub mod users;
