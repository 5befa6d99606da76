//! One ECharts instance bound to a `<div>`: created when the element and the library are there, given
//! the option whenever it changes, resized with the window, and disposed when the view goes away.

use super::loader::{ensure_echarts, ensure_tooltips, has_tooltips};
use crate::browser::NearViewport;
use crate::i18n::{tf, Msg};
use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance.
    #[wasm_bindgen(js_name = Object)]
    pub type Instance;

    #[wasm_bindgen(js_namespace = echarts, js_name = init)]
    fn echarts_init(element: &web_sys::Element, theme: JsValue, opts: JsValue) -> Instance;

    #[wasm_bindgen(method, catch, js_name = setOption)]
    fn set_option(this: &Instance, option: JsValue, opts: JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch)]
    fn resize(this: &Instance) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    fn dispose(this: &Instance);

    #[wasm_bindgen(method, js_name = dispatchAction)]
    fn dispatch_action(this: &Instance, action: JsValue);

    #[wasm_bindgen(method)]
    fn on(this: &Instance, event: &str, handler: &js_sys::Function);
}

/// The key of a clicked item: its data's `code` when it has one, else its name.
fn clicked_key(params: &JsValue) -> Option<String> {
    let data = js_sys::Reflect::get(params, &JsValue::from_str("data")).ok();
    let code = data
        .filter(|d| d.is_object())
        .and_then(|d| js_sys::Reflect::get(&d, &JsValue::from_str("code")).ok())
        .and_then(|c| c.as_string());
    code.or_else(|| {
        js_sys::Reflect::get(params, &JsValue::from_str("name"))
            .ok()
            .and_then(|n| n.as_string())
    })
}

/// What ECharts calls when an item of a chart is clicked.
type ClickHandler = Closure<dyn Fn(JsValue)>;

/// A handle to show the tooltip of a data point from outside (keyboard cursors).
#[derive(Clone, Copy)]
pub struct ChartHandle {
    instance: StoredValue<Option<Instance>, LocalStorage>,
}

impl ChartHandle {
    /// Shows the tooltip of point `index` of series 0.
    pub fn show_tip(&self, index: usize) {
        self.instance.with_value(|i| {
            if let Some(i) = i {
                let action = serde_json::json!({"type": "showTip", "seriesIndex": 0, "dataIndex": index});
                i.dispatch_action(crate::lean::json::to_js(&action));
            }
        });
    }
}

/// What one chart keeps between its effects: the instance, why it could not be drawn, whether the
/// tooltips were asked for, whether it is near the viewport (maps wait for that) and the watcher that
/// says so, and the click handler, which lives as long as its chart.
#[derive(Clone, Copy)]
struct ChartParts {
    instance: StoredValue<Option<Instance>, LocalStorage>,
    failed: RwSignal<Option<String>>,
    tooltips_asked: StoredValue<bool>,
    near: RwSignal<bool>,
    watcher: StoredValue<Option<NearViewport>, LocalStorage>,
    // Dropped when the view goes away (it was once forgotten, and every redrawn map left one behind
    // for the rest of the visit).
    click_handler: StoredValue<Option<ClickHandler>, LocalStorage>,
    /// The theme the instance was made in ([`crate::browser::theme_changes`]): another theme makes it
    /// anew, in ECharts' dark or light base and the page's chart colours.
    theme: StoredValue<Option<u32>>,
}

impl ChartParts {
    fn new(world_map: bool) -> ChartParts {
        ChartParts {
            instance: StoredValue::new_local(None),
            failed: RwSignal::new(None),
            tooltips_asked: StoredValue::new(false),
            // A map is the heaviest chart (its data, its layout): it waits until it comes near the
            // viewport, so that it does not hold back the panels above it.
            near: RwSignal::new(!world_map),
            watcher: StoredValue::new_local(None),
            click_handler: StoredValue::new_local(None),
            theme: StoredValue::new(None),
        }
    }

    /// Starts watching `element` come near the viewport, unless it is near already.
    fn watch(self, element: &web_sys::Element) {
        if self.near.get_untracked() || self.watcher.with_value(Option::is_some) {
            return;
        }
        let near = self.near;
        let on_near = move || {
            if near.try_get_untracked() == Some(false) {
                near.set(true);
            }
        };
        match NearViewport::watch(element, on_near) {
            Some(w) => self.watcher.set_value(Some(w)),
            None => near.set(true),
        }
    }

    /// The chart's instance on `element`, made on first use with its click handler and handle.
    fn create(
        self,
        element: &web_sys::Element,
        on_click: Option<Callback<String>>,
        on_handle: Option<Callback<ChartHandle>>,
    ) {
        if self.instance.with_value(Option::is_some) {
            return;
        }
        let theme = if super::colors::dark_base() {
            JsValue::from_str("dark")
        } else {
            JsValue::NULL
        };
        let created = echarts_init(
            element,
            theme,
            crate::lean::json::to_js(&serde_json::json!({"renderer": "canvas"})),
        );
        if let Some(cb) = on_click {
            let handler = Closure::<dyn Fn(JsValue)>::new(move |params: JsValue| {
                if let Some(key) = clicked_key(&params) {
                    cb.run(key);
                }
            });
            created.on("click", handler.as_ref().unchecked_ref());
            self.click_handler.set_value(Some(handler));
        }
        self.instance.set_value(Some(created));
        if let Some(cb) = on_handle {
            cb.run(ChartHandle {
                instance: self.instance,
            });
        }
    }

