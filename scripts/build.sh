#!/usr/bin/env bash
# Builds the release app into dist/ (after making sure the tools are installed).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
step "Building the release app into dist/"
# The build number stamped on every save (src/core/storage/stamp.rs): the
# commit's time, so later commits are newer builds. 0 outside a git checkout.
CROSSROADS_BUILD="$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || echo 0)"
export CROSSROADS_BUILD
trunk build --release
