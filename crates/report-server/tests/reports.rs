//! Every report the dashboards use, computed from the generated events, checked against each other where
//! the numbers agree by definition, and against the contract's shapes.

mod common;

use common::*;
use report_api::{GraphShape, ReportGraph, ReportTable, ReportTotal};
use serde_json::{json, Value};

fn total(report_type: &str, f: Value) -> ReportTotal {
    ReportTotal::parse(&report("getTotal", report_type, f, json!({})), "|").expect("a total")
}

fn table(report_type: &str, f: Value, page_size: u32, order: Option<&str>) -> ReportTable {
    let mut extra = json!({"pager": {"pageSize": page_size, "pageIndex": 1}});
    if let Some(o) = order {
        extra["order"] = json!(o);
    }
    ReportTable::parse(&report("getTable", report_type, f, extra), "|").expect("a table")
}

#[test]
fn highlight_totals_are_consistent() {
    let t = total("13", filter(30));
    let plays = t.num("count_plays");
    let loads = t.num("count_loads");
    assert!(plays > 100.0, "the demo entry is watched: {plays}");
    assert!(loads >= plays);
    assert!(t.num("unique_viewers") <= t.num("unique_known_users"));
    assert!(t.num("unique_viewers") >= 1.0);
    let ratio = t.num("load_play_ratio");
    assert!((ratio - plays / loads).abs() < 1e-9);
    let completion = t.num("avg_completion_rate");
    assert!(completion > 0.0 && completion <= 100.0);
    assert!((t.num("avg_view_period_time") - t.num("sum_view_period") / plays).abs() < 1e-6);
}

#[test]
fn breakdowns_sum_to_the_total_plays() {
    let plays = total("13", filter(30)).num("count_plays");
    for (report_type, size) in [
        ("36", 500),
        ("21", 100),
        ("6", 500),
        ("25", 100),
        ("22", 100),
        ("23", 100),
    ] {
        let t = table(report_type, filter(30), size, None);
        let sum: f64 = t.iter().map(|r| r.num("count_plays")).sum();
        assert_eq!(sum, plays, "report {report_type} rows sum to the total");
        assert_eq!(
            t.total_count as usize,
            t.rows.len(),
            "report {report_type}: one page holds all"
        );
    }
    // The same holds for impressions.
    let loads = total("13", filter(30)).num("count_loads");
    let devices = table("21", filter(30), 100, None);
    assert_eq!(devices.iter().map(|r| r.num("count_loads")).sum::<f64>(), loads);
}

#[test]
fn region_and_city_drill_downs_sum_to_their_parent() {
    let countries = table("36", filter(90), 500, None);
    let top = countries.row(0).unwrap();
    let country = top.text("country").to_string();
    let mut f = filter(90);
    f["countryIn"] = json!(country);
    let regions = table("37", f.clone(), 500, None);
    assert!(!regions.is_empty());
    assert!(regions.iter().all(|r| r.text("country") == country));
    let region_plays: f64 = regions.iter().map(|r| r.num("count_plays")).sum();
    assert_eq!(region_plays, top.num("count_plays"));
    let region = regions.row(0).unwrap();
    f["regionIn"] = json!(region.text("region"));
    let cities = table("30", f, 500, None);
    let city_plays: f64 = cities.iter().map(|r| r.num("count_plays")).sum();
    assert_eq!(city_plays, region.num("count_plays"));
    let city = cities.row(0).unwrap();
    assert!(city.text("coordinates").contains('/'));
    assert_eq!(city.text("country_code").len(), 2);
}

