//! The HTTP surface: the built app's static files on the same origin as the API.

use axum::Router;
use std::net::SocketAddr;
use std::path::PathBuf;
use tower_http::services::{ServeDir, ServeFile};

/// Builds the router: static files of `dist` (with `index.html` for every unknown path, so deep links
/// such as `/entry/1_abc` load the app).
pub fn router(dist: Option<PathBuf>) -> Router {
    let mut app = Router::new();
    if let Some(dist) = dist {
        let index = dist.join("index.html");
        app = app.fallback_service(ServeDir::new(&dist).fallback(ServeFile::new(index)));
    }
    app
}

/// Listens on `addr` and serves until Ctrl-C. Prints `listening on http://…` once bound.
pub async fn serve(addr: SocketAddr, dist: Option<PathBuf>) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let bound = listener.local_addr()?;
    println!("listening on http://{bound}");
    axum::serve(listener, router(dist))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
