import { benchPayload, EXISTING_ISSUES } from "./events";
import { pacedLoad } from "./pacedLoad";

/**
 * A steady `rate` of envelopes (each a fresh event id, 70 % into existing issues) through the real
 * edge, evenly spaced (pacedLoad); `onAccepted` gets each event id the moment its 200 arrives.
 * Every request is waited for, so `sent - accepted` are requests that failed (non-2xx or error),
 * whose events the edge may still have queued if the failure was the client's timeout.
 */
export async function steadyEnvelopes(options: {
  url: string;
  headers: Record<string, string>;
  rate: number;
  durationS: number;
  bytes: number;
  onAccepted: (eventId: string) => void;
}): Promise<{
  sent: number;
  requestsPerSecond: number;
  accepted: number;
  non2xx: number;
  errors: number;
}> {
  let accepted = 0;
  const headers = { ...options.headers, "content-type": "application/x-sentry-envelope" };
  const result = await pacedLoad({
    url: options.url,
    rate: options.rate,
    durationS: options.durationS,
    connections: 32,
    request(n) {
      const issue = n % 10 < 7 ? (n * 31) % EXISTING_ISSUES : null;
      const { eventId, json } = benchPayload(n, issue, options.bytes);
      const header = { event_id: eventId, sent_at: new Date().toISOString() };
      return { headers, body: `${JSON.stringify(header)}\n{"type":"event"}\n${json}\n` };
    },
    onResponse(status, body) {
      if (status !== 200) return;
      const id = (JSON.parse(body) as { id?: string }).id?.replaceAll("-", "");
      if (id === undefined) return;
      accepted += 1;
      options.onAccepted(id);
    },
  });
  return { ...result, accepted };
}
