//! Dashboard panels, one per folder or file.

pub mod funnel;
pub mod highlights;
pub mod playback;
pub mod trend;
