#!/usr/bin/env bash
# The benchmark: release builds, report-server on 127.0.0.1, headless Chromium. Prints one markdown table
# and saves it as bench-results/latest.{md,json} (bench-results/quick.* with --quick). Full run: 100k and
# 1M events; add --events 100000,1000000,10000000 for the 10M step. See bench/bench.mjs for options.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$ENTRYLENS_ROOT"
trunk build --release --offline >/dev/null
cargo build --release -p report-server --quiet
ENTRYLENS_SERVER="$CARGO_TARGET_DIR/release/report-server" ENTRYLENS_DIST="$ENTRYLENS_ROOT/dist" \
  ENTRYLENS_BENCH_DIR="$CARGO_TARGET_DIR/bench" node bench/bench.mjs "$@"
