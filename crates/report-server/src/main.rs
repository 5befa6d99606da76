//! `report-server`: a local implementation of Kaltura's api_v3 `report` service (see the crate README).

use clap::{Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

mod http;

/// Command line of report-server.
#[derive(Parser)]
#[command(
    name = "report-server",
    version,
    about = "A local Kaltura report API over an embedded analytics database"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
        /// The Trunk build to serve at `/` (index.html answers every unknown path).
        #[arg(long)]
        dist: Option<PathBuf>,
    },
}

fn main() {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve { host, port, dist } => {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .unwrap_or_else(|e| fail(&format!("cannot start the async runtime: {e}")));
            let addr = SocketAddr::new(host, port);
            if let Err(e) = runtime.block_on(http::serve(addr, dist)) {
                fail(&e.to_string());
            }
        }
    }
}

fn fail(message: &str) -> ! {
    eprintln!("report-server: {message}");
    std::process::exit(1);
}
