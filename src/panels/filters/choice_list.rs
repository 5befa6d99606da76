//! Checkboxes of filter values, bound to the draft of the filter panel: one box, and a dimension's list
//! of them with the note of how many values it leaves out.

use super::options::{Choice, ChoiceSet};
use crate::components::left_out::RowsLeftOut;
use crate::format;
use crate::i18n::{t, Msg};
use crate::state::filters::{Dimension, Filters};
use leptos::prelude::*;

/// What a choice says of its plays, in the page's language (nothing when they are unknown).
fn plays_note(plays: f64) -> Option<String> {
    (plays > 0.0).then(|| format!(" {}", format::plays(plays)))
}

/// One value's checkbox: checked while the draft holds it, and adding or removing it.
#[component]
pub fn ChoiceBox(
    /// The dimension.
    dim: Dimension,
    /// The value the filter sends.
    value: String,
    /// What the reader sees.
    label: String,
    /// Its plays in the period (not shown when 0: unknown).
    #[prop(optional)]
    plays: f64,
    /// The filters being edited.
    draft: RwSignal<Filters>,
) -> impl IntoView {
    let checked_value = value.clone();
    view! {
        <li>
            <label>
                <input
                    type="checkbox"
                    prop:checked=move || draft.with(|f| f.contains(dim, &checked_value))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        draft.update(|f| *f = if on { f.with(dim, &value) } else { f.without(dim, &value) });
                    }
                />
                <span>{label}</span>
                {plays_note(plays).map(|note| view! { <span class="muted">{note}</span> })}
            </label>
        </li>
    }
}

/// A list of checkboxes for one dimension, bound to the draft.
#[component]
pub fn ChoiceList(dim: Dimension, choices: ChoiceSet, draft: RwSignal<Filters>) -> impl IntoView {
    let id = format!("filter-{}", dim.key());
    let (listed, total) = (choices.choices.len(), choices.total);
    // Values already chosen but absent from this period's list stay visible, so they can be removed.
    let mut all = choices.choices;
    for v in draft.get_untracked().get(dim) {
        if !all.iter().any(|c| &c.value == v) {
            all.push(Choice {
                value: v.clone(),
                label: v.clone(),
                plays: 0.0,
            });
        }
    }
    let empty = all.is_empty();
    view! {
        <fieldset class="filter-group" id=id>
            <legend>{dim.label()}</legend>
            {empty.then(|| view! { <p class="muted">{t(Msg::NoValues)}</p> })}
            <ul class="choices">
                {all
                    .into_iter()
                    .map(|c| view! { <ChoiceBox dim value=c.value label=c.label plays=c.plays draft /> })
                    .collect_view()}
            </ul>
            <RowsLeftOut shown=listed total_count=total />
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{set_current, Lang};

    #[test]
    fn a_choice_says_its_plays_in_the_page_language() {
        set_current(Lang::De);
        let german = (plays_note(1234.0), plays_note(1.0));
        set_current(Lang::En);
        assert_eq!(
            german,
            (Some(" 1.234 Wiedergaben".into()), Some(" 1 Wiedergabe".into()))
        );
        assert_eq!(plays_note(12.0).as_deref(), Some(" 12 plays"));
        assert_eq!(plays_note(0.0), None);
    }
}
