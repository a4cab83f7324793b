#!/usr/bin/env bash
# Sets up, builds the release app, runs every benchmark and prints one table
# (metric, figure, target, met). The same table, with the date and the machine,
# goes to scripts/bench/results.md and README.md's Performance section.
# Benchmarks report figures; they are not tests and never fail the test command.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh" || exit 1

# Lighthouse is heavy: it has its own lockfile, installed here only.
lock_sum="$(sha256sum scripts/bench/package-lock.json | cut -d' ' -f1)"
if [ ! -f scripts/bench/node_modules/.lock-sum ] || [ "$(cat scripts/bench/node_modules/.lock-sum)" != "$lock_sum" ]; then
  step "Installing the benchmark tools from scripts/bench/package-lock.json (Lighthouse)"
  npm ci --prefix scripts/bench --no-audit --no-fund --loglevel=error || exit 1
  echo "$lock_sum" > scripts/bench/node_modules/.lock-sum
fi

step "Building the release app into dist/"
trunk build --release || exit 1

results="$(mktemp)"
export BENCH_RESULTS="$results"
failed=()
bench() {
  local name="$1"
  shift
  step "$name"
  "$@" || failed+=("$name")
}
bench "First load" node scripts/bench/first-load.mjs
bench "Cold and warm start" node scripts/bench/start.mjs
bench "Typing" node scripts/bench/typing.mjs
bench "Heavy use" node scripts/bench/heavy.mjs
bench "Memory" node scripts/bench/memory.mjs
bench "Core" node scripts/bench/core.mjs
bench "Lighthouse" node scripts/bench/lighthouse.mjs

step "Results"
node scripts/bench/report.mjs "$results" "${failed[@]}"
rm -f "$results"
[ "${#failed[@]}" -eq 0 ]
