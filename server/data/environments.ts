import type { EnvironmentRow } from "./batchTotals";
import type { SqlTx } from "./sql";
import { utc } from "./transaction";

/** Creates the environments a project has not seen before; existing rows are not touched (or locked). */
export async function ensureEnvironments(
  tx: SqlTx,
  rows: readonly EnvironmentRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.prepared.execute`
    INSERT INTO "Environment" ("projectId", "name", "firstSeen")
    SELECT * FROM unnest(
      ${rows.map((r) => r.projectId)}::int[],
      ${rows.map((r) => r.name)}::text[],
      ${rows.map((r) => utc(r.firstSeen))}::timestamp(3)[])
    ORDER BY 1, 2
    ON CONFLICT ("projectId", "name") DO NOTHING`;
}