#[test]
fn funnel_counts_equal_the_quartile_totals() {
    let funnel = total("2", filter(30));
    let highlights = total("13", filter(30));
    assert_eq!(funnel.num("count_plays"), highlights.num("count_plays"));
    assert_eq!(funnel.num("count_loads"), highlights.num("count_loads"));
    let q: Vec<f64> = [
        "count_plays_25",
        "count_plays_50",
        "count_plays_75",
        "count_plays_100",
    ]
    .iter()
    .map(|h| funnel.num(h))
    .collect();
    assert!(q.windows(2).all(|w| w[0] >= w[1]), "quartiles never grow: {q:?}");
    assert!(funnel.num("count_plays") >= q[0]);
    // The drop-off of report 13 is built from the same quartiles.
    let drop = (q.iter().sum::<f64>() / 4.0) / funnel.num("count_plays");
    assert!((highlights.num("avg_view_drop_off") - drop).abs() < 1e-9);
    // And the by-name graph carries the same numbers.
    let g = ReportGraph::parse_all(
        &report("getGraphs", "2", filter(30), json!({})),
        "|",
        GraphShape::ByName,
    )
    .unwrap();
    assert_eq!(g[0].id, "content_dropoff");
    assert_eq!(g[0].named()[1], ("count_plays_25".to_string(), Some(q[0])));
}

#[test]
fn daily_graphs_sum_to_the_total_and_are_zero_filled() {
    let t = total("13", filter(30));
    let graphs = ReportGraph::parse_all(
        &report("getGraphs", "13", filter(30), json!({})),
        "|",
        GraphShape::ByDate,
    )
    .unwrap();
    let plays = graphs.iter().find(|g| g.id == "count_plays").unwrap();
    assert_eq!(plays.dated().len(), 30, "one point per day, zeros included");
    let sum: f64 = plays.dated().iter().map(|p| p.1.unwrap_or(0.0)).sum();
    assert_eq!(sum, t.num("count_plays"));
    let minutes = graphs.iter().find(|g| g.id == "sum_view_period").unwrap();
    let sum: f64 = minutes.dated().iter().map(|p| p.1.unwrap_or(0.0)).sum();
    assert!((sum - t.num("sum_view_period")).abs() < 1e-6);
    assert_eq!(
        graphs.len(),
        report_api::headers::graph_metrics(report_api::ReportType::UserTopContent).len()
    );
    // Monthly buckets sum to the same.
    let mut f = filter(90);
    f["interval"] = json!("months");
    let monthly = ReportGraph::parse_all(
        &report("getGraphs", "13", f.clone(), json!({})),
        "|",
        GraphShape::ByDate,
    )
    .unwrap();
    let m = monthly.iter().find(|g| g.id == "count_plays").unwrap();
    assert!(m.dated().len() >= 3 && m.dated().len() <= 4);
    let msum: f64 = m.dated().iter().map(|p| p.1.unwrap_or(0.0)).sum();
    assert_eq!(msum, total("13", f).num("count_plays"));
}

#[test]
fn skip_empty_dates_omits_empty_days() {
    // The unwatched entry has no data: zero-filled with false, absent with true.
    let mut f = filter(7);
    f["entryIdIn"] = json!("0_noview07");
    let filled = ReportGraph::parse_all(
        &report("getGraphs", "13", f.clone(), json!({})),
        "|",
        GraphShape::ByDate,
    )
    .unwrap();
    assert_eq!(filled[0].dated().len(), 7);
    assert!(filled[0].dated().iter().all(|p| p.1 == Some(0.0)));
    let mut params = common::params(json!({"ks": ks(), "reportType": "13", "reportInputFilter": f,
        "responseOptions": {"delimiter": "|", "skipEmptyDates": true}}));
    let skipped = api().call("report", "getGraphs", &params);
    assert_eq!(skipped[0]["data"], "");
    let t = api().call("report", "getTotal", &params);
    assert!(
        t["data"].as_str().unwrap().chars().all(|c| c == '|'),
        "empty totals are empty strings: {t}"
    );
    params.insert("responseOptions".into(), options());
    let t = api().call("report", "getTotal", &params);
    assert!(
        t["data"].as_str().unwrap().split('|').all(|c| c == "0"),
        "zero-filled totals: {t}"
    );
}

