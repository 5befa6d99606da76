//! Small browser helpers that know nothing of the dashboard: later tasks and idle time (`tasks`), media
//! queries (`media`), watching an element come near the viewport (`near_viewport`), and noticing
//! when the page's colours change (`theme`).

mod media;
mod near_viewport;
mod tasks;
mod theme;

pub use media::{media_matches, phone_layout};
pub use near_viewport::NearViewport;
pub use tasks::{next_task, when_idle};
pub use theme::theme_changes;
