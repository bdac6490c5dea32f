-- The stream's tag filters (`release:1.2.0`, `browser:Chrome`, `has:os`) find issue ids through
-- this index. With "issueId" in it that is an index-only scan: on 10,000 issues with 1.1 million
-- tag values, `release:1.15.0` went from 90 ms to 31 ms (bench/queries.ts, loaded machine).

-- DropIndex
DROP INDEX "IssueTagValue_projectId_key_value_idx";

-- CreateIndex
CREATE INDEX "IssueTagValue_projectId_key_value_issueId_idx" ON "IssueTagValue"("projectId", "key", "value", "issueId");
