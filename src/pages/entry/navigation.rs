//! Changing the view: the new state goes into the address (which then drives every panel), keeping the
//! parameters the state does not own, and the host portal is told, as Kaltura's analytics tells it.

use crate::dashboard::PageKind;
use crate::embed::messages::outbound;
use crate::embed::Connection;
use crate::router::use_location;
use crate::state::{query_with_foreign, DashboardState};
use leptos::prelude::*;

/// The callback that shows another view of entry `entry_id` on page `kind`.
pub fn use_navigation(kind: PageKind, entry_id: Memo<String>) -> Callback<DashboardState> {
    let conn = expect_context::<Connection>();
    let location = use_location();
    Callback::new(move |s: DashboardState| {
        let search = location.search.get_untracked();
        let current: Vec<(String, String)> =
            form_urlencoded::parse(search.trim_start_matches('?').as_bytes())
                .into_owned()
                .collect();
        let pairs = query_with_foreign(&s, &current);
        // Kaltura's analytics tells the host every view change, so it can keep its own address in step.
        let mut payload = serde_json::Map::new();
        payload.insert("id".into(), serde_json::Value::String(entry_id.get_untracked()));
        for (k, v) in s.to_query() {
            payload.insert(k.into(), serde_json::Value::String(v));
        }
        conn.post(&outbound("navigate", Some(serde_json::Value::Object(payload))));
        let query: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        let id: String = form_urlencoded::byte_serialize(entry_id.get_untracked().as_bytes()).collect();
        location.navigate(&format!("{}/{id}?{query}", kind.prefix()), false);
    })
}
