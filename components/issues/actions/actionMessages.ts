import type { AssigneeView, IgnoreCondition, IssueChange } from "./actionIssue";

/** "WEB-1A" for one issue, "3 issues" for more. */
export function issuesLabel(count: number, shortId?: string): string {
  if (count === 1 && shortId !== undefined) return shortId;
  return `${count.toLocaleString("en")} ${count === 1 ? "issue" : "issues"}`;
}

/** How long an ignore lasts, in the words of the Ignore menu. */
export function ignoreConditionText(ignore: IgnoreCondition): string {
  switch (ignore.kind) {
    case "forever":
      return "forever";
    case "duration":
      return `for ${durationText(ignore.minutes)}`;
    case "count":
      return `until it occurs ${countText(ignore.count, "time", ignore.windowMinutes)}`;
    case "users":
      return `until it affects ${countText(ignore.users, "user", ignore.windowMinutes)}`;
  }
}

/** "100 more times" from now on, or "100 times per hour" within a window (a rate, as Sentry's). */
function countText(count: number, noun: string, windowMinutes: number | undefined): string {
  const nouns = `${count.toLocaleString("en")} ${windowMinutes === undefined ? "more " : ""}${noun}${count === 1 ? "" : "s"}`;
  return windowMinutes === undefined ? nouns : `${nouns} ${windowText(windowMinutes)}`;
}

/** The ignore dialog's windows: per hour, day or week; anything else in minutes or hours. */
export function windowText(minutes: number): string {
  if (minutes === 60) return "per hour";
  if (minutes === 24 * 60) return "per day";
  if (minutes === 7 * 24 * 60) return "per week";
  return `in ${durationText(minutes)}`;
}

export function durationText(minutes: number): string {
  if (minutes % 60 !== 0) return `${minutes} minutes`;
  const hours = minutes / 60;
  return `${hours} ${hours === 1 ? "hour" : "hours"}`;
}

/** The success toast: what happened to how many issues. */
export function changeDoneMessage(
  change: IssueChange,
  label: string,
  assignee: AssigneeView | null,
): string {
  if ("isReviewed" in change) {
    return change.isReviewed ? `Marked ${label} as reviewed` : `Marked ${label} as unreviewed`;
  }
  if ("assignee" in change) {
    if (assignee === null) return `Unassigned ${label}`;
    return `Assigned ${label} to ${assignee.type === "team" ? `#${assignee.slug}` : assignee.name}`;
  }
  if (change.status === "resolved") return `Resolved ${label}`;
  if (change.status === "unresolved") return `Unresolved ${label}`;
  return `Ignored ${label} ${ignoreConditionText(change.ignore)}`;
}
