//! The active filters as removable chips, with "Clear all". A value the data does not have for these
//! dates (a typo in an address, `country=Atlantis`) is marked on its chip: such a filter empties every
//! panel, and the reader should see why.

use super::options::{known_value_calls, parse_known, unknown_values};
use crate::api::explain;
use crate::dashboard::panel_data::use_panel_data;
use crate::dashboard::DashboardContext;
use crate::i18n::{t, tf, Msg};
use crate::state::filters::{playback_type_label, Dimension, Filters};
use leptos::prelude::*;
use report_api::ServiceCall;

/// The filtered values the data does not have for the scope's dates (empty until known, or when the
/// lists cannot be read: a chip is marked only when the data says so).
fn use_unknown_values(ctx: DashboardContext) -> Memo<Vec<(Dimension, String)>> {
    // Keyed on the lists asked for and the filters, not the whole scope: turning compare on or
    // changing a view of a panel asks nothing again.
    let data = use_panel_data(
        move || {
            let scope = ctx.scope();
            (known_value_calls(&scope), scope.filters)
        },
        move |(asked, filters): (Vec<(Dimension, ServiceCall)>, Filters)| {
            let client = ctx.client();
            async move {
                let (dims, calls): (Vec<Dimension>, Vec<ServiceCall>) = asked.into_iter().unzip();
                if calls.is_empty() {
                    return Ok(vec![]);
                }
                let slots = client.multirequest(&calls).await.map_err(|e| explain(&e))?;
                Ok(unknown_values(&filters, &parse_known(&slots, &dims)))
            }
        },
    );
    Memo::new(move |_| {
        data.last
            .with(|l| l.as_ref().and_then(|r| r.as_ref().ok()).cloned())
            .unwrap_or_default()
    })
}

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
    let unknown = use_unknown_values(ctx);
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
                                let key = (d, v.clone());
                                let lacking = move || unknown.with(|u| u.contains(&key));
                                view! {
                                    <li class="chip" class:unknown-value=lacking.clone() data-dim=d.key()>
                                        <span>{label.clone()}</span>
                                        <Show when=lacking.clone()>
                                            <span class="chip-warning">{t(Msg::NotInData)}</span>
                                        </Show>
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
