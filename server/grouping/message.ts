import { normalizeMessageForGrouping } from "./parameterize";
import type { GroupingEvent } from "./types";

export interface MessageComponent {
  values: string[];
  contributes: boolean;
}

/**
 * The message strategy, used only when nothing stack- or exception-shaped contributes (protocol
 * doc §10). It groups by the template (`logentry.message`, e.g. `Order %s failed`) when the SDK
 * sent one, because the template is exactly what stays the same between occurrences.
 */
export function messageComponent(event: GroupingEvent): MessageComponent {
  const raw = event.logentry?.message || event.logentry?.formatted || event.message || "";
  const normalized = raw === "" ? "" : normalizeMessageForGrouping(raw);
  return normalized === ""
    ? { values: [], contributes: false }
    : { values: [normalized], contributes: true };
}
