//! Engagement per user ("View engagement per user"): impressions, plays, average and total completion and
//! minutes per viewer, sorted and paged on the server, with a "Filter users" search; anonymous viewers are
//! one explicit row. A row expands to the viewer's heat map, loaded when it opens.

use crate::api::paged::{all_rows, settle_page};
use crate::api::{explain, explain_response, slot_value, table_at, Client};
use crate::components::breakdown::{
    csv_table_with_keys, rows_from, BreakdownTable, Column, Details, Kind, Pager, Sorting,
};
use crate::components::panel::panel_body;
use crate::dashboard::exports::WholeTables;
use crate::dashboard::panel_data::use_panel_data;
use crate::dashboard::PanelId;
use crate::dashboard::{DashboardContext, Scope};
use crate::export::csv::CsvTable;
use crate::format;
use crate::i18n::{t, tf, Msg};
use crate::panels::heatmap::{HeatLegend, UserHeatMap};
use crate::state::filters::Dimension;
use crate::state::views::{Sort, MAX_SEARCH_LEN};
use leptos::prelude::*;
use report_api::headers::*;
use report_api::metadata::{user_list, ListPage, User};
use report_api::{
    Pager as ApiPager, ReportAction, ReportCall, ReportTable, ReportType, ServiceCall, DELIMITER,
};

/// Rows per page.
pub const PAGE_SIZE: u32 = 25;

/// Users a page on a phone, where each user is a tall card: 25 of them made a page of 22,000 px.
pub const NARROW_PAGE_SIZE: u32 = 10;

/// The page size in the phone layout or a wider one.
pub fn page_size_for(phone: bool) -> u32 {
    if phone {
        NARROW_PAGE_SIZE
    } else {
        PAGE_SIZE
    }
}

/// How many users a search may match.
pub const SEARCH_LIMIT: u32 = 30;

/// The id of the anonymous viewers' shared identity.
pub const ANONYMOUS: &str = "Unknown";

/// The columns.
pub fn columns() -> Vec<Column> {
    vec![
        Column::new(COUNT_LOADS, t(Msg::PlayerImpressions), Kind::Count).sortable(),
        Column::new(COUNT_PLAYS, t(Msg::Plays), Kind::Count).sortable(),
        // A user who loaded the player and never played has no completion (N/A, not 0 %).
        Column::new(AVG_COMPLETION_RATE, t(Msg::AvgCompletion), Kind::Percent)
            .sortable()
            .needs(COUNT_PLAYS),
        Column::new(TOTAL_COMPLETION_RATE, t(Msg::TotalCompletion), Kind::Percent)
            .sortable()
            .needs(COUNT_PLAYS),
        Column::new(SUM_VIEW_PERIOD, t(Msg::MinutesViewed), Kind::Minutes).sortable(),
    ]
}

/// What the table asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct UsersQuery {
    /// Dates and filters.
    pub scope: Scope,
    /// The order.
    pub sort: Sort,
    /// The page asked for (1-based).
    pub page: u32,
    /// The search text.
    pub search: String,
    /// Users a page.
    pub page_size: u32,
}

/// The user ids a search matched, intersected with the page's user filter. `None` = no search.
pub fn search_ids(search: &str, matched: &[User], filter_users: &[String]) -> Option<Vec<String>> {
    let s = search.trim();
    if s.is_empty() {
        return None;
    }
    let mut ids: Vec<String> = matched
        .iter()
        .map(|u| u.id.clone())
        .filter(|id| !id.is_empty() && !id.contains(DELIMITER))
        .collect();
    // Both names are ASCII, so ASCII case folding decides a match exactly as Unicode folding would.
    let lower = s.to_ascii_lowercase();
    if "anonymous".starts_with(&lower) || ANONYMOUS.to_ascii_lowercase().starts_with(&lower) {
        ids.push(ANONYMOUS.to_string());
    }
    if !filter_users.is_empty() {
        ids.retain(|id| filter_users.contains(id));
    }
    ids.dedup();
    Some(ids)
}

