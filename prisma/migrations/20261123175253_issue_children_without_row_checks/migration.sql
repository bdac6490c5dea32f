-- A batch writes ~12 rows per event into Event, IssueTagValue, IssueUser and IssueStatsHourly,
-- and each row's foreign key on Issue ran a lookup that locked the issue row again: ~30 ms of
-- Postgres CPU per 500 events, 17 % of the batch (bench/profileBatch.ts). The batch now takes
-- that lock once per issue before writing (holdIssues in server/data/issues.ts), and the cascade
-- on delete becomes one statement per table in a trigger. IssueHash, Activity and the rest keep
-- their foreign keys: few rows per batch. Prisma still models these relations (the schema notes it).

-- DropForeignKey
ALTER TABLE "Event" DROP CONSTRAINT "Event_issueId_fkey";

-- DropForeignKey
ALTER TABLE "IssueTagValue" DROP CONSTRAINT "IssueTagValue_issueId_fkey";

-- DropForeignKey
ALTER TABLE "IssueUser" DROP CONSTRAINT "IssueUser_issueId_fkey";

-- DropForeignKey
ALTER TABLE "IssueStatsHourly" DROP CONSTRAINT "IssueStatsHourly_issueId_fkey";

-- Deleting issues (delete, merge, a project's deletion) deletes their rows in these tables, as
-- ON DELETE CASCADE did. The body is an E'' string with \x3b for its semicolons: the migration
-- runner splits scripts at every semicolon, even inside dollar quotes.
CREATE FUNCTION "Issue_delete_children"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  DELETE FROM "Event" WHERE "issueId" IN (SELECT id FROM deleted_issues)\x3b
  DELETE FROM "IssueTagValue" WHERE "issueId" IN (SELECT id FROM deleted_issues)\x3b
  DELETE FROM "IssueUser" WHERE "issueId" IN (SELECT id FROM deleted_issues)\x3b
  DELETE FROM "IssueStatsHourly" WHERE "issueId" IN (SELECT id FROM deleted_issues)\x3b
  RETURN NULL\x3b
END';

CREATE TRIGGER "Issue_delete_children" AFTER DELETE ON "Issue"
  REFERENCING OLD TABLE AS deleted_issues
  FOR EACH STATEMENT EXECUTE FUNCTION "Issue_delete_children"();
