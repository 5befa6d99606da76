//! `report-server`: a local implementation of Kaltura's api_v3 `report` service (see the crate README).

use clap::{Parser, Subcommand, ValueEnum};
use report_server::api::{system_now, Api};
use report_server::ks::{Partner, TYPE_ADMIN, TYPE_USER};
use report_server::{db, generate, http};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// Command line of report-server.
#[derive(Parser)]
#[command(
    name = "report-server",
    version,
    about = "A local Kaltura report API over an embedded analytics database"
)]
struct Cli {
    /// Partner id whose sessions are accepted.
    #[arg(
        long,
        global = true,
        env = "ENTRYLENS_PARTNER_ID",
        default_value_t = 1_000_001
    )]
    partner_id: i64,
    /// The partner's admin secret (the key of every KS).
    #[arg(
        long,
        global = true,
        env = "ENTRYLENS_ADMIN_SECRET",
        default_value = "entrylens-demo-admin-secret"
    )]
    admin_secret: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum KsKind {
    Admin,
    User,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API and the built app on one origin.
    Serve {
        /// Address to listen on (loopback by default).
        #[arg(long, default_value = "127.0.0.1")]
        host: std::net::IpAddr,
        /// Port to listen on; 0 picks a free one (the chosen address is printed).
        #[arg(long, env = "PORT", default_value_t = 8080)]
        port: u16,
        /// The analytics database written by `generate`.
        #[arg(long)]
        db: Option<PathBuf>,
        /// The Trunk build to serve at `/` (index.html answers every unknown path).
        #[arg(long)]
        dist: Option<PathBuf>,
        /// Obey `X-Entrylens-Fault` request headers (latency, failing items, bad answers, dropped
        /// connections, expired sessions) for reliability tests. Never on a real deployment.
        #[arg(long)]
        faults: bool,
    },
    /// Generate a deterministic demo database.
    Generate {
        /// Where to write the database.
        #[arg(long)]
        db: PathBuf,
        /// Seed of every random choice.
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// How many raw events to generate (at least).
        #[arg(long, default_value_t = 1_000_000)]
        events: usize,
        /// Newest moment of the history, unix seconds (default: now).
        #[arg(long)]
        end: Option<i64>,
    },
    /// Print a fresh KS for the configured partner.
    Ks {
        /// Admin (default) or user session.
        #[arg(long, value_enum, default_value = "admin")]
        kind: KsKind,
        /// User id inside the session.
        #[arg(long, default_value = "admin@northfield.edu")]
        user: String,
        /// Hours until it expires.
        #[arg(long, default_value_t = 24)]
        hours: i64,
        /// Seconds until it expires, instead of `--hours` (tests of a session expiring mid-use).
        #[arg(long)]
        seconds: Option<i64>,
        /// Privileges, Kaltura style (`setrole:ANALYTICS_BASE,*`).
        #[arg(long, default_value = "")]
        privileges: String,
        /// Make a legacy v1 session instead of v2.
        #[arg(long)]
        v1: bool,
    },
}

fn main() {
    let cli = Cli::parse();
    let partner = Partner {
        id: cli.partner_id,
        admin_secret: cli.admin_secret.clone(),
    };
    match cli.command {
        Command::Serve {
            host,
            port,
            db,
            dist,
            faults,
        } => {
            let api = db.map(|path| {
                let started = Instant::now();
                let store = db::load(&path).unwrap_or_else(|e| {
                    fail(&format!(
                        "cannot load {}: {e} (run `report-server generate` first)",
                        path.display()
                    ))
                });
                eprintln!(
                    "loaded {} events in {:.1?}",
                    store.events.len(),
                    started.elapsed()
                );
                if store.partner_id != partner.id {
                    fail(&format!(
                        "the database belongs to partner {}, not {}",
                        store.partner_id, partner.id
                    ));
                }
                Arc::new(Api::new(store, partner.clone(), system_now))
            });
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .unwrap_or_else(|e| fail(&format!("cannot start the async runtime: {e}")));
            if let Err(e) = runtime.block_on(http::serve(
                SocketAddr::new(host, port),
                api,
                dist,
                http::Faults(faults),
            )) {
                fail(&e.to_string());
            }
        }
        Command::Generate {
            db: path,
            seed,
            events,
            end,
        } => {
            let started = Instant::now();
            let store = generate::generate(generate::Options {
                seed,
                events,
                end: end.unwrap_or_else(system_now),
                partner_id: partner.id,
            });
            let generated = started.elapsed();
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", dir.display())));
            }
            db::save(&store, &path)
                .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
            let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
            println!(
                "generated {} events, {} users, {} entries in {:.1?}; written in {:.1?} to {} ({:.1} MB)",
                store.events.len(),
                store.users.len(),
                store.entries.len(),
                generated,
                started.elapsed() - generated,
                path.display(),
                size as f64 / 1e6
            );
        }
        Command::Ks {
            kind,
            user,
            hours,
            seconds,
            privileges,
            v1,
        } => {
            let ks_type = match kind {
                KsKind::Admin => TYPE_ADMIN,
                KsKind::User => TYPE_USER,
            };
            let expiry = system_now() + seconds.unwrap_or(hours * 3600);
            let ks = if v1 {
                partner.generate_v1(ks_type, &user, expiry, &privileges)
            } else {
                partner.generate_v2(ks_type, &user, expiry, &privileges)
            };
            println!("{ks}");
        }
    }
}

fn fail(message: &str) -> ! {
    eprintln!("report-server: {message}");
    std::process::exit(1);
}
