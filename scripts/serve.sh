#!/usr/bin/env bash
# Sets up, builds the release app and serves dist/ on 127.0.0.1.
# PORT=9000 scripts/serve.sh picks the port (default 8080).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
"$ROOT/scripts/build.sh"
step "Serving dist/"
exec node "$ROOT/scripts/static-server.mjs" "$ROOT/dist" "${PORT:-8080}"
