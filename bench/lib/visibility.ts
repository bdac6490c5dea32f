import { db } from "@/server/db/client";

/** Rows in Event for the project: what a reader of the issue API can see. */
export async function storedEvents(projectId: number): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM "Event" WHERE "projectId" = ${projectId}`;
  return Number(row?.count ?? 0);
}

/**
 * Tracks accepted event ids (32 hex) and, by polling Postgres every `everyMs`, when each one
 * became readable; latency = first poll that saw the row − time the 200 arrived.
 */
export function visibilityTracker(projectId: number, everyMs = 50) {
  const pending = new Map<string, number>();
  const latencies: number[] = [];
  let polling = false;
  const poll = async () => {
    if (polling || pending.size === 0) return;
    polling = true;
    try {
      const ids = [...pending.keys()];
      const rows = await db.$queryRaw<{ id: string }[]>`
        SELECT replace("eventId"::text, '-', '') AS id FROM "Event"
        WHERE "projectId" = ${projectId} AND "eventId" = ANY(${ids}::uuid[])`;
      const seenAt = Date.now();
      for (const { id } of rows) {
        const acceptedAt = pending.get(id);
        if (acceptedAt === undefined) continue;
        latencies.push(seenAt - acceptedAt);
        pending.delete(id);
      }
    } finally {
      polling = false;
    }
  };
  const timer = setInterval(() => void poll(), everyMs);
  return {
    accepted(eventId: string) {
      pending.set(eventId, Date.now());
    },
    /** Waits until every accepted id was seen (or `timeoutMs` passed); returns latencies in ms. */
    async finish(timeoutMs: number): Promise<{ latencies: number[]; missing: number }> {
      const deadline = Date.now() + timeoutMs;
      while (pending.size > 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      clearInterval(timer);
      return { latencies: latencies.sort((a, b) => a - b), missing: pending.size };
    },
  };
}
