import type { GroupedEvent } from "@/server/data/types";
import { groupingHashes } from "@/server/grouping/hash";
import { groupingEventFromPayload } from "@/server/grouping/payload";
import { issueCulprit, issueMetadata, issueTitle, isUnhandled } from "@/server/grouping/title";
import type { IngestedEvent, NormalizedEvent } from "./types";
import { userKey } from "./user";

/**
 * The grouping stage: hashes, title, culprit and metadata from server/grouping, computed on
 * the normalized and scrubbed event (so what is stored and what is grouped are the same), plus
 * the columns the events table is searched by.
 */
export function groupedEvent(
  job: IngestedEvent,
  event: NormalizedEvent,
  organizationId: string,
): GroupedEvent {
  const view = groupingEventFromPayload(event);
  const data = JSON.stringify(event);
  const grouped: GroupedEvent = {
    projectId: job.projectId,
    organizationId,
    eventId: job.eventId,
    timestamp: new Date(Math.round(event.timestamp * 1000)),
    receivedAt: new Date(job.receivedAt),
    level: event.level,
    platform: event.platform,
    environment: event.environment,
    title: issueTitle(view),
    culprit: issueCulprit(view),
    message: searchableMessage(event),
    metadata: issueMetadata(view),
    isUnhandled: isUnhandled(view),
    tags: event.tags,
    data,
    size: Buffer.byteLength(data),
    grouping: groupingHashes(view),
  };
  if (event.release !== undefined) grouped.release = event.release;
  const user = userKey(event.user);
  if (user !== undefined) grouped.userKey = user;
  return grouped;
}

/** The formatted message, else the thrown exception's value. */
function searchableMessage(event: NormalizedEvent): string {
  if (event.logentry !== undefined) return event.logentry.formatted;
  const thrown = event.exception?.values.at(-1);
  return typeof thrown?.value === "string" ? thrown.value : "";
}