/// The table call for one period, limited to `ids` when given.
pub fn table_call(q: &UsersQuery, compare: bool, ids: Option<&[String]>, page: u32) -> ServiceCall {
    let bounds = if compare {
        q.scope.compare.unwrap_or(q.scope.current)
    } else {
        q.scope.current
    };
    let mut f = q.scope.filter(bounds);
    if let Some(ids) = ids {
        f.user_ids = Some(ids.join(DELIMITER));
    }
    ReportCall::new(
        ReportAction::GetTable {
            pager: ApiPager::new(q.page_size, report_api::fit::page_to_ask(page, q.page_size)),
            order: Some(q.sort.wire()),
        },
        ReportType::UserTopContent,
        f,
    )
    .to_service_call()
}

/// The panel's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Users {
    /// The query answered.
    pub query: UsersQuery,
    /// The page of users.
    pub table: ReportTable,
    /// The same users in the compare period.
    pub compare: Option<ReportTable>,
    /// The search matched nobody.
    pub no_match: bool,
}

/// The user ids the query's search matches (`None` without a search).
async fn searched_ids(client: &Client, q: &UsersQuery) -> Result<Option<Vec<String>>, String> {
    if q.search.is_empty() {
        return Ok(None);
    }
    let slots = client
        .multirequest(&[user_list(Some(&q.search), None, SEARCH_LIMIT)])
        .await
        .map_err(|e| explain(&e))?;
    let page = slot_value(slots.first())
        .and_then(|v| ListPage::parse(v, User::parse))
        .map_err(|e| explain_response(&e))?;
    Ok(search_ids(
        &q.search,
        &page.objects,
        q.scope.filters.get(Dimension::User),
    ))
}

/// The users' whole table for an export: every user the search matches (12,000 at most), in the
/// table's order, each with its id and, when comparing, its figures in the compare period.
async fn whole_users(
    client: Client,
    q: UsersQuery,
    progress: Callback<(u64, u64)>,
) -> Result<Vec<CsvTable>, String> {
    let ids = searched_ids(&client, &q).await?;
    let paged = |compare: bool| {
        let (q, ids) = (q.clone(), ids.clone());
        move |page: u32, size: u32| {
            let q = UsersQuery {
                page_size: size,
                ..q.clone()
            };
            table_call(&q, compare, ids.as_deref(), page)
        }
    };
    let (table, compare) = if ids.as_ref().is_some_and(Vec::is_empty) {
        (ReportTable::default(), None)
    } else {
        let table = all_rows(&client, paged(false), |read, all| progress.run((read, all))).await?;
        let compare = if q.scope.comparing() {
            Some(all_rows(&client, paged(true), |_, _| {}).await?)
        } else {
            None
        };
        (table, compare)
    };
    let columns = columns();
    let rows = rows_from(
        &columns,
        "name",
        |r| user_label(r.text("name"), r.text("full_name")),
        (&table, None),
        compare.as_ref().map(|t| (t, None)),
    );
    Ok(vec![csv_table_with_keys(
        t(Msg::EngagementPerUser),
        t(Msg::User),
        t(Msg::UserId),
        &columns,
        &rows,
    )])
}

async fn load(client: Client, q: UsersQuery) -> Result<Users, String> {
    let ids = searched_ids(&client, &q).await?;
    if ids.as_ref().is_some_and(Vec::is_empty) {
        return Ok(Users {
            query: q,
            table: ReportTable::default(),
            compare: None,
            no_match: true,
        });
    }
    let slots = client
        .multirequest(&[table_call(&q, false, ids.as_deref(), q.page)])
        .await
        .map_err(|e| explain(&e))?;
    let mut table = table_at(&slots, 0)?;
    settle_page(&client, &mut table, q.page, q.page_size, || {
        table_call(&q, false, ids.as_deref(), 1)
    })
    .await?;
    // The compare period is asked for exactly the users on this page, so every row has its own past.
    let compare = if q.scope.comparing() {
        let names: Vec<String> = table
            .iter()
            .map(|r| r.text("name").to_string())
            .filter(|n| !n.is_empty() && !n.contains(DELIMITER))
            .collect();
        if names.is_empty() {
            Some(ReportTable::default())
        } else {
            let slots = client
                .multirequest(&[table_call(&q, true, Some(&names), 1)])
                .await
                .map_err(|e| explain(&e))?;
            Some(table_at(&slots, 0)?)
        }
    } else {
        None
    };
    Ok(Users {
        query: q,
        table,
        compare,
        no_match: false,
    })
}

