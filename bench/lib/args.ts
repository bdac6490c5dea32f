import { parseArgs } from "node:util";

export interface PipelineArgs {
  events: number;
  minBytes: number;
  maxBytes: number;
  sizeLabel: string;
  defaultCount: boolean;
  /** Events per job in the throughput phase, as the edge forms them (a mean: may be fractional). */
  jobEvents: number;
  defaultJobEvents: boolean;
}

/**
 * The counts: 100,000 events, and 20,000 for the 50 KB run (the figure set beside
 * Bugsink's). Measured on this shared machine the worker now stores several hundred events/s, so
 * a default run takes a few minutes; `--events N` shortens it.
 */
export const DEFAULT_EVENTS = 100_000;
export const DEFAULT_EVENTS_50KB = 20_000;

/**
 * Events per job in the throughput phase, so that it costs the worker what the edge's jobs would:
 * `npm run bench:ingest` ("edge at a steady 3000 req/s", evenly spaced) measured 5.7–5.9 events
 * per job for the 8.4 KB fixture event (session 6). A fractional mean gives jobs of 5 and 6 events in that
 * proportion. Jobs also stop at `EVENT_JOB_MAX_CHARS` as the edge's do, so 50 KB events go one
 * per job.
 */
export const DEFAULT_JOB_EVENTS = 5.75;

/** `--size 50` (KB) runs 50 KB events; `--events N` sets the count; `--job-events N` the mean events per job. */
export function pipelineArgs(argv: string[]): PipelineArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      events: { type: "string" },
      size: { type: "string" },
      "job-events": { type: "string" },
    },
  });
  const sizeKb = values.size === undefined ? undefined : Number(values.size);
  if (sizeKb !== undefined && !(sizeKb > 0))
    throw new Error("--size must be a positive number of KB");
  const events = values.events === undefined ? undefined : Number(values.events);
  if (events !== undefined && !(Number.isInteger(events) && events > 0)) {
    throw new Error("--events must be a positive integer");
  }
  const jobEvents = values["job-events"] === undefined ? undefined : Number(values["job-events"]);
  if (jobEvents !== undefined && !(jobEvents >= 1)) {
    throw new Error("--job-events must be a number of at least 1");
  }
  return {
    jobEvents: jobEvents ?? DEFAULT_JOB_EVENTS,
    defaultJobEvents: jobEvents === undefined,
    events: events ?? (sizeKb === undefined ? DEFAULT_EVENTS : DEFAULT_EVENTS_50KB),
    minBytes: sizeKb === undefined ? 5 * 1024 : sizeKb * 1024,
    maxBytes: sizeKb === undefined ? 10 * 1024 : sizeKb * 1024,
    sizeLabel: sizeKb === undefined ? "5–10 KB" : `${sizeKb} KB`,
    defaultCount: events === undefined,
  };
}
