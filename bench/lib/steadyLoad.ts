import autocannon from "autocannon";
import { benchPayload, EXISTING_ISSUES } from "./events";

/**
 * `built` counts envelopes handed to autocannon; those still in flight when the duration ends are
 * sent and stored, but their 200 is never read, so `accepted` (200s seen) can be lower.
 *
 * A steady `rate` of envelopes (each a fresh event id, 70 % into existing issues) through the real
 * edge; `onAccepted` gets each event id the moment its 200 arrives.
 */
export async function steadyEnvelopes(options: {
  url: string;
  headers: Record<string, string>;
  projectId: number;
  rate: number;
  durationS: number;
  bytes: number;
  onAccepted: (eventId: string) => void;
}): Promise<{
  built: number;
  completed: number;
  accepted: number;
  non2xx: number;
  errors: number;
}> {
  let n = 0;
  let accepted = 0;
  const result = await autocannon({
    url: options.url,
    connections: 32,
    overallRate: options.rate,
    duration: options.durationS,
    timeout: 10,
    requests: [
      {
        method: "POST",
        headers: { ...options.headers, "content-type": "application/x-sentry-envelope" },
        setupRequest(request) {
          n += 1;
          const issue = n % 10 < 7 ? (n * 31) % EXISTING_ISSUES : null;
          const { eventId, json } = benchPayload(n, issue, options.bytes);
          const header = { event_id: eventId, sent_at: new Date().toISOString() };
          const body = `${JSON.stringify(header)}\n{"type":"event"}\n${json}\n`;
          return { ...request, body };
        },
        onResponse(status, body) {
          if (status !== 200) return;
          const id = (JSON.parse(body) as { id?: string }).id?.replaceAll("-", "");
          if (id === undefined) return;
          accepted += 1;
          options.onAccepted(id);
        },
      },
    ],
  });
  return {
    built: n,
    completed: result.requests.total,
    accepted,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
