//! Work put off to a later task or to idle time, so the task running now stays short.

/// Resolves in a later task of the browser's event loop (a zero `setTimeout`), so that work after it
/// does not lengthen the task that is running: the page can paint and answer input in between.
pub async fn next_task() {
    use wasm_bindgen::JsCast;
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let scheduled = web_sys::window().is_some_and(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0)
                .is_ok()
        });
        if !scheduled {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
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
