#!/usr/bin/env bash
# Installs what entrylens needs to build, run and test, idempotently and at pinned versions:
#   the wasm32 target, trunk, wasm-bindgen-cli (exactly the Cargo.lock version), wasm-split-cli, Debian chromium +
#   chromium-driver, and the npm packages of package-lock.json (ECharts, binaryen's wasm-opt, the
#   browser-test driver). Pieces already installed at the right version are skipped.
# Sourced by scripts/run.sh and scripts/test.sh; it exports PATH and CARGO_TARGET_DIR for them.
set -euo pipefail

ENTRYLENS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14" # 0.22 needs a newer rustc than this machine's 1.95
# wasm-split-cli (crate wasm_split_cli_support) cuts the app's wasm at its #[wasm_split] functions; the
# format is the one of Cargo.lock's wasm_split_helpers 0.2 (scripts/split-wasm.mjs).
WASM_SPLIT_VERSION="0.2.4"

export PATH="$HOME/.cargo/bin:$ENTRYLENS_ROOT/node_modules/.bin:$PATH"
# Build outputs stay inside the clone. A target dir shared between clones is not safe: cargo gives a
# path dependency the same artifact hash in every clone and then trusts another clone's sources as
# fresh (seen here: a release build kept a stale report-api from a second checkout).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ENTRYLENS_ROOT/target}"
mkdir -p "$CARGO_TARGET_DIR"

say() { printf '==> %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# cargo install with the crate's own lockfile, falling back to fresh resolution when a locked
# transitive version is missing from the registry (seen with wasm-bindgen-cli 0.2.130).
cargo_install_pinned() {
  local crate="$1" version="$2"
  shift 2
  cargo install "$crate" --version "$version" --locked --quiet "$@" \
    || cargo install "$crate" --version "$version" --quiet "$@"
}

lock_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' \
    "$ENTRYLENS_ROOT/Cargo.lock"
}

bootstrap() {
  cd "$ENTRYLENS_ROOT"

  command -v cargo >/dev/null || { say "cargo not found: install Rust with rustup first"; exit 1; }

  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi

  if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
    say "installing trunk $TRUNK_VERSION (about 9 minutes on 2 cores)"
    cargo_install_pinned trunk "$TRUNK_VERSION"
  fi

  local wbg
  wbg="$(lock_version wasm-bindgen)"
  [ -n "$wbg" ] || { say "wasm-bindgen is not in Cargo.lock"; exit 1; }
  if ! grep -q "^wasm_bindgen = \"$wbg\"" Trunk.toml; then
    say "Trunk.toml pins a wasm_bindgen other than Cargo.lock's $wbg: update [tools] in Trunk.toml"
    exit 1
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $wbg"; then
    say "installing wasm-bindgen-cli $wbg (a few minutes)"
    cargo_install_pinned wasm-bindgen-cli "$wbg"
  fi

  # The CLI has no --version; cargo's install list records the version it installed.
  if ! command -v wasm-split-cli >/dev/null \
    || ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "installing wasm-split-cli $WASM_SPLIT_VERSION (about a minute)"
    cargo_install_pinned wasm_split_cli_support "$WASM_SPLIT_VERSION" --features build-binary
  fi

  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    say "installing Node.js and npm"
    apt_install nodejs npm
  fi

  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian chromium and chromium-driver"
    apt_install chromium chromium-driver
  fi

  # npm ci when node_modules is missing or older than the lockfile.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
  fi

  if ! wasm-opt --version 2>/dev/null | grep -q "version 132"; then
    say "wasm-opt 132 (npm binaryen) is missing from node_modules/.bin"
    exit 1
  fi
}

bootstrap
