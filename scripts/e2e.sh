#!/usr/bin/env bash
# `npm run test:e2e [-- <playwright args>]`: a fresh database, the production build (rebuilt only
# when sources changed), web + worker, then Playwright in Debian's Chromium. `npm test` runs it as
# its last stage. Exit 0: all passed; 1: some spec failed; 2: the server did not start.
# E2E_PORT, E2E_DATABASE and E2E_REDIS_URL move it aside from another run on the same machine
# (the build directory is shared, so two runs must not build at the same time).
set -uo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/common.sh
source scripts/lib/common.sh

RESULTS=".data/test-results"
mkdir -p "$RESULTS" e2e-artifacts
ADMIN_DATABASE_URL="${TEST_ADMIN_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
E2E_DATABASE="${E2E_DATABASE:-faultline_e2e}"
E2E_PORT="${E2E_PORT:-3100}"
E2E_REDIS_URL="${E2E_REDIS_URL:-redis://127.0.0.1:6379/14}"
[[ "$E2E_DATABASE" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "E2E_DATABASE must be a plain identifier" >&2; exit 2; }

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
  node --import tsx scripts/bundle-server.ts || return 1

  NODE_ENV=production node --heap-growing-percent=100 dist/web.mjs >"$RESULTS/e2e-web.log" 2>&1 &
  web_pid=$!
  NODE_ENV=production node --heap-growing-percent=100 dist/worker.mjs >"$RESULTS/e2e-worker.log" 2>&1 &
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
if ! ensure_dependencies || ! ensure_chromium || ! ensure_prisma_client || ! start_e2e_servers; then
  echo "── e2e server: FAILED"
  exit 2
fi
echo "── e2e server: up on $PUBLIC_URL"
PLAYWRIGHT_JSON_OUTPUT_FILE="$RESULTS/e2e.json" npx playwright test --reporter=list,json "$@"

