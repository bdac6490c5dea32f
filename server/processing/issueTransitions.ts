/**
 * What a new event does to an issue's status (Sentry's regression and snooze rules, simplified):
 * - a resolved issue that sees an event again is a regression: unresolved, substatus regressed;
 * - an ignored issue comes back (unresolved, substatus escalating) once its ignore condition is
 *   met; with no condition it stays ignored ("archived forever").
 * Pure functions; server/data/eventBatch.ts applies them under the issue's row lock.
 */

/**
 * `Issue.statusDetails` while ignored. A count without a window is relative to the baseline
 * recorded when the issue was ignored (without a baseline, to the issue's first event). A count
 * with a window (`ignoreWindow`, `ignoreUserWindow`, minutes) is Sentry's rate: the issue comes
 * back once that many events, or distinct users, fall within the last `window` minutes, events
 * from before the ignore included.
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
  /**
   * Events and distinct users within the windows `ignoreWindows` names, this batch included (the
   * data layer counts them). Missing, a windowed count falls back to counting since the ignore.
   */
  inWindows?: WindowCounts;
}

export interface WindowCounts {
  events?: number;
  users?: number;
}

/** A windowed ignore condition: back once `count` fall within the last `minutes`. */
export interface IgnoreWindow {
  minutes: number;
  count: number;
}

/** The windowed conditions of an ignored issue, of events and of users; null when it has none. */
export function ignoreWindows(
  issue: Pick<IssueState, "status" | "statusDetails">,
): { events?: IgnoreWindow; users?: IgnoreWindow } | null {
  if (issue.status !== "ignored") return null;
  const details = ignoreDetails(issue.statusDetails);
  const events = windowOf(details.ignoreCount, details.ignoreWindow);
  const users = windowOf(details.ignoreUserCount, details.ignoreUserWindow);
  if (events === undefined && users === undefined) return null;
  return { ...(events && { events }), ...(users && { users }) };
}

function windowOf(
  count: number | undefined,
  minutes: number | undefined,
): IgnoreWindow | undefined {
  return isPositive(count) && isPositive(minutes) ? { minutes, count } : undefined;
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
  const windows = ignoreWindows(issue);
  if (isPositive(details.ignoreCount)) {
    const seen =
      (windows?.events === undefined ? undefined : issue.inWindows?.events) ??
      issue.timesSeen + totals.events - (details.timesSeenAtIgnore ?? 0);
    if (seen >= details.ignoreCount) return true;
  }
  if (isPositive(details.ignoreUserCount)) {
    const users =
      (windows?.users === undefined ? undefined : issue.inWindows?.users) ??
      issue.userCount + totals.newUsers - (details.userCountAtIgnore ?? 0);
    if (users >= details.ignoreUserCount) return true;
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
    "ignoreWindow",
    "ignoreUserCount",
    "ignoreUserWindow",
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
