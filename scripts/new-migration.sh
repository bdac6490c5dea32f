#!/usr/bin/env bash
# Makes prisma/migrations/<timestamp>_<name>/migration.sql from the schema change since HEAD.
# `prisma migrate dev` needs a shadow database through the adapter, which Prisma 6.19 cannot do,
# so diff the committed schema against the edited one instead.
set -euo pipefail
name="${1:?usage: npm run db:new-migration -- <name>}"
prev="$(mktemp)"
git show HEAD:prisma/schema.prisma > "$prev"
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
DATABASE_URL="${DATABASE_URL:-postgresql://localhost/unused}" npx prisma migrate diff \
  --from-schema-datamodel "$prev" --to-schema-datamodel prisma/schema.prisma --script > "$dir/migration.sql"
rm -f "$prev"
echo "wrote $dir/migration.sql"
