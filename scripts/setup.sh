#!/usr/bin/env bash
# Installs everything Crossroads needs to build, serve and test, and skips
# whatever is already there. Safe to run any number of times.
# Nothing is downloaded from outside the package registries (crates.io, npm, Debian).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
cd "$ROOT"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

if ! command -v cargo >/dev/null || ! command -v rustup >/dev/null; then
  echo "Crossroads needs Rust with rustup (https://rustup.rs): cargo and rustup were not found." >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "^trunk $TRUNK_SERIES\."; then
  step "Installing Trunk $TRUNK_SERIES (compiles from crates.io; about 15 minutes, once)"
  cargo install --locked trunk --version "~$TRUNK_SERIES"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  step "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (matches Cargo.lock)"
  # Not --locked: one of its locked dependencies is no longer on crates.io.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  step "Installing Node.js and npm (Debian)"
  apt_install nodejs npm
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  step "Installing Chromium and ChromeDriver (Debian) for the browser tests"
  apt_install chromium chromium-driver
fi

# npm packages come from the committed lockfile; reinstall only when it changed.
lock_sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f node_modules/.lock-sum ] || [ "$(cat node_modules/.lock-sum)" != "$lock_sum" ]; then
  step "Installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.lock-sum
fi

if ! wasm-opt --version 2>/dev/null | grep -q "version_132"; then
  echo "wasm-opt version_132 was expected from the npm package binaryen" >&2
  exit 1
fi