/// A user's label: the full name, else the id; the anonymous identity by name.
pub fn user_label(name: &str, full_name: &str) -> (String, Option<String>) {
    if name == ANONYMOUS {
        return (
            t(Msg::AnonymousViewers).into(),
            Some(t(Msg::AnonymousNote).into()),
        );
    }
    if full_name.trim().is_empty() {
        (name.to_string(), None)
    } else {
        (full_name.to_string(), Some(name.to_string()))
    }
}

/// The engagement-per-user panel.
#[component]
pub fn UsersPanel() -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let open = Memo::new(move |_| ctx.state.with(|s| s.views.users_open));
    view! {
        <section class="panel" aria-labelledby="users-title">
            <div class="panel-head">
                <h2 id="users-title">{t(Msg::EngagementPerUser)}</h2>
                <div class="panel-tools">
                    <Show when=move || open.get()>
                        <crate::components::export_button::ExportButton panel=PanelId::Users />
                    </Show>
                    <button
                        type="button"
                        class="users-toggle"
                        aria-expanded=move || open.get().to_string()
                        aria-controls="users-body"
                        on:click=move |_| {
                            let now = open.get_untracked();
                            if now {
                                ctx.exports.remove(PanelId::Users);
                            }
                            ctx.update(|s| s.views.users_open = !now);
                        }
                    >
                        {move || if open.get() { t(Msg::HideEngagement) } else { t(Msg::ViewEngagement) }}
                    </button>
                </div>
            </div>
            <div id="users-body">
                <Show when=move || open.get()>
                    <UsersBody />
                </Show>
            </div>
        </section>
    }
}

/// The users' table with its count, search and paging.
#[component]
fn UsersBody() -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    // Chosen once, when the panel opens: a rotating phone keeps its page.
    let page_size = page_size_for(crate::browser::phone_layout());
    let query = move || {
        let (sort, page, search) = ctx.state.with(|s| {
            (
                s.views.users_sort,
                s.views.users_page,
                s.views.users_search.clone(),
            )
        });
        UsersQuery {
            scope: ctx.scope(),
            sort,
            page,
            search,
            page_size,
        }
    };
    let data = use_panel_data(query, move |q: UsersQuery| load(ctx.client(), q));
    let expanded = Memo::new(move |_| ctx.state.with(|s| s.views.users_expanded.clone()));
    let body = panel_body(data, move |u: Users| users_table(ctx, u, expanded.get()));
    view! {
        <UsersSearch />
        <HeatLegend />
        <div
            class="users-table"
            data-ready=move || data.ready().to_string()
            class:reloading=move || data.reloading()
        >
            {body}
        </div>
    }
}

/// The search over users' ids and names (kept in the address; a new search starts on page 1).
#[component]
fn UsersSearch() -> impl IntoView {
    let ctx = expect_context::<DashboardContext>();
    let draft = RwSignal::new(ctx.state.with_untracked(|s| s.views.users_search.clone()));
    let search = move |text: String| {
        let text: String = text.trim().chars().take(MAX_SEARCH_LEN).collect();
        ctx.update(|s| {
            s.views.users_search = text;
            s.views.users_page = 1;
        });
    };
    view! {
        <form
            class="users-search"
            role="search"
            on:submit=move |ev| {
                ev.prevent_default();
                search(draft.get_untracked());
            }
        >
            <label class="control">
                <span>{t(Msg::FilterUsers)}</span>
                <input
                    type="search"
                    maxlength=MAX_SEARCH_LEN.to_string()
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))
                />
            </label>
            <button type="submit">{t(Msg::Search)}</button>
            <Show when=move || ctx.state.with(|s| !s.views.users_search.is_empty())>
                <button
                    type="button"
                    on:click=move |_| {
                        draft.set(String::new());
                        search(String::new());
                    }
                >
                    {t(Msg::Clear)}
                </button>
            </Show>
        </form>
    }
}

