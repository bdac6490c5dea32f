import {
  EVENT_JOBS,
  eventJobPayload,
  itemsJobPayload,
  type EventJobPayload,
  type ItemsJobPayload,
} from "@/server/queue/events";

type ReplayedJobName = typeof EVENT_JOBS.event | typeof EVENT_JOBS.items;

export type ReplayJob =
  | { ok: true; name: ReplayedJobName; data: EventJobPayload | ItemsJobPayload }
  | { ok: false; reason: string };

/**
 * The events-queue job a FailedEvent row was made from. The worker stores the job's data, not its
 * name, so the name follows from the shape: an accepted event or an envelope's other items. An
 * event of an edge's batch job is stored as its own row, so it replays as a single-event job. A
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
  name: ReplayedJobName,
  data: EventJobPayload | ItemsJobPayload,
): ReplayJob {
  // The row's project decides who may replay it; a payload naming another project must not ride on that.
  if (data.projectId !== projectId) {
    return { ok: false, reason: "the stored payload names another project" };
  }
  return { ok: true, name, data };
}
