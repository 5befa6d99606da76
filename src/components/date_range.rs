//! The date range picker: presets or custom days, the compare period, and the time zone in use.

use crate::i18n::{t, tf, Msg};
use crate::state::{CompareChoice, DashboardState, RangeChoice};
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use report_api::calendar::{iso_date, parse_iso_date};
use report_api::time_range::{DayRange, Preset};

/// The label of a preset.
pub fn preset_label(p: Preset) -> &'static str {
    match p {
        Preset::Last7Days => t(Msg::Last7Days),
        Preset::Last30Days => t(Msg::Last30Days),
        Preset::Last90Days => t(Msg::Last90Days),
        Preset::Last3Months => t(Msg::Last3Months),
        Preset::Last12Months => t(Msg::Last12Months),
        Preset::ThisWeek => t(Msg::ThisWeek),
        Preset::ThisMonth => t(Msg::ThisMonth),
        Preset::ThisQuarter => t(Msg::ThisQuarter),
        Preset::ThisYear => t(Msg::ThisYear),
        Preset::LastMonth => t(Msg::LastMonth),
        Preset::SinceCreation => t(Msg::SinceCreation),
    }
}

/// Zones offered in the picker besides the browser's own (any IANA zone also works through `?tz=`).
pub const COMMON_ZONES: [&str; 24] = [
    "UTC",
    "America/Los_Angeles",
    "America/Denver",
    "America/Chicago",
    "America/New_York",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Madrid",
    "Europe/Warsaw",
    "Europe/Athens",
    "Africa/Johannesburg",
    "Asia/Jerusalem",
    "Asia/Dubai",
    "Asia/Kolkata",
    "Asia/Singapore",
    "Asia/Hong_Kong",
    "Asia/Tokyo",
    "Asia/Seoul",
    "Australia/Sydney",
    "Pacific/Auckland",
    "America/Mexico_City",
];

/// `3 Nov 2026 – 2 Dec 2026`.
pub fn range_label(r: DayRange) -> String {
    let f = |d: NaiveDate| crate::i18n::full_date(d.day(), d.month(), d.year());
    if r.first == r.last {
        f(r.first)
    } else {
        format!("{} – {}", f(r.first), f(r.last))
    }
}

fn iso(d: NaiveDate) -> String {
    iso_date(d)
}

fn parse(s: &str) -> Option<NaiveDate> {
    parse_iso_date(s)
}

/// A keydown handler that runs `apply` on Enter: a typed date is taken without reaching for a button.
fn on_enter(apply: impl Fn() + 'static) -> impl FnMut(leptos::ev::KeyboardEvent) + 'static {
    move |ev| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            apply();
        }
    }
}

/// What every date control reads and how it changes the view.
#[derive(Clone, Copy)]
struct Dates {
    state: Signal<DashboardState>,
    current: Signal<DayRange>,
    compare: Signal<Option<DayRange>>,
    on_change: Callback<DashboardState>,
}

impl Dates {
    /// Asks for the state changed by `f`.
    fn change(self, f: impl FnOnce(&mut DashboardState)) {
        let mut s = self.state.get_untracked();
        f(&mut s);
        self.on_change.run(s);
    }
}

/// Range, compare and zone controls. Every change produces a new state through `on_change`.
#[component]
pub fn DateRangeControls(
    /// The current state.
    #[prop(into)]
    state: Signal<DashboardState>,
    /// The days the current state resolves to.
    #[prop(into)]
    current: Signal<DayRange>,
    /// The compare days, if any.
    #[prop(into)]
    compare: Signal<Option<DayRange>>,
    /// The zone name shown.
    #[prop(into)]
    zone_name: Signal<String>,
    /// The browser's own zone name.
    #[prop(into)]
    browser_zone: Signal<String>,
    /// Receives the new state.
    on_change: Callback<DashboardState>,
) -> impl IntoView {
    let dates = Dates {
        state,
        current,
        compare,
        on_change,
    };
    view! {
        <div class="date-controls" role="group" aria-label=t(Msg::DateRange)>
            <RangePicker dates />
            <ComparePicker dates />
            <ZonePicker dates browser_zone />
            <p class="range-summary" aria-live="polite">
                <span class="range-days">{move || range_label(current.get())}</span>
                {move || compare.get().map(|c| view! { <span class="range-compare">{t(Msg::Versus)} {range_label(c)}</span> })}
                <span class="range-zone">{move || tf(Msg::DaysInZone, &[&zone_name.get()])}</span>
            </p>
        </div>
    }
}

