//! Small browser helpers that know nothing of the dashboard: later tasks and idle time (`tasks`), media
//! queries (`media`), and watching an element come near the viewport (`near_viewport`).

mod media;
mod near_viewport;
mod tasks;

pub use media::{media_matches, phone_layout};
pub use near_viewport::NearViewport;
pub use tasks::{next_task, when_idle};
