/**
 * Human sentences for an alert rule's stored conditions and actions (shapes documented on
 * AlertRule in prisma/schema.prisma). Unknown kinds are named as they are rather than hidden.
 */
type Json = unknown;

function asList(value: Json): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter(
        (item): item is Record<string, unknown> => typeof item === "object" && item !== null,
      )
    : [];
}

export function describeConditions(conditions: Json): string[] {
  return asList(conditions).map((condition) => {
    switch (condition.kind) {
      case "first_seen":
        return "A new issue is created";
      case "regression":
        return "A resolved issue comes back";
      case "frequency":
        return `An issue is seen more than ${String(condition.count ?? "?")} times in ${String(condition.minutes ?? "?")} min`;
      default:
        return String(condition.kind ?? "Unknown condition");
    }
  });
}

export function describeActions(actions: Json): string[] {
  return asList(actions).map((action) => {
    switch (action.kind) {
      case "email":
        return `E-mail ${String(action.target ?? "")}`.trim();
      case "webhook":
        return `Webhook ${String(action.url ?? "")}`.trim();
      default:
        return String(action.kind ?? "Unknown action");
    }
  });
}
