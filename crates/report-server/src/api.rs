//! The api_v3 dispatcher: reads a call's parameters, checks the session in Kaltura's order of
//! precedence, runs report and metadata actions, and runs multirequests with `{N:result:…}` references.

use crate::engine::{Engine, ReportArgs};
use crate::ks::{KsError, Partner, Session};
use crate::model::{Store, NONE};
use crate::rollup_cache::RollupCache;
use report_api::{ApiError, ReportInputFilter, ReportType};
use serde_json::{json, Map, Value};

/// What every call needs: the data, the partner's identity, and the clock.
pub struct Api {
    /// The loaded store.
    pub store: Store,
    /// The store's hourly rollups, built as queries need them.
    pub rollups: RollupCache,
    /// The partner whose sessions are accepted.
    pub partner: Partner,
    /// Unix seconds now (a function so tests can fix it).
    pub now: fn() -> i64,
}

/// Unix seconds from the system clock.
pub fn system_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

pub(crate) fn int(v: Option<&Value>) -> Option<i64> {
    match v? {
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn boolean(v: Option<&Value>) -> Option<bool> {
    match v? {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => Some(n.as_f64().unwrap_or(0.0) != 0.0),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "1" => Some(true),
            "false" | "0" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// The session state of one call, read before anything else (§6.4).
enum SessionCheck {
    None,
    Valid(Session),
    Expired,
}

impl Api {
    /// The API over `store` for `partner`'s sessions, with the clock `now`.
    pub fn new(store: Store, partner: Partner, now: fn() -> i64) -> Api {
        Api {
            rollups: RollupCache::new(&store),
            store,
            partner,
            now,
        }
    }

    /// Runs one call `service.action` with its parameters (a JSON object), returning the result or the
    /// error object, exactly as the body of a single-call response.
    pub fn call(&self, service: &str, action: &str, params: &Map<String, Value>) -> Value {
        match self.try_call(service, action, params) {
            Ok(v) => v,
            Err(e) => e.to_json(),
        }
    }

    fn try_call(&self, service: &str, action: &str, params: &Map<String, Value>) -> Result<Value, ApiError> {
        let service = service.to_ascii_lowercase();
        let ks = text(params.get("ks")).unwrap_or_default();
        // 1. A session that cannot be read is refused before the arguments are looked at.
        let session = if ks.is_empty() {
            SessionCheck::None
        } else {
            match self.partner.validate(&ks, (self.now)()) {
                Ok(s) => SessionCheck::Valid(s),
                Err(KsError::Expired) => SessionCheck::Expired,
                Err(KsError::Invalid) => return Err(KsError::Invalid.to_api_error(&ks)),
            }
        };
        // 2. Arguments; 3. expiry; 4. permission — inside each action, through `authorize`.
        let authorize = |needs_analytics: bool| -> Result<(), ApiError> {
            match &session {
                SessionCheck::Expired => Err(KsError::Expired.to_api_error(&ks)),
                SessionCheck::None => Err(ApiError::service_forbidden(&service, action)),
                SessionCheck::Valid(s) if needs_analytics && !s.may_read_analytics() => {
                    Err(ApiError::service_forbidden(&service, action))
                }
                SessionCheck::Valid(_) => Ok(()),
            }
        };
        match service.as_str() {
            "report" => self.report_action(action, params, &authorize, &session),
            "baseentry" | "media" | "playlist" => {
                if action != "get" {
                    return Err(ApiError::no_such_action(action, &service));
                }
                let id = text(params.get("entryId")).ok_or_else(|| ApiError::missing_parameter("entryId"))?;
                authorize(false)?;
                self.entry_json(&id)
            }
            "user" => match action {
                "get" => {
                    let id =
                        text(params.get("userId")).ok_or_else(|| ApiError::missing_parameter("userId"))?;
                    authorize(false)?;
                    let idx = self
                        .store
                        .user_index
                        .get(&id)
                        .copied()
                        .filter(|i| *i != 0)
                        .ok_or_else(|| {
                            ApiError::new(
                                "INVALID_USER_ID",
                                format!("Invalid user id \"{id}\""),
                                &[("USER_ID", &id)],
                            )
                        })?;
                    Ok(self.user_json(idx))
                }
                "list" => {
                    authorize(false)?;
                    Ok(self.user_list(params))
                }
                _ => Err(ApiError::no_such_action(action, &service)),
            },
            "category" => match action {
                "list" => {
                    authorize(false)?;
                    Ok(self.category_list(params))
                }
                _ => Err(ApiError::no_such_action(action, &service)),
            },
            "like" => match action {
                "list" => {
                    authorize(false)?;
                    Ok(self.like_list(params))
                }
                _ => Err(ApiError::no_such_action(action, &service)),
            },
            "interactivity_interactivity" | "interactivity" => match action {
                "get" => {
                    let id =
                        text(params.get("entryId")).ok_or_else(|| ApiError::missing_parameter("entryId"))?;
                    authorize(false)?;
                    self.interactivity(&id)
                }
                _ => Err(ApiError::no_such_action(action, &service)),
            },
            _ => Err(ApiError::no_such_service(&service)),
        }
    }

    fn report_action(
        &self,
        action: &str,
        params: &Map<String, Value>,
        authorize: &dyn Fn(bool) -> Result<(), ApiError>,
        session: &SessionCheck,
    ) -> Result<Value, ApiError> {
        if !matches!(action, "getTotal" | "getTable" | "getGraphs" | "exportToCsv") {
            return Err(ApiError::no_such_action(action, "report"));
        }
        if action == "exportToCsv" {
            let export = self.export_to_csv(params, session)?;
            authorize(true)?;
            return Ok(export);
        }
        let raw_type = params
            .get("reportType")
            .ok_or_else(|| ApiError::missing_parameter("reportType"))?;
        let type_text = text(Some(raw_type)).unwrap_or_default();
        let report = ReportType::from_wire(&type_text)
            .ok_or_else(|| ApiError::invalid_enum(&type_text, "reportType", "KalturaReportType"))?;
        let filter_json = params
            .get("reportInputFilter")
            .ok_or_else(|| ApiError::missing_parameter("reportInputFilter"))?;
        let mut filter = ReportInputFilter::from_json(filter_json)?;
        filter.resolve_relative_times((self.now)());
        let options = params.get("responseOptions");
        let delimiter = text(options.and_then(|o| o.get("delimiter")))
            .filter(|d| !d.is_empty())
            .unwrap_or(",".into());
        let skip_empty_dates = boolean(options.and_then(|o| o.get("skipEmptyDates"))).unwrap_or(true);
        let object_ids = text(params.get("objectIds")).filter(|s| !s.is_empty());
        let args = ReportArgs {
            report,
            filter,
            object_ids,
            delimiter,
            skip_empty_dates,
        };
        let engine = Engine::new(&self.store, &self.rollups);
        match action {
            "getTotal" => {
                authorize(true)?;
                Ok(engine.total(&args))
            }
            "getGraphs" => {
                authorize(true)?;
                engine.graphs(&args)
            }
            _ => {
                let pager = params
                    .get("pager")
                    .ok_or_else(|| ApiError::missing_parameter("pager"))?;
                if !pager.is_object() {
                    return Err(ApiError::wrong_format("pager", "KalturaFilterPager"));
                }
                let page_size = match int(pager.get("pageSize")) {
                    None => 30,
                    Some(n) if n <= 0 => 10,
                    Some(n) => n as u64,
                };
                let page_index = int(pager.get("pageIndex")).filter(|n| *n > 0).unwrap_or(1) as u64;
                let order = text(params.get("order")).filter(|o| !o.is_empty());
                authorize(true)?;
                engine.table(&args, page_size, page_index, order.as_deref())
            }
        }
    }

    fn export_to_csv(&self, params: &Map<String, Value>, session: &SessionCheck) -> Result<Value, ApiError> {
        let p = params
            .get("params")
            .ok_or_else(|| ApiError::missing_parameter("params"))?;
        let items = p
            .get("reportItems")
            .and_then(Value::as_array)
            .filter(|a| !a.is_empty());
        let items = items.ok_or_else(|| ApiError::missing_parameter("reportItems"))?;
        for item in items {
            for field in ["action", "reportType", "filter"] {
                if item.get(field).is_none_or(Value::is_null) {
                    return Err(ApiError::missing_parameter("N/A"));
                }
            }
            let t = text(item.get("reportType")).unwrap_or_default();
            ReportType::from_wire(&t)
                .ok_or_else(|| ApiError::invalid_enum(&t, "reportType", "KalturaReportType"))?;
        }
        if let Some(group) = text(p.get("reportsItemsGroup")) {
            let valid = group
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
                && group
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c.is_ascii_whitespace());
            if !valid {
                return Err(ApiError::new(
                    "INVALID_REPORT_ITEMS_GROUP",
                    "Report items group contains invalid characters",
                    &[],
                ));
            }
        }
        let email = text(p.get("recipientEmail"))
            .filter(|e| !e.is_empty())
            .unwrap_or_else(|| match session {
                SessionCheck::Valid(s) if s.user_id.contains('@') => s.user_id.clone(),
                _ => "admin@northfield.edu".into(),
            });
        let job = (self.now)() % 1_000_000_000;
        Ok(json!({"referenceJobId": job, "reportEmail": email, "objectType": "KalturaReportExportResponse"}))
    }

    fn entry_index(&self, id: &str) -> Result<u32, ApiError> {
        self.store
            .entry_index
            .get(id)
            .copied()
            .ok_or_else(|| ApiError::entry_not_found(id))
    }

    fn entry_json(&self, id: &str) -> Result<Value, ApiError> {
        let idx = self.entry_index(id)?;
        let e = &self.store.entries[idx as usize];
        let plays = self.store.entry_plays.get(idx as usize).copied().unwrap_or(0);
        let mut v = json!({
            "id": e.id, "name": e.name, "description": e.description, "userId": e.user_id, "creatorId": e.user_id,
            "partnerId": self.store.partner_id, "type": e.entry_type, "createdAt": e.created_at, "updatedAt": e.created_at,
            "plays": plays, "views": plays, "categoriesIds": e.categories,
            "thumbnailUrl": format!("/p/{}/thumbnail/entry_id/{}", self.store.partner_id, e.id),
        });
        if e.entry_type == "5" {
            v["playlistType"] = json!(e.playlist_type);
            v["objectType"] = json!("KalturaPlaylist");
        } else {
            v["mediaType"] = json!(e.media_type);
            v["msDuration"] = json!(e.ms_duration);
            v["duration"] = json!((e.ms_duration + 500) / 1000);
            v["objectType"] = json!("KalturaMediaEntry");
        }
        if e.root != NONE {
            v["rootEntryId"] = json!(self.store.entries[e.root as usize].id);
        }
        Ok(v)
    }

    fn user_json(&self, idx: u32) -> Value {
        let u = &self.store.users[idx as usize];
        let (first, last) = u.full_name.split_once(' ').unwrap_or((u.full_name.as_str(), ""));
        json!({"id": u.id, "screenName": u.id, "fullName": u.full_name, "firstName": first, "lastName": last,
               "partnerId": self.store.partner_id, "objectType": "KalturaUser"})
    }

    fn pager(params: &Map<String, Value>) -> (usize, usize) {
        let p = params.get("pager");
        let size = int(p.and_then(|p| p.get("pageSize")))
            .filter(|n| *n > 0)
            .unwrap_or(30)
            .min(500) as usize;
        let index = int(p.and_then(|p| p.get("pageIndex")))
            .filter(|n| *n > 0)
            .unwrap_or(1) as usize;
        (size, index)
    }

    /// A `…ListResponse`: the requested page of `items` as JSON, and how many there are in all.
    fn list_response<T>(
        params: &Map<String, Value>,
        items: &[T],
        to_json: impl Fn(&T) -> Value,
        object_type: &str,
    ) -> Value {
        let (size, index) = Self::pager(params);
        let objects: Vec<Value> = items
            .iter()
            .skip((index - 1) * size)
            .take(size)
            .map(to_json)
            .collect();
        json!({"objects": objects, "totalCount": items.len(), "objectType": object_type})
    }

    fn user_list(&self, params: &Map<String, Value>) -> Value {
        let f = params.get("filter");
        let search = text(f.and_then(|f| f.get("idOrScreenNameStartsWith")))
            .and_then(|t| crate::user_search::UserSearch::new(&t));
        let ids: Option<Vec<String>> =
            text(f.and_then(|f| f.get("idIn"))).map(|s| s.split(',').map(str::to_string).collect());
        let matching: Vec<u32> = (1..self.store.users.len() as u32)
            .filter(|i| {
                let u = &self.store.users[*i as usize];
                search.as_ref().is_none_or(|s| s.matches(&u.id, &u.full_name))
                    && ids.as_ref().is_none_or(|ids| ids.contains(&u.id))
            })
            .collect();
        Self::list_response(
            params,
            &matching,
            |i| self.user_json(*i),
            "KalturaUserListResponse",
        )
    }

    fn category_list(&self, params: &Map<String, Value>) -> Value {
        let ids: Option<Vec<String>> = text(params.get("filter").and_then(|f| f.get("idIn")))
            .map(|s| s.split(',').map(|x| x.trim().to_string()).collect());
        let matching: Vec<&crate::model::Category> = self
            .store
            .categories
            .iter()
            .filter(|c| ids.as_ref().is_none_or(|ids| ids.contains(&c.id.to_string())))
            .collect();
        let to_json = |c: &&crate::model::Category| json!({"id": c.id, "name": c.name, "fullName": c.full_name, "objectType": "KalturaCategory"});
        Self::list_response(params, &matching, to_json, "KalturaCategoryListResponse")
    }

    fn like_list(&self, params: &Map<String, Value>) -> Value {
        let f = params.get("filter");
        // An entry id that matches no entry matches no likes (not every like).
        let entry = text(f.and_then(|f| f.get("entryIdEqual"))).map(|id| {
            self.store
                .entry_index
                .get(&id)
                .copied()
                .unwrap_or(crate::model::NONE)
        });
        let from = int(f.and_then(|f| f.get("createdAtGreaterThanOrEqual"))).unwrap_or(i64::MIN);
        let to = int(f.and_then(|f| f.get("createdAtLessThanOrEqual"))).unwrap_or(i64::MAX);
        let matching: Vec<&crate::model::Like> = self
            .store
            .likes
            .iter()
            .filter(|l| entry.is_none_or(|e| l.entry == e) && l.created_at >= from && l.created_at <= to)
            .collect();
        let to_json = |l: &&crate::model::Like| {
            json!({"entryId": self.store.entries[l.entry as usize].id, "userId": self.store.users[l.user as usize].id,
                   "createdAt": l.created_at, "objectType": "KalturaLike"})
        };
        Self::list_response(params, &matching, to_json, "KalturaLikeListResponse")
    }

    fn interactivity(&self, id: &str) -> Result<Value, ApiError> {
        let idx = self.entry_index(id)?;
        if self.store.entries[idx as usize].playlist_type != 102 {
            return Err(ApiError::new(
                "NO_INTERACTIVITY_DATA",
                format!("No interactivity data for entry \"{id}\""),
                &[("ENTRY_ID", id)],
            ));
        }
        let data = crate::generate::path::interactivity_json(&self.store, idx);
        Ok(
            json!({"entryId": id, "version": 1, "data": data.to_string(), "objectType": "KalturaInteractivity"}),
        )
    }

    /// Runs a multirequest body: items keyed by number, executed in order from min(1, smallest key) up
    /// to the first missing item; top-level `ks`, `clientTag`, `partnerId` fill items that lack them;
    /// `{N:result:path}` strings refer to earlier results (N 1-based among executed items).
    pub fn multirequest(&self, body: &Map<String, Value>) -> Value {
        let keys: Vec<i64> = body.keys().filter_map(|k| k.parse::<i64>().ok()).collect();
        let Some(&max) = keys.iter().max() else {
            return json!([]);
        };
        let min = keys.iter().copied().min().unwrap_or(1).min(1);
        let mut items: Vec<(String, String, Value)> = vec![];
        for k in min..=max {
            let Some(Value::Object(item)) = body.get(&k.to_string()) else {
                break;
            };
            let (Some(service), Some(action)) = (text(item.get("service")), text(item.get("action"))) else {
                break;
            };
            let mut params = item.clone();
            for inherited in ["ks", "clientTag", "partnerId"] {
                if !params.contains_key(inherited) {
                    if let Some(v) = body.get(inherited) {
                        params.insert(inherited.into(), v.clone());
                    }
                }
            }
            items.push((service, action, Value::Object(params)));
        }
        // Items that read no other result run together on the machine's cores; then the items that do,
        // in order, each seeing the results before it (a reference to a later item finds nothing, as
        // when everything ran in order).
        let independent: Vec<usize> = (0..items.len())
            .filter(|&i| !has_reference(&items[i].2))
            .collect();
        let mut results: Vec<Option<Value>> = vec![None; items.len()];
        for (i, v) in independent.iter().zip(self.call_all(&items, &independent)) {
            results[*i] = Some(v);
        }
        for k in 0..items.len() {
            if results[k].is_some() {
                continue;
            }
            let earlier: Vec<Value> = results[..k]
                .iter()
                .map(|r| r.clone().unwrap_or(Value::Null))
                .collect();
            let (service, action, params) = &items[k];
            let mut params = params.clone();
            substitute_references(&mut params, &earlier);
            let params = params.as_object().cloned().unwrap_or_default();
            results[k] = Some(self.call(service, action, &params));
        }
        Value::Array(results.into_iter().map(|r| r.unwrap_or(Value::Null)).collect())
    }

    /// Runs `items[which]` on the machine's cores; their results in the order of `which`.
    fn call_all(&self, items: &[(String, String, Value)], which: &[usize]) -> Vec<Value> {
        let run = |i: usize| {
            let (service, action, params) = &items[i];
            let empty = Map::new();
            self.call(service, action, params.as_object().unwrap_or(&empty))
        };
        let threads = cores().min(which.len());
        if threads <= 1 {
            return which.iter().map(|&i| run(i)).collect();
        }
        let next = std::sync::atomic::AtomicUsize::new(0);
        let slots: Vec<std::sync::Mutex<Option<Value>>> =
            which.iter().map(|_| std::sync::Mutex::new(None)).collect();
        std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| loop {
                        let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(&i) = which.get(n) else { break };
                        let value = run(i);
                        if let Ok(mut slot) = slots[n].lock() {
                            *slot = Some(value);
                        }
                    })
                })
                .collect();
            // A worker that failed leaves its item an internal error; the others keep their answers.
            for w in workers {
                let _ = w.join();
            }
        });
        slots
            .into_iter()
            .map(|slot| {
                slot.into_inner()
                    .ok()
                    .flatten()
                    .unwrap_or_else(|| ApiError::internal().to_json())
            })
            .collect()
    }
}