#[test]
fn dst_days_in_a_non_utc_zone() {
    // 2026-03-29 is 23 hours long in Paris. Ask for 28..30 March, by IANA zone and by fixed offset.
    let from = report_api::time_range::Zone::Iana(report_api::time_range::parse_tz("Europe/Paris").unwrap());
    let range = report_api::time_range::DayRange::new(
        chrono::NaiveDate::from_ymd_opt(2026, 3, 28).unwrap(),
        chrono::NaiveDate::from_ymd_opt(2026, 3, 30).unwrap(),
    );
    let b = range.bounds(from);
    let mut f = filter(0);
    f["fromDate"] = json!(b.from_date);
    f["toDate"] = json!(b.to_date);
    f["timeZone"] = json!("Europe/Paris");
    let graphs = ReportGraph::parse_all(
        &report("getGraphs", "13", f.clone(), json!({})),
        "|",
        GraphShape::ByDate,
    )
    .unwrap();
    let keys: Vec<String> = graphs[0].dated().iter().map(|p| p.0.to_string()).collect();
    assert_eq!(keys, vec!["20260328", "20260329", "20260330"]);
    let plays = graphs.iter().find(|g| g.id == "count_plays").unwrap();
    let sum: f64 = plays.dated().iter().map(|p| p.1.unwrap_or(0.0)).sum();
    assert_eq!(sum, total("13", f).num("count_plays"));
}

#[test]
fn percentiles_have_101_rows_and_a_user_heatmap() {
    let t = table("43", filter(90), 500, None);
    assert_eq!(t.rows.len(), 101);
    assert_eq!(t.total_count, 101);
    assert_eq!(t.row(0).unwrap().num("count_viewers"), 0.0);
    assert!(t.row(1).unwrap().num("count_viewers") > 0.0);
    // The viewer with the most plays has a heat map with at least one watched slice.
    let users = table("13", filter(90), 25, Some("-count_plays"));
    let someone = users.iter().find(|r| r.text("name") != "Unknown").unwrap();
    let mut f = filter(90);
    f["userIds"] = json!(someone.text("name"));
    let heat = table("43", f, 500, None);
    assert_eq!(heat.rows.len(), 101);
    assert!(heat.iter().any(|r| r.num("count_viewers") >= 1.0));
    assert!(heat.iter().all(|r| r.num("unique_known_users") <= 1.0));
    // Paging truncates after zero-filling.
    assert_eq!(table("43", filter(90), 10, None).rows.len(), 10);
}

#[test]
fn percentile_viewers_match_a_count_from_the_raw_events() {
    use report_server::model::{EventKind, PlaybackType};
    let t = table("43", filter(30), 500, None);
    let store = &api().store;
    let e = &store.events;
    let entry = store.entry_index[ENTRY];
    let (from, to) = (TODAY - 30 * DAY, TODAY);
    let mut users: Vec<std::collections::BTreeSet<u32>> = vec![Default::default(); 101];
    let mut views = [0u64; 101];
    for i in 0..e.len() {
        let counted = e.entry[i] == entry
            && e.kind[i] == EventKind::ViewPeriod
            && e.playback[i] == PlaybackType::Vod
            && (from..to).contains(&e.time[i]);
        if counted {
            for (p, seen) in users.iter_mut().enumerate() {
                if e.slices[i] >> p & 1 == 1 {
                    seen.insert(e.user[i]);
                    views[p] += 1;
                }
            }
        }
    }
    for p in 1..=100 {
        let row = t.row(p).unwrap();
        assert_eq!(row.num("count_viewers"), views[p] as f64, "views at {p}%");
        assert_eq!(
            row.num("unique_known_users"),
            users[p].len() as f64,
            "viewers at {p}%"
        );
    }
    assert!(users[1].len() > 10, "enough viewers to mean something");
}