    /// Gives the instance `opt` in the page's colours now, replacing (`merge` false) or merged into
    /// what it shows.
    fn set(self, opt: &Value, merge: bool) -> Result<(), JsValue> {
        let opt = super::colors::resolve(opt);
        self.instance
            .try_with_value(|i| match i {
                Some(i) => i.set_option(
                    {
                        // Numbers as the page prints them, where the option names a formatter.
                        let js = crate::lean::json::to_js(&opt);
                        super::number_format::install(&js, &super::number_format::marker_paths(&opt));
                        js
                    },
                    crate::lean::json::to_js(&serde_json::json!({"notMerge": !merge})),
                ),
                None => Ok(()),
            })
            .unwrap_or(Ok(()))
    }

    /// The first view is drawn without tooltips (they come with the extra module): fetched once the
    /// page is idle, then the chart's current option is set again, merged, so that nothing moves and
    /// the tooltip appears.
    fn tooltips_when_idle(self, option: Signal<Value>) {
        if has_tooltips() || self.tooltips_asked.get_value() {
            return;
        }
        self.tooltips_asked.set_value(true);
        crate::browser::when_idle(move || {
            leptos::task::spawn_local(async move {
                // Without them the chart stays as drawn: its table twin and keyboard cursor still read
                // out every value.
                if ensure_tooltips().await.is_ok() {
                    if let Some(opt) = option.try_get_untracked() {
                        let _ = self.set(&opt, true);
                    }
                }
            });
        });
    }

    /// Forgets the instance, then its click handler (after dispose ECharts no longer holds it).
    fn drop_instance(self) {
        self.instance.update_value(|i| {
            if let Some(i) = i.take() {
                i.dispose();
            }
        });
        self.click_handler.update_value(|h| drop(h.take()));
    }

    /// Drops an instance made in another theme than `theme` (the next draw makes it anew).
    fn keep_theme(self, theme: u32) {
        if self.theme.get_value() != Some(theme) {
            self.drop_instance();
            self.theme.set_value(Some(theme));
        }
    }

    /// Forgets the chart: the watcher and the instance.
    fn dispose(self) {
        self.watcher.update_value(|w| {
            if let Some(w) = w.take() {
                w.stop();
            }
        });
        self.drop_instance();
    }
}

/// What a chart is given to draw.
#[derive(Clone, Copy)]
struct ChartInput {
    option: Signal<Value>,
    world_map: bool,
    on_click: Option<Callback<String>>,
    on_handle: Option<Callback<ChartHandle>>,
}

/// Draws `opt` on `element` in the page's `theme` once the library (and the map) are in, in a task of
/// its own.
async fn draw(
    parts: ChartParts,
    element: web_sys::HtmlDivElement,
    opt: Value,
    theme: u32,
    input: ChartInput,
) {
    if let Err(e) = ensure_echarts(&opt).await {
        parts.failed.set(Some(e));
        return;
    }
    if input.world_map {
        if let Err(e) = super::loader::ensure_world_map().await {
            parts.failed.set(Some(e));
            return;
        }
    }
    // Each chart draws in a task of its own, not in the one that built the page's views: a path flow
    // of a hundred long names and the views around it took 220 ms as one task.
    crate::browser::next_task().await;
    // The view may have been replaced while the library or the map loaded: a detached element has no
    // size, and ECharts cannot lay out a map in it.
    if !element.is_connected()
        || element.client_width() == 0
        || parts.instance.try_with_value(|_| ()).is_none()
    {
        return;
    }
    parts.keep_theme(theme);
    parts.create(&element, input.on_click, input.on_handle);
    // A chart that cannot be drawn says so; its table twin still has the data.
    if parts.set(&opt, false).is_err() {
        parts
            .failed
            .set(Some(crate::i18n::t(crate::i18n::Msg::ChartRefused).into()));
        return;
    }
    if opt.get("tooltip").is_some() {
        parts.tooltips_when_idle(input.option);
    }
}

/// A chart. `option` is an ECharts option (a JSON tree, see [`crate::charts::LineOption`]); `label` is its short
/// text description. The chart itself is hidden from assistive technology: its table twin carries the data.
#[component]
pub fn EChart(
    /// The ECharts option.
    #[prop(into)]
    option: Signal<Value>,
    /// Short description of what the chart shows.
    #[prop(into)]
    label: Signal<String>,
    /// Height in px.
    #[prop(default = 280)]
    height: u32,
    /// Receives a handle once the chart exists.
    #[prop(optional)]
    on_handle: Option<Callback<ChartHandle>>,
    /// The option uses the world map (registered before the first draw).
    #[prop(optional)]
    world_map: bool,
    /// Receives the key of a clicked item (its data's `code`, else its name).
    #[prop(optional)]
    on_click: Option<Callback<String>>,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    let parts = ChartParts::new(world_map);
    let input = ChartInput {
        option,
        world_map,
        on_click,
        on_handle,
    };
    Effect::new(move |_| {
        if let Some(element) = node.get() {
            parts.watch(&element);
        }
    });
    let theme_changes = crate::browser::theme_changes();
    Effect::new(move |_| {
        let opt = option.get();
        // A new theme draws the chart again in its colours.
        let theme = theme_changes.get();
        if !parts.near.get() {
            return;
        }
        let Some(element) = node.get() else { return };
        leptos::task::spawn_local(draw(parts, element, opt, theme, input));
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        parts.instance.with_value(|i| {
            if let Some(i) = i {
                let _ = i.resize();
            }
        });
    });
    on_cleanup(move || {
        resize.remove();
        parts.dispose();
    });
    let failed = parts.failed;
    view! {
        <div class="chart-frame">
            <div
                node_ref=node
                class="echart"
                role="img"
                aria-label=move || label.get()
                style=format!("height:{height}px")
            ></div>
            {move || failed.get().map(|e| view! { <p class="chart-error" role="status">{tf(Msg::ChartFailed, &[&e])}</p> })}
        </div>
    }
}
