import { Job, Queue, type JobJson } from "bullmq";
import type { Redis } from "ioredis";
import { EVENTS_QUEUE, eventJobOptions, type EventsJobData } from "@/server/queue/events";
import { queueOptions } from "@/server/queue/connection";
import { preserializedJson } from "./eventJob";

/**
 * A job that writes each `PreserializedEvent`'s text to Redis instead of stringifying it again,
 * whether the job holds one event or a batch of them.
 */
class PreserializedJob extends Job {
  override asJSON(): JobJson {
    const data: unknown = this.data;
    const json = preserializedJson(data);
    if (json === undefined) return super.asJSON();
    // BullMQ serializes `data` inside asJSON; lend it a trivial value, then put the text in.
    this.data = EMPTY;
    try {
      return { ...super.asJSON(), data: json };
    } finally {
      this.data = data;
    }
  }
}

const EMPTY = {};

class EdgeEventsQueue extends Queue<EventsJobData> {
  protected override get Job(): typeof Job {
    // Job's static side is generic in its data type; this subclass only narrows what asJSON does.
    return PreserializedJob as typeof Job;
  }
}

/** The events queue as the ingest edge adds to it (same name, options and job shape). */
export function edgeEventsQueue(
  connection: Redis,
  name: string = EVENTS_QUEUE,
): Queue<EventsJobData> {
  return new EdgeEventsQueue(name, {
    ...queueOptions(connection),
    defaultJobOptions: eventJobOptions,
  });
}
