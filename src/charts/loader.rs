//! Loads ECharts (`/vendor/echarts.min.js`, our trimmed build of the npm package made by
//! scripts/build-charts.mjs) on first use.

use crate::i18n::{t, tf, Msg};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Where Trunk puts the ECharts bundle.
pub const ECHARTS_SRC: &str = "/vendor/echarts.min.js";

thread_local! {
    static LOADING: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

fn has_echarts() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str("echarts")).unwrap_or(false)
}

fn start_loading() -> Result<js_sys::Promise, JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let script: web_sys::HtmlScriptElement = document.create_element("script")?.dyn_into()?;
    script.set_src(ECHARTS_SRC);
    script.set_async(true);
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

/// Where Trunk puts the prepared world map (GeoJSON keyed by ISO 3166-1 alpha-2 codes).
pub const WORLD_MAP_SRC: &str = "/vendor/world.json";

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
    let response = gloo_net::http::Request::get(WORLD_MAP_SRC)
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
fn loading() -> Option<js_sys::Promise> {
    LOADING.with(|slot| {
        let mut slot = slot.borrow_mut();
        if slot.is_none() {
            *slot = start_loading().ok();
        }
        slot.clone()
    })
}

/// Starts loading ECharts without waiting: a dashboard asks as it opens, so that the library downloads
/// and parses while the page's data is on its way instead of after the first panels render.
pub fn prefetch_echarts() {
    if !has_echarts() {
        let _ = loading();
    }
}

/// Resolves once `window.echarts` exists; every caller shares one script load.
pub async fn ensure_echarts() -> Result<(), String> {
    if has_echarts() {
        return Ok(());
    }
    let Some(promise) = loading() else {
        return Err(t(Msg::ChartsNotRequested).into());
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) if has_echarts() => Ok(()),
        _ => {
            // Let a later chart try again.
            LOADING.with(|slot| *slot.borrow_mut() = None);
            Err(t(Msg::ChartsNotLoaded).into())
        }
    }
}
