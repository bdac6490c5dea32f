-- Free text in the issue stream (`timed out`) is a substring match over title, culprit and message
-- (server/data/issueStreamSql.ts). A trigram index answers `ILIKE '%…%'` without reading every
-- issue: measured on 10,000 issues, 115 ms → 31 ms for a common phrase and 125 ms → 1.5 ms for a
-- rare one on a loaded machine. Prisma cannot model an expression index, and the schema-to-schema
-- diff of `npm run db:new-migration` leaves it alone (prisma/schema.prisma notes it at Issue).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Issue_searchText_trgm_idx" ON "Issue" USING GIN (
  ("title" || ' ' || "culprit" || ' ' || COALESCE("metadata"->>'value', '')) gin_trgm_ops
);
