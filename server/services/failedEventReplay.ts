import {
  EVENT_JOBS,
  eventJobPayload,
  itemsJobPayload,
  type EventsJobData,
} from "@/server/queue/events";

export type ReplayJob =
  | { ok: true; name: (typeof EVENT_JOBS)[keyof typeof EVENT_JOBS]; data: EventsJobData }
  | { ok: false; reason: string };

/**
 * The events-queue job a FailedEvent row was made from. The worker stores the job's data, not its
 * name, so the name follows from the shape: an accepted event or an envelope's other items. A
 * payload that is neither (the worker also keeps jobs it could not read) cannot be replayed.
 */
export function replayJob(row: { projectId: number; payload: unknown }): ReplayJob {
  const event = eventJobPayload.safeParse(row.payload);
  if (event.success) return belongs(row.projectId, EVENT_JOBS.event, event.data);
  const items = itemsJobPayload.safeParse(row.payload);
  if (items.success) return belongs(row.projectId, EVENT_JOBS.items, items.data);
  return { ok: false, reason: "the stored payload is not a job the worker can read" };
}

function belongs(
  projectId: number,
  name: (typeof EVENT_JOBS)[keyof typeof EVENT_JOBS],
  data: EventsJobData,
): ReplayJob {
  // The row's project decides who may replay it; a payload naming another project must not ride on that.
  if (data.projectId !== projectId) {
    return { ok: false, reason: "the stored payload names another project" };
  }
  return { ok: true, name, data };
}
