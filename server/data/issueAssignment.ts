import type { GroupingHash } from "@/server/grouping/types";
import { eventHashes, hashKey, type GroupedEvent, type HashKey } from "./types";

/** An issue this batch creates: index into `newIssues`. */
export type IssueRef = { existing: number } | { created: number };

export interface NewIssueGroup {
  projectId: number;
  /** The batch's events for this issue, in batch order. */
  events: GroupedEvent[];
}

export interface HashLink {
  projectId: number;
  hash: string;
  issue: IssueRef;
  contributingValues: { variant: GroupingHash["variant"]; values: string[] };
}

export interface IssueAssignment {
  /** Per event, in batch order. */
  issues: IssueRef[];
  newIssues: NewIssueGroup[];
  /** IssueHash rows to insert: every hash of the batch that no issue owns yet. */
  hashLinks: HashLink[];
}

/**
 * Which issue each event belongs to, given the issues that already own some of the batch's
 * hashes. An event joins the issue of its primary hash, else of its secondary hash (Sentry
 * matches either); failing both, an issue created earlier in this batch that claimed one of its
 * hashes; failing that, it opens a new issue. Every hash not yet owned is linked to the event's
 * issue, so an issue also gets the system hash of a later event that matched by the app hash.
 * Pure: the caller has locked the unowned hashes, so `owners` cannot change underneath.
 */
export function assignIssues(
  events: readonly GroupedEvent[],
  owners: ReadonlyMap<HashKey, number>,
): IssueAssignment {
  const known = new Map<HashKey, IssueRef>();
  for (const [key, issueId] of owners) known.set(key, { existing: issueId });
  const newIssues: NewIssueGroup[] = [];
  const hashLinks: HashLink[] = [];

  const issues = events.map((event): IssueRef => {
    const hashes = eventHashes(event);
    const keys = hashes.map((hash) => hashKey(event.projectId, hash.hash));
    const found = keys.map((key) => known.get(key)).find((ref) => ref !== undefined);
    const ref = found ?? openIssue(event.projectId, newIssues);
    if ("created" in ref) newIssues[ref.created]?.events.push(event);
    hashes.forEach((hash, index) => {
      const key = keys[index];
      if (key === undefined || known.has(key)) return;
      known.set(key, ref);
      hashLinks.push({
        projectId: event.projectId,
        hash: hash.hash,
        issue: ref,
        contributingValues: { variant: hash.variant, values: hash.values },
      });
    });
    return ref;
  });
  return { issues, newIssues, hashLinks };
}

function openIssue(projectId: number, newIssues: NewIssueGroup[]): IssueRef {
  newIssues.push({ projectId, events: [] });
  return { created: newIssues.length - 1 };
}
