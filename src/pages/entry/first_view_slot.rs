//! One slot of the first view: a titled panel that shows a skeleton until the first view's answer is
//! in, the request's error or its own part's error with a retry, or its panel drawn from the answer;
//! dimmed while a newer answer loads. The four panels at the top of the page share it.

use super::first_view::{FirstViewData, Loaded};
use crate::api::{explain, explain_response};
use crate::components::panel_error::PanelError;
use crate::components::skeleton::Skeleton;
use crate::dashboard::PanelId;
use crate::i18n::{t, Msg};
use leptos::prelude::*;
use report_api::ResponseError;

/// What a slot draws from a loaded first view: its panel, or the error of its own part of the answer.
pub type Draw = Box<dyn Fn(Loaded) -> Result<AnyView, ResponseError> + Send + Sync>;

/// A first-view panel.
#[component]
pub fn FirstViewSlot(
    /// Which panel (its heading's id is `{name}-title`).
    panel: PanelId,
    /// Its heading.
    title: Msg,
    /// The first view.
    first: FirstViewData,
    /// Its skeleton is the cards' (the highlights) rather than a line.
    #[prop(optional)]
    cards: bool,
    /// Draws the panel.
    draw: Draw,
) -> impl IntoView {
    let title_id = format!("{}-title", panel.name());
    let labelled_by = title_id.clone();
    let body = move || match first.last.get() {
        None if cards => {
            view! { <div class="cards skeleton" aria-busy="true"><p>{t(Msg::Loading)}</p></div> }.into_any()
        }
        None => view! { <Skeleton /> }.into_any(),
        Some(Err(e)) => view! { <PanelError message=explain(&e) on_retry=first.retry /> }.into_any(),
        Some(Ok(loaded)) => match draw(loaded) {
            Ok(panel) => panel,
            Err(e) => view! { <PanelError message=explain_response(&e) on_retry=first.retry /> }.into_any(),
        },
    };
    view! {
        <section class="panel" aria-labelledby=labelled_by class:reloading=move || first.reloading()>
            // Focusable from code (after filters are applied), not by Tab.
            <h2 id=title_id tabindex="-1">{t(title)}</h2>
            {body}
        </section>
    }
}