/// The cores multirequest items may use (at most 4), read once.
fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()).min(4))
}

/// Whether any string inside `value` refers to an earlier result (`{N:result…}`).
fn has_reference(value: &Value) -> bool {
    match value {
        Value::String(s) => s.contains(":result"),
        Value::Array(a) => a.iter().any(has_reference),
        Value::Object(o) => o.values().any(has_reference),
        _ => false,
    }
}

/// Replaces `{N:result…}` references inside every string of `value`.
fn substitute_references(value: &mut Value, results: &[Value]) {
    match value {
        Value::String(s) => {
            if let Some(new) = replace_reference(s, results) {
                *s = new;
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|v| substitute_references(v, results)),
        Value::Object(o) => o.values_mut().for_each(|v| substitute_references(v, results)),
        _ => {}
    }
}

/// One reference per string, matched greedily from the first `{` to the last `}` (as the service does).
fn replace_reference(s: &str, results: &[Value]) -> Option<String> {
    let start = s.find('{')?;
    let end = s.rfind('}')?;
    if end <= start {
        return None;
    }
    let inner = &s[start + 1..end];
    let mut parts = inner.split(':');
    let n: usize = parts.next()?.parse().ok()?;
    if parts.next()? != "result" {
        return None;
    }
    let path: Vec<&str> = parts.collect();
    let mut current = results.get(n.checked_sub(1)?);
    let mut replacement = None;
    for (i, seg) in path.iter().enumerate() {
        if *seg == "_all" {
            let rest = &path[i + 1..];
            let list = current.and_then(Value::as_array).map(|a| {
                a.iter()
                    .map(|v| {
                        let mut cur = Some(v);
                        for seg in rest {
                            cur = cur.and_then(|c| step(c, seg));
                        }
                        format!("{},", cur.map(scalar_text).unwrap_or_default())
                    })
                    .collect::<String>()
            });
            replacement = Some(list.unwrap_or_default());
            break;
        }
        current = current.and_then(|c| step(c, seg));
    }
    let replacement = replacement.unwrap_or_else(|| current.map(scalar_text).unwrap_or_default());
    Some(format!("{}{}{}", &s[..start], replacement, &s[end + 1..]))
}

fn step<'a>(v: &'a Value, seg: &str) -> Option<&'a Value> {
    match v {
        Value::Object(o) => o.get(seg),
        Value::Array(a) => a.get(seg.parse::<usize>().ok()?),
        _ => None,
    }
}

fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => {
            if *b {
                "1".into()
            } else {
                "0".into()
            }
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_resolve_paths_indexes_and_all() {
        let results = vec![
            json!({"id": "1_abc", "objects": [{"id": "a"}, {"id": "b"}], "n": 5}),
            json!([{"x": 1}]),
        ];
        assert_eq!(replace_reference("{1:result:id}", &results).unwrap(), "1_abc");
        assert_eq!(
            replace_reference("x{1:result:objects:1:id}y", &results).unwrap(),
            "xby"
        );
        assert_eq!(
            replace_reference("{1:result:objects:_all:id}", &results).unwrap(),
            "a,b,"
        );
        assert_eq!(replace_reference("{1:result:n}", &results).unwrap(), "5");
        assert_eq!(replace_reference("{2:result:0:x}", &results).unwrap(), "1");
        assert_eq!(replace_reference("{1:result:missing}", &results).unwrap(), "");
        assert_eq!(replace_reference("{9:result:id}", &results).unwrap(), "");
        assert_eq!(replace_reference("{1:resolve:id}", &results), None);
        assert_eq!(replace_reference("plain", &results), None);
    }
}
