//! Time-zone rules from the browser's own IANA database (`Intl.DateTimeFormat`), so the app does not ship a
//! second copy of it: the database is most of what a compiled-in zone library would add to the download.
//! Installed once at start-up; the pure logic in `report-api` asks these rules for offsets.

use report_api::time_range::ZoneRules;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type Formatter;

    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "DateTimeFormat")]
    fn new(locale: &str, options: &JsValue) -> Result<Formatter, JsValue>;

    #[wasm_bindgen(method, catch, js_name = formatToParts)]
    fn format_to_parts(this: &Formatter, date: f64) -> Result<js_sys::Array, JsValue>;

    #[wasm_bindgen(method, js_name = resolvedOptions)]
    fn resolved_options(this: &Formatter) -> JsValue;
}

thread_local! {
    static FORMATTERS: RefCell<HashMap<String, Option<Formatter>>> = RefCell::new(HashMap::new());
}

fn with_formatter<T>(name: &str, f: impl FnOnce(&Formatter) -> T) -> Option<T> {
    FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let entry = cache.entry(name.to_string()).or_insert_with(|| {
            let options = js_sys::Object::new();
            let set = |k: &str, v: &str| {
                let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
            };
            set("timeZone", name);
            set("hourCycle", "h23");
            for k in ["year", "month", "day", "hour", "minute", "second"] {
                set(k, "numeric");
            }
            Formatter::new("en-US", &options).ok()
        });
        entry.as_ref().map(f)
    })
}

/// The browser's zone rules.
pub struct IntlRules;

impl ZoneRules for IntlRules {
    fn resolve(&self, name: &str) -> Option<String> {
        with_formatter(name, |f| {
            js_sys::Reflect::get(&f.resolved_options(), &"timeZone".into())
                .ok()
                .and_then(|v| v.as_string())
        })
        .flatten()
    }

    fn offset_east(&self, name: &str, unix: i64) -> i32 {
        with_formatter(name, |f| {
            let parts = f.format_to_parts(unix as f64 * 1000.0).ok()?;
            let mut v = [0i64; 6];
            for p in parts.iter() {
                let kind = js_sys::Reflect::get(&p, &"type".into()).ok()?.as_string()?;
                let value = js_sys::Reflect::get(&p, &"value".into()).ok()?.as_string()?;
                let at = ["year", "month", "day", "hour", "minute", "second"]
                    .iter()
                    .position(|k| *k == kind);
                if let Some(i) = at {
                    v[i] = value.parse().ok()?;
                }
            }
            let date = chrono::NaiveDate::from_ymd_opt(v[0] as i32, v[1] as u32, v[2] as u32)?;
            let local = date.and_hms_opt(v[3] as u32 % 24, v[4] as u32, v[5] as u32)?;
            Some((local.and_utc().timestamp() - unix) as i32)
        })
        .flatten()
        .unwrap_or(0)
    }
}

static RULES: IntlRules = IntlRules;

/// Installs the browser's rules (call once, before any zone is read).
pub fn install() {
    report_api::time_range::set_zone_rules(&RULES);
}
