//! The active filters as removable chips, with "Clear all".

use crate::dashboard::DashboardContext;
use crate::i18n::{t, tf, Msg};
use crate::state::filters::{playback_type_label, Dimension, Filters};
use leptos::prelude::*;

/// A chip's label: `Country: France`, with playback types and known context names readable.
pub fn chip_label(d: Dimension, value: &str) -> String {
    let v = match d {
        Dimension::PlaybackType => playback_type_label(value).to_string(),
        Dimension::User if value == "Unknown" => t(Msg::AnonymousViewers).to_string(),
        _ => value.to_string(),
    };
    format!("{}: {v}", d.label())
}

/// The active filters as removable chips, with "Clear all".
#[component]
pub fn FilterChips() -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let chips = Memo::new(move |_| ctx.state.with(|s| s.filters.chips()));
    view! {
        <Show when=move || !chips.get().is_empty()>
            <div class="filter-chips" role="region" aria-label=t(Msg::ActiveFilters)>
                <span class="chips-title">{t(Msg::FilteredTo)}</span>
                <ul>
                    {move || {
                        chips
                            .get()
                            .into_iter()
                            .map(|(d, v)| {
                                let label = chip_label(d, &v);
                                view! {
                                    <li class="chip" data-dim=d.key()>
                                        <span>{label.clone()}</span>
                                        <button
                                            type="button"
                                            aria-label=tf(Msg::RemoveFilter, &[&label])
                                            on:click=move |_| {
                                                let s = ctx.state.get_untracked();
                                                let f = s.filters.without(d, &v);
                                                ctx.on_change.run(s.with_filters(f));
                                            }
                                        >
                                            "×"
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <button
                    type="button"
                    class="link"
                    on:click=move |_| {
                        let s = ctx.state.get_untracked();
                        ctx.on_change.run(s.with_filters(Filters::new()));
                    }
                >
                    {t(Msg::ClearAll)}
                </button>
            </div>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chips_read_well() {
        assert_eq!(chip_label(Dimension::PlaybackType, "dvr"), "Playback type: DVR");
        assert_eq!(chip_label(Dimension::User, "Unknown"), "User: Anonymous viewers");
    }
}
