//! Top countries: a world choropleth (darker = more plays) beside a ranked table; a country drills to its
//! regions, a region to its cities (dots from their coordinates); a breadcrumb goes back. Countries are
//! joined by ISO code, never by name; every country, however small, is a dot as well as a shape, so it can
//! be clicked. On a phone the map waits behind a "Show map" toggle.

use crate::api::breakdown::{load_pairs, Breakdown};
use crate::charts::map_option::{map_option, MapPlace};
use crate::charts::EChart;
use crate::components::breakdown::{
    csv_table, impression_columns, rank_by, rows_from, Breadcrumb, BreakdownTable, Column, Drill, Kind, Row,
};
use crate::components::left_out::RowsLeftOut;
use crate::components::panel::{panel_body, ExportablePanel};
use crate::components::phone_fold::PhoneFold;
use crate::dashboard::panel_data::use_panel_data_when;
use crate::dashboard::PanelId;
use crate::dashboard::{DashboardContext, Lead, Scope};
use crate::i18n::{t, tf, Msg};
use crate::state::filters::Dimension;
use leptos::prelude::*;
use report_api::geo::{parse_coordinates, stored_country_name};
use report_api::headers::*;
use report_api::{Pager, ReportAction, ReportCall, ReportInputFilter, ReportTable, ReportType, ServiceCall};

/// Rows asked for: more than there are countries (249 ISO codes). The reference dashboard asks for 500,
/// but a table of 500 rows and its compare values took a 200 ms task to lay out at 1280 px; a region
/// with more cities than this says how many are left out (`RowsLeftOut`).
const PAGE: u32 = 250;

/// The columns of every level, for a page that leads with `lead`. Report 36's `unique_known_users`
/// counts viewers who played (contract §3.1).
pub fn columns(lead: Lead) -> Vec<Column> {
    if lead == Lead::Impressions {
        return impression_columns();
    }
    vec![
        Column::new(COUNT_PLAYS, t(Msg::Plays), Kind::Count),
        Column::new("share_of_plays", t(Msg::ShareOfPlays), Kind::ShareOf(COUNT_PLAYS)),
        Column::new(COUNT_LOADS, t(Msg::PlayerImpressions), Kind::Count),
        Column::new(UNIQUE_KNOWN_USERS, t(Msg::UniqueViewers), Kind::Count),
        Column::new(AVG_COMPLETION_RATE, t(Msg::AvgCompletion), Kind::Percent),
        Column::new(AVG_VIEW_DROP_OFF, t(Msg::AvgDropOff), Kind::Fraction),
    ]
}

/// The calls of one level for every period: table then totals. `place` = (stored country name, region).
pub fn geo_calls(scope: &Scope, place: Option<(&str, Option<&str>)>) -> Vec<ServiceCall> {
    let mut calls = vec![];
    for bounds in scope.periods() {
        let mut f: ReportInputFilter = scope.filter(bounds);
        let report = match place {
            None => ReportType::MapOverlayCountry,
            Some((country, None)) => {
                f.country_in = Some(country.to_string());
                ReportType::MapOverlayRegion
            }
            Some((country, Some(region))) => {
                f.country_in = Some(country.to_string());
                f.region_in = Some(region.to_string());
                ReportType::MapOverlayCity
            }
        };
        calls.push(
            ReportCall::new(
                ReportAction::GetTable {
                    pager: Pager::new(PAGE, 1),
                    order: Some(format!("-{COUNT_PLAYS}")),
                },
                report,
                f.clone(),
            )
            .to_service_call(),
        );
        calls.push(ReportCall::new(ReportAction::GetTotal, report, f).to_service_call());
    }
    calls
}

/// The panel's data: countries, and when drilled the level shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Geo {
    /// The drill path asked for.
    pub path: Vec<String>,
    /// Every country.
    pub countries: Breakdown,
    /// The drilled country's name as shown, when the path names one that has plays.
    pub country_name: Option<String>,
    /// Regions or cities of the drilled place.
    pub drilled: Option<Breakdown>,
}

/// The display name of a country code among the rows.
pub fn country_name(table: &ReportTable, code: &str) -> Option<String> {
    table
        .iter()
        .find(|r| r.text("object_id") == code)
        .map(|r| r.text("country").to_string())
}

async fn load(client: crate::api::Client, scope: Scope, path: Vec<String>) -> Result<Geo, String> {
    let comparing = scope.comparing();
    let countries = load_pairs(client.clone(), geo_calls(&scope, None), comparing).await?;
    let Some(code) = path.first() else {
        return Ok(Geo {
            path,
            countries,
            country_name: None,
            drilled: None,
        });
    };
    let Some(name) = country_name(&countries.current.0, code) else {
        return Ok(Geo {
            path,
            countries,
            country_name: None,
            drilled: None,
        });
    };
    let place = (stored_country_name(&name), path.get(1).map(String::as_str));
    let drilled = load_pairs(client, geo_calls(&scope, Some(place)), comparing).await?;
    Ok(Geo {
        path,
        countries,
        country_name: Some(name),
        drilled: Some(drilled),
    })
}