/// What a custom range's two fields hold once edited: the input's value (`YYYY-MM-DD`, or empty while
/// a date is not whole); `None` for a field left as it was shown.
pub fn custom_days(shown: DayRange, from: Option<&str>, to: Option<&str>) -> Result<DayRange, Msg> {
    let read = |draft: Option<&str>, shown: NaiveDate| match draft {
        None => Some(shown),
        Some(text) => parse(text),
    };
    match (read(from, shown.first), read(to, shown.last)) {
        (Some(a), Some(b)) if a <= b => Ok(DayRange::new(a, b)),
        (Some(_), Some(_)) => Err(Msg::FromAfterTo),
        _ => Err(Msg::IncompleteDate),
    }
}

/// The range: a preset, or custom days (two dates and Apply, or Enter in either date).
#[component]
fn RangePicker(dates: Dates) -> impl IntoView {
    let Dates { state, current, .. } = dates;
    let custom_open = RwSignal::new(false);
    // The fields as typed. They are never written back into the inputs: a date input's value is empty
    // until its day, month and year are all typed, and writing that back would wipe what was typed.
    let custom_from: RwSignal<Option<String>> = RwSignal::new(None);
    let custom_to: RwSignal<Option<String>> = RwSignal::new(None);
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let range_value = move || match state.get().range {
        RangeChoice::Preset(p) if !custom_open.get() => p.key().to_string(),
        _ => "custom".to_string(),
    };
    let on_range = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        custom_from.set(None);
        custom_to.set(None);
        problem.set(None);
        if v == "custom" {
            custom_open.set(true);
        } else if let Some(p) = Preset::from_key(&v) {
            custom_open.set(false);
            dates.change(|s| s.range = RangeChoice::Preset(p));
        }
    };
    let apply_custom = move || {
        let days = custom_days(
            current.get_untracked(),
            custom_from.get_untracked().as_deref(),
            custom_to.get_untracked().as_deref(),
        );
        match days {
            Ok(days) => {
                problem.set(None);
                custom_open.set(false);
                custom_from.set(None);
                custom_to.set(None);
                dates.change(|s| s.range = RangeChoice::Custom(days));
            }
            Err(why) => problem.set(Some(why)),
        }
    };
    // One of the custom range's dates: the days shown until it is edited (the browser orders day,
    // month and year as the user's locale does, and takes them typed or picked).
    let day_input = move |draft: RwSignal<Option<String>>, last: bool| {
        view! {
            <input
                type="date"
                aria-invalid=move || problem.get().is_some().to_string()
                aria-describedby="custom-range-problem"
                prop:value=move || {
                    let r = current.get();
                    iso(if last { r.last } else { r.first })
                }
                on:input=move |ev| {
                    custom_open.set(true);
                    problem.set(None);
                    draft.set(Some(event_target_value(&ev)));
                }
                on:keydown=on_enter(apply_custom)
            />
        }
    };
    view! {
        <label class="control">
            <span>{t(Msg::DateRange)}</span>
            <select on:change=on_range prop:value=range_value>
                {Preset::ALL
                    .into_iter()
                    .map(|p| view! { <option value=p.key()>{preset_label(p)}</option> })
                    .collect_view()}
                <option value="custom">{t(Msg::CustomRange)}</option>
            </select>
        </label>
        <Show when=move || custom_open.get() || matches!(state.get().range, RangeChoice::Custom(_))>
            <div class="custom-range">
                <label class="control">
                    <span>{t(Msg::From)}</span>
                    {day_input(custom_from, false)}
                </label>
                <label class="control">
                    <span>{t(Msg::To)}</span>
                    {day_input(custom_to, true)}
                </label>
                <button type="button" class="apply" on:click=move |_| apply_custom() disabled=move || !custom_open.get()>
                    {t(Msg::Apply)}
                </button>
                <p id="custom-range-problem" class="field-problem" role="alert">
                    {move || problem.get().map(t)}
                </p>
            </div>
        </Show>
    }
}

