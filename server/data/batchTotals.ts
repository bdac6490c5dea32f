import type { GroupedEvent } from "./types";

/**
 * What a batch adds to each aggregate, computed once in memory so every table gets ONE
 * multi-row statement. Rows come out sorted by their key: statements then lock rows in the same
 * order in every worker, which is what keeps concurrent batches from deadlocking.
 */

export interface StoredEvent extends GroupedEvent {
  issueId: number;
  releaseId?: number;
}

export interface IssueTotals {
  issueId: number;
  events: number;
  firstSeen: Date;
  lastSeen: Date;
  /** The batch's most recent event for the issue: level, title and release follow it. */
  latest: StoredEvent;
  isUnhandled: boolean;
}

export function issueTotals(events: readonly StoredEvent[]): IssueTotals[] {
  const totals = new Map<number, IssueTotals>();
  for (const event of events) {
    const current = totals.get(event.issueId);
    if (current === undefined) {
      totals.set(event.issueId, {
        issueId: event.issueId,
        events: 1,
        firstSeen: event.timestamp,
        lastSeen: event.timestamp,
        latest: event,
        isUnhandled: event.isUnhandled,
      });
      continue;
    }
    current.events += 1;
    if (event.timestamp < current.firstSeen) current.firstSeen = event.timestamp;
    if (event.timestamp >= current.lastSeen) {
      current.lastSeen = event.timestamp;
      current.latest = event;
    }
    current.isUnhandled ||= event.isUnhandled;
  }
  return [...totals.values()].sort((a, b) => a.issueId - b.issueId);
}

export interface HourlyCount {
  issueId: number;
  projectId: number;
  hour: Date;
  count: number;
}

export function hourlyCounts(events: readonly StoredEvent[]): HourlyCount[] {
  const counts = new Map<string, HourlyCount>();
  for (const event of events) {
    const hour = new Date(Math.floor(event.timestamp.getTime() / 3_600_000) * 3_600_000);
    const key = `${event.issueId}:${hour.getTime()}`;
    const current = counts.get(key);
    if (current === undefined) {
      counts.set(key, { issueId: event.issueId, projectId: event.projectId, hour, count: 1 });
    } else {
      current.count += 1;
    }
  }
  return [...counts.values()].sort(
    (a, b) => a.issueId - b.issueId || a.hour.getTime() - b.hour.getTime(),
  );
}

export interface TagValueCount {
  issueId: number;
  projectId: number;
  key: string;
  value: string;
  count: number;
  firstSeen: Date;
  lastSeen: Date;
}

export function tagValueCounts(events: readonly StoredEvent[]): TagValueCount[] {
  const counts = new Map<string, TagValueCount>();
  for (const event of events) {
    for (const [key, value] of event.tags) {
      const id = `${event.issueId}\u0000${key}\u0000${value}`;
      const current = counts.get(id);
      if (current === undefined) {
        counts.set(id, {
          issueId: event.issueId,
          projectId: event.projectId,
          key,
          value,
          count: 1,
          firstSeen: event.timestamp,
          lastSeen: event.timestamp,
        });
        continue;
      }
      current.count += 1;
      if (event.timestamp < current.firstSeen) current.firstSeen = event.timestamp;
      if (event.timestamp > current.lastSeen) current.lastSeen = event.timestamp;
    }
  }
  return [...counts.values()].sort(
    (a, b) => a.issueId - b.issueId || compare(a.key, b.key) || compare(a.value, b.value),
  );
}

export interface IssueUserRow {
  issueId: number;
  userKey: string;
  firstSeen: Date;
}

export function issueUserRows(events: readonly StoredEvent[]): IssueUserRow[] {
  const rows = new Map<string, IssueUserRow>();
  for (const event of events) {
    if (event.userKey === undefined) continue;
    const id = `${event.issueId}\u0000${event.userKey}`;
    const current = rows.get(id);
    if (current === undefined) {
      rows.set(id, { issueId: event.issueId, userKey: event.userKey, firstSeen: event.timestamp });
    } else if (event.timestamp < current.firstSeen) {
      current.firstSeen = event.timestamp;
    }
  }
  return [...rows.values()].sort((a, b) => a.issueId - b.issueId || compare(a.userKey, b.userKey));
}

export interface EnvironmentRow {
  projectId: number;
  name: string;
  firstSeen: Date;
}

export function environmentRows(events: readonly GroupedEvent[]): EnvironmentRow[] {
  const rows = new Map<string, EnvironmentRow>();
  for (const event of events) {
    const id = `${event.projectId}\u0000${event.environment}`;
    const current = rows.get(id);
    if (current === undefined) {
      rows.set(id, {
        projectId: event.projectId,
        name: event.environment,
        firstSeen: event.timestamp,
      });
    } else if (event.timestamp < current.firstSeen) {
      current.firstSeen = event.timestamp;
    }
  }
  return [...rows.values()].sort((a, b) => a.projectId - b.projectId || compare(a.name, b.name));
}

export interface ReleaseSpan {
  organizationId: string;
  version: string;
  firstEvent: Date;
  lastEvent: Date;
}

export function releaseSpans(events: readonly GroupedEvent[]): ReleaseSpan[] {
  const spans = new Map<string, ReleaseSpan>();
  for (const event of events) {
    if (event.release === undefined) continue;
    const id = releaseKey(event.organizationId, event.release);
    const current = spans.get(id);
    if (current === undefined) {
      spans.set(id, {
        organizationId: event.organizationId,
        version: event.release,
        firstEvent: event.timestamp,
        lastEvent: event.timestamp,
      });
      continue;
    }
    if (event.timestamp < current.firstEvent) current.firstEvent = event.timestamp;
    if (event.timestamp > current.lastEvent) current.lastEvent = event.timestamp;
  }
  return [...spans.values()].sort(
    (a, b) => compare(a.organizationId, b.organizationId) || compare(a.version, b.version),
  );
}

export function releaseKey(organizationId: string, version: string): string {
  return `${organizationId}\u0000${version}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