/// The level of the drill-down shown: the countries, a country's regions, or a region's cities.
#[derive(Clone, Copy)]
struct Level {
    /// 0 for countries, 1 for regions, 2 for cities.
    depth: usize,
    /// The column rows are keyed by, and the one they are labelled by.
    key_header: &'static str,
    label_header: &'static str,
    /// The dimension a row filters by.
    dim: Dimension,
    /// The dimension's name, and the export's title.
    title: &'static str,
    export_title: &'static str,
}

impl Level {
    fn of(g: &Geo) -> Level {
        let depth = if g.drilled.is_some() {
            g.path.len().min(2)
        } else {
            0
        };
        let (key_header, label_header, dim, title, export_title) = match depth {
            0 => (
                "object_id",
                "country",
                Dimension::Country,
                t(Msg::Country),
                t(Msg::TopCountries),
            ),
            1 => (
                "region",
                "region",
                Dimension::Region,
                t(Msg::Region),
                t(Msg::Regions),
            ),
            _ => ("city", "city", Dimension::City, t(Msg::City), t(Msg::Cities)),
        };
        Level {
            depth,
            key_header,
            label_header,
            dim,
            title,
            export_title,
        }
    }

    /// The answer of this level.
    fn breakdown(self, g: &Geo) -> &Breakdown {
        match self.depth {
            0 => &g.countries,
            _ => g.drilled.as_ref().unwrap_or(&g.countries),
        }
    }

    /// The table's rows, ranked by the page's lead figure.
    fn rows(self, g: &Geo, columns: &[Column], lead: Lead) -> Vec<Row> {
        let level = self.breakdown(g);
        let label = |r: &report_api::TableRow<'_>| {
            let l = r.text(self.label_header);
            let shown = if l.is_empty() || l == "Unknown" {
                t(Msg::UnknownLocation).to_string()
            } else {
                l.to_string()
            };
            (shown, None)
        };
        let mut rows = rows_from(
            columns,
            self.key_header,
            label,
            (&level.current.0, Some(&level.current.1)),
            level.compare.as_ref().map(|(t, tt)| (t, Some(tt))),
        );
        rank_by(&mut rows, columns, lead.metric());
        rows
    }

    /// The map's places, each with its value of the page's lead figure.
    fn places(self, g: &Geo, lead: Lead) -> Vec<MapPlace> {
        self.breakdown(g)
            .current
            .0
            .iter()
            .map(|r| MapPlace {
                code: r.text(self.key_header).to_string(),
                name: r.text(self.label_header).to_string(),
                at: parse_coordinates(r.text("coordinates")),
                plays: r.num(lead.metric()),
            })
            .collect()
    }
}

/// The drill-down trail: all countries, then the country and the region drilled into.
fn trail(g: &Geo) -> Vec<String> {
    let mut steps = vec![t(Msg::AllCountries).to_string()];
    if let Some(name) = &g.country_name {
        steps.push(name.clone());
        if let Some(region) = g.path.get(1) {
            steps.push(region.clone());
        }
    }
    steps
}

/// The filter a row adds: a country by the name the store keeps (not its code), a region or a city as
/// it is.
fn filter_callback(ctx: DashboardContext, g: &Geo, level: Level) -> Callback<String> {
    let names: Vec<(String, String)> = g
        .countries
        .current
        .0
        .iter()
        .map(|r| (r.text("object_id").to_string(), r.text("country").to_string()))
        .collect();
    Callback::new(move |key: String| {
        let value = match names.iter().find(|(c, _)| *c == key) {
            Some((_, name)) if level.depth == 0 => stored_country_name(name).to_string(),
            _ => key,
        };
        ctx.add_filter(level.dim, &value);
    })
}

/// The top-countries panel.
#[component]
pub fn CountriesPanel() -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let path = Memo::new(move |_| ctx.state.with(|s| s.views.geo.clone()));
    let data = use_panel_data_when(
        move || ctx.primed.get(),
        move || (ctx.scope(), path.get()),
        move |(scope, path): (Scope, Vec<String>)| load(ctx.client(), scope, path),
    );
    let show_map = RwSignal::new(!crate::browser::phone_layout());
    let body = panel_body(data, move |g: Geo| view! { <GeoView g show_map /> });
    view! {
        <ExportablePanel
            name=PanelId::Countries
            title=t(Msg::TopCountries).to_string()
            status=data.status()
        >
            {body}
        </ExportablePanel>
    }
}

