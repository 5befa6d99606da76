//! Top domains: where the player was embedded, with plays, their distribution, impressions, play/impression
//! ratio, minutes, completion and drop-off; any column sorts on the server; pages. A domain drills to its
//! page URLs with the same metrics and a daily or monthly graph.

use crate::api::paged::{all_rows, settle_page};
use crate::api::{explain, explain_response, slot_value, table_at, total_at, Client};
use crate::charts::line_option::LineSeries;
use crate::charts::number_format::Unit;
use crate::charts::{EChart, LineOption};
use crate::components::breakdown::{
    csv_table, impression_columns, rows_from, Breadcrumb, BreakdownTable, Column, Drill, Kind, Pager, Sorting,
};
use crate::components::panel::{panel_body, ExportablePanel};
use crate::dashboard::exports::WholeTables;
use crate::dashboard::panel_data::use_panel_data_when;
use crate::dashboard::PanelId;
use crate::dashboard::{DashboardContext, Lead, Scope};
use crate::export::csv::CsvTable;
use crate::format;
use crate::i18n::{t, tf, Msg};
use crate::panels::trend::{bucket_labels, series};
use crate::state::filters::Dimension;
use crate::state::views::{Sort, DOMAIN_GRAPH_METRICS};
use leptos::prelude::*;
use report_api::headers::*;
use report_api::time_range::TimeBounds;
use report_api::{
    GraphShape, Pager as ApiPager, ReportAction, ReportCall, ReportGraph, ReportTable, ReportTotal,
    ReportType, ServiceCall, DELIMITER,
};
use serde_json::Value;

/// Rows per page.
pub const PAGE_SIZE: u32 = 10;

/// The columns of the domains and page-URL tables, for a page that leads with `lead`.
pub fn columns(lead: Lead) -> Vec<Column> {
    if lead == Lead::Impressions {
        return impression_columns()
            .into_iter()
            .map(|c| if c.header == COUNT_LOADS { c.sortable() } else { c })
            .collect();
    }
    vec![
        Column::new(COUNT_PLAYS, t(Msg::Plays), Kind::Count).sortable(),
        Column::new(
            "plays_distribution",
            t(Msg::PlaysDistribution),
            Kind::ShareOf(COUNT_PLAYS),
        ),
        Column::new(COUNT_LOADS, t(Msg::PlayerImpressions), Kind::Count).sortable(),
        Column::new(LOAD_PLAY_RATIO, t(Msg::PlayImpressionRatio), Kind::Fraction).sortable(),
        Column::new(SUM_VIEW_PERIOD, t(Msg::MinutesViewed), Kind::Minutes).sortable(),
        Column::new(AVG_COMPLETION_RATE, t(Msg::AvgCompletion), Kind::Percent).sortable(),
        Column::new(AVG_VIEW_DROP_OFF, t(Msg::AvgDropOff), Kind::Fraction).sortable(),
    ]
}

/// The order asked for: the chosen one, or, on a page that leads with impressions, by impressions when
/// the chosen column is not shown there (the default order is by plays).
pub fn effective_sort(sort: Sort, lead: Lead) -> Sort {
    if lead == Lead::Impressions && sort.column != COUNT_LOADS {
        Sort::desc(COUNT_LOADS)
    } else {
        sort
    }
}

/// What the panel asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainsQuery {
    /// Dates, filters, zone.
    pub scope: Scope,
    /// The drilled domain.
    pub domain: Option<String>,
    /// The order.
    pub sort: Sort,
    /// The page asked for (1-based).
    pub page: u32,
}

/// One period's call of the table (page `page` of `page_size` rows) or its totals or graphs.
fn period_call(q: &DomainsQuery, bounds: TimeBounds, action: ReportAction) -> ServiceCall {
    let c = ReportCall::new(action, ReportType::TopSyndication, q.scope.plain_filter(bounds));
    match &q.domain {
        Some(d) => c.with_object_ids(d.clone()),
        None => c,
    }
    .to_service_call()
}

/// The table action for page `page` of `page_size` rows in the query's order.
fn table_action(q: &DomainsQuery, page: u32, page_size: u32) -> ReportAction {
    ReportAction::GetTable {
        pager: ApiPager::new(page_size, report_api::fit::page_to_ask(page, page_size)),
        order: Some(q.sort.wire()),
    }
}

