//! Small browser helpers that know nothing of the dashboard: the path the app is served under (`base`),
//! later tasks and idle time (`tasks`), media
//! queries (`media`), moving keyboard focus (`focus`), watching an element come near the viewport (`near_viewport`), and noticing
//! when the page's colours change (`theme`).

mod base;
mod focus;
mod media;
mod near_viewport;
mod tasks;
mod theme;

pub use base::{app_url, base_path, strip_base};
pub use focus::{focus_by_id_soon, focus_first_control};
pub use media::{media_matches, phone_layout};
pub use near_viewport::NearViewport;
pub use tasks::{next_task, when_idle};
pub use theme::theme_changes;
