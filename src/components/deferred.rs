//! Parts of the page whose code is not in the first download. Each such part is a split point (a
//! `#[wasm_split]` function that builds its view); the build (`scripts/split-wasm.mjs`) moves the code
//! only it reaches into a wasm chunk of its own, fetched the first time the part is shown. Without the
//! split step (host builds, tests) the function is simply called.

use crate::components::panel::PanelError;
use crate::i18n::{t, Msg};
use leptos::__reexports::send_wrapper::SendWrapper;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// A part's code chunk could not be fetched (offline, server gone, a newer build replaced it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// What a split point returns: its view, once its chunk is in.
pub type ChunkView = Pin<Box<dyn Future<Output = Result<AnyView, ChunkError>>>>;

/// Starts a split point: fetches its chunk (once) and builds its view.
#[derive(Clone)]
pub struct ChunkLoad(Arc<dyn Fn() -> ChunkView + Send + Sync>);

impl ChunkLoad {
    /// Wraps a call of a split point.
    pub fn new<F, Fut>(load: F) -> Self
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<AnyView, ChunkError>> + 'static,
    {
        Self(Arc::new(move || Box::pin(load())))
    }
}

/// Runs `f` once the browser is idle (the first view drawn), or after two seconds at most; where there is
/// no `requestIdleCallback` (Safari), after a short timeout. Parts below the first view start fetching
/// their code from here, so that it never competes with the first view for the network or the CPU.
pub fn when_idle(f: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return f();
    };
    let callback = Closure::once_into_js(f);
    let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Function>().ok());
    let started = match idle {
        Some(request) => {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeout".into(), &2000.into());
            request.call2(&window, &callback, &options).is_ok()
        }
        None => window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 200)
            .is_ok(),
    };
    if !started {
        if let Ok(f) = callback.dyn_into::<js_sys::Function>() {
            let _ = f.call0(&wasm_bindgen::JsValue::NULL);
        }
    }
}

/// What a part shows while its code is on its way (busy, so tests and assistive technology know).
#[component]
pub fn PartLoading() -> impl IntoView {
    view! { <p class="skeleton part-loading" aria-busy="true">{t(Msg::Loading)}</p> }
}

/// Shows a part whose code is in its own chunk: a loading line while the chunk loads, the part when it
/// is in, and an error with a retry when the chunk could not be fetched.
#[component]
pub fn Deferred(
    /// The split point to call.
    load: ChunkLoad,
) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    let loading = RwSignal::new(true);
    let part = move || {
        attempt.track();
        loading.set(true);
        let load = load.clone();
        // The view is built on this thread; SendWrapper satisfies Suspend's bound without a copy.
        Suspend::new(SendWrapper::new(async move {
            let result = (load.0)().await;
            loading.set(false);
            match result {
                Ok(view) => view,
                Err(ChunkError) => view! {
                    <PanelError
                        message=t(Msg::PartNotLoaded).to_string()
                        on_retry=Callback::new(move |_| attempt.update(|n| *n += 1))
                    />
                }
                .into_any(),
            }
        }))
    };
    view! {
        <Show when=move || loading.get()>
            <PartLoading />
        </Show>
        {part}
    }
}
