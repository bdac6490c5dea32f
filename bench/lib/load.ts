import autocannon, { type Options, type Result } from "autocannon";

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  total: number;
}

/** Runs autocannon in this process (the servers are children) and keeps the figures we print. */
export async function load(options: Options): Promise<LoadFigures> {
  const result: Result = await autocannon({ timeout: 10, ...options });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    total: result.requests.total,
  };
}