/// One level of the drill-down: its trail, the map (behind a toggle on a phone) and the table.
#[component]
fn GeoView(g: Geo, show_map: RwSignal<bool>) -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let lead = ctx.lead.get_untracked();
    let columns = columns(lead);
    let level = Level::of(&g);
    let depth = level.depth;
    let rows = level.rows(&g, &columns, lead);
    ctx.exports.set(
        PanelId::Countries,
        vec![csv_table(level.export_title, level.title, &columns, &rows)],
    );
    let places = level.places(&g, lead);
    let option = match lead {
        Lead::Plays => map_option(&places, depth > 0, t(Msg::Plays), t(Msg::MorePlays)),
        Lead::Impressions => map_option(
            &places,
            depth > 0,
            t(Msg::PlayerImpressions),
            t(Msg::MoreImpressions),
        ),
    };
    let label = tf(
        Msg::MapSummary,
        &[&crate::i18n::lower(level.title), &places.len().to_string()],
    );
    let set_path = move |p: Vec<String>| ctx.update(|s| s.views.geo = p);
    let path_now = g.path.clone();
    let open = Callback::new(move |key: String| {
        let mut p = path_now.clone();
        if key.is_empty() || key == "Unknown" || p.len() >= 2 {
            return;
        }
        if depth == 0 {
            p.clear();
        }
        p.push(key);
        set_path(p);
    });
    let drill = (depth < 2).then(|| Drill {
        on_open: open,
        label: if depth == 0 {
            t(Msg::ShowRegionsOf)
        } else {
            t(Msg::ShowCitiesOf)
        },
    });
    let on_back = Callback::new(move |keep: usize| {
        let mut p = ctx.state.with_untracked(|s| s.views.geo.clone());
        p.truncate(keep);
        set_path(p);
    });
    let missing = (!g.path.is_empty() && g.country_name.is_none()).then(|| {
        view! {
            <p class="notice-box" role="status">
                {tf(Msg::NoPlaysFromCountry, &[&g.path[0]])}
            </p>
        }
    });
    let row_count = rows.len();
    let answer = &level.breakdown(&g).current.0;
    let left_out = (answer.total_count, answer.omitted_rows);
    view! {
        <Breadcrumb steps=trail(&g) on_back />
        {missing}
        <button
            type="button"
            class="map-toggle"
            aria-expanded=move || show_map.get().to_string()
            on:click=move |_| show_map.update(|v| *v = !*v)
        >
            {move || if show_map.get() { t(Msg::HideMap) } else { t(Msg::ShowMap) }}
        </button>
        <div class="geo-layout">
            <Show when=move || show_map.get()>
                <div class="geo-map">
                    <EChart
                        option=Signal::derive({
                            let option = option.clone();
                            move || option.clone()
                        })
                        label=Signal::derive({
                            let label = label.clone();
                            move || label.clone()
                        })
                        height=360
                        world_map=true
                        on_click=if depth < 2 { open } else { Callback::new(|_| ()) }
                    />
                </div>
            </Show>
            <PhoneFold rows=row_count class="geo-table">
                <BreakdownTable
                    caption=tf(Msg::PlaysBy, &[&crate::i18n::lower(level.title)])
                    dimension=level.title
                    columns=columns.clone()
                    rows=rows.clone()
                    drill
                    on_filter=Some(filter_callback(ctx, &g, level))
                    rank_from=Some(1)
                />
                <RowsLeftOut shown=row_count total_count=left_out.0 omitted=left_out.1 />
            </PhoneFold>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_api::time_range::{DayRange, Zone};

    fn scope() -> Scope {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let r = DayRange::new(d, d);
        Scope {
            entry_id: "0_a".into(),
            zone: Zone::Fixed(0),
            current_days: r,
            compare_days: None,
            current: r.bounds(Zone::Fixed(0)),
            compare: None,
            filters: Default::default(),
            monthly: false,
            page: crate::dashboard::PageKind::Entry,
        }
    }

    #[test]
    fn each_level_asks_its_report_with_the_stored_names() {
        let top = geo_calls(&scope(), None);
        assert_eq!(top[0].params["reportType"], "36");
        assert_eq!(top[1].action, "getTotal");
        let regions = geo_calls(&scope(), Some(("Taiwan, Province of China", None)));
        assert_eq!(regions[0].params["reportType"], "37");
        assert_eq!(
            regions[0].params["reportInputFilter"]["countryIn"],
            "Taiwan, Province of China"
        );
        let cities = geo_calls(&scope(), Some(("France", Some("Brittany"))));
        assert_eq!(cities[0].params["reportType"], "30");
        assert_eq!(cities[0].params["reportInputFilter"]["regionIn"], "Brittany");
    }
}
