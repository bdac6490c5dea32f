-- Event.data is only ever read whole: `json` stores the text as written, where `jsonb` parsed and
-- rebuilt every payload on insert, the largest cost of the worker's batch (docs/architecture.md).

-- AlterTable
ALTER TABLE "Event" ALTER COLUMN "data" SET DATA TYPE JSON;

-- lz4 compresses the 5–50 KB payloads several times faster than the default pglz. Prisma does not
-- model column compression, and a server built without lz4 (the embedded one) keeps pglz.
-- The block is an E'' string with \x3b for its semicolons: the migration runner splits scripts at
-- every semicolon, even inside dollar quotes.
DO E'BEGIN ALTER TABLE "Event" ALTER COLUMN "data" SET COMPRESSION lz4\x3b EXCEPTION WHEN feature_not_supported THEN RAISE NOTICE ''lz4 not available, Event.data keeps pglz''\x3b END';
