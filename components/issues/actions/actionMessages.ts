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
      return `until it occurs ${ignore.count.toLocaleString("en")} more ${ignore.count === 1 ? "time" : "times"}`;
    case "users":
      return `until it affects ${ignore.users.toLocaleString("en")} more ${ignore.users === 1 ? "user" : "users"}`;
  }
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
