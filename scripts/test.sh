#!/usr/bin/env bash
# Sets up and runs every test level: formatting and lints, native core tests,
# browser component tests, the release build and its size budget, and the
# end-to-end tests in Chromium. Ends with one line: "N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh" || { echo "Setup failed"; echo "0 passed, 1 failed"; exit 1; }

logs="$(mktemp -d)"
passed=0
failed=0
summary=()

# Counts "N passed; M failed" from cargo's and wasm-bindgen's "test result" lines.
count_cargo() { grep -h '^test result:' "$1" | sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/'; }
# Counts node's test runner spec reporter totals.
count_node() { printf '%s %s\n' "$(grep -hE '^ℹ pass [0-9]+' "$1" | awk '{s+=$3} END {print s+0}')" \
  "$(grep -hE '^ℹ fail [0-9]+' "$1" | awk '{s+=$3} END {print s+0}')"; }

# level NAME COUNTER COMMAND...: runs a level, echoes its output, adds its counts.
# A level whose command fails without reporting a failed test counts as one failure.
level() {
  local name="$1" counter="$2"
  shift 2
  step "$name"
  local log="$logs/$(echo "$name" | tr -c 'a-zA-Z0-9' '_').log"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local p=0 f=0
  if [ "$counter" = check ]; then
    if [ "$status" -eq 0 ]; then p=1; else f=1; fi
  else
    while read -r a b; do p=$((p + a)); f=$((f + b)); done < <($counter "$log")
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  summary+=("$(printf '%-34s %4d passed, %d failed' "$name" "$p" "$f")")
}

level "Formatting (cargo fmt --check)" check cargo fmt --all -- --check
level "Lints, host (clippy)" check cargo clippy --all-targets -- -D warnings
level "Lints, browser (clippy wasm32)" check cargo clippy --target wasm32-unknown-unknown --lib --bins --test browser -- -D warnings
level "Core tests (cargo test)" count_cargo cargo test
level "Prose lint of every draft (write-good)" check bash -o pipefail -c \
  'cargo run --quiet --example drafts | node scripts/lint-drafts.mjs'
level "Browser tests (wasm-bindgen-test)" count_cargo env \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/tests/webdriver.json" \
  WASM_BINDGEN_TEST_TIMEOUT=60 \
  cargo test --target wasm32-unknown-unknown --test browser
level "Release build (trunk)" check trunk build --release
level "Size budget (first visit)" check node scripts/size-budget.mjs dist
level "End-to-end (Playwright, Chromium)" count_node node --test --test-reporter=spec --test-concurrency=1 tests/e2e/

step "Summary"
printf '%s\n' "${summary[@]}"
[ -d "$ROOT/tests/e2e/artifacts" ] && echo "Screenshots: $ROOT/tests/e2e/artifacts"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
