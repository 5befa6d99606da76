//! Loads ECharts (`/vendor/echarts.min.js`, copied there by Trunk from the npm package) on first use.

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
    Ok(promise)
}

/// Resolves once `window.echarts` exists; every caller shares one script load.
pub async fn ensure_echarts() -> Result<(), String> {
    if has_echarts() {
        return Ok(());
    }
    let promise = LOADING.with(|slot| {
        let mut slot = slot.borrow_mut();
        if slot.is_none() {
            *slot = start_loading().ok();
        }
        slot.clone()
    });
    let Some(promise) = promise else {
        return Err("the charts library could not be requested".into());
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) if has_echarts() => Ok(()),
        _ => {
            // Let a later chart try again.
            LOADING.with(|slot| *slot.borrow_mut() = None);
            Err("the charts library could not be loaded".into())
        }
    }
}