/// The compare period: none, the previous period, last year, or a period starting on a day.
#[component]
fn ComparePicker(dates: Dates) -> impl IntoView {
    let Dates {
        state,
        current,
        compare,
        ..
    } = dates;
    let compare_value = move || match state.get().compare {
        None => "none".to_string(),
        Some(CompareChoice::Previous) => "prev".into(),
        Some(CompareChoice::LastYear) => "yoy".into(),
        Some(CompareChoice::StartingOn(_)) => "custom".into(),
    };
    let on_compare = move |ev: leptos::ev::Event| {
        let choice = match event_target_value(&ev).as_str() {
            "prev" => Some(CompareChoice::Previous),
            "yoy" => Some(CompareChoice::LastYear),
            "custom" => Some(CompareChoice::StartingOn(
                current.get_untracked().previous_period().first,
            )),
            _ => None,
        };
        dates.change(|s| s.compare = choice);
    };
    // A date input reports each whole date while the year is still being typed (0002, 0020, 0202,
    // 2026): the period changes once the field is left or Enter is pressed, not at every digit.
    let compare_draft: RwSignal<Option<String>> = RwSignal::new(None);
    let apply_compare_start = move || {
        let Some(draft) = compare_draft.get_untracked() else {
            return;
        };
        compare_draft.set(None);
        let shown = compare.get_untracked().map(|c| c.first);
        if let Some(d) = parse(&draft).filter(|d| Some(*d) != shown) {
            dates.change(|s| s.compare = Some(CompareChoice::StartingOn(d)));
        }
    };
    view! {
        <label class="control">
            <span>{t(Msg::CompareTo)}</span>
            <select on:change=on_compare prop:value=compare_value>
                <option value="none">{t(Msg::NoComparison)}</option>
                <option value="prev">{t(Msg::PreviousPeriod)}</option>
                <option value="yoy">{t(Msg::SamePeriodLastYear)}</option>
                <option value="custom">{t(Msg::CustomStart)}</option>
            </select>
        </label>
        <Show when=move || matches!(state.get().compare, Some(CompareChoice::StartingOn(_)))>
            <label class="control">
                <span>{t(Msg::CompareFrom)}</span>
                <input
                    type="date"
                    prop:value=move || compare.get().map(|c| iso(c.first)).unwrap_or_default()
                    on:input=move |ev| compare_draft.set(Some(event_target_value(&ev)))
                    on:blur=move |_| apply_compare_start()
                    on:keydown=on_enter(apply_compare_start)
                />
            </label>
        </Show>
    }
}

/// The zone days start in: the browser's, a common one, or the one the address names.
#[component]
fn ZonePicker(dates: Dates, browser_zone: Signal<String>) -> impl IntoView {
    let state = dates.state;
    let on_zone = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        dates.change(|s| s.time_zone = (!v.is_empty()).then_some(v));
    };
    view! {
        <label class="control">
            <span>{t(Msg::TimeZone)}</span>
            <select on:change=on_zone prop:value=move || state.get().time_zone.unwrap_or_default()>
                <option value="">{move || tf(Msg::ThisBrowser, &[&browser_zone.get()])}</option>
                {move || {
                    let chosen = state.get().time_zone;
                    let mut zones: Vec<String> = COMMON_ZONES.iter().map(|z| z.to_string()).collect();
                    if let Some(c) = chosen.filter(|c| !zones.contains(c)) {
                        zones.insert(0, c);
                    }
                    zones.into_iter().map(|z| view! { <option value=z.clone()>{z.clone()}</option> }).collect_view()
                }}
            </select>
        </label>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_labels() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(
            range_label(DayRange::new(d(2026, 11, 3), d(2026, 12, 2))),
            "3 Nov 2026 – 2 Dec 2026"
        );
        assert_eq!(
            range_label(DayRange::new(d(2026, 1, 1), d(2026, 1, 1))),
            "1 Jan 2026"
        );
    }

    #[test]
    fn custom_days_take_what_was_typed_and_say_what_is_missing() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let shown = DayRange::new(d(2026, 11, 8), d(2026, 12, 7));
        assert_eq!(custom_days(shown, None, None), Ok(shown));
        assert_eq!(
            custom_days(shown, Some("2026-10-01"), None),
            Ok(DayRange::new(d(2026, 10, 1), d(2026, 12, 7)))
        );
        // A date input is empty while its date is not whole.
        assert_eq!(custom_days(shown, Some(""), None), Err(Msg::IncompleteDate));
        assert_eq!(
            custom_days(shown, None, Some("2026-13-01")),
            Err(Msg::IncompleteDate)
        );
        assert_eq!(
            custom_days(shown, Some("2026-12-31"), None),
            Err(Msg::FromAfterTo)
        );
    }

    #[test]
    fn every_preset_has_a_label() {
        for p in Preset::ALL {
            assert!(!preset_label(p).is_empty());
        }
    }
}
