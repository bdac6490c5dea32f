import type { IssueTransition } from "@/server/processing/issueTransitions";
import { issueTransition } from "@/server/processing/issueTransitions";
import type { ActivityRow } from "./activities";
import type { IssueTotals, StoredEvent } from "./batchTotals";
import type { EventRow } from "./events";
import type { IssueCounterUpdate, LockedIssue } from "./issues";
import type { CreatedIssue } from "./issueResolution";
import type { ReleaseProjectRow } from "./releases";

/** The rows eventBatch.ts writes, built from the batch's stored events (pure). */

export function eventRow(event: StoredEvent): EventRow {
  return {
    projectId: event.projectId,
    eventId: event.eventId,
    issueId: event.issueId,
    timestamp: event.timestamp,
    receivedAt: event.receivedAt,
    level: event.level,
    platform: event.platform,
    title: event.title,
    message: event.message,
    release: event.release ?? null,
    environment: event.environment,
    userKey: event.userKey ?? null,
    tagsJson: JSON.stringify(event.tags),
    dataJson: event.data,
    size: event.size,
  };
}

export function issueTransitions(
  locked: readonly LockedIssue[],
  totals: readonly IssueTotals[],
  newUsers: ReadonlyMap<number, number>,
  now: Date,
): Map<number, IssueTransition> {
  const eventsByIssue = new Map(totals.map((total) => [total.issueId, total.events]));
  const transitions = new Map<number, IssueTransition>();
  for (const issue of locked) {
    const transition = issueTransition(
      issue,
      { events: eventsByIssue.get(issue.id) ?? 0, newUsers: newUsers.get(issue.id) ?? 0 },
      now,
    );
    if (transition !== undefined) transitions.set(issue.id, transition);
  }
  return transitions;
}

export function counterUpdate(
  total: IssueTotals,
  newUsers: ReadonlyMap<number, number>,
  transition: IssueTransition | undefined,
): IssueCounterUpdate {
  const { latest } = total;
  return {
    issueId: total.issueId,
    events: total.events,
    newUsers: newUsers.get(total.issueId) ?? 0,
    firstSeen: total.firstSeen,
    lastSeen: total.lastSeen,
    level: latest.level,
    title: latest.title,
    culprit: latest.culprit,
    metadata: latest.metadata,
    releaseId: latest.releaseId ?? null,
    isUnhandled: total.isUnhandled,
    status: transition?.status ?? null,
    substatus: transition?.substatus ?? null,
  };
}

/** Per release and project: first seen, and how many of the batch's new issues it introduced. */
export function releaseProjectRows(
  stored: readonly StoredEvent[],
  created: readonly CreatedIssue[],
): ReleaseProjectRow[] {
  const rows = new Map<string, ReleaseProjectRow>();
  for (const event of stored) {
    if (event.releaseId === undefined) continue;
    const key = `${event.releaseId}:${event.projectId}`;
    const row = rows.get(key);
    if (row === undefined) {
      rows.set(key, {
        releaseId: event.releaseId,
        projectId: event.projectId,
        firstSeen: event.timestamp,
        newIssues: 0,
      });
    } else if (event.timestamp < row.firstSeen) {
      row.firstSeen = event.timestamp;
    }
  }
  for (const issue of created) {
    const row =
      issue.firstReleaseId === null
        ? undefined
        : rows.get(`${issue.firstReleaseId}:${issue.projectId}`);
    if (row !== undefined) row.newIssues += 1;
  }
  return [...rows.values()].sort((a, b) => a.releaseId - b.releaseId || a.projectId - b.projectId);
}

/** first_seen for created issues; set_regression / set_unresolved for reopened ones. */
export function activityRows(
  created: readonly CreatedIssue[],
  stored: readonly StoredEvent[],
  transitions: ReadonlyMap<number, IssueTransition>,
): ActivityRow[] {
  const projectOf = new Map(stored.map((event) => [event.issueId, event]));
  const firstSeen = created.map((issue): ActivityRow => ({
    issueId: issue.id,
    projectId: issue.projectId,
    type: "first_seen",
    data: {},
  }));
  const reopened = [...transitions].flatMap(([issueId, transition]): ActivityRow[] => {
    const event = projectOf.get(issueId);
    if (event === undefined) return [];
    const data =
      transition.activity === "set_regression"
        ? { event_id: event.eventId, version: event.release ?? null }
        : { event_id: event.eventId, substatus: transition.substatus };
    return [{ issueId, projectId: event.projectId, type: transition.activity, data }];
  });
  return [...firstSeen, ...reopened];
}
