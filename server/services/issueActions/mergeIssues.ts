import { utc, type Tx } from "@/server/data/transaction";
import { inIssueTransaction } from "./issueTransaction";
import { badRequest, notFound } from "../errors";
import { formatShortId } from "../issueSerializer";
import type { OrgAccess } from "../organizations";
import { mergePlan, type MergeCandidate } from "./mergePlan";
import { targetIssueIds } from "./target";

export interface MergeResult {
  primaryId: number;
  mergedIds: number[];
}

interface LockedForMerge extends MergeCandidate {
  shortIdNumber: number;
  title: string;
}

/**
 * Merges issues of one project into the one with the most events: its hashes, events, users,
 * tag counts, hourly stats, feedback and history move over, its counters are recomputed from
 * them, the others are deleted. The issue rows are locked FOR UPDATE in id order first: that
 * waits for event batches already writing to them, and makes later batches wait, so every
 * event lands either before the move (and moves) or after it (on the primary). A batch that
 * had looked up a moved hash before the merge finds the issue gone when it locks it
 * (`holdIssues`) and is retried, then finds the hash on the primary.
 */
export async function mergeIssues(access: OrgAccess, ids: readonly number[]): Promise<MergeResult> {
  const own = await targetIssueIds(access, { ids: [...ids] });
  if (own.length === 0) throw notFound("Issue");
  const now = new Date();
  return inIssueTransaction(async (tx) => {
    const locked = await tx.$queryRaw<LockedForMerge[]>`
      SELECT id, "projectId", "timesSeen", "firstSeen", "shortIdNumber", title
      FROM "Issue" WHERE id = ANY(${own}::int[])
      ORDER BY id
      FOR UPDATE`;
    const plan = mergePlan(locked);
    if (!plan.ok) throw badRequest(plan.reason);
    const primaryId = plan.primary.id;
    const childIds = plan.children.map((child) => child.id);
    await moveRows(tx, primaryId, childIds);
    await recomputeCounters(tx, primaryId, childIds, now);
    const project = await tx.project.findUniqueOrThrow({
      where: { id: plan.primary.projectId },
      select: { shortIdPrefix: true },
    });
    await tx.activity.create({
      data: {
        issueId: primaryId,
        projectId: plan.primary.projectId,
        type: "merge",
        userId: access.actor.userId,
        createdAt: now,
        data: {
          issues: plan.children.map((child) => ({
            id: child.id,
            shortId: formatShortId(project.shortIdPrefix, child.shortIdNumber),
            title: child.title,
          })),
        },
      },
    });
    await tx.issue.deleteMany({ where: { id: { in: childIds } } });
    return { primaryId, mergedIds: childIds };
  });
}

/** Everything keyed by the children's ids, onto the primary; sums where both have a row. */
async function moveRows(tx: Tx, primaryId: number, childIds: number[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE "IssueHash" SET "issueId" = ${primaryId} WHERE "issueId" = ANY(${childIds}::int[])`;
  await tx.$executeRaw`
    UPDATE "Event" SET "issueId" = ${primaryId} WHERE "issueId" = ANY(${childIds}::int[])`;
  await tx.$executeRaw`
    INSERT INTO "IssueUser" ("issueId", "userKey", "firstSeen")
    SELECT ${primaryId}, "userKey", min("firstSeen") FROM "IssueUser"
    WHERE "issueId" = ANY(${childIds}::int[])
    GROUP BY "userKey"
    ORDER BY "userKey"
    ON CONFLICT ("issueId", "userKey") DO UPDATE
      SET "firstSeen" = LEAST("IssueUser"."firstSeen", EXCLUDED."firstSeen")`;
  await tx.$executeRaw`
    INSERT INTO "IssueTagValue" ("issueId", "projectId", "key", "value", "timesSeen", "firstSeen", "lastSeen")
    SELECT ${primaryId}, min("projectId"), "key", "value", sum("timesSeen"), min("firstSeen"), max("lastSeen")
    FROM "IssueTagValue" WHERE "issueId" = ANY(${childIds}::int[])
    GROUP BY "key", "value"
    ORDER BY "key", "value"
    ON CONFLICT ("issueId", "key", "value") DO UPDATE SET
      "timesSeen" = "IssueTagValue"."timesSeen" + EXCLUDED."timesSeen",
      "firstSeen" = LEAST("IssueTagValue"."firstSeen", EXCLUDED."firstSeen"),
      "lastSeen" = GREATEST("IssueTagValue"."lastSeen", EXCLUDED."lastSeen")`;
  await tx.$executeRaw`
    INSERT INTO "IssueStatsHourly" ("issueId", "projectId", "hour", "count")
    SELECT ${primaryId}, min("projectId"), "hour", sum("count")
    FROM "IssueStatsHourly" WHERE "issueId" = ANY(${childIds}::int[])
    GROUP BY "hour"
    ORDER BY "hour"
    ON CONFLICT ("issueId", "hour") DO UPDATE
      SET "count" = "IssueStatsHourly"."count" + EXCLUDED."count"`;
  await tx.$executeRaw`
    UPDATE "UserFeedback" SET "issueId" = ${primaryId} WHERE "issueId" = ANY(${childIds}::int[])`;
  await tx.$executeRaw`
    UPDATE "Activity" SET "issueId" = ${primaryId} WHERE "issueId" = ANY(${childIds}::int[])`;
  await tx.$executeRaw`
    UPDATE "NotificationDelivery" SET "issueId" = ${primaryId}
    WHERE "issueId" = ANY(${childIds}::int[])`;
}

/**
 * The primary's counters from all merged issues: events summed (the issues' own counts, which
 * outlive retention-deleted events), users counted after deduplication, first/last seen and
 * their releases from the earliest and latest issue.
 */
async function recomputeCounters(
  tx: Tx,
  primaryId: number,
  childIds: number[],
  now: Date,
): Promise<void> {
  const all = [primaryId, ...childIds];
  await tx.$executeRaw`
    WITH merged AS (
      SELECT sum("timesSeen")::int AS times_seen, min("firstSeen") AS first_seen,
        max("lastSeen") AS last_seen, bool_or("isUnhandled") AS unhandled,
        (array_agg("firstReleaseId" ORDER BY "firstSeen", id)
          FILTER (WHERE "firstReleaseId" IS NOT NULL))[1] AS first_release,
        (array_agg("lastReleaseId" ORDER BY "lastSeen" DESC, id)
          FILTER (WHERE "lastReleaseId" IS NOT NULL))[1] AS last_release
      FROM "Issue" WHERE id = ANY(${all}::int[])
    )
    UPDATE "Issue" AS i SET
      "timesSeen" = m.times_seen,
      "userCount" = (SELECT count(*)::int FROM "IssueUser" WHERE "issueId" = ${primaryId}),
      "firstSeen" = m.first_seen,
      "lastSeen" = m.last_seen,
      "isUnhandled" = m.unhandled,
      "firstReleaseId" = m.first_release,
      "lastReleaseId" = m.last_release,
      "updatedAt" = ${utc(now)}::timestamp(3)
    FROM merged m
    WHERE i.id = ${primaryId}`;
}
