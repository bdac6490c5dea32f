import type { GroupingHash, GroupingResult } from "@/server/grouping/types";

/**
 * One event ready to store: normalized, scrubbed and grouped (server/processing). The
 * persistence input for `persistEventBatch`.
 */
export interface GroupedEvent {
  projectId: number;
  organizationId: string;
  /** 32 lowercase hex digits. */
  eventId: string;
  timestamp: Date;
  receivedAt: Date;
  level: string;
  platform: string;
  release?: string;
  environment: string;
  userKey?: string;
  title: string;
  culprit: string;
  /** The formatted message or the thrown exception's value: what free-text search reads. */
  message: string;
  metadata: object;
  isUnhandled: boolean;
  tags: Array<[string, string]>;
  /** The normalized, scrubbed event as JSON text (already serialized to measure its size). */
  data: string;
  size: number;
  grouping: GroupingResult;
}

export interface PersistResult {
  stored: number;
  duplicates: number;
  newIssueIds: number[];
  regressedIssueIds: number[];
  unignoredIssueIds: number[];
}

/** `projectId:hash`, the identity of an IssueHash row. */
export type HashKey = string;

export function hashKey(projectId: number, hash: string): HashKey {
  return `${projectId}:${hash}`;
}

/** `projectId:eventId`, the identity of an Event row. */
export function eventKey(event: { projectId: number; eventId: string }): string {
  return `${event.projectId}:${event.eventId}`;
}

export function eventHashes(event: GroupedEvent): GroupingHash[] {
  const { secondary, ...primary } = event.grouping;
  return secondary === undefined ? [primary] : [primary, secondary];
}
