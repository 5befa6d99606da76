//! The page frame and the routes.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The product name shown in the header and the document title.
pub const PRODUCT_NAME: &str = "entrylens";

/// The whole app: the frame (header, main landmark) around the routed page.
#[component]
pub fn App() -> impl IntoView {
    let conn = crate::embed::provide_connection();
    let session_notice = move || {
        conn.session_over.get().then(|| {
            let what = if conn.embedded() {
                "Your session has expired. Your portal has been asked to sign you in again; the dashboard reloads when it sends a new session."
            } else {
                "Your session has expired or is not valid. Open the dashboard again from your video portal, or with a new KS."
            };
            view! { <div class="session-notice" role="alert">{what}</div> }
        })
    };
    view! {
        <Router>
            <crate::embed::HostBridge />
            {session_notice}
            <a class="skip-link" href="#main">"Skip to content"</a>
            <header class="app-header">
                <span class="brand">{PRODUCT_NAME}</span>
                <span class="tagline">"Entry and interactive-video analytics"</span>
            </header>
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/entry/:id") view=crate::pages::entry::EntryPage />
                    <Route path=path!("/interactive/:id") view=crate::pages::entry::InteractivePage />
                </Routes>
            </main>
        </Router>
    }
}

/// The start page: what entrylens shows and how to open a dashboard.
#[component]
fn Home() -> impl IntoView {
    view! {
        <section class="home" aria-labelledby="home-title">
            <h1 id="home-title">{PRODUCT_NAME}</h1>
            <p>
                "See how people watch one media entry — highlights, views across the video, engagement per user, "
                "countries, devices and domains — and how they move through an interactive video."
            </p>
            <p>
                "Open a dashboard with a link of the form " <code>"/entry/<entry id>"</code> " or, for an "
                "interactive video, " <code>"/interactive/<path id>"</code> "."
            </p>
        </section>
    }
}

/// Any unknown path.
#[component]
fn NotFound() -> impl IntoView {
    view! {
        <section class="not-found" aria-labelledby="nf-title">
            <h1 id="nf-title">"Page not found"</h1>
            <p>"This address does not match any dashboard. "<a href="/">"Go to the start page"</a>"."</p>
        </section>
    }
}
