import type { IngestedEvent } from "@/server/processing/types";

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
