import type { IssueStatus, IssueSubstatus } from "@/server/db/generated/client";
import type { IgnoreStatusDetails } from "@/server/processing/issueTransitions";
import type { IgnoreCondition } from "./types";

const MINUTE_MS = 60_000;

/** The parts of an issue a status change reads. */
export interface IssueStatusState {
  status: IssueStatus;
  substatus: IssueSubstatus;
  statusDetails: unknown;
  timesSeen: number;
  userCount: number;
}

export type StatusRequest =
  | { status: "resolved" }
  | { status: "unresolved" }
  | { status: "ignored"; ignore: IgnoreCondition };

export interface StatusUpdate {
  status: IssueStatus;
  substatus: IssueSubstatus;
  statusDetails: IgnoreStatusDetails;
  /** `null` clears it; `undefined` leaves it. */
  resolvedAt: Date | null;
  activity: { type: "set_resolved" | "set_unresolved" | "set_ignored"; data: object };
}

/**
 * `Issue.statusDetails` for an ignore: the condition, plus the baselines that
 * server/processing/issueTransitions.ts counts "N more events / users" from.
 */
export function ignoreDetails(
  ignore: IgnoreCondition,
  issue: Pick<IssueStatusState, "timesSeen" | "userCount">,
  now: Date,
): IgnoreStatusDetails {
  switch (ignore.kind) {
    case "forever":
      return {};
    case "duration":
      return { ignoreUntil: new Date(now.getTime() + ignore.minutes * MINUTE_MS).toISOString() };
    case "count":
      return {
        ignoreCount: ignore.count,
        ...(ignore.windowMinutes === undefined ? {} : { ignoreWindow: ignore.windowMinutes }),
        timesSeenAtIgnore: issue.timesSeen,
      };
    case "users":
      return {
        ignoreUserCount: ignore.users,
        ...(ignore.windowMinutes === undefined ? {} : { ignoreUserWindow: ignore.windowMinutes }),
        userCountAtIgnore: issue.userCount,
      };
  }
}

/**
 * What a resolve / unresolve / ignore does to one issue, or null when it changes nothing
 * (resolving a resolved issue), so no activity is written for it. Substatus as Sentry sets it:
 * unresolve → ongoing; ignore forever → archived_forever; ignore with a condition →
 * archived_until_condition_met. Sentry clears the substatus of a resolved issue; our column is
 * not nullable, so a resolve keeps it and readers go by `status` first.
 */
export function statusUpdate(
  request: StatusRequest,
  issue: IssueStatusState,
  now: Date,
): StatusUpdate | null {
  if (request.status === "resolved") {
    if (issue.status === "resolved") return null;
    return {
      status: "resolved",
      substatus: issue.substatus,
      statusDetails: {},
      resolvedAt: now,
      activity: { type: "set_resolved", data: {} },
    };
  }
  if (request.status === "unresolved") {
    if (issue.status === "unresolved") return null;
    return {
      status: "unresolved",
      substatus: "ongoing",
      statusDetails: {},
      resolvedAt: null,
      activity: { type: "set_unresolved", data: {} },
    };
  }
  if (request.ignore.kind === "forever" && isIgnoredForever(issue)) return null;
  const details = ignoreDetails(request.ignore, issue, now);
  return {
    status: "ignored",
    substatus:
      request.ignore.kind === "forever" ? "archived_forever" : "archived_until_condition_met",
    statusDetails: details,
    resolvedAt: null,
    activity: { type: "set_ignored", data: ignoreActivityData(request.ignore, details) },
  };
}

function isIgnoredForever(issue: IssueStatusState): boolean {
  return issue.status === "ignored" && issue.substatus === "archived_forever";
}

/** Sentry's set_ignored activity data: the condition in its request names. */
function ignoreActivityData(ignore: IgnoreCondition, details: IgnoreStatusDetails): object {
  switch (ignore.kind) {
    case "forever":
      return {};
    case "duration":
      return { ignoreDuration: ignore.minutes, ignoreUntil: details.ignoreUntil };
    case "count":
      return { ignoreCount: ignore.count, ignoreWindow: ignore.windowMinutes ?? null };
    case "users":
      return { ignoreUserCount: ignore.users, ignoreUserWindow: ignore.windowMinutes ?? null };
  }
}