#[test]
fn users_table_orders_pages_and_counts() {
    let page1 = table("13", filter(90), 10, Some("-count_plays"));
    assert_eq!(page1.rows.len(), 10);
    let plays: Vec<f64> = page1.iter().map(|r| r.num("count_plays")).collect();
    assert!(plays.windows(2).all(|w| w[0] >= w[1]), "{plays:?}");
    let asc = table("13", filter(90), 10, Some("+count_plays"));
    assert!(asc.row(0).unwrap().num("count_plays") <= plays[9]);
    let mut extra = json!({"pager": {"pageSize": 10, "pageIndex": 2}, "order": "-count_plays"});
    let page2 = ReportTable::parse(&report("getTable", "13", filter(90), extra.clone()), "|").unwrap();
    assert_eq!(page2.total_count, page1.total_count);
    assert!(page2.row(0).unwrap().num("count_plays") <= plays[9]);
    // Past the end: the bare object.
    extra["pager"]["pageIndex"] = json!(10_000);
    extra["pager"]["pageSize"] = json!(1);
    let past = report("getTable", "13", filter(90), extra);
    assert_eq!(past, json!({"objectType": "KalturaReportTable"}));
    // Anonymous viewers are one row, `Unknown`, with an empty full name.
    let all = table("13", filter(90), 12_000, None);
    let unknown: Vec<_> = all.iter().filter(|r| r.text("name") == "Unknown").collect();
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0].text("full_name"), "");
    // total_completion_rate is a floored percent.
    assert!(all
        .iter()
        .all(|r| (0.0..=100.0).contains(&r.num("total_completion_rate"))));
}

#[test]
fn drill_downs_by_object_ids() {
    let devices = table("21", filter(90), 100, None);
    let device = devices.row(0).unwrap().text("device").to_string();
    let params = json!({"pager": {"pageSize": 100}, "objectIds": device});
    let os = ReportTable::parse(&report("getTable", "21", filter(90), params), "|").unwrap();
    assert_eq!(os.headers[0], "os");
    let sum: f64 = os.iter().map(|r| r.num("count_plays")).sum();
    assert_eq!(sum, devices.row(0).unwrap().num("count_plays"));
    let domains = table("6", filter(90), 100, None);
    let domain = domains.row(0).unwrap().text("domain_name").to_string();
    let urls = ReportTable::parse(
        &report(
            "getTable",
            "6",
            filter(90),
            json!({"pager": {"pageSize": 100}, "objectIds": domain}),
        ),
        "|",
    )
    .unwrap();
    assert_eq!(urls.headers[0], "referrer");
    assert!(urls.iter().all(|r| r.text("referrer").contains(&domain)));
    let sum: f64 = urls.iter().map(|r| r.num("count_plays")).sum();
    assert_eq!(sum, domains.row(0).unwrap().num("count_plays"));
}

