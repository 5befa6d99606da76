//! Loads ECharts on first use: our trimmed build of the npm package (scripts/build-charts.mjs), as two
//! ES modules sharing one chunk. The core (line charts) is what every first view draws; the extra
//! module (world map, path flow, tooltips) loads only when a chart needs it, or, for the tooltips of
//! charts already drawn, once the page is idle, so a first visit does not wait for it.

use crate::i18n::{t, tf, Msg};
use serde_json::Value;
use std::cell::RefCell;
use std::thread::LocalKey;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Where Trunk puts the charts library's core module (it sets `window.echarts`), under the base path.
pub const ECHARTS_SRC: &str = "vendor/charts/echarts-core.js";

/// Where Trunk puts the module with the map and graph chart types and the tooltip (it sets
/// `window.echartsExtra`).
pub const ECHARTS_EXTRA_SRC: &str = "vendor/charts/echarts-extra.js";

thread_local! {
    static LOADING: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
    static LOADING_EXTRA: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

fn has_global(name: &str) -> bool {
    js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str(name)).unwrap_or(false)
}

fn start_loading(src: &str) -> Result<js_sys::Promise, JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let script: web_sys::HtmlScriptElement = document.create_element("script")?.dyn_into()?;
    script.set_type("module");
    script.set_src(&crate::browser::app_url(src));
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        script.set_onload(Some(&resolve));
        script.set_onerror(Some(&reject));
    });
    document.head().ok_or("no head")?.append_child(&script)?;
    // A failure nobody waits for yet (a prefetch) is not an unhandled rejection; whoever awaits the
    // promise still sees it.
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
    let _ = promise.catch(&ignore);
    // One per load attempt, kept for the page's life (the promise may settle at any time).
    ignore.forget();
    Ok(promise)
}

/// Where Trunk puts the prepared world map (GeoJSON keyed by ISO 3166-1 alpha-2 codes), under the base
/// path.
pub const WORLD_MAP_SRC: &str = "vendor/world.json";

thread_local! {
    static WORLD_REGISTERED: RefCell<bool> = const { RefCell::new(false) };
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = echarts, js_name = registerMap)]
    fn register_map(name: &str, geo_json: JsValue);
}

/// Registers the world map with ECharts as `world` (fetched once; ECharts must be loaded).
pub async fn ensure_world_map() -> Result<(), String> {
    if WORLD_REGISTERED.with(|r| *r.borrow()) {
        return Ok(());
    }
    let response = gloo_net::http::Request::get(&crate::browser::app_url(WORLD_MAP_SRC))
        .send()
        .await
        .map_err(|_| t(Msg::MapNotLoaded).to_string())?;
    if !response.ok() {
        return Err(tf(Msg::MapHttp, &[&response.status().to_string()]));
    }
    let text = response
        .text()
        .await
        .map_err(|_| t(Msg::MapUnreadable).to_string())?;
    let json = js_sys::JSON::parse(&text).map_err(|_| t(Msg::MapUnreadable).to_string())?;
    if !WORLD_REGISTERED.with(|r| *r.borrow()) {
        register_map("world", json);
        WORLD_REGISTERED.with(|r| *r.borrow_mut() = true);
    }
    Ok(())
}

/// The one script load every caller shares, started on first use.
fn loading(slot: &'static LocalKey<RefCell<Option<js_sys::Promise>>>, src: &str) -> Option<js_sys::Promise> {
    slot.with(|slot| {
        let mut slot = slot.borrow_mut();
        if slot.is_none() {
            *slot = start_loading(src).ok();
        }
        slot.clone()
    })
}

/// Starts loading ECharts without waiting: a dashboard asks as it opens, so that the library downloads
/// and parses while the page's data is on its way instead of after the first panels render. `extra`
/// also starts the map and graph module (the interactive page draws its path flow in the first view).
pub fn prefetch_echarts(extra: bool) {
    if !has_global("echarts") {
        let _ = loading(&LOADING, ECHARTS_SRC);
    }
    if extra && !has_global("echartsExtra") {
        let _ = loading(&LOADING_EXTRA, ECHARTS_EXTRA_SRC);
    }
}

async fn ensure_module(
    global: &str,
    slot: &'static LocalKey<RefCell<Option<js_sys::Promise>>>,
    src: &str,
) -> Result<(), String> {
    if has_global(global) {
        return Ok(());
    }
    let Some(promise) = loading(slot, src) else {
        return Err(t(Msg::ChartsNotRequested).into());
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) if has_global(global) => Ok(()),
        _ => {
            // Let a later chart try again.
            slot.with(|slot| *slot.borrow_mut() = None);
            Err(t(Msg::ChartsNotLoaded).into())
        }
    }
}

/// Resolves once `window.echarts` exists, and, when `option` draws a map or a graph, once those chart
/// types are registered too; every caller shares one load of each module.
pub async fn ensure_echarts(option: &Value) -> Result<(), String> {
    ensure_module("echarts", &LOADING, ECHARTS_SRC).await?;
    if needs_extra(option) {
        ensure_module("echartsExtra", &LOADING_EXTRA, ECHARTS_EXTRA_SRC).await?;
    }
    Ok(())
}

/// Whether the tooltip is registered (it comes with the extra module).
pub fn has_tooltips() -> bool {
    has_global("echartsExtra")
}

/// Resolves once the tooltip is registered: charts drawn without it set their option again then.
pub async fn ensure_tooltips() -> Result<(), String> {
    ensure_module("echartsExtra", &LOADING_EXTRA, ECHARTS_EXTRA_SRC).await
}

/// Whether an option uses what only the extra module registers: map, scatter or graph series, a geo
/// component or a visual map (see scripts/charts/echarts-extra.js).
pub fn needs_extra(option: &Value) -> bool {
    let extra_series = |s: &Value| {
        matches!(
            s.get("type").and_then(Value::as_str),
            Some("map" | "scatter" | "graph")
        )
    };
    let series = match option.get("series") {
        Some(Value::Array(all)) => all.iter().any(extra_series),
        Some(one) => extra_series(one),
        None => false,
    };
    series || option.get("geo").is_some() || option.get("visualMap").is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn line_charts_need_only_the_core() {
        let line = json!({"xAxis": [{"type": "category"}], "series": [{"type": "line"}, {"type": "line"}]});
        assert!(!needs_extra(&line));
        assert!(!needs_extra(&json!({})));
    }

    #[test]
    fn maps_and_graphs_need_the_extra_module() {
        assert!(needs_extra(
            &json!({"series": [{"type": "line"}, {"type": "graph"}]})
        ));
        assert!(needs_extra(&json!({"series": {"type": "map"}})));
        assert!(needs_extra(
            &json!({"series": [{"type": "scatter", "coordinateSystem": "geo"}]})
        ));
        assert!(needs_extra(&json!({"geo": {"map": "world"}, "series": []})));
        assert!(needs_extra(&json!({"visualMap": {"type": "continuous"}})));
    }
}
