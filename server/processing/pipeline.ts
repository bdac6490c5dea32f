import { persistEventBatch } from "@/server/data/eventBatch";
import type { GroupedEvent, PersistResult } from "@/server/data/types";
import { prepareEvent } from "./prepareEvent";
import { settingsForProjects } from "./projectSettings";
import type { IngestedEvent } from "./types";

export interface FailedJob {
  projectId: number;
  eventId: string;
  error: string;
}

export interface BatchResult extends PersistResult {
  /** Events that could not be prepared; the rest of the batch was stored without them. */
  failed: FailedJob[];
  /** Events of projects deleted since they were accepted: dropped on purpose. */
  discarded: number;
  /** Bytes of the normalized payloads prepared: lets the worker size its in-flight work. */
  payloadBytes: number;
}

/**
 * The worker's pipeline for a micro-batch of accepted events: for each event normalize, then
 * scrub with its project's settings, then group; then persist the whole batch in one
 * transaction. Each stage is its own module; this function only calls them in order.
 * Throws only when persisting fails, and then nothing of the batch was stored.
 */
export async function processEventBatch(jobs: readonly IngestedEvent[]): Promise<BatchResult> {
  const projects = await settingsForProjects(jobs.map((job) => job.projectId));
  const prepared: GroupedEvent[] = [];
  const failed: FailedJob[] = [];
  let discarded = 0;

  for (const job of jobs) {
    const project = projects.get(job.projectId);
    if (project === undefined) {
      discarded += 1;
      continue;
    }
    try {
      prepared.push(prepareEvent(job, project));
    } catch (error) {
      failed.push({
        projectId: job.projectId,
        eventId: job.eventId,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  const persisted = await persistEventBatch(prepared);
  const payloadBytes = prepared.reduce((sum, event) => sum + event.size, 0);
  return { ...persisted, failed, discarded, payloadBytes };
}