/// Per period: table, totals, and when drilled the graphs.
pub fn domain_calls(q: &DomainsQuery) -> Vec<ServiceCall> {
    let mut calls = vec![];
    for bounds in q.scope.periods() {
        let call = |action| period_call(q, bounds, action);
        calls.push(call(table_action(q, q.page, PAGE_SIZE)));
        calls.push(call(ReportAction::GetTotal));
        if q.domain.is_some() {
            calls.push(call(ReportAction::GetGraphs));
        }
    }
    calls
}

/// Every domain (or page URL of the drilled domain) for an export, with each period's totals for the
/// shares, 12,000 rows at most.
async fn whole_domains(
    client: Client,
    q: DomainsQuery,
    lead: Lead,
    progress: Callback<(u64, u64)>,
) -> Result<Vec<CsvTable>, String> {
    let mut periods = vec![];
    for (i, bounds) in q.scope.periods().into_iter().enumerate() {
        let pages = |page: u32, size: u32| period_call(&q, bounds, table_action(&q, page, size));
        let table = if i == 0 {
            all_rows(&client, pages, |read, all| progress.run((read, all))).await?
        } else {
            all_rows(&client, pages, |_, _| {}).await?
        };
        let slots = client
            .multirequest(&[period_call(&q, bounds, ReportAction::GetTotal)])
            .await
            .map_err(|e| explain(&e))?;
        periods.push((table, total_at(&slots, 0)?));
    }
    let columns = columns(lead);
    let (key_header, title, export_title) = match q.domain {
        Some(_) => ("referrer", t(Msg::PageUrl), t(Msg::PageUrls)),
        None => ("domain_name", t(Msg::Domain), t(Msg::TopDomains)),
    };
    let current = periods.first().ok_or_else(|| t(Msg::PartNotLoaded).to_string())?;
    let rows = rows_from(
        &columns,
        key_header,
        |r| (r.text(key_header).to_string(), None),
        (&current.0, Some(&current.1)),
        periods.get(1).map(|(t, tt)| (t, Some(tt))),
    );
    Ok(vec![csv_table(export_title, title, &columns, &rows)])
}

/// One period's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainPeriod {
    /// The page of rows.
    pub table: ReportTable,
    /// Totals of every row.
    pub total: ReportTotal,
    /// By-date graphs (drilled only).
    pub graphs: Vec<ReportGraph>,
}

/// The panel's data.
#[derive(Debug, Clone, PartialEq)]
pub struct Domains {
    /// The current period.
    pub current: DomainPeriod,
    /// The compare period.
    pub compare: Option<DomainPeriod>,
}

/// Reads the answer of [`domain_calls`].
pub fn parse_domains(slots: &[crate::api::Slot], comparing: bool, drilled: bool) -> Result<Domains, String> {
    let per = if drilled { 3 } else { 2 };
    let period = |p: usize| -> Result<DomainPeriod, String> {
        let at = |i: usize| slot_value(slots.get(p * per + i));
        let table = table_at(slots, p * per)?;
        let total = total_at(slots, p * per + 1)?;
        let graphs = if drilled {
            at(2)
                .and_then(|v| ReportGraph::parse_all(v, DELIMITER, GraphShape::ByDate))
                .map_err(|e| explain_response(&e))?
        } else {
            vec![]
        };
        Ok(DomainPeriod { table, total, graphs })
    };
    Ok(Domains {
        current: period(0)?,
        compare: if comparing { Some(period(1)?) } else { None },
    })
}

fn graph_label(m: &str) -> &'static str {
    match m {
        COUNT_PLAYS => t(Msg::Plays),
        COUNT_LOADS => t(Msg::PlayerImpressions),
        LOAD_PLAY_RATIO => t(Msg::PlayImpressionRatioPct),
        SUM_VIEW_PERIOD => t(Msg::MinutesViewed),
        AVG_COMPLETION_RATE => t(Msg::AvgCompletionPct),
        _ => t(Msg::Metric),
    }
}

