import type { IngestedEvent } from "@/server/processing/types";
import type { EventBatchJobPayload } from "@/server/queue/events";

/**
 * An accepted event with its job data already written as JSON text: the request facts plus the
 * event item's own bytes as `payload`. The edge parses the item once (to validate it and read its
 * `event_id`); stringifying the parsed object again for Redis would cost as much as that parse,
 * so the queue's job class (`edgeEventsQueue`) sends `json` as it is. Any other serializer sees
 * the plain `IngestedEvent` through `toJSON`, so the worker reads the same job either way.
 */
export class PreserializedEvent implements IngestedEvent {
  readonly json: string;

  constructor(
    readonly projectId: number,
    readonly eventId: string,
    readonly receivedAt: string,
    readonly clientIp: string | null,
    readonly sentAt: string | null,
    readonly payload: Record<string, unknown>,
    /** The item's text, which JSON.parse accepted as an object: it becomes `payload` verbatim. */
    payloadJson: string,
  ) {
    this.json =
      `{"projectId":${projectId},"eventId":${JSON.stringify(eventId)},` +
      `"receivedAt":${JSON.stringify(receivedAt)},"clientIp":${JSON.stringify(clientIp)},` +
      `"sentAt":${JSON.stringify(sentAt)},"payload":${payloadJson}}`;
  }

  toJSON(): IngestedEvent {
    const { projectId, eventId, receivedAt, clientIp, sentAt, payload } = this;
    return { projectId, eventId, receivedAt, clientIp, sentAt, payload };
  }
}

/**
 * A job's data as JSON text when it holds `PreserializedEvent`s (alone, or in a batch job, whose
 * other events are stringified as usual); undefined when the ordinary serializer should run.
 */
export function preserializedJson(data: unknown): string | undefined {
  if (data instanceof PreserializedEvent) return data.json;
  if (!isPreserializedBatch(data)) return undefined;
  const events = data.events.map((event) =>
    event instanceof PreserializedEvent ? event.json : JSON.stringify(event),
  );
  return `{"events":[${events.join(",")}]}`;
}

function isPreserializedBatch(data: unknown): data is EventBatchJobPayload {
  if (typeof data !== "object" || data === null || !("events" in data)) return false;
  const { events } = data as { events: unknown };
  return Array.isArray(events) && events.some((event) => event instanceof PreserializedEvent);
}
