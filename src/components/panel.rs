//! A dashboard panel: a titled landmark that shows a skeleton while loading, dims its previous content
//! while reloading, and shows its own error with a retry button.

use crate::i18n::{t, Msg};
use leptos::prelude::*;

/// What a panel shows.
#[derive(Debug, Clone, PartialEq)]
pub enum PanelState<T> {
    /// Nothing loaded yet.
    Loading,
    /// Data, possibly stale while a reload runs (`reloading`).
    Ready {
        /// The data.
        data: T,
        /// A newer request is under way.
        reloading: bool,
    },
    /// The last request failed.
    Failed(String),
}

/// The error box of a panel, with a retry button.
#[component]
pub fn PanelError(
    /// What went wrong, in words.
    message: String,
    /// Called when the user asks to try again.
    on_retry: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="panel-error" role="alert">
            <p>{message}</p>
            <button type="button" on:click=move |_| on_retry.run(())>{t(Msg::Retry)}</button>
        </div>
    }
}

/// The data of one panel: its last answer (kept on screen, dimmed, while a newer one loads), whether a
/// request is under way, and a retry that repeats only this panel's request.
pub struct PanelData<T: Send + Sync + 'static> {
    /// The last answer: data, or the error in words.
    pub last: RwSignal<Option<Result<T, String>>>,
    /// A request is under way.
    pub pending: RwSignal<bool>,
    /// Repeats the request.
    pub retry: Callback<()>,
}

impl<T: Send + Sync + 'static> Clone for PanelData<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for PanelData<T> {}

impl<T: Send + Sync + 'static> PanelData<T> {
    /// An answer is on screen and no newer request is under way (tests and the benchmark read this as
    /// the `data-ready` attribute).
    pub fn ready(&self) -> bool {
        self.last.with(Option::is_some) && !self.pending.get()
    }

    /// An answer is on screen while a newer one loads (it is dimmed).
    pub fn reloading(&self) -> bool {
        self.pending.get() && self.last.with(Option::is_some)
    }
}

/// A panel that exports: its landmark, heading and CSV button around `children`. `name` is its key in
/// the export registry, and its heading's id is `{name}-title`. The panel is marked ready (`data-ready`)
/// and dimmed while reloading from `ready` and `reloading`.
#[component]
pub fn ExportablePanel(
    /// The export registry key.
    name: &'static str,
    /// The heading.
    title: String,
    /// Its data is on screen and nothing newer is loading.
    #[prop(into)]
    ready: Signal<bool>,
    /// Its data is on screen while newer data loads.
    #[prop(into)]
    reloading: Signal<bool>,
    /// The panel's body.
    children: Children,
) -> impl IntoView {
    let title_id = format!("{name}-title");
    let labelled_by = title_id.clone();
    view! {
        <section
            class="panel"
            aria-labelledby=labelled_by
            data-ready=move || ready.get().to_string()
            class:reloading=move || reloading.get()
        >
            <div class="panel-head">
                <h2 id=title_id>{title}</h2>
                <crate::components::export_button::ExportButton panel=name />
            </div>
            {children()}
        </section>
    }
}

/// Loads a panel's data whenever `key` changes (the previous request is aborted when its owner is
/// cleaned up), keeping the last answer on screen meanwhile.
pub fn use_panel_data<K, T, Fut>(
    key: impl Fn() -> K + Send + Sync + 'static,
    load: impl Fn(K) -> Fut + 'static,
) -> PanelData<T>
where
    K: PartialEq + Clone + Send + Sync + 'static,
    T: Clone + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<T, String>> + 'static,
{
    use_panel_data_when(|| true, key, load)
}

/// [`use_panel_data`] that starts only once `ready` is true (the page's first batch, which fetched this
/// panel's first answer, has arrived).
pub fn use_panel_data_when<K, T, Fut>(
    ready: impl Fn() -> bool + Send + Sync + 'static,
    key: impl Fn() -> K + Send + Sync + 'static,
    load: impl Fn(K) -> Fut + 'static,
) -> PanelData<T>
where
    K: PartialEq + Clone + Send + Sync + 'static,
    T: Clone + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<T, String>> + 'static,
{
    let key = Memo::new(move |_| key());
    let ready = Memo::new(move |_| ready());
    let pending = RwSignal::new(false);
    let resource = LocalResource::new(move || {
        let k = key.get();
        let go = ready.get();
        let fut = go.then(|| {
            pending.set(true);
            load(k)
        });
        async move {
            match fut {
                Some(f) => {
                    let r = f.await;
                    pending.set(false);
                    Some(r)
                }
                None => None,
            }
        }
    });
    let last = RwSignal::new(None);
    Effect::new(move |_| {
        if let Some(Some(r)) = resource.get() {
            last.set(Some(r));
        }
    });
    PanelData {
        last,
        pending,
        retry: Callback::new(move |_| resource.refetch()),
    }
}

/// A panel's body: a skeleton before the first answer, the error with a retry button, or `render`'s view
/// of the data.
pub fn panel_body<T: Clone + Send + Sync + 'static, V: IntoView + 'static>(
    data: PanelData<T>,
    render: impl Fn(T) -> V + 'static,
) -> impl Fn() -> AnyView {
    move || match data.last.get() {
        None => view! { <p class="skeleton" aria-busy="true">{t(Msg::Loading)}</p> }.into_any(),
        Some(Err(message)) => view! { <PanelError message on_retry=data.retry /> }.into_any(),
        Some(Ok(d)) => render(d).into_view().into_any(),
    }
}
