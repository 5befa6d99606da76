//! The page frame and the routes.

use crate::i18n::{self, t, tf, Lang, Msg};
use crate::router::{provide_location, Page};
use leptos::prelude::*;

/// The product name shown in the header and the document title.
pub const PRODUCT_NAME: &str = "entrylens";

/// The language the page starts in: the address's `lang`, else the browser's, else English.
fn initial_language() -> Lang {
    let window = web_sys::window();
    let from_url = window
        .as_ref()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| {
            form_urlencoded::parse(search.trim_start_matches('?').as_bytes())
                .find(|(k, _)| k == "lang")
                .map(|(_, v)| v.into_owned())
        })
        .and_then(|v| Lang::from_tag(&v));
    from_url
        .or_else(|| {
            window
                .and_then(|w| w.navigator().language())
                .and_then(|l| Lang::from_tag(&l))
        })
        .unwrap_or_default()
}

/// Puts the language and its direction on `<html>`, so the browser, screen readers and CSS follow it.
fn mark_document(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
        let _ = root.set_attribute("dir", if lang.rtl() { "rtl" } else { "ltr" });
    }
}

/// The whole app: the frame (header, main landmark) around the routed page.
#[component]
pub fn App() -> impl IntoView {
    let conn = crate::embed::provide_connection();
    let location = provide_location();
    // Only a change of page builds another page; another entry id is the same dashboard's new data.
    let page_kind = Memo::new(move |_| location.route.with(|r| r.page()));
    let lang = RwSignal::new(initial_language());
    // The host's language wins (init's `locale`, then each `setLanguage`).
    Effect::new(move |_| {
        if let Some(l) = conn.locale.get().as_deref().and_then(Lang::from_tag) {
            lang.set(l);
        }
    });
    provide_context(lang);
    // The language whose words are here: the chosen one once they have arrived (English, built in, at
    // once). Until then the page waits rather than drawing in one language and again in another; if
    // they cannot be fetched, the page stays in English and says why.
    let first = lang.get_untracked();
    let words: RwSignal<Option<Lang>> = RwSignal::new(i18n::words::has(first).then_some(first));
    let words_failed: RwSignal<Option<String>> = RwSignal::new(None);
    // Each change rebuilds the whole page, so a signal is set only when its value changes (the effect's
    // first run finds the start language already shown).
    let show = move |shown: Lang, failed: Option<String>| {
        if words_failed.with_untracked(|f| *f != failed) {
            words_failed.set(failed);
        }
        if words.get_untracked() != Some(shown) {
            words.set(Some(shown));
        }
    };
    Effect::new(move |_| {
        let wanted = lang.get();
        if i18n::words::has(wanted) {
            show(wanted, None);
            return;
        }
        leptos::task::spawn_local(async move {
            let loaded = i18n::words::load(wanted).await;
            if lang.get_untracked() == wanted {
                match loaded {
                    Ok(()) => show(wanted, None),
                    Err(e) => show(Lang::En, Some(e)),
                }
            }
        });
    });
    let session_notice = move || {
        lang.track();
        conn.session_over.get().then(|| {
            let what = if conn.embedded() {
                t(Msg::SessionExpiredEmbedded)
            } else {
                t(Msg::SessionExpiredStandalone)
            };
            view! { <div class="session-notice" role="alert">{what}</div> }
        })
    };
    // Everything with words is rebuilt when the language changes; the state lives in the URL, so the
    // page comes back as it was.
    let page = move || {
        let Some(current) = words.get() else {
            return view! { <p class="skeleton" aria-busy="true">"…"</p> }.into_any();
        };
        i18n::set_current(current);
        mark_document(current);
        let failed = words_failed.get().map(|why| {
            view! { <p class="session-notice" role="status">{tf(Msg::WordsNotLoaded, &[&why])}</p> }
        });
        view! {
            {failed}
            <a class="skip-link" href="#main">{t(Msg::SkipToContent)}</a>
            <header class="app-header">
                <span class="brand">{PRODUCT_NAME}</span>
                <span class="tagline">{t(Msg::Tagline)}</span>
                <LanguagePicker lang />
            </header>
            <main id="main" tabindex="-1">
                {move || match page_kind.get() {
                    Page::Home => view! { <Home /> }.into_any(),
                    Page::Entry => view! { <crate::pages::entry::EntryPage /> }.into_any(),
                    Page::Interactive => view! { <crate::pages::entry::InteractivePage /> }.into_any(),
                    Page::NotFound => view! { <NotFound /> }.into_any(),
                }}
            </main>
        }
        .into_any()
    };
    view! {
        <crate::embed::HostBridge />
        {session_notice}
        {page}
    }
}

/// The language menu of the header (each language named in itself).
#[component]
fn LanguagePicker(lang: RwSignal<Lang>) -> impl IntoView {
    let name = |l: Lang| match l {
        Lang::En => "English",
        Lang::He => "עברית",
        Lang::De => "Deutsch",
        Lang::Es => "Español",
    };
    view! {
        <label class="language-picker">
            <span class="visually-hidden">{t(Msg::Language)}</span>
            <select
                on:change=move |ev| {
                    if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
                        lang.set(l);
                    }
                }
            >
                {Lang::ALL
                    .into_iter()
                    .map(|l| view! { <option value=l.tag() selected=lang.get_untracked() == l lang=l.tag()>{name(l)}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}

/// The start page: what entrylens shows and how to open a dashboard.
#[component]
fn Home() -> impl IntoView {
    view! {
        <section class="home" aria-labelledby="home-title">
            <h1 id="home-title">{PRODUCT_NAME}</h1>
            <p>{t(Msg::HomeIntro)}</p>
            <p>{t(Msg::HomeHowTo)}</p>
        </section>
    }
}

/// Any unknown path.
#[component]
fn NotFound() -> impl IntoView {
    view! {
        <section class="not-found" aria-labelledby="nf-title">
            <h1 id="nf-title">{t(Msg::PageNotFound)}</h1>
            <p>{t(Msg::PageNotFoundText)} " " <a href=crate::browser::app_url("/")>{t(Msg::GoToStart)}</a></p>
        </section>
    }
}
