//! Parts of the page whose code is not in the first download. Each such part is a split point (a
//! `#[wasm_split]` function that builds its view); the build (`scripts/split-wasm.mjs`) moves the code
//! only it reaches into a wasm chunk of its own, fetched the first time the part is shown. Without the
//! split step (host builds, tests) the function is simply called.

use super::skeleton::Skeleton;
use crate::components::panel_error::PanelError;
use crate::i18n::{t, Msg};
use crate::split::{ChunkError, ChunkLoad};
use leptos::prelude::*;
use send_wrapper::SendWrapper;

/// What a part shows while its code is on its way (busy, so tests and assistive technology know).
#[component]
pub fn PartLoading() -> impl IntoView {
    view! { <Skeleton extra="part-loading" /> }
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
            let result = load.start().await;
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
