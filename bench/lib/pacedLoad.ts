import { Pool } from "undici";
import { percentile } from "./report";

export interface PacedRequest {
  headers: Record<string, string>;
  body: string | Buffer;
}

export interface PacedLoadOptions {
  /** The target, path and query included. */
  url: string;
  /** Requests per second, sent evenly spaced (request n is due at start + n / rate). */
  rate: number;
  durationS: number;
  /**
   * Seconds sent first at the same rate but left out of the latencies (connections opening, the
   * client's own code compiling). Default 1.
   */
  warmUpS?: number;
  /** Keep-alive connections; a request due while all are busy waits for one, and that counts. */
  connections: number;
  /** Request n (from 1): its headers and body. */
  request: (n: number) => PacedRequest;
  onResponse?: (status: number, body: string) => void;
  timeoutMs?: number;
}

export interface PacedFigures {
  /** Requests sent, warm-up included; each is waited for, so it is answered or counted as an error. */
  sent: number;
  /** After the warm-up, from the first request's due time until the last answer. */
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
  /** From each request's due time to its response read, in ms: a late send counts against it. */
  p50: number;
  p99: number;
}

/**
 * An open-loop load at a steady rate: `rate` requests per second, evenly spaced, whatever the
 * server's answers. autocannon's `overallRate` is not that: each connection sends its share of
 * the second back to back as soon as the second starts, then idles (1,000 req/s over 32
 * connections arrived as ~1,000 requests in the first 100–200 ms of each second), so its
 * latencies are those of a saturating burst. Latency is measured from when a request was due,
 * not when it went out, so a client or server that falls behind cannot hide it
 * ("coordinated omission").
 */
export async function pacedLoad(options: PacedLoadOptions): Promise<PacedFigures> {
  const target = new URL(options.url);
  const pool = new Pool(target.origin, { connections: options.connections, pipelining: 1 });
  const timeout = options.timeoutMs ?? 10_000;
  const intervalMs = 1000 / options.rate;
  const warmUp = Math.round(options.rate * (options.warmUpS ?? 1));
  const total = warmUp + Math.round(options.rate * options.durationS);
  const latencies: number[] = [];
  const pending = new Set<Promise<void>>();
  let sent = 0;
  let non2xx = 0;
  let errors = 0;

  const send = async (n: number, dueAt: number): Promise<void> => {
    const { headers, body } = options.request(n);
    try {
      const response = await pool.request({
        path: target.pathname + target.search,
        method: "POST",
        headers,
        body,
        headersTimeout: timeout,
        bodyTimeout: timeout,
      });
      const text = await response.body.text();
      if (n > warmUp) latencies.push(performance.now() - dueAt);
      if (response.statusCode < 200 || response.statusCode > 299) non2xx += 1;
      options.onResponse?.(response.statusCode, text);
    } catch {
      errors += 1;
    }
  };

  const startedAt = performance.now();
  let measuredFrom = startedAt;
  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && startedAt + sent * intervalMs <= now) {
        const dueAt = startedAt + sent * intervalMs;
        sent += 1;
        if (sent === warmUp + 1) measuredFrom = dueAt;
        const request = send(sent, dueAt).finally(() => pending.delete(request));
        pending.add(request);
      }
      if (sent >= total) return done();
      setTimeout(tick, Math.max(0, startedAt + sent * intervalMs - performance.now()));
    };
    tick();
  });
  await Promise.all(pending);
  const elapsedS = (performance.now() - measuredFrom) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  return {
    sent,
    requestsPerSecond: (sent - warmUp) / elapsedS,
    non2xx,
    errors,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}
