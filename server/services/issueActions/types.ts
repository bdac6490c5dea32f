import type { IssueStreamParams } from "@/server/search/streamParams";

/** How long an ignored issue stays ignored (Sentry's "archive until…" choices). */
export type IgnoreCondition =
  | { kind: "forever" }
  | { kind: "duration"; minutes: number }
  | { kind: "count"; count: number; windowMinutes?: number }
  | { kind: "users"; users: number; windowMinutes?: number };

export type AssigneeRef = { type: "user"; id: string } | { type: "team"; id: string };

/** Exactly one change per call, as the toolbar and Sentry's bulk PUT make them. */
export type IssueChange =
  | { status: "resolved" }
  | { status: "unresolved" }
  | { status: "ignored"; ignore: IgnoreCondition }
  | { isReviewed: boolean }
  | { assignee: AssigneeRef | null };

/** The issues a change applies to: a selection, or everything a stream query matches. */
export type IssueTarget = { ids: number[] } | { query: IssueStreamParams };

/** At most this many issues change in one call ("all N matching" included), as Sentry caps bulk edits. */
export { BULK_MATCH_MAX as MAX_BULK_ISSUES } from "../issueStream";
