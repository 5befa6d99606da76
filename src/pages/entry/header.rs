//! The page header: the entry's name, kind and owner, the filter toggle and the Export menu; in a portal,
//! the way back to the media and to all its details. While the first view loads it says so, and when
//! the entry cannot be read it says why, with a retry.

use super::first_view::FirstViewData;
use crate::api::{explain, explain_response};
use crate::components::export_button::ExportMenu;
use crate::components::panel_error::PanelError;
use crate::embed::messages::outbound;
use crate::embed::Connection;
use crate::i18n::{t, tf, Msg};
use leptos::prelude::*;
use report_api::metadata::{Entry, MediaType};

/// What the header shows: the entry, why it could not be read, or that it is loading.
#[derive(Clone, PartialEq)]
enum HeaderState {
    Loading,
    Entry { entry: Entry, owner: String },
    Failed(String),
}

/// The entry's kind in words.
fn entry_kind(e: &Entry) -> &'static str {
    if e.is_interactive() {
        return t(Msg::KindInteractive);
    }
    match e.media_type {
        Some(MediaType::Video) => t(Msg::KindVideo),
        Some(MediaType::Audio) => t(Msg::KindAudio),
        Some(MediaType::Image) => t(Msg::KindImage),
        _ => t(Msg::KindEntry),
    }
}

/// The back button's arrow, pointing the way the page's language reads back (right in Hebrew).
fn back_arrow() -> &'static str {
    if crate::i18n::current().rtl() {
        "→ "
    } else {
        "← "
    }
}

/// What the header shows of the first view's last answer.
fn header_state(first: FirstViewData) -> HeaderState {
    first.last.with(|l| match l {
        Some(Ok(l)) => match &l.view.entry {
            Ok(entry) => {
                // The owner's name, else its id (the owner may not be readable).
                let owner = match &l.view.owner {
                    Some(u) if !u.full_name.is_empty() => u.full_name.clone(),
                    Some(u) => u.id.clone(),
                    None => entry.user_id.clone(),
                };
                HeaderState::Entry {
                    entry: entry.clone(),
                    owner,
                }
            }
            Err(e) => HeaderState::Failed(explain_response(e)),
        },
        Some(Err(e)) => HeaderState::Failed(explain(e)),
        None => HeaderState::Loading,
    })
}

/// The page header.
#[component]
pub fn EntryHeader(
    /// The first view, whose answer names the entry.
    first: FirstViewData,
    /// The entry id of the route (named while the entry cannot be read).
    entry_id: Memo<String>,
    /// Whether the filter panel is open (the toggle flips it).
    filter_open: RwSignal<bool>,
    /// How many filters are on (the toggle says so).
    filter_count: Memo<usize>,
) -> impl IntoView {
    // A memo, so that a reload of the same entry leaves the header (and the state of its export menu) alone.
    let shown = Memo::new(move |_| header_state(first));
    move || match shown.get() {
        HeaderState::Entry { entry, owner } => view! {
            <EntryNamed entry owner filter_open filter_count />
        }
        .into_any(),
        HeaderState::Failed(message) => view! {
            <header class="entry-header">
                <h1 class="entry-name">{tf(Msg::EntryNamed, &[&entry_id.get()])}</h1>
                <PanelError message on_retry=first.retry />
            </header>
        }
        .into_any(),
        HeaderState::Loading => view! {
            <header class="entry-header" aria-busy="true">
                <h1 class="entry-name skeleton-text">{t(Msg::LoadingEntry)}</h1>
            </header>
        }
        .into_any(),
    }
}

/// The header of an entry that was read.
#[component]
fn EntryNamed(
    entry: Entry,
    owner: String,
    filter_open: RwSignal<bool>,
    filter_count: Memo<usize>,
) -> impl IntoView {
    let conn = expect_context::<Connection>();
    let entry_path = format!("/content/entries/entry/{}", entry.id);
    let see_all = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        conn.post(&outbound(
            "navigateTo",
            Some(serde_json::Value::String(entry_path.clone())),
        ));
    };
    // Standalone, the same two ways lead to real pages when the connection says where they are.
    let (media_page, details_page) = crate::config::links_for(&entry.id);
    let standalone_back = move || {
        media_page.clone().map(|href| {
            view! { <a class="back" href=href rel="external">{back_arrow()} {t(Msg::BackToMedia)}</a> }
        })
    };
    let standalone_details = move || {
        details_page
            .clone()
            .map(|href| view! { " · " <a href=href rel="external">{t(Msg::SeeAllDetails)}</a> })
    };
    view! {
        <header class="entry-header">
            <Show when=move || conn.embedded() fallback=standalone_back>
                <button
                    type="button"
                    class="back"
                    on:click=move |_| conn.post(&outbound("navigateBack", None))
                >
                    {back_arrow()} {t(Msg::BackToMedia)}
                </button>
            </Show>
            <h1 class="entry-name" title=entry.name.clone()>{entry.name.clone()}</h1>
            <div class="entry-actions">
                <button
                    type="button"
                    class="filter-toggle"
                    aria-expanded=move || filter_open.get().to_string()
                    on:click=move |_| filter_open.update(|o| *o = !*o)
                >
                    {move || match filter_count.get() {
                        0 => t(Msg::Filter).to_string(),
                        n => tf(Msg::FilterCount, &[&n.to_string()]),
                    }}
                </button>
                <ExportMenu />
            </div>
            <p class="entry-meta">
                <span class="entry-kind">{entry_kind(&entry)}</span>
                " · "
                <span class="entry-owner" title=owner.clone()>{tf(Msg::Owner, &[&owner])}</span>
                <Show when=move || conn.embedded() fallback=standalone_details>
                    " · "
                    <a href="#" on:click=see_all.clone()>
                        {t(Msg::SeeAllDetails)}
                    </a>
                </Show>
            </p>
        </header>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{set_current, Lang};

    #[test]
    fn back_points_the_reading_way() {
        assert_eq!(back_arrow(), "← ");
        set_current(Lang::He);
        let hebrew = back_arrow();
        set_current(Lang::En);
        assert_eq!(hebrew, "→ ");
    }
}
