//! The "CSV" button of a panel, and the page's "Export" menu: instant downloads of what is on screen.

use crate::components::deferred::Deferred;
use crate::dashboard::{DashboardContext, PanelId};
use crate::export::{csv, download, file_name, meta_lines};
use crate::i18n::{t, tf, Msg};
use crate::split::{wasm_split, ChunkError, ChunkLoad};
use leptos::prelude::*;

/// The export file of `tables` with the page's range, compare, filters and zone in its first lines.
pub fn export_document(ctx: &DashboardContext, tables: &[csv::CsvTable]) -> String {
    let (current, compare) = ctx.days.get_untracked();
    let filters: Vec<(String, String)> = ctx.state.with_untracked(|s| {
        s.filters
            .chips()
            .into_iter()
            .map(|(d, v)| (d.label().to_string(), v))
            .collect()
    });
    let entry = ctx
        .entry
        .get_untracked()
        .map(|e| format!("{} ({})", e.name, e.id))
        .unwrap_or_else(|| ctx.entry_id.get_untracked());
    csv::document(
        &meta_lines(&entry, ctx.zone.get_untracked(), current, compare, &filters),
        tables,
    )
}

/// Downloads `tables` as `what`; a refusal is reported in `status`.
pub fn export_now(ctx: &DashboardContext, what: &str, tables: &[csv::CsvTable], status: RwSignal<String>) {
    let (current, _) = ctx.days.get_untracked();
    let doc = export_document(ctx, tables);
    let name = file_name(&ctx.entry_id.get_untracked(), what, current);
    match download(&name, &doc) {
        Ok(()) => status.set(tf(Msg::Downloaded, &[&name])),
        Err(e) => status.set(tf(Msg::ExportFailed, &[&e.to_string()])),
    }
}

/// Builds and downloads the file of `tables` as `what`. The code that builds files is a wasm chunk of its
/// own, fetched on the first export.
#[wasm_split(export, fallible)]
fn export_file(
    ctx: DashboardContext,
    what: &'static str,
    tables: Vec<csv::CsvTable>,
    status: RwSignal<String>,
) -> Result<(), ChunkError> {
    export_now(&ctx, what, &tables, status);
    Ok(())
}

/// Downloads `tables` (one panel's or the page's) once they and the export code are in; a failure to
/// fetch that code is reported in `status`.
fn start_export(
    ctx: DashboardContext,
    what: &'static str,
    tables: impl std::future::Future<Output = Result<Vec<csv::CsvTable>, String>> + 'static,
    status: RwSignal<String>,
) {
    leptos::task::spawn_local(async move {
        let done = match tables.await {
            Ok(tables) => export_file(ctx, what, tables, status)
                .await
                .map_err(|_| t(Msg::PartNotLoaded).to_string()),
            Err(why) => Err(why),
        };
        if let Err(why) = done {
            status.set(tf(Msg::ExportFailed, &[&why]));
        }
    });
}

/// What an export that fetches every row says while it runs: `Fetching rows: 500 of 2,381…`.
fn progress_text(progress: Option<(u64, u64)>) -> Option<String> {
    progress.map(|(read, all)| {
        tf(
            Msg::FetchingRows,
            &[
                &crate::format::count(read as f64),
                &crate::format::count(all as f64),
            ],
        )
    })
}

/// A panel's CSV button: shown once the panel has data.
#[component]
pub fn ExportButton(
    /// The panel whose tables it downloads.
    panel: PanelId,
) -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let status = RwSignal::new(String::new());
    view! {
        <Show when=move || ctx.exports.has(panel)>
            <button
                type="button"
                class="export-csv"
                data-panel=panel.name()
                title=t(Msg::DownloadPanelCsv)
                aria-busy=move || ctx.exports.progress(panel).is_some().to_string()
                on:click=move |_| start_export(ctx, panel.name(), ctx.exports.panel(panel), status)
            >
                {t(Msg::Csv)}
                <span class="visually-hidden">" — " {t(Msg::DownloadPanelCsv)}</span>
            </button>
        </Show>
        <span class="export-progress" role="status">{move || progress_text(ctx.exports.progress(panel))}</span>
        <span class="visually-hidden" role="status">{move || status.get()}</span>
    }
}

/// The group name of the e-mailed export (not translated: see [`email_export_call`]).
pub const EMAIL_REPORTS_GROUP: &str = "Entry analytics";

