//! A panel's data: loaded whenever what it depends on changes, the last answer kept on screen meanwhile.

use leptos::prelude::*;

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

/// Whether a panel's data is on screen and settled, and whether it is dimmed while newer data loads:
/// what its frame shows.
#[derive(Clone, Copy)]
pub struct PanelStatus {
    /// Data is on screen and nothing newer is loading (`data-ready`).
    pub ready: Signal<bool>,
    /// Data is on screen while newer data loads (dimmed).
    pub reloading: Signal<bool>,
}

impl<T: Send + Sync + 'static> PanelData<T> {
    /// Its status, for the panel's frame.
    pub fn status(&self) -> PanelStatus {
        let data = *self;
        PanelStatus {
            ready: Signal::derive(move || data.ready()),
            reloading: Signal::derive(move || data.reloading()),
        }
    }

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
