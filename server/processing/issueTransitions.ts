/**
 * What a new event does to an issue's status (Sentry's regression and snooze rules, simplified):
 * - a resolved issue that sees an event again is a regression: unresolved, substatus regressed;
 * - an ignored issue comes back (unresolved, substatus escalating) once its ignore condition is
 *   met; with no condition it stays ignored ("archived forever").
 * Pure functions; server/data/eventBatch.ts applies them under the issue's row lock.
 */

/**
 * `Issue.statusDetails` while ignored. Counts are relative to the baselines recorded when the
 * issue was ignored; without a baseline they count from the issue's first event. Windows
 * (`ignoreWindow`, `ignoreUserWindow`, minutes) are not evaluated yet: a count with a window
 * is treated as a count since ignoring, which can only bring an issue back sooner.
 */
export interface IgnoreStatusDetails {
  /** ISO time: ignored until then. */
  ignoreUntil?: string;
  /** Back after this many more events… */
  ignoreCount?: number;
  ignoreWindow?: number;
  /** …or this many more distinct users. */
  ignoreUserCount?: number;
  ignoreUserWindow?: number;
  timesSeenAtIgnore?: number;
  userCountAtIgnore?: number;
}

export interface IssueState {
  status: "unresolved" | "resolved" | "ignored";
  statusDetails: unknown;
  /** Before this batch. */
  timesSeen: number;
  userCount: number;
}

export interface BatchIssueTotals {
  /** New events for the issue in this batch (duplicates excluded). */
  events: number;
  /** Distinct users seen for the first time in this batch. */
  newUsers: number;
}

export type IssueTransition =
  | { status: "unresolved"; substatus: "regressed"; activity: "set_regression" }
  | { status: "unresolved"; substatus: "escalating"; activity: "set_unresolved" };

export function isRegression(issue: Pick<IssueState, "status">): boolean {
  return issue.status === "resolved";
}

export function shouldUnignore(issue: IssueState, totals: BatchIssueTotals, now: Date): boolean {
  if (issue.status !== "ignored") return false;
  const details = ignoreDetails(issue.statusDetails);

  if (details.ignoreUntil !== undefined) {
    const until = Date.parse(details.ignoreUntil);
    if (!Number.isNaN(until) && until <= now.getTime()) return true;
  }
  if (isPositive(details.ignoreCount)) {
    const seenSinceIgnore = issue.timesSeen + totals.events - (details.timesSeenAtIgnore ?? 0);
    if (seenSinceIgnore >= details.ignoreCount) return true;
  }
  if (isPositive(details.ignoreUserCount)) {
    const usersSinceIgnore = issue.userCount + totals.newUsers - (details.userCountAtIgnore ?? 0);
    if (usersSinceIgnore >= details.ignoreUserCount) return true;
  }
  return false;
}

export function issueTransition(
  issue: IssueState,
  totals: BatchIssueTotals,
  now: Date,
): IssueTransition | undefined {
  if (isRegression(issue)) {
    return { status: "unresolved", substatus: "regressed", activity: "set_regression" };
  }
  if (shouldUnignore(issue, totals, now)) {
    return { status: "unresolved", substatus: "escalating", activity: "set_unresolved" };
  }
  return undefined;
}

function ignoreDetails(value: unknown): IgnoreStatusDetails {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const record = value as Record<string, unknown>;
  const details: IgnoreStatusDetails = {};
  if (typeof record.ignoreUntil === "string") details.ignoreUntil = record.ignoreUntil;
  for (const key of [
    "ignoreCount",
    "ignoreUserCount",
    "timesSeenAtIgnore",
    "userCountAtIgnore",
  ] as const) {
    const number = record[key];
    if (typeof number === "number" && Number.isFinite(number)) details[key] = number;
  }
  return details;
}

function isPositive(value: number | undefined): value is number {
  return value !== undefined && value > 0;
}
