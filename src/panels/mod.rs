//! Dashboard panels, one per folder or file.

pub mod highlights;
