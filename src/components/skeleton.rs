//! The line a part shows while what it draws is on its way.

use crate::i18n::{t, Msg};
use leptos::prelude::*;

/// "Loading…", marked busy so tests and assistive technology know the part is on its way.
#[component]
pub fn Skeleton(
    /// A class beside `skeleton` (what kind of part waits).
    #[prop(optional)]
    extra: &'static str,
) -> impl IntoView {
    let class = if extra.is_empty() {
        "skeleton".to_string()
    } else {
        format!("skeleton {extra}")
    };
    view! { <p class=class aria-busy="true">{t(Msg::Loading)}</p> }
}
