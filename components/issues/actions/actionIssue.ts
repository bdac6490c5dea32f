import type { IgnoreCondition, IssueChange } from "@/server/services/issueActions/types";
import type { IssueStreamParams } from "@/server/search/streamParams";

/** An assignee as the stream and the detail show it. */
export type AssigneeView =
  | { type: "user"; id: string; name: string; email: string }
  | { type: "team"; id: string; slug: string; name: string };

/**
 * What the actions need of a selected issue: a structural subset of the stream's `StreamIssue`
 * and the detail header, so both can pass their rows as they are.
 */
export interface ActionIssue {
  id: number;
  shortId: string;
  title: string;
  status: "unresolved" | "resolved" | "ignored";
  isReviewed: boolean;
  project: { id: number; slug: string };
  count: number;
  firstSeen: Date;
  assignee: AssigneeView | null;
}

export type ActionTarget = { ids: number[] } | { query: IssueStreamParams };

export type { IgnoreCondition, IssueChange };
