#!/usr/bin/env bash
# Prices the wasm by owner (screens, core, Leptos, serde, std, text): the table
# in README.md's "Where the bytes are". Usage: ./scripts/size-owners.sh [--markdown] [--top N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh" >/dev/null
node scripts/size-owners.mjs "$@"
