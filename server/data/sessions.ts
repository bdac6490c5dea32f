import type { ItemsJobPayload } from "@/server/queue/events";
import type { SqlTx } from "./sql";

/**
 * Release health: adds an envelope's session counts to the hourly totals, and marks each
 * distinct user's day as errored or crashed. One statement per row: rows sharing a key in one
 * multi-row upsert would make Postgres refuse the statement, and sessions are few per envelope.
 */
export async function addSessionCounts(
  tx: SqlTx,
  projectId: number,
  sessions: ItemsJobPayload["sessions"],
): Promise<void> {
  for (const row of sessions) {
    await tx.execute`
      INSERT INTO "SessionHourly" ("projectId", release, environment, hour, started, exited, errored, crashed, abnormal)
      VALUES (${projectId}, ${row.release}, ${row.environment}, ${new Date(row.hour)}::timestamp(3),
        ${row.started}, ${row.exited}, ${row.errored}, ${row.crashed}, ${row.abnormal})
      ON CONFLICT ("projectId", release, environment, hour) DO UPDATE SET
        started = "SessionHourly".started + EXCLUDED.started,
        exited = "SessionHourly".exited + EXCLUDED.exited,
        errored = "SessionHourly".errored + EXCLUDED.errored,
        crashed = "SessionHourly".crashed + EXCLUDED.crashed,
        abnormal = "SessionHourly".abnormal + EXCLUDED.abnormal`;
    if (row.distinctId === null) continue;
    await tx.execute`
      INSERT INTO "SessionUserDaily" ("projectId", release, environment, day, "distinctId", errored, crashed)
      VALUES (${projectId}, ${row.release}, ${row.environment}, ${row.hour.slice(0, 10)}::date,
        ${row.distinctId}, ${row.errored > 0}, ${row.crashed > 0})
      ON CONFLICT ("projectId", release, environment, day, "distinctId") DO UPDATE SET
        errored = "SessionUserDaily".errored OR EXCLUDED.errored,
        crashed = "SessionUserDaily".crashed OR EXCLUDED.crashed`;
  }
}
