/** The typed form of an issue search (the parser's output, the SQL compiler's input). */

export type IssueStatusName = "unresolved" | "resolved" | "ignored";

/** A value to match; `*` in `pattern` is a wildcard when `wildcard` is true. */
export interface ValueMatch {
  pattern: string;
  wildcard: boolean;
}

/** Values to match under one tag key. */
export interface TagMatch {
  key: string;
  values: ValueMatch[];
}

export type AssigneeTarget =
  | { kind: "me" }
  | { kind: "none" }
  | { kind: "myTeams" }
  | { kind: "user"; email: string }
  | { kind: "team"; slug: string };

export type Comparison = "=" | ">" | ">=" | "<" | "<=";

/** A point in time: `ago` milliseconds before "now" (relative filters), or a fixed instant. */
export type TimePoint = { kind: "ago"; ms: number } | { kind: "at"; date: Date };

export type SearchTerm =
  /** Positive status terms are OR-ed (`is:unresolved is:ignored`), negated ones exclude. */
  | { type: "status"; negated: boolean; statuses: IssueStatusName[] }
  | { type: "reviewed"; value: boolean }
  | { type: "assigned"; value: boolean }
  /** Unresolved, not reviewed, and new, regressed or unignored within the last 7 days. */
  | { type: "forReview"; negated: boolean }
  | { type: "assignee"; negated: boolean; targets: AssigneeTarget[] }
  | { type: "level"; negated: boolean; values: string[] }
  | { type: "firstRelease"; negated: boolean; values: ValueMatch[] }
  /** Any tag, and the built-ins stored as tags: release, environment, user.* (as `user` values). */
  | { type: "tag"; key: string; negated: boolean; values: ValueMatch[] }
  /** Any of several tags: `user.email:x` is the `user` tag `email:x` or the `user.email` tag `x`. */
  | { type: "anyTag"; negated: boolean; tags: TagMatch[] }
  | { type: "has"; negated: boolean; key: string }
  | { type: "count"; field: "timesSeen" | "userCount"; op: Comparison; value: number }
  | { type: "time"; field: "firstSeen" | "lastSeen"; op: Exclude<Comparison, "=">; at: TimePoint }
  /** Free text over title, culprit and message; the query's words joined, as Sentry does. */
  | { type: "text"; value: ValueMatch };

export type ParseResult =
  { ok: true; terms: SearchTerm[] } | { ok: false; message: string; position: number };