/// What the count above the table says.
fn users_heading(u: &Users) -> String {
    let (total, search) = (u.table.total_count as f64, &u.query.search);
    if u.no_match {
        tf(Msg::NoUserMatches, &[search])
    } else if search.is_empty() {
        tf(Msg::ViewersCount, &[&format::count(total)])
    } else {
        tf(Msg::ViewersMatching, &[&format::count(total), search])
    }
}

/// A page of users, each row opening its heat map; left in the export registry too.
fn users_table(ctx: DashboardContext, u: Users, expanded: Vec<String>) -> impl IntoView {
    let columns = columns();
    let q = u.query.clone();
    let rows = rows_from(
        &columns,
        "name",
        |r| user_label(r.text("name"), r.text("full_name")),
        (&u.table, None),
        u.compare.as_ref().map(|t| (t, None)),
    );
    ctx.exports.set(
        PanelId::Users,
        vec![csv_table_with_keys(
            t(Msg::EngagementPerUser),
            t(Msg::User),
            t(Msg::UserId),
            &columns,
            &rows,
        )],
    );
    // The file holds every user, not the page on screen.
    let whole_query = q.clone();
    ctx.exports.set_whole(
        PanelId::Users,
        WholeTables::new(move |progress| whole_users(ctx.client(), whole_query.clone(), progress)),
    );
    let shown = rows.len();
    let total = u.table.total_count;
    let on_sort = Callback::new(move |h: &'static str| {
        ctx.update(|s| {
            s.views.users_sort = s.views.users_sort.clicked(h);
            s.views.users_page = 1;
        })
    });
    let on_page = Callback::new(move |p: u32| ctx.update(|s| s.views.users_page = p));
    let details = Details {
        expanded,
        on_expand: Callback::new(move |key: String| {
            ctx.update(|s| crate::state::views::toggle(&mut s.views.users_expanded, key))
        }),
        label: t(Msg::HeatMap),
        draw: Callback::new(move |(key, label): (String, String)| {
            view! { <UserHeatMap user_id=key label /> }.into_any()
        }),
    };
    let on_filter = Callback::new(move |key: String| ctx.add_filter(Dimension::User, &key));
    view! {
        <p class="table-count" aria-live="polite">{users_heading(&u)}</p>
        <BreakdownTable
            caption=t(Msg::EngagementPerUser).to_string()
            dimension=t(Msg::User)
            columns=columns.clone()
            rows
            sorting=Some(Sorting { sort: q.sort, on_sort })
            on_filter=Some(on_filter)
            rank_from=Some(((q.page - 1) * q.page_size + 1) as usize)
            details=Some(details)
        />
        <Pager page=q.page page_size=q.page_size total shown on_page />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(id: &str) -> User {
        User {
            id: id.into(),
            full_name: String::new(),
        }
    }

    #[test]
    fn phones_get_shorter_pages() {
        assert_eq!(page_size_for(true), NARROW_PAGE_SIZE);
        assert_eq!(page_size_for(false), PAGE_SIZE);
    }

    #[test]
    fn searches_reach_anonymous_viewers_and_respect_the_user_filter() {
        assert_eq!(search_ids(" ", &[], &[]), None);
        assert_eq!(
            search_ids("ano", &[user("anouk")], &[]),
            Some(vec!["anouk".to_string(), "Unknown".to_string()])
        );
        assert_eq!(
            search_ids("jo", &[user("jo|x"), user("joe")], &[]),
            Some(vec!["joe".to_string()])
        );
        assert_eq!(
            search_ids("jo", &[user("joe"), user("john")], &["john".to_string()]),
            Some(vec!["john".to_string()])
        );
        assert_eq!(search_ids("zz", &[], &[]), Some(vec![]));
    }

    #[test]
    fn labels_prefer_full_names() {
        assert_eq!(
            user_label("jdoe", "Jane Doe"),
            ("Jane Doe".into(), Some("jdoe".into()))
        );
        assert_eq!(user_label("jdoe", ""), ("jdoe".into(), None));
        assert_eq!(user_label("Unknown", "").0, "Anonymous viewers");
    }
}