/// The e-mailed export Kaltura's dashboard offers (`report.exportToCsv`): the page's main reports for the
/// current dates and filters, titled as the panels are.
pub fn email_export_call(ctx: &DashboardContext) -> report_api::ServiceCall {
    use report_api::headers::COUNT_PLAYS;
    use report_api::request::{ExportItem, ExportItemAction, ExportParams};
    use report_api::ReportType::{self, *};
    use ExportItemAction::{Graph, Table, Total};
    let scope = ctx.scope_untracked();
    let f = scope.filter(scope.current);
    // (title, action, report, the metric its rows are ordered by, largest first)
    let reports: [(Msg, ExportItemAction, ReportType, Option<&str>); 8] = [
        (Msg::Highlights, Total, UserTopContent, None),
        (Msg::MetricsOverTime, Graph, UserTopContent, None),
        (Msg::EngagementFunnel, Total, ContentDropoff, None),
        (Msg::ViewsOnPlayback, Table, Percentiles, None),
        (Msg::EngagementPerUser, Table, UserTopContent, Some(COUNT_PLAYS)),
        (Msg::TopCountries, Table, MapOverlayCountry, Some(COUNT_PLAYS)),
        (Msg::Devices, Table, Platforms, None),
        (Msg::TopDomains, Table, TopSyndication, Some(COUNT_PLAYS)),
    ];
    let items = reports
        .into_iter()
        .map(|(title, action, report, by)| ExportItem {
            report_title: t(title).to_string(),
            action,
            report_type: report,
            filter: if report == TopSyndication {
                scope.plain_filter(scope.current)
            } else {
                f.clone()
            },
            order: by.map(|h| format!("-{h}")),
            object_ids: None,
        })
        .collect();
    ExportParams {
        recipient_email: None,
        time_zone_offset: scope.current.time_zone_offset,
        items,
        // Kaltura accepts only ASCII word characters and spaces here (`/^\w[\w\s]*$/`), whatever the
        // page's language: the group name stays English.
        reports_items_group: Some(EMAIL_REPORTS_GROUP.into()),
    }
    .to_service_call()
}

/// The header's "Export" menu: the whole page as CSV now, or the e-mailed export. Its options are a
/// wasm chunk of their own, fetched when the menu first opens.
#[component]
pub fn ExportMenu() -> impl IntoView {
    let open = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    view! {
        <div class="export-menu">
            <button
                type="button"
                class="export-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="export-options"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {t(Msg::Export)}
            </button>
            <Show when=move || open.get()>
                <Deferred load=ChunkLoad::new(move || export_options(status)) />
            </Show>
            <p class="export-status" role="status">{move || status.get()}</p>
        </div>
    }
}

/// The options of the export menu.
#[wasm_split(export, fallible)]
fn export_options(status: RwSignal<String>) -> Result<AnyView, ChunkError> {
    let ctx = expect_context::<DashboardContext>();
    let emailing = RwSignal::new(false);
    let email = move |_| {
        emailing.set(true);
        status.set(t(Msg::AskingEmail).into());
        let client = ctx.client();
        let call = email_export_call(&ctx);
        leptos::task::spawn_local(async move {
            let r = client.multirequest(&[call]).await;
            emailing.set(false);
            status.set(match r {
                Err(e) => tf(Msg::EmailFailed, &[&crate::api::explain(&e)]),
                Ok(slots) => match crate::api::slot_value(slots.first()) {
                    Err(e) => tf(Msg::EmailFailed, &[&crate::api::explain_response(&e)]),
                    Ok(v) => match v.get("reportEmail").and_then(|e| e.as_str()) {
                        Some(to) => tf(Msg::EmailedTo, &[to]),
                        None => t(Msg::EmailedToYou).into(),
                    },
                },
            });
        });
    };
    Ok(view! {
        <div class="export-options" id="export-options">
            <button
                type="button"
                class="export-all"
                on:click=move |_| start_export(ctx, "page", ctx.exports.all(), status)
            >
                {t(Msg::DownloadPageCsv)}
            </button>
            <button type="button" class="export-email" disabled=move || emailing.get() on:click=email>
                {t(Msg::EmailFullReport)}
            </button>
            <p class="muted small">{t(Msg::CsvHoldsExactly)}</p>
        </div>
    }
    .into_any())
}
