import { releaseKey } from "./batchTotals";
import { assignIssues, type IssueRef, type NewIssueGroup } from "./issueAssignment";
import { hashOwners, insertIssueHashes, lockHashes } from "./issueHashes";
import { insertIssues, reserveShortIds, type NewIssueRow } from "./issues";
import { eventHashes, hashKey, type GroupedEvent } from "./types";
import type { SqlTx } from "./sql";

export interface CreatedIssue {
  id: number;
  projectId: number;
  firstReleaseId: number | null;
}

export interface ResolvedIssues {
  /** Per event, in the order given. */
  issueIds: number[];
  created: CreatedIssue[];
}

/**
 * Finds each event's issue by its grouping hashes, creating the issues (with short ids and
 * IssueHash rows) for hashes no issue owns yet. Two workers seeing the same new hash at once
 * end with one issue: both take the hash's advisory lock before looking again, so the second
 * finds the first one's committed IssueHash row and joins that issue.
 */
export async function resolveIssues(
  tx: SqlTx,
  events: readonly GroupedEvent[],
  releaseIds: ReadonlyMap<string, number>,
  now: Date,
): Promise<ResolvedIssues> {
  const hashes = [
    ...new Map(
      events.flatMap((event) =>
        eventHashes(event).map((hash) => [
          hashKey(event.projectId, hash.hash),
          { projectId: event.projectId, hash: hash.hash },
        ]),
      ),
    ).values(),
  ];
  const owners = await hashOwners(tx, hashes);
  const unowned = hashes.filter((h) => !owners.has(hashKey(h.projectId, h.hash)));
  if (unowned.length > 0) {
    await lockHashes(tx, unowned);
    for (const [key, issueId] of await hashOwners(tx, unowned)) owners.set(key, issueId);
  }

  const assignment = assignIssues(events, owners);
  const createdIds = await createIssues(tx, assignment.newIssues, releaseIds, now);
  const issueIdOf = (ref: IssueRef): number => {
    const id = "existing" in ref ? ref.existing : createdIds[ref.created];
    if (id === undefined) throw new Error("issue reference out of range");
    return id;
  };

  const links = assignment.hashLinks.map((link) => ({
    projectId: link.projectId,
    hash: link.hash,
    issueId: issueIdOf(link.issue),
    contributingValues: link.contributingValues,
  }));
  const linked = await insertIssueHashes(tx, links, now);
  if (linked.size !== links.length) {
    // Every unowned hash is locked by us, so only a writer that skips the lock can get here.
    // Failing the batch retries it, and the retry sees that writer's rows.
    throw new Error("an IssueHash row appeared while its hash was locked");
  }

  return {
    issueIds: assignment.issues.map(issueIdOf),
    created: assignment.newIssues.map((group, index) => ({
      id: createdIds[index] ?? -1,
      projectId: group.projectId,
      firstReleaseId: firstReleaseId(group, releaseIds),
    })),
  };
}

async function createIssues(
  tx: SqlTx,
  groups: readonly NewIssueGroup[],
  releaseIds: ReadonlyMap<string, number>,
  now: Date,
): Promise<number[]> {
  if (groups.length === 0) return [];
  const perProject = new Map<number, number>();
  for (const group of groups)
    perProject.set(group.projectId, (perProject.get(group.projectId) ?? 0) + 1);
  const nextNumber = await reserveShortIds(perProject);

  const rows = groups.map((group): NewIssueRow => {
    const shortIdNumber = nextNumber.get(group.projectId);
    if (shortIdNumber === undefined) throw new Error(`project ${group.projectId} not found`);
    nextNumber.set(group.projectId, shortIdNumber + 1);
    const { earliest, latest } = span(group.events);
    const firstRelease = firstReleaseId(group, releaseIds);
    const latestRelease =
      latest.release === undefined
        ? undefined
        : releaseIds.get(releaseKey(latest.organizationId, latest.release));
    return {
      projectId: group.projectId,
      shortIdNumber,
      title: latest.title,
      culprit: latest.culprit,
      level: latest.level,
      platform: latest.platform,
      metadata: latest.metadata,
      isUnhandled: group.events.some((event) => event.isUnhandled),
      firstSeen: earliest.timestamp,
      lastSeen: latest.timestamp,
      // Every event of the group is stored: persistEventBatch retries the batch otherwise.
      timesSeen: group.events.length,
      userCount: new Set(group.events.flatMap((event) => event.userKey ?? [])).size,
      firstReleaseId: firstRelease,
      lastReleaseId: latestRelease ?? firstRelease,
    };
  });
  return insertIssues(tx, rows, now);
}

/** The release of the issue's earliest event: the release that introduced it. */
function firstReleaseId(
  group: NewIssueGroup,
  releaseIds: ReadonlyMap<string, number>,
): number | null {
  const { earliest } = span(group.events);
  if (earliest.release === undefined) return null;
  return releaseIds.get(releaseKey(earliest.organizationId, earliest.release)) ?? null;
}

function span(events: readonly GroupedEvent[]): { earliest: GroupedEvent; latest: GroupedEvent } {
  const [first] = events;
  if (first === undefined) throw new Error("an issue group without events");
  let earliest = first;
  let latest = first;
  for (const event of events) {
    if (event.timestamp < earliest.timestamp) earliest = event;
    if (event.timestamp >= latest.timestamp) latest = event;
  }
  return { earliest, latest };
}
