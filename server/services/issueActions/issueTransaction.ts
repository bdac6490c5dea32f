import { postgresErrorCode, type Tx } from "@/server/data/transaction";
import { db } from "@/server/db/client";

/**
 * A deadlock with an event batch is possible: a batch holds its issues in id order, but its
 * IssueHash and Activity rows take foreign-key share locks on issues outside that order, so a
 * merge or delete holding one issue while waiting for another can meet a batch doing the
 * reverse. Postgres aborts one side; ours simply runs again.
 */
const DEADLOCK = "40P01";
const MAX_ATTEMPTS = 3;

export async function inIssueTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      // Merges and deletes of big issues move or remove many rows, hence the generous timeout.
      return await db.$transaction(work, { maxWait: 10_000, timeout: 120_000 });
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || postgresErrorCode(error) !== DEADLOCK) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}