fn graph_option(current: &[ReportGraph], compare: Option<&[ReportGraph]>, metric: &str) -> Value {
    let scale = if metric == LOAD_PLAY_RATIO { 100.0 } else { 1.0 };
    let main = series(current, metric);
    let labels = bucket_labels(main.iter().map(|(k, _)| *k));
    let unit = Unit::of_metric(metric);
    let mut chart = LineOption::new(labels, "16").y_axis_of("", unit).series(
        LineSeries::new(graph_label(metric), main.iter().map(|(_, v)| v * scale).collect()).unit(unit),
    );
    if let Some(c) = compare {
        chart = chart.series(
            LineSeries::new(
                crate::i18n::in_compare(graph_label(metric)),
                series(c, metric).iter().map(|(_, v)| v * scale).collect(),
            )
            .unit(unit),
        );
    }
    chart.to_value()
}

/// The top-domains panel.
#[component]
pub fn DomainsPanel() -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let query = move || {
        let (domain, sort, page) = ctx
            .state
            .with(|s| (s.views.domain.clone(), s.views.domain_sort, s.views.domain_page));
        DomainsQuery {
            scope: ctx.scope(),
            domain,
            sort: effective_sort(sort, ctx.lead.get()),
            page,
        }
    };
    let data = use_panel_data_when(
        move || ctx.primed.get(),
        query,
        move |q: DomainsQuery| {
            let client = ctx.client();
            async move {
                let calls = domain_calls(&q);
                let slots = client.multirequest(&calls).await.map_err(|e| explain(&e))?;
                let mut d = parse_domains(&slots, q.scope.comparing(), q.domain.is_some())?;
                if let Some(before) = d.compare.as_mut() {
                    report_api::fit::keep_page(&mut before.table, q.page, PAGE_SIZE);
                }
                settle_page(&client, &mut d.current.table, q.page, PAGE_SIZE, || {
                    domain_calls(&DomainsQuery { page: 1, ..q.clone() }).swap_remove(0)
                })
                .await?;
                Ok((q, d))
            }
        },
    );
    let body = panel_body(
        data,
        move |(q, d): (DomainsQuery, Domains)| view! { <DomainsView q d /> },
    );
    view! {
        <ExportablePanel
            name=PanelId::Domains
            title=t(Msg::TopDomains).to_string()
            status=data.status()
        >
            {body}
        </ExportablePanel>
    }
}

/// The domains, or one domain's page URLs with its graph over time.
#[component]
fn DomainsView(q: DomainsQuery, d: Domains) -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let columns = columns(ctx.lead.get_untracked());
    let drilled = q.domain.clone();
    let (key_header, title, export_title, dim, count) = match drilled {
        Some(_) => (
            "referrer",
            t(Msg::PageUrl),
            t(Msg::PageUrls),
            Dimension::PageUrl,
            Msg::PageUrlsCount,
        ),
        None => (
            "domain_name",
            t(Msg::Domain),
            t(Msg::TopDomains),
            Dimension::Domain,
            Msg::DomainsCount,
        ),
    };
    let rows = rows_from(
        &columns,
        key_header,
        |r| (r.text(key_header).to_string(), None),
        (&d.current.table, Some(&d.current.total)),
        d.compare.as_ref().map(|c| (&c.table, Some(&c.total))),
    );
    let shown = rows.len();
    ctx.exports.set(
        PanelId::Domains,
        vec![csv_table(export_title, title, &columns, &rows)],
    );
    // The file holds every domain, not the page on screen.
    let (whole_query, lead) = (q.clone(), ctx.lead.get_untracked());
    ctx.exports.set_whole(
        PanelId::Domains,
        WholeTables::new(move |progress| whole_domains(ctx.client(), whole_query.clone(), lead, progress)),
    );
    let total_count = d.current.table.total_count;
    let heading = tf(count, &[&format::count(total_count as f64)]);
    let on_sort = Callback::new(move |h: &'static str| {
        ctx.update(|s| {
            s.views.domain_sort = s.views.domain_sort.clicked(h);
            s.views.domain_page = 1;
        })
    });
    let on_page = Callback::new(move |p: u32| ctx.update(|s| s.views.domain_page = p));
    // Opens a domain (`Some`) or goes back to all of them.
    let show_domain = move |domain: Option<String>| {
        ctx.update(|s| {
            s.views.domain = domain;
            s.views.domain_page = 1;
        })
    };
    let drill = drilled.is_none().then(|| Drill {
        on_open: Callback::new(move |key: String| show_domain(Some(key))),
        label: t(Msg::ShowPageUrlsOf),
    });
    let on_filter = Callback::new(move |key: String| ctx.add_filter(dim, &key));
    let on_back = Callback::new(move |_| show_domain(None));
    let mut steps = vec![t(Msg::AllDomains).to_string()];
    steps.extend(drilled.clone());
    let graph = drilled.map(|domain| view! { <DomainGraph domain d monthly=q.scope.monthly /> });
    view! {
        <Breadcrumb steps on_back />
        <p class="table-count">{heading}</p>
        {graph}
        <BreakdownTable
            caption=tf(Msg::WhereEmbedded, &[title])
            dimension=title
            columns=columns.clone()
            rows
            sorting=Some(Sorting { sort: q.sort, on_sort })
            drill
            on_filter=Some(on_filter)
            rank_from=Some(((q.page - 1) * PAGE_SIZE + 1) as usize)
        />
        <Pager page=q.page page_size=PAGE_SIZE total=total_count shown on_page />
    }
}

