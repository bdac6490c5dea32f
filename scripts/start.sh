#!/usr/bin/env bash
# `npm start`: works before node_modules exists. Installs dependencies when needed, generates the
# Prisma client, then hands over to the TypeScript launcher (scripts/launch.ts).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null || ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  echo "Faultline needs Node.js 20.19 or newer (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi

# shellcheck source=lib/common.sh
source scripts/lib/common.sh
ensure_dependencies
ensure_prisma_client
exec node --import tsx scripts/launch.ts "$@"
