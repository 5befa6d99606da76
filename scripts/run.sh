#!/usr/bin/env bash
# Runs the dashboard on demo data: builds the app and report-server, generates the demo database once
# (reused later; delete .data/ to regenerate), and serves both on http://127.0.0.1:${PORT:-8080}.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$ENTRYLENS_ROOT"

say "release build: app (trunk, offline) and report-server"
trunk build --release --offline >/dev/null
cargo build --release -p report-server --quiet
server="$CARGO_TARGET_DIR/release/report-server"

# The file name carries the generator version: a newer generator makes a new file.
db="$ENTRYLENS_ROOT/.data/demo-v$("$server" --version | awk '{print $2}').sqlite"
if [ ! -f "$db" ]; then
  say "generating demo data (1M events, seed 42) into $db"
  "$server" generate --db "$db" --events 1000000 --seed 42
fi

port="${PORT:-8080}"
ks="$("$server" ks --hours 720)"
base="http://127.0.0.1:$port"
cat <<MSG

entrylens is running on demo data. Open:

$base/entry/0_cellbio1?ks=$ks

The demo interactive video (a branching path):

$base/interactive/0_path0006?ks=$ks

API for other clients: $base/api_v3/ (KS above, partner 1000001). Stop with Ctrl-C.

MSG
exec "$server" serve --db "$db" --dist "$ENTRYLENS_ROOT/dist" --host 127.0.0.1 --port "$port"
