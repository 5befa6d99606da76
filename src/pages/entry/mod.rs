//! The entry page: header, date range and compare, and the panels of one media entry.

pub mod data;

use crate::api::FetchError;
use crate::components::date_range::{range_label, DateRangeControls};
use crate::components::panel::PanelError;
use crate::config;
use crate::panels::highlights::HighlightCards;
use crate::state::{DashboardState, RangeChoice};
use chrono::NaiveDate;
use data::{first_view_calls, parse_first_view, FirstView};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use report_api::metadata::{Entry, MediaType};
use report_api::time_range::{DayRange, Preset, Zone};
use report_api::ResponseError;

/// A loaded first view with the days it covers.
#[derive(Debug, Clone, PartialEq)]
struct Loaded {
    view: FirstView,
    current: DayRange,
    compare: Option<DayRange>,
}

fn describe(e: &ResponseError) -> String {
    match e {
        ResponseError::Api(api) if api.is_session_error() => {
            "Your session has expired or is not valid. Open the dashboard again from your video portal or with a new KS.".into()
        }
        ResponseError::Api(api) if api.code == "ENTRY_ID_NOT_FOUND" => "There is no entry with this id.".into(),
        ResponseError::Api(api) => format!("The analytics service refused the request: {}", api.message),
        ResponseError::Malformed(m) => format!("The analytics service sent an answer we could not read ({m})."),
    }
}

fn describe_fetch(e: &FetchError) -> String {
    match e {
        FetchError::Response(r) => describe(r),
        other => other.to_string(),
    }
}

fn entry_kind(e: &Entry) -> &'static str {
    if e.is_interactive() {
        return "Interactive video";
    }
    match e.media_type {
        Some(MediaType::Video) => "Video",
        Some(MediaType::Audio) => "Audio",
        Some(MediaType::Image) => "Image",
        _ => "Entry",
    }
}