/// A domain's metric over time, with the choice of metric (drawn again when another is chosen).
#[component]
fn DomainGraph(domain: String, d: Domains, monthly: bool) -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let metric = Memo::new(move |_| ctx.state.with(|s| s.views.domain_metric));
    move || {
        let metric = metric.get();
        let option = graph_option(
            &d.current.graphs,
            d.compare.as_ref().map(|c| c.graphs.as_slice()),
            metric,
        );
        let points = series(&d.current.graphs, metric);
        let sum: f64 = points.iter().map(|p| p.1).sum();
        let label = tf(
            if sum == 0.0 {
                Msg::DomainTrendZero
            } else {
                Msg::DomainTrendSummary
            },
            &[
                &crate::i18n::lower(graph_label(metric)),
                &domain,
                t(if monthly { Msg::MonthUnit } else { Msg::DayUnit }),
                &points.len().to_string(),
            ],
        );
        view! {
            <div class="segmented metric-tabs" role="group" aria-label=t(Msg::GraphMetric)>
                {DOMAIN_GRAPH_METRICS
                    .iter()
                    .map(|m| {
                        let m = *m;
                        view! {
                            <button
                                type="button"
                                aria-pressed=(m == metric).to_string()
                                on:click=move |_| ctx.update(|s| s.views.domain_metric = m)
                            >
                                {graph_label(m)}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <EChart option=Signal::derive(move || option.clone()) label=Signal::derive(move || label.clone()) />
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_api::time_range::{DayRange, Zone};

    fn scope(compare: bool) -> Scope {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let r = DayRange::new(d, d);
        Scope {
            entry_id: "0_a".into(),
            zone: Zone::Fixed(0),
            current_days: r,
            compare_days: compare.then_some(r),
            current: r.bounds(Zone::Fixed(0)),
            compare: compare.then(|| r.bounds(Zone::Fixed(0))),
            filters: Default::default(),
            monthly: false,
            page: crate::dashboard::PageKind::Entry,
        }
    }

    #[test]
    fn drilled_domains_ask_for_graphs_and_page_urls() {
        let q = DomainsQuery {
            scope: scope(true),
            domain: Some("lms.example".into()),
            sort: Sort::desc(COUNT_PLAYS),
            page: 2,
        };
        let calls = domain_calls(&q);
        assert_eq!(calls.len(), 6);
        assert_eq!(calls[0].params["objectIds"], "lms.example");
        assert_eq!(calls[0].params["order"], "-count_plays");
        assert_eq!(calls[0].params["pager"]["pageIndex"], 2);
        assert_eq!(
            calls[0].params["reportInputFilter"]["objectType"],
            "KalturaReportInputFilter"
        );
        assert_eq!(calls[2].action, "getGraphs");
        let top = domain_calls(&DomainsQuery {
            domain: None,
            scope: scope(false),
            ..q
        });
        assert_eq!(top.len(), 2);
        assert!(top[0].params.get("objectIds").is_none());
    }

    #[test]
    fn a_user_filter_needs_the_end_user_class() {
        let mut s = scope(false);
        s.filters = s.filters.with(Dimension::User, "jdoe");
        let f = s.plain_filter(s.current);
        assert_eq!(f.to_json()["objectType"], "KalturaEndUserReportInputFilter");
        assert_eq!(f.to_json()["userIds"], "jdoe");
    }
}
