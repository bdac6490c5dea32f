# shellcheck shell=bash
# Shared by scripts/start.sh, scripts/test.sh and .ci/run. Source it from the repository root.

DEPS_HASH_FILE=".data/deps-hash"

lock_hash() {
  sha256sum package-lock.json | cut -d' ' -f1
}

# Installs dependencies when node_modules is missing or package-lock.json changed since the last
# install. `npm ci` first; this machine's npm registry serves only linux-x64 builds of native
# packages, so npm 11 writes lock files without the other platforms' optional packages and its
# `npm ci` then refuses them as out of sync. In that case install from the same lock file with
# `npm install --no-save`, which keeps the locked versions and leaves the lock file untouched.
ensure_dependencies() {
  local current
  current="$(lock_hash)"
  if [[ -d node_modules && -f "$DEPS_HASH_FILE" && "$(cat "$DEPS_HASH_FILE")" == "$current" ]]; then
    return 0
  fi
  mkdir -p .data
  echo "Installing dependencies (npm ci)…"
  if ! npm ci --no-audit --no-fund >.data/npm-ci.log 2>&1; then
    if grep -q "can only install packages when your package.json and package-lock.json" .data/npm-ci.log; then
      echo "npm ci refused package-lock.json (platform packages missing from it); installing with npm install --no-save"
      npm install --no-save --no-audit --no-fund || return 1
    else
      cat .data/npm-ci.log >&2
      return 1
    fi
  fi
  echo "$current" >"$DEPS_HASH_FILE"
}

# `prisma generate` when the schema or the installed packages changed since the last run (about
# 5 s saved on every restart). Generating needs no database; a placeholder URL keeps Prisma from
# reading a real (or wrong) DATABASE_URL at this point.
ensure_prisma_client() {
  local current
  current="$(cat prisma/schema.prisma package-lock.json | sha256sum | cut -d' ' -f1)"
  if [[ -f server/db/generated/client.ts && -f .data/prisma-hash && "$(cat .data/prisma-hash)" == "$current" ]]; then
    return 0
  fi
  mkdir -p .data
  if ! DATABASE_URL=postgresql://localhost/unused npm run --silent db:generate >.data/prisma-generate.log 2>&1; then
    cat .data/prisma-generate.log >&2
    return 1
  fi
  echo "$current" >.data/prisma-hash
}

wait_until() {
  local tries="$1"
  shift
  for ((i = 0; i < tries; i++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  return 1
}

# The machine's PostgreSQL on 127.0.0.1:5432 (tests and CI use it; `npm start` does not need it).
ensure_machine_postgres() {
  if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then return 0; fi
  echo "PostgreSQL on 127.0.0.1:5432 is down; starting it"
  local version
  version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)"
  if [[ -z "$version" ]]; then
    echo "PostgreSQL is not installed (no /etc/postgresql); install it with apt-get install postgresql" >&2
    return 1
  fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || return 1
  wait_until 60 pg_isready -h 127.0.0.1 -p 5432 -q || {
    echo "PostgreSQL did not come up on 127.0.0.1:5432" >&2
    return 1
  }
}

# The machine's Redis on 127.0.0.1:6379.
ensure_machine_redis() {
  if redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; then return 0; fi
  echo "Redis on 127.0.0.1:6379 is down; starting it"
  if ! command -v redis-server >/dev/null; then
    echo "redis-server is not installed: apt-get install redis-server" >&2
    return 1
  fi
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log || return 1
  wait_until 40 sh -c 'redis-cli -h 127.0.0.1 -p 6379 ping | grep -q PONG' || {
    echo "Redis did not come up on 127.0.0.1:6379" >&2
    return 1
  }
}

# Debian's Chromium for Playwright (Playwright's own browser download cannot work offline).
ensure_chromium() {
  if [[ -x /usr/bin/chromium ]]; then return 0; fi
  echo "Installing Debian's chromium for the e2e tests"
  local sudo=""
  if [[ "$(id -u)" != 0 ]]; then sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium </dev/null
}
