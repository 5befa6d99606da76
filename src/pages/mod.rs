//! The routed pages.

pub mod entry;
