import { windowText } from "@/components/issues/actions/actionMessages";
import { Badge } from "@/components/ui/Badge";

type IssueStatusBadgeProps = {
  status: "unresolved" | "resolved" | "ignored";
  statusDetails?: Record<string, unknown>;
};

/** The hover text of an ignored issue's badge: its condition, or null when it has none. */
export function ignoreCondition(details: Record<string, unknown>): string | null {
  const until = details.ignoreUntil;
  if (typeof until === "string") return `until ${new Date(until).toLocaleString()}`;
  const { ignoreCount, ignoreWindow, ignoreUserCount, ignoreUserWindow } = details;
  if (typeof ignoreCount === "number") {
    return typeof ignoreWindow === "number"
      ? `until ${ignoreCount} events ${windowText(ignoreWindow)}`
      : `until ${ignoreCount} more events`;
  }
  if (typeof ignoreUserCount === "number") {
    return typeof ignoreUserWindow === "number"
      ? `until ${ignoreUserCount} users are affected ${windowText(ignoreUserWindow)}`
      : `until ${ignoreUserCount} more users are affected`;
  }
  return null;
}

/** "Resolved" or "Ignored" (with its condition on hover); nothing for an unresolved issue. */
export function IssueStatusBadge({ status, statusDetails = {} }: IssueStatusBadgeProps) {
  if (status === "unresolved") return null;
  if (status === "resolved") {
    return (
      <Badge tone="success" dot>
        Resolved
      </Badge>
    );
  }
  const condition = ignoreCondition(statusDetails);
  return (
    <span title={condition ? `Ignored ${condition}` : "Ignored"}>
      <Badge tone="neutral" dot>
        Ignored
      </Badge>
    </span>
  );
}
