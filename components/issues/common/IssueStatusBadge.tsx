import { Badge } from "@/components/ui/Badge";

type IssueStatusBadgeProps = {
  status: "unresolved" | "resolved" | "ignored";
  statusDetails?: Record<string, unknown>;
};

function ignoreCondition(details: Record<string, unknown>): string | null {
  const until = details.ignoreUntil;
  if (typeof until === "string") return `until ${new Date(until).toLocaleString()}`;
  if (typeof details.ignoreCount === "number") return `until ${details.ignoreCount} more events`;
  if (typeof details.ignoreUserCount === "number") {
    return `until ${details.ignoreUserCount} more users are affected`;
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
