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

/// The range: a preset, or custom days (two dates and Apply).
#[component]
fn RangePicker(dates: Dates) -> impl IntoView {
    let Dates { state, current, .. } = dates;
    let custom_open = RwSignal::new(false);
    let custom_from = RwSignal::new(String::new());
    let custom_to = RwSignal::new(String::new());
    let range_value = move || match state.get().range {
        RangeChoice::Preset(p) if !custom_open.get() => p.key().to_string(),
        _ => "custom".to_string(),
    };
    let on_range = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        if v == "custom" {
            let r = current.get_untracked();
            custom_from.set(iso(r.first));
            custom_to.set(iso(r.last));
            custom_open.set(true);
        } else if let Some(p) = Preset::from_key(&v) {
            custom_open.set(false);
            dates.change(|s| s.range = RangeChoice::Preset(p));
        }
    };
    let apply_custom = move |_| {
        if let (Some(a), Some(b)) = (
            parse(&custom_from.get_untracked()),
            parse(&custom_to.get_untracked()),
        ) {
            custom_open.set(false);
            dates.change(|s| s.range = RangeChoice::Custom(DayRange::new(a, b)));
        }
    };
    // One of the custom range's dates: the days shown, or the draft once it is edited.
    let day_input = move |draft: RwSignal<String>, last: bool| {
        view! {
            <input
                type="date"
                prop:value=move || {
                    let r = current.get();
                    if custom_open.get() { draft.get() } else { iso(if last { r.last } else { r.first }) }
                }
                on:input=move |ev| {
                    custom_open.set(true);
                    draft.set(event_target_value(&ev));
                }
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
                <button type="button" class="apply" on:click=apply_custom disabled=move || !custom_open.get()>
                    {t(Msg::Apply)}
                </button>
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
    let on_compare_start = move |ev: leptos::ev::Event| {
        if let Some(d) = parse(&event_target_value(&ev)) {
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
                    on:change=on_compare_start
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
    fn every_preset_has_a_label() {
        for p in Preset::ALL {
            assert!(!preset_label(p).is_empty());
        }
    }
}
