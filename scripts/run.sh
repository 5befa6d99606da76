#!/usr/bin/env bash
# Runs the dashboard on demo data: builds the app and report-server, generates the demo database once
# (reused later), and serves both on http://127.0.0.1:${PORT:-8080}, printing the dashboard's URL.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$ENTRYLENS_ROOT"

say "release build: app (trunk, offline) and report-server"
trunk build --release --offline >/dev/null
cargo build --release -p report-server --quiet

exec "$CARGO_TARGET_DIR/release/report-server" serve --dist "$ENTRYLENS_ROOT/dist" \
  --host 127.0.0.1 --port "${PORT:-8080}"