#[test]
fn platforms_graphs_are_multi_by_date() {
    let g = ReportGraph::parse_all(
        &report("getGraphs", "21", filter(7), json!({})),
        "|",
        GraphShape::MultiByDate,
    )
    .unwrap();
    let plays = g.iter().find(|g| g.id == "count_plays").unwrap();
    match &plays.points {
        report_api::GraphPoints::DatedBreakdown(days) => {
            let sum: f64 = days
                .iter()
                .flat_map(|d| d.1.iter())
                .map(|p| p.1.unwrap_or(0.0))
                .sum();
            assert_eq!(sum, total("13", filter(7)).num("count_plays"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn filters_narrow_every_report() {
    let all = total("13", filter(90)).num("count_plays");
    let mut f = filter(90);
    f["deviceIn"] = json!("Mobile|Tablet");
    let mobile = total("13", f.clone()).num("count_plays");
    assert!(mobile > 0.0 && mobile < all);
    let devices = table("21", f, 100, None);
    assert!(devices
        .iter()
        .all(|r| ["Mobile", "Tablet"].contains(&r.text("device"))));
    let mut f = filter(90);
    f["playbackTypeIn"] = json!("vod|live|dvr");
    assert!(total("13", f).num("count_plays") > all, "default is vod only");
    let mut f = filter(90);
    f["userIds"] = json!("Unknown");
    let anon = total("13", f).num("count_plays");
    assert!(anon > 0.0 && anon < all);
    // userIds is dropped by the base filter class, as the service does.
    let mut f = filter(90);
    f["objectType"] = json!("KalturaReportInputFilter");
    f["userIds"] = json!("Unknown");
    assert_eq!(total("13", f).num("count_plays"), all);
}

#[test]
fn interactive_path_reports() {
    let f = json!({"objectType":"KalturaReportInputFilter","fromDate": NOW - 200 * DAY, "toDate": NOW, "rootEntryIdIn": "0_path0006"});
    let t = total("49", f.clone());
    assert!(t.num("count_plays") > 0.0);
    assert!(t.num("unique_viewers") > 0.0);
    let nodes = table("50", f.clone(), 500, Some("-count_node_plays"));
    assert!(
        nodes.rows.len() >= 10,
        "every visited node, the deleted one included"
    );
    let first = nodes.row(0).unwrap();
    assert_eq!(first.text("node_id"), "n1", "the start node is played most");
    assert!(first.num("count_node_plays") <= t.num("count_plays"));
    let mut nf = f.clone();
    nf["nodeIdsIn"] = json!("n1");
    let hotspots = table("54", nf.clone(), 500, Some("-count_hotspot_clicked"));
    assert!(
        hotspots
            .iter()
            .any(|r| r.text("destination").starts_with("https://")),
        "an external link"
    );
    assert!(hotspots.iter().any(|r| r.text("destination") == "n2"));
    let switches = table("55", nf, 500, None);
    assert!(switches
        .iter()
        .all(|r| !r.text("destination").starts_with("https://")));
    let mut hf = f;
    hf["hotspotIdIn"] = json!("h1");
    let clicks = table("56", hf, 500, None);
    assert_eq!(clicks.rows.len(), 101);
    assert!(
        clicks
            .iter()
            .take(40)
            .all(|r| r.num("count_hotspot_clicked") == 0.0),
        "h1 shows from 50 %"
    );
    assert!(clicks.iter().any(|r| r.num("count_hotspot_clicked") > 0.0));
}

#[test]
fn hostile_strings_stay_inside_their_cells() {
    let mut f = filter(700);
    f["entryIdIn"] = json!("");
    let users = table("13", f.clone(), 12_000, None);
    let width = users.headers.len();
    assert!(users.rows.iter().all(|r| r.len() == width));
    let domains = table("6", f, 500, None);
    assert!(
        domains.iter().any(|r| r.text("domain_name").contains("<img")),
        "the hostile domain is there, intact"
    );
}

#[test]
fn reports_without_graphs_fail_like_the_service() {
    let e = report("getGraphs", "36", filter(30), json!({}));
    assert_eq!(e["code"], "INTERNAL_SERVERL_ERROR");
}

#[test]
fn metadata_calls() {
    let api = api();
    let e = api.call("baseentry", "get", &params(json!({"ks": ks(), "entryId": ENTRY})));
    assert_eq!(e["name"], "Welcome to Cell Biology");
    assert_eq!(e["mediaType"], 1);
    // `plays` is every play of the entry's history, any playback type (counted once at load).
    let mut ever = filter(0);
    ever["fromDate"] = json!(946_684_800); // 2000-01-01, before any event
    ever["toDate"] = json!(TODAY + 400 * DAY);
    ever["playbackTypeIn"] = json!("vod|live|dvr"); // lists split on the response delimiter
    let plays = total("13", ever).num("count_plays");
    assert!(plays > 1000.0);
    assert_eq!(e["plays"].as_f64(), Some(plays));
    let owner = api.call("user", "get", &params(json!({"ks": ks(), "userId": e["userId"]})));
    assert_eq!(owner["fullName"], "Wei Chen");
    let missing = api.call(
        "baseentry",
        "get",
        &params(json!({"ks": ks(), "entryId": "0_nothere"})),
    );
    assert_eq!(missing["code"], "ENTRY_ID_NOT_FOUND");
    let image = api.call(
        "media",
        "get",
        &params(json!({"ks": ks(), "entryId": "0_diagrm05"})),
    );
    assert_eq!(image["mediaType"], 2);
    let path = api.call(
        "baseentry",
        "get",
        &params(json!({"ks": ks(), "entryId": "0_path0006"})),
    );
    assert_eq!(path["playlistType"], 102);
    let likes = api.call(
        "like",
        "list",
        &params(json!({"ks": ks(), "filter": {"entryIdEqual": ENTRY}, "pager": {"pageSize": 1}})),
    );
    assert!(likes["totalCount"].as_u64().unwrap() > 0);
    let none = api.call(
        "like",
        "list",
        &params(json!({"ks": ks(), "filter": {"entryIdEqual": "0_nothere"}})),
    );
    assert_eq!(none["totalCount"], 0, "an unknown entry has no likes");
    let users = api.call(
        "user",
        "list",
        &params(json!({"ks": ks(), "filter": {"idOrScreenNameStartsWith": "dana"}})),
    );
    assert_eq!(users["objects"][0]["fullName"], "דנה לוי");
    let cats = api.call(
        "category",
        "list",
        &params(json!({"ks": ks(), "filter": {"idIn": "101,107"}})),
    );
    assert_eq!(cats["totalCount"], 2);
    let inter = api.call(
        "interactivity_interactivity",
        "get",
        &params(json!({"ks": ks(), "entryId": "0_path0006"})),
    );
    let data: Value = serde_json::from_str(inter["data"].as_str().unwrap()).unwrap();
    assert_eq!(data["pathData"]["startNodeId"], "n1");
    assert_eq!(data["analyticsData"]["deletedNodes"][0]["id"], "n11");
    assert!(data["nodes"].as_array().unwrap().len() >= 10);
    let none = api.call(
        "interactivity_interactivity",
        "get",
        &params(json!({"ks": ks(), "entryId": ENTRY})),
    );
    assert_eq!(none["code"], "NO_INTERACTIVITY_DATA");
}

#[test]
fn hourly_graphs_sum_to_the_day() {
    let mut f = filter(1);
    f["interval"] = json!("hours");
    f["timeZone"] = json!("Asia/Kolkata"); // UTC+5:30: hours are still whole local hours
    let graphs = ReportGraph::parse_all(
        &report("getGraphs", "13", f.clone(), json!({})),
        "|",
        GraphShape::ByDate,
    )
    .unwrap();
    let plays = graphs.iter().find(|g| g.id == "count_plays").unwrap();
    assert!(plays
        .dated()
        .iter()
        .all(|p| matches!(p.0, report_api::DateKey::Hour(..))));
    assert_eq!(
        plays.dated().len(),
        24 + 1,
        "a UTC day spans 25 local half-offset hours"
    );
    let sum: f64 = plays.dated().iter().map(|p| p.1.unwrap_or(0.0)).sum();
    assert_eq!(sum, total("13", f).num("count_plays"));
}

#[test]
fn every_report_type_answers_every_action_in_its_contract_shape() {
    use report_api::headers;
    use report_api::ReportType;
    let f = json!({"objectType":"KalturaEndUserReportInputFilter","fromDate": TODAY - 90 * DAY, "toDate": TODAY,
                   "timeZoneOffset": 0, "interval": "days"});
    for t in ReportType::ALL {
        let id = t.wire();
        // Totals: the contract's headers, numbers in every cell.
        let total = ReportTotal::parse(&report("getTotal", &id, f.clone(), json!({})), "|").unwrap();
        assert_eq!(total.headers, headers::total_headers(t).to_vec(), "{t:?} totals");
        assert!(
            total.values.iter().all(|v| v.parse::<f64>().is_ok()),
            "{t:?} totals {:?}",
            total.values
        );
        // Table: the contract's headers, or the bare object when nothing matched.
        let raw = report(
            "getTable",
            &id,
            f.clone(),
            json!({"pager": {"pageSize": 500, "pageIndex": 1}}),
        );
        let table = ReportTable::parse(&raw, "|").unwrap();
        if !table.is_empty() {
            assert_eq!(
                table.headers,
                headers::table_headers(t, false).to_vec(),
                "{t:?} table"
            );
            assert!(table.rows.iter().all(|r| r.len() == table.headers.len()));
        }
        // Graphs: present exactly when the report has graph metrics.
        let graphs = report("getGraphs", &id, f.clone(), json!({}));
        match t.graph_shape(false) {
            None => assert_eq!(graphs["code"], "INTERNAL_SERVERL_ERROR", "{t:?} has no graphs"),
            Some(shape) => {
                let g = ReportGraph::parse_all(&graphs, "|", shape).unwrap_or_else(|e| panic!("{t:?}: {e}"));
                if shape == GraphShape::ByName {
                    assert_eq!(g.len(), 1);
                } else {
                    let ids: Vec<&str> = g.iter().map(|g| g.id.as_str()).collect();
                    assert_eq!(ids, headers::graph_metrics(t).to_vec(), "{t:?} graph ids");
                }
            }
        }
    }
}

/// Every user, read page by page through `user.list` itself (ids and full names).
fn all_users() -> Vec<(String, String)> {
    let mut users = Vec::new();
    for page in 1.. {
        let answer = api().call(
            "user",
            "list",
            &params(json!({"ks": ks(), "pager": {"pageSize": 500, "pageIndex": page}})),
        );
        let objects = answer["objects"].as_array().cloned().unwrap_or_default();
        if objects.is_empty() {
            break;
        }
        users.extend(objects.iter().map(|u| {
            (
                u["id"].as_str().unwrap().to_string(),
                u["fullName"].as_str().unwrap().to_string(),
            )
        }));
    }
    users
}

fn user_search(text: &str) -> Vec<String> {
    let answer = api().call(
        "user",
        "list",
        &params(
            json!({"ks": ks(), "filter": {"idOrScreenNameStartsWith": text}, "pager": {"pageSize": 500}}),
        ),
    );
    answer["objects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["fullName"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn user_search_finds_any_word_of_the_name_ignoring_case_and_accents() {
    let users = all_users();
    assert!(users.len() > 100, "{} users", users.len());
    let named = |first: &str, last: Option<&str>| -> usize {
        users
            .iter()
            .filter(|(_, name)| {
                let words: Vec<&str> = name.split(' ').collect();
                words.first() == Some(&first) && last.is_none_or(|l| words.get(1) == Some(&l))
            })
            .count()
    };
    // Every Chloe, whatever their id, and the users without a name whose id starts so.
    let chloes = user_search("chloe");
    let nameless = users
        .iter()
        .filter(|(id, name)| name.is_empty() && id.to_lowercase().starts_with("chloe"))
        .count();
    assert_eq!(chloes.len(), named("Chloe", None) + nameless, "{chloes:?}");
    assert!(named("Chloe", None) >= 4);
    assert!(
        chloes.iter().all(|n| n.starts_with("Chloe ") || n.is_empty()),
        "{chloes:?}"
    );
    // A last name, two words in either order, a word and the start of another.
    assert!(user_search("Cohen").iter().all(|n| n.ends_with(" Cohen")));
    let mei_cohen = named("Mei", Some("Cohen"));
    assert!(mei_cohen > 0);
    assert_eq!(user_search("Mei Cohen").len(), mei_cohen);
    assert_eq!(user_search("cohen mei").len(), mei_cohen);
    assert_eq!(user_search("Mei C").len(), user_search("mei c").len());
    assert!(user_search("Mei C").len() >= mei_cohen);
    // Accents and case.
    let garcia = user_search("garcia");
    assert_eq!(
        garcia.len(),
        users.iter().filter(|(_, n)| n.ends_with(" García")).count()
    );
    assert!(!garcia.is_empty());
    assert_eq!(user_search("ANGSTROM"), vec!["Zoë 🎓 Ångström".to_string()]);
    // The id prefix still works.
    assert_eq!(user_search("dana.l"), vec!["דנה לוי".to_string()]);
}
