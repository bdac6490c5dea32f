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
E2E_DATABASE="faultline_e2e"
E2E_PORT=3100
E2E_REDIS_URL="redis://127.0.0.1:6379/14"
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

# ── e2e: a fresh database, the production build, web + worker on port 3100 ──
web_pid=""
worker_pid=""
stop_servers() {
  for pid in $web_pid $worker_pid; do kill -TERM "$pid" 2>/dev/null; done
  for pid in $web_pid $worker_pid; do wait "$pid" 2>/dev/null; done
  web_pid=""
  worker_pid=""
}
trap stop_servers EXIT

e2e_database_url() {
  node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' \
    "$ADMIN_DATABASE_URL" "$E2E_DATABASE"
}

start_e2e_servers() {
  psql "$ADMIN_DATABASE_URL" -qX -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $E2E_DATABASE WITH (FORCE)" -c "CREATE DATABASE $E2E_DATABASE" || return 1
  redis-cli -u "$E2E_REDIS_URL" flushdb >/dev/null || return 1
  npx prisma migrate deploy >"$RESULTS/e2e-migrate.log" 2>&1 || { cat "$RESULTS/e2e-migrate.log"; return 1; }
  node --import tsx scripts/build-if-needed.ts || return 1

  NODE_ENV=production node --import tsx server/http/main.ts >"$RESULTS/e2e-web.log" 2>&1 &
  web_pid=$!
  NODE_ENV=production node --import tsx workers/index.ts >"$RESULTS/e2e-worker.log" 2>&1 &
  worker_pid=$!
  if ! wait_until 240 curl -fsS "http://127.0.0.1:$E2E_PORT/api/health"; then
    echo "the e2e server did not become healthy; its log:"
    tail -40 "$RESULTS/e2e-web.log" "$RESULTS/e2e-worker.log"
    return 1
  fi
}

export DATABASE_URL
DATABASE_URL="$(e2e_database_url)"
export REDIS_URL="$E2E_REDIS_URL"
export AUTH_SECRET="e2e-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export PORT="$E2E_PORT" HOST=127.0.0.1 PUBLIC_URL="http://127.0.0.1:$E2E_PORT"
export E2E_BASE_URL="$PUBLIC_URL" NEXT_TELEMETRY_DISABLED=1
e2e_reports=()
if check "e2e server" start_e2e_servers; then
  run_step "e2e tests (Playwright)" env PLAYWRIGHT_JSON_OUTPUT_FILE="$RESULTS/e2e.json" \
    npx playwright test --reporter=list,json
  e2e_reports=("playwright:$RESULTS/e2e.json")
fi
stop_servers

stage "summary ($((SECONDS - started_at)) s)"
# Exits 1 when anything failed; its last line is the total.
node --import tsx scripts/print-test-summary.ts --failed-steps "$failed_steps" \
  "vitest:$RESULTS/unit.json" "vitest:$RESULTS/integration.json" "${e2e_reports[@]}"
