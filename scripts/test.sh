#!/usr/bin/env bash
# `npm test`: every check and test, against real PostgreSQL and Redis, ending with one line
# `N passed, N failed, N skipped` (vitest + Playwright counts; a check without a count — typecheck,
# lint, the e2e server start — adds one failure when it fails). Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/common.sh
source scripts/lib/common.sh

RESULTS=".data/test-results"
ADMIN_DATABASE_URL="${TEST_ADMIN_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
failed_steps=0
started_at=$SECONDS

stage() {
  echo
  echo "══ $1 ══"
}

# Runs a step and goes on when it fails, so one run shows everything.
run_step() {
  local name="$1"
  shift
  stage "$name"
  local t0=$SECONDS
  if "$@"; then
    echo "── $name: ok ($((SECONDS - t0)) s)"
  else
    echo "── $name: FAILED ($((SECONDS - t0)) s)"
    return 1
  fi
}

# A step without test counts of its own: its failure adds one to the failed total.
check() {
  run_step "$@" || {
    failed_steps=$((failed_steps + 1))
    return 1
  }
}

fatal() {
  echo "$1" >&2
  echo "0 passed, 1 failed"
  exit 1
}

stage "setup"
ensure_dependencies || fatal "installing dependencies failed"
ensure_machine_postgres || fatal "PostgreSQL is not reachable on 127.0.0.1:5432"
ensure_machine_redis || fatal "Redis is not reachable on 127.0.0.1:6379"
ensure_chromium || fatal "installing chromium failed"
ensure_prisma_client || fatal "prisma generate failed"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"

check "typecheck" npx tsc --noEmit
check "lint" npx eslint .
run_step "unit tests" npx vitest run --project unit \
  --reporter=default --reporter=json --outputFile.json="$RESULTS/unit.json"
run_step "integration tests" npx vitest run --project integration \
  --reporter=default --reporter=json --outputFile.json="$RESULTS/integration.json"

# ── e2e: scripts/e2e.sh (a fresh database, the production build, web + worker on port 3100) ──
e2e_reports=()
stage "e2e"
bash scripts/e2e.sh
case $? in
  0 | 1) e2e_reports=("playwright:$RESULTS/e2e.json") ;;
  *) failed_steps=$((failed_steps + 1)) ;;
esac

stage "summary ($((SECONDS - started_at)) s)"
# Exits 1 when anything failed; its last line is the total.
node --import tsx scripts/print-test-summary.ts --failed-steps "$failed_steps" \
  "vitest:$RESULTS/unit.json" "vitest:$RESULTS/integration.json" "${e2e_reports[@]}"
