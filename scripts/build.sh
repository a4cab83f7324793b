#!/usr/bin/env bash
# Builds the release app into dist/ (after making sure the tools are installed).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
step "Building the release app into dist/"
trunk build --release
