#!/usr/bin/env bash
# Runs every test of entrylens: formatting, clippy (host and wasm), the workspace's unit and
# integration tests, a release build of the app and the server, and the browser tests in headless
# Chromium against report-server on 127.0.0.1. Installs what is missing first (scripts/bootstrap.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$ENTRYLENS_ROOT"

say "cargo fmt --check"
cargo fmt --all -- --check

say "clippy (host: every crate and test)"
cargo clippy --workspace --all-targets --quiet -- -D warnings
say "clippy (wasm32: the app)"
cargo clippy -p entrylens --target wasm32-unknown-unknown --quiet -- -D warnings

say "cargo test"
cargo test --workspace

say "release build: app (trunk, offline) and report-server"
trunk build --release --offline >/dev/null
# The same app built for a sub-path, served by a static server in tests/browser/subpath.test.mjs.
trunk build --release --offline --public-url /analytics/ --dist "$CARGO_TARGET_DIR/dist-analytics" >/dev/null
cargo build --release -p report-server --quiet

say "browser tests (headless Chromium) against report-server on a fixed-seed database"
server="$CARGO_TARGET_DIR/release/report-server"
test_db="$CARGO_TARGET_DIR/entrylens-test-200k.sqlite"
"$server" generate --db "$test_db" --events 200000 --seed 7 >/dev/null
ENTRYLENS_SERVER="$server" ENTRYLENS_DB="$test_db" ENTRYLENS_DIST="$ENTRYLENS_ROOT/dist" \
  ENTRYLENS_DIST_SUBPATH="$CARGO_TARGET_DIR/dist-analytics" node --test --test-concurrency=1 tests/browser/

say "report-server soak (1 minute, 8 clients, mixed requests over every demo entry; bench/soak.mjs)"
ENTRYLENS_SERVER="$server" node bench/soak.mjs --seconds 60 --db "$test_db"

say "benchmark, quick variant (budgets are reported, not enforced here: see scripts/bench.sh)"
ENTRYLENS_SERVER="$server" ENTRYLENS_DIST="$ENTRYLENS_ROOT/dist" ENTRYLENS_BENCH_DIR="$CARGO_TARGET_DIR/bench" \
  node bench/bench.mjs --quick
