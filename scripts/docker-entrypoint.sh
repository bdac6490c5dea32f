#!/usr/bin/env bash
# The Docker image's command: apply migrations, then run web and worker side by side. SIGTERM
# (docker stop) reaches both, each finishes its in-flight work; if either process dies, the
# other is stopped too so the container exits and its restart policy takes over.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${DATABASE_URL:-}" ]]; then
  echo "DATABASE_URL must be set (docker-compose.yml sets it)" >&2
  exit 1
fi
if [[ -z "${AUTH_SECRET:-}" ]]; then
  # Generated once into the data volume, so sessions survive container restarts.
  secret_file="${DATA_DIR:-/data}/auth-secret"
  if [[ ! -s "$secret_file" ]]; then
    mkdir -p "$(dirname "$secret_file")"
    (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$secret_file")
  fi
  AUTH_SECRET="$(cat "$secret_file")"
  export AUTH_SECRET
fi

node_modules/.bin/prisma migrate deploy

node --heap-growing-percent=100 dist/web.mjs &
web=$!
node --heap-growing-percent=100 dist/worker.mjs &
worker=$!

stopping=0
stop() {
  stopping=1
  kill -TERM "$web" "$worker" 2>/dev/null || true
}
trap stop TERM INT

status=0
wait -n "$web" "$worker" || status=$?
stop
wait "$web" 2>/dev/null || true
wait "$worker" 2>/dev/null || true
if [[ "$stopping" == 1 && "$status" -ge 128 ]]; then status=0; fi
exit "$status"
