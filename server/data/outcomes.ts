import type { ItemsJobPayload } from "@/server/queue/events";
import type { SqlTx } from "./sql";

/** Adds client-report discards to the project's hourly outcomes (one statement per row). */
export async function addOutcomes(
  tx: SqlTx,
  projectId: number,
  outcomes: ItemsJobPayload["outcomes"],
): Promise<void> {
  for (const row of outcomes) {
    await tx.execute`
      INSERT INTO "ProjectOutcomeHourly" ("projectId", hour, category, outcome, reason, quantity)
      VALUES (${projectId}, ${new Date(row.hour)}::timestamp(3), ${row.category}, ${row.outcome},
        ${row.reason}, ${row.quantity})
      ON CONFLICT ("projectId", hour, category, outcome, reason) DO UPDATE SET
        quantity = "ProjectOutcomeHourly".quantity + EXCLUDED.quantity`;
  }
}