/// `/entry/:id`.
#[component]
pub fn EntryPage() -> impl IntoView {
    let Some(client) = config::client() else {
        return view! {
            <section class="panel notice-box" role="alert">
                <h1>"No session"</h1>
                <p>
                    "This dashboard needs a Kaltura session (KS). Open it from your video portal, or add "
                    <code>"?ks=…"</code> " (and " <code>"&serviceUrl=https://…"</code>
                    " for a Kaltura server other than this one) to the address."
                </p>
            </section>
        }
        .into_any();
    };
    let params = use_params_map();
    let location = use_location();
    let navigate = use_navigate();
    let entry_id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let parsed = Memo::new(move |_| {
        let search = location.search.get();
        let pairs: Vec<(String, String)> = form_urlencoded::parse(search.trim_start_matches('?').as_bytes())
            .into_owned()
            .collect();
        DashboardState::from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    });
    let state = Signal::derive(move || parsed.get().0);
    let browser_zone = config::browser_time_zone();
    let zone = Memo::new(move |_| state.get().zone(browser_zone.as_deref()));
    let created: RwSignal<Option<NaiveDate>> = RwSignal::new(None);
    let days = Memo::new(move |_| {
        let s = state.get();
        let z = zone.get();
        let today = z.local_date(config::now_unix());
        let created_day = match s.range {
            RangeChoice::Preset(Preset::SinceCreation) => created.get(),
            _ => None,
        };
        let current = s.days(today, created_day);
        (current, s.compare_days(current))
    });
    let pending = RwSignal::new(false);
    let resource = LocalResource::new(move || {
        let id = entry_id.get();
        let z: Zone = zone.get();
        let (current, compare) = days.get();
        let client = client.clone();
        pending.set(true);
        async move {
            let calls = first_view_calls(&id, z, current.bounds(z), compare.map(|c| c.bounds(z)));
            let result = client.multirequest(&calls).await;
            pending.set(false);
            result.map(|slots| Loaded {
                view: parse_first_view(&slots, compare.is_some()),
                current,
                compare,
            })
        }
    });
    // Keep the last answer on screen (dimmed) while a new one loads.
    let last: RwSignal<Option<Result<Loaded, FetchError>>> = RwSignal::new(None);
    Effect::new(move |_| {
        if let Some(result) = resource.get() {
            if let Ok(loaded) = &result {
                if let Ok(entry) = &loaded.view.entry {
                    let day = Zone::Fixed(0).local_date(entry.created_at);
                    if created.get_untracked() != Some(day) {
                        created.set(Some(day));
                    }
                }
            }
            last.set(Some(result));
        }
    });
    let on_change = Callback::new(move |s: DashboardState| {
        let query: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(s.to_query())
            .finish();
        navigate(
            &format!("/entry/{}?{}", urlencode(&entry_id.get_untracked()), query),
            Default::default(),
        );
    });
    let retry = Callback::new(move |_| resource.refetch());
    let zone_name = Signal::derive(move || match zone.get() {
        Zone::Iana(tz) => tz.name().to_string(),
        Zone::Fixed(_) => "UTC".to_string(),
    });

    let notices = move || {
        let list = parsed.get().1;
        (!list.is_empty()).then(|| {
            view! {
                <div class="notice-box" role="status">
                    <p>"Some parts of this link were not understood and were ignored:"</p>
                    <ul>
                        {list
                            .into_iter()
                            .map(|n| view! { <li><code>{n.param}</code> ": " {n.reason}</li> })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    };

    let header = move || {
        let loaded = last.get();
        match loaded {
            Some(Ok(l)) => match l.view.entry {
                Ok(entry) => {
                    let owner = l
                        .view
                        .owner
                        .map(|u| if u.full_name.is_empty() { u.id } else { u.full_name })
                        .unwrap_or_else(|| entry.user_id.clone());
                    view! {
                        <header class="entry-header">
                            <h1 class="entry-name" title=entry.name.clone()>{entry.name.clone()}</h1>
                            <p class="entry-meta">
                                <span class="entry-kind">{entry_kind(&entry)}</span>
                                " · Owner: "
                                <span class="entry-owner">{owner}</span>
                            </p>
                        </header>
                    }
                    .into_any()
                }
                Err(e) => view! {
                    <header class="entry-header">
                        <h1 class="entry-name">"Entry " {entry_id.get()}</h1>
                        <PanelError message=describe(&e) on_retry=retry />
                    </header>
                }
                .into_any(),
            },
            Some(Err(e)) => view! {
                <header class="entry-header">
                    <h1 class="entry-name">"Entry " {entry_id.get()}</h1>
                    <PanelError message=describe_fetch(&e) on_retry=retry />
                </header>
            }
            .into_any(),
            None => view! {
                <header class="entry-header" aria-busy="true">
                    <h1 class="entry-name skeleton-text">"Loading entry…"</h1>
                </header>
            }
            .into_any(),
        }
    };

    let highlights = move || match last.get() {
        None => view! { <div class="cards skeleton" aria-busy="true"><p>"Loading highlights…"</p></div> }
            .into_any(),
        Some(Err(e)) => view! { <PanelError message=describe_fetch(&e) on_retry=retry /> }.into_any(),
        Some(Ok(l)) => match l.view.current {
            Err(e) => view! { <PanelError message=describe(&e) on_retry=retry /> }.into_any(),
            Ok(current) => {
                let is_image = matches!(&l.view.entry, Ok(e) if e.media_type == Some(MediaType::Image));
                let compare = l.view.compare.map(|c| c.map_err(|e| describe(&e)));
                let compare_label = l.compare.map(range_label).unwrap_or_default();
                view! { <HighlightCards current compare is_image compare_label /> }.into_any()
            }
        },
    };

    view! {
        <div
            class="entry-page"
            data-ready=move || (last.get().is_some() && !pending.get()).to_string()
            data-from=move || days.get().0.bounds(zone.get()).from_date.to_string()
            data-to=move || days.get().0.bounds(zone.get()).to_date.to_string()
            data-compare-from=move || days.get().1.map(|c| c.bounds(zone.get()).from_date.to_string())
            data-compare-to=move || days.get().1.map(|c| c.bounds(zone.get()).to_date.to_string())
        >
            {notices}
            {header}
            <DateRangeControls
                state=state
                current=Signal::derive(move || days.get().0)
                compare=Signal::derive(move || days.get().1)
                zone_name=zone_name
                on_change=on_change
            />
            <section class="panel" aria-labelledby="highlights-title" class:reloading=move || pending.get() && last.get().is_some()>
                <h2 id="highlights-title">"Highlights"</h2>
                {highlights}
            </section>
        </div>
    }
    .into_any()
}

fn urlencode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
