import { parseArgs } from "node:util";

export interface PipelineArgs {
  events: number;
  minBytes: number;
  maxBytes: number;
  sizeLabel: string;
  defaultCount: boolean;
}

/**
 * The issue asks for 100,000 events (20,000 at 50 KB), but the default must finish within five
 * minutes: measured here the worker stores ~230–330 events/s (5–10 KB), so 100,000 would take 5–7 min.
 */
export const DEFAULT_EVENTS = 30_000;
export const DEFAULT_EVENTS_50KB = 5_000;
export const DEFAULT_REASON =
  "default lowered from 100,000 (20,000 at 50 KB): the worker measured ~230–330 events/s here, " +
  "so the full count would not finish in 5 minutes; pass --events 100000 for the full run";

/** `--size 50` (KB) runs 50 KB events; `--events N` sets the count. */
export function pipelineArgs(argv: string[]): PipelineArgs {
  const { values } = parseArgs({
    args: argv,
    options: { events: { type: "string" }, size: { type: "string" } },
  });
  const sizeKb = values.size === undefined ? undefined : Number(values.size);
  if (sizeKb !== undefined && !(sizeKb > 0))
    throw new Error("--size must be a positive number of KB");
  const events = values.events === undefined ? undefined : Number(values.events);
  if (events !== undefined && !(Number.isInteger(events) && events > 0)) {
    throw new Error("--events must be a positive integer");
  }
  return {
    events: events ?? (sizeKb === undefined ? DEFAULT_EVENTS : DEFAULT_EVENTS_50KB),
    minBytes: sizeKb === undefined ? 5 * 1024 : sizeKb * 1024,
    maxBytes: sizeKb === undefined ? 10 * 1024 : sizeKb * 1024,
    sizeLabel: sizeKb === undefined ? "5–10 KB" : `${sizeKb} KB`,
    defaultCount: events === undefined,
  };
}
