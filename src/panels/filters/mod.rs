//! Filters: the panel that picks them (location, device, operating system, browser, domain and page URL,
//! category / playback context, users, playback type; option lists from the API for the current dates),
//! and the chips that show the active ones, each removable. Applying re-queries every panel through the
//! URL.

pub mod chips;
pub mod choice_list;
pub mod options;
pub mod pickers;

pub use chips::FilterChips;

use crate::api::explain;
use crate::components::panel::panel_body;
use crate::dashboard::panel_data::use_panel_data;
use crate::dashboard::DashboardContext;
use crate::i18n::{t, Msg};
use crate::state::filters::{Dimension, Filters};
use choice_list::ChoiceList;
use leptos::prelude::*;
use options::{option_calls, parse_options, Options};
use pickers::{PageUrlChoices, PlaceChoices, PlaybackTypeChoices, UserChoices};

/// The "Filter" panel: the draft is edited here and applied at once.
#[component]
pub fn FilterPanel(
    /// Closes the panel.
    on_close: Callback<()>,
) -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let draft = RwSignal::new(ctx.state.with_untracked(|s| s.filters.clone()));
    let options = use_panel_data(
        move || ctx.scope().current,
        move |_| {
            let client = ctx.client();
            let calls = option_calls(&ctx.scope_untracked());
            async move {
                let slots = client.multirequest(&calls).await.map_err(|e| explain(&e))?;
                Ok::<Options, String>(parse_options(&slots))
            }
        },
    );
    let lists = panel_body(options, move |opts: Options| {
        opts.into_iter()
            .map(|(d, c)| {
                let domain_urls = (d == Dimension::Domain).then(|| view! { <PageUrlChoices draft /> });
                view! { <ChoiceList dim=d choices=c draft />{domain_urls} }
            })
            .collect_view()
    });
    let apply = move |_| {
        let s = ctx.state.get_untracked();
        ctx.on_change.run(s.with_filters(draft.get_untracked()));
        on_close.run(());
        // The user continues at the results, announced by their heading.
        crate::browser::focus_by_id_soon("highlights-title");
    };
    // Opened from the header: keyboard focus moves into the panel, to its first control.
    let panel = NodeRef::<leptos::html::Section>::new();
    Effect::new(move |_| {
        if let Some(section) = panel.get() {
            crate::browser::focus_first_control(&section);
        }
    });
    view! {
        <section class="panel filter-panel" aria-labelledby="filter-title" node_ref=panel>
            <div class="panel-head">
                <h2 id="filter-title">{t(Msg::Filter)}</h2>
                <div class="panel-tools">
                    <button type="button" on:click=move |_| draft.set(Filters::new())>{t(Msg::ClearAll)}</button>
                    <button type="button" on:click=move |_| on_close.run(())>{t(Msg::Cancel)}</button>
                    <button type="button" class="primary" on:click=apply>{t(Msg::ApplyFilters)}</button>
                </div>
            </div>
            <p class="muted">{t(Msg::ChoicesExplained)}</p>
            <div class="filter-grid">
                {lists}
                <PlaceChoices draft />
                <PlaybackTypeChoices draft />
                <UserChoices draft />
            </div>
        </section>
    }
}
