import type { IssueTransition } from "@/server/processing/issueTransitions";
import { insertActivities } from "./activities";
import {
  environmentRows,
  hourlyCounts,
  issueTotals,
  issueUserRows,
  releaseKey,
  releaseSpans,
  tagValueCounts,
  type StoredEvent,
} from "./batchTotals";
import { ensureEnvironments } from "./environments";
import {
  activityRows,
  counterUpdate,
  eventRow,
  issueTransitions,
  releaseProjectRows,
} from "./eventBatchRows";
import { insertEvents, storedEventKeys } from "./events";
import { withIgnoreWindowCounts } from "./ignoreWindows";
import { addHourlyCounts } from "./issueStats";
import { insertIssueUsers } from "./issueUsers";
import { holdIssues, lockIssues, updateIssueCounters } from "./issues";
import { resolveIssues } from "./issueResolution";
import { addReleaseProjects, ensureReleases, recordReleaseEvents } from "./releases";
import { addTagValueCounts } from "./tagValues";
import { inSqlTransaction, TransactionConflict, type SqlTx } from "./sql";
import { eventKey, type GroupedEvent, type PersistResult } from "./types";

/**
 * Stores a batch of grouped events in ONE transaction with one multi-row statement per table
 * (pipeline-notes.md): events deduplicated by (project, event_id), issues found or created by
 * hash, then every counter, stat, tag count, release and environment updated from the events
 * actually inserted. Statements run in the same order in every worker and each takes its rows
 * in key order, so concurrent batches wait for each other instead of deadlocking, and counts
 * stay exact.
 */
export async function persistEventBatch(events: readonly GroupedEvent[]): Promise<PersistResult> {
  const unique = [...new Map(events.map((event) => [eventKey(event), event])).values()];
  if (unique.length === 0) return nothingStored();
  const result = await inSqlTransaction((tx) => persistUnique(tx, unique, new Date()));
  return { ...result, duplicates: events.length - result.stored };
}

async function persistUnique(
  tx: SqlTx,
  events: readonly GroupedEvent[],
  now: Date,
): Promise<PersistResult> {
  const alreadyStored = await storedEventKeys(tx, events);
  const fresh = events.filter((event) => !alreadyStored.has(eventKey(event)));
  if (fresh.length === 0) return nothingStored();

  const spans = releaseSpans(fresh);
  const releaseIds = await ensureReleases(tx, spans, now);
  await ensureEnvironments(tx, environmentRows(fresh));
  const issues = await resolveIssues(tx, fresh, releaseIds, now);
  const createdIds = new Set(issues.created.map((issue) => issue.id));
  await holdIssues(
    tx,
    issues.issueIds.filter((id) => !createdIds.has(id)),
  );

  const candidates: StoredEvent[] = fresh.map((event, index) => ({
    ...event,
    issueId: issues.issueIds[index] ?? -1,
    releaseId:
      event.release === undefined
        ? undefined
        : releaseIds.get(releaseKey(event.organizationId, event.release)),
  }));
  const inserted = await insertEvents(tx, candidates.map(eventRow));
  const stored = candidates.filter((event) => inserted.has(eventKey(event)));
  const isCreated = (event: StoredEvent) => createdIds.has(event.issueId);
  if (stored.filter(isCreated).length !== candidates.filter(isCreated).length) {
    // Another worker stored one of them meanwhile (the same event_id grouped differently): the
    // new issues already count every event of their group, so start over from the lookup.
    throw new TransactionConflict("an event of a new issue was stored by another batch");
  }

  // New issues were created with their counts: only existing ones are locked and updated.
  const totals = issueTotals(stored.filter((event) => !isCreated(event)));
  const newUsers = await insertIssueUsers(tx, issueUserRows(stored));
  const locked = await lockIssues(
    tx,
    totals.map((total) => total.issueId),
  );
  const transitions = issueTransitions(
    await withIgnoreWindowCounts(tx, locked, now),
    totals,
    newUsers,
    now,
  );
  await updateIssueCounters(
    tx,
    totals.map((total) => counterUpdate(total, newUsers, transitions.get(total.issueId))),
    now,
  );
  await addHourlyCounts(tx, hourlyCounts(stored));
  await addTagValueCounts(tx, tagValueCounts(stored));
  await addReleaseProjects(tx, releaseProjectRows(stored, issues.created));
  await recordReleaseEvents(
    tx,
    spans.flatMap((span) => {
      const releaseId = releaseIds.get(releaseKey(span.organizationId, span.version));
      return releaseId === undefined ? [] : [{ releaseId, ...span }];
    }),
  );
  await insertActivities(tx, activityRows(issues.created, stored, transitions), now);

  const reopened = (activity: IssueTransition["activity"]) =>
    [...transitions].filter(([, t]) => t.activity === activity).map(([issueId]) => issueId);
  return {
    stored: stored.length,
    duplicates: 0,
    newIssueIds: issues.created.map((issue) => issue.id),
    regressedIssueIds: reopened("set_regression"),
    unignoredIssueIds: reopened("set_unresolved"),
  };
}

function nothingStored(): PersistResult {
  return {
    stored: 0,
    duplicates: 0,
    newIssueIds: [],
    regressedIssueIds: [],
    unignoredIssueIds: [],
  };
}
