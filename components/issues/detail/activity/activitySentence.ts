import type { ActivityItem } from "@/server/services/issueDetail/activity";

function num(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function str(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}

function minutesText(minutes: number): string {
  if (minutes % 1440 === 0) return plural(minutes / 1440, "day", "days");
  if (minutes % 60 === 0) return plural(minutes / 60, "hour", "hours");
  return plural(minutes, "minute", "minutes");
}

function ignoreCondition(data: Record<string, unknown>): string {
  const duration = num(data.ignoreDuration);
  if (duration !== null) return ` for ${minutesText(duration)}`;
  // With a window the condition is a rate ("100 times in 1 hour"), without one a count from now.
  const count = num(data.ignoreCount);
  if (count !== null) {
    const window = num(data.ignoreWindow);
    return window
      ? ` until it occurs ${plural(count, "time", "times")} in ${minutesText(window)}`
      : ` until it occurs ${plural(count, "more time", "more times")}`;
  }
  const users = num(data.ignoreUserCount);
  if (users !== null) {
    const window = num(data.ignoreUserWindow);
    return window
      ? ` until it affects ${plural(users, "user", "users")} in ${minutesText(window)}`
      : ` until it affects ${plural(users, "more user", "more users")}`;
  }
  return "";
}

/**
 * What an activity says after its actor's name ("Ada *resolved this issue*"), from Sentry's
 * activity types and data; Faultline itself is the actor of first-seen and regressions.
 */
export function activitySentence(item: Pick<ActivityItem, "type" | "data">): string {
  const { data } = item;
  switch (item.type) {
    case "first_seen":
      return "first saw this issue";
    case "set_resolved":
      return "resolved this issue";
    case "set_resolved_in_release": {
      const version = str(data.version);
      return version
        ? `resolved this issue in ${version}`
        : "resolved this issue in the next release";
    }
    case "set_unresolved":
      return data.substatus === "escalating"
        ? "unignored this issue: its condition was met"
        : "marked this issue unresolved";
    case "set_ignored":
      return `ignored this issue${ignoreCondition(data)}`;
    case "set_regression": {
      const version = str(data.version);
      return version
        ? `marked this issue as a regression in ${version}`
        : "marked this issue as a regression";
    }
    case "set_reviewed":
      return "marked this issue as reviewed";
    case "set_unreviewed":
      return "marked this issue as unreviewed";
    case "assigned": {
      const name = str(data.assigneeName) ?? str(data.assigneeEmail) ?? "someone";
      return `assigned this issue to ${data.assigneeType === "team" ? `#${name}` : name}`;
    }
    case "unassigned":
      return "unassigned this issue";
    case "merge": {
      const merged = Array.isArray(data.issues) ? data.issues.length : 0;
      return merged > 0
        ? `merged ${plural(merged, "issue", "issues")} into this issue`
        : "merged issues into this issue";
    }
    case "unmerge":
      return "unmerged events from this issue";
    case "note":
      return "commented";
    case "new_feedback":
      return "received user feedback";
  }
}
