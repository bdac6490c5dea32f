import { db } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";

export type Tx = Prisma.TransactionClient;

/**
 * Deadlocks and serialization failures are the database asking us to try again. Lock order is
 * fixed (see batchTotals.ts), so they should not happen between batches; a user's merge or
 * delete running at the same moment can still cause one.
 */
const RETRYABLE_SQLSTATES = new Set(["40P01", "40001"]);
const MAX_ATTEMPTS = 3;

export async function inBatchTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      // A batch can wait behind other workers' locks on hot issues, hence the generous timeout.
      return await db.$transaction(work, { maxWait: 10_000, timeout: 60_000 });
    } catch (error) {
      const code = postgresErrorCode(error);
      if (attempt >= MAX_ATTEMPTS || code === undefined || !RETRYABLE_SQLSTATES.has(code)) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}

/** The SQLSTATE of a failed raw query, as Prisma's driver-adapter error carries it. */
export function postgresErrorCode(error: unknown): string | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } })
    ?.meta;
  const code = meta?.driverAdapterError?.cause?.originalCode;
  if (typeof code === "string") return code;
  const message = error instanceof Error ? error.message : "";
  return /Code: `([0-9A-Z]{5})`/.exec(message)?.[1];
}

/** ISO strings with `Z`: Prisma's DateTime columns are `timestamp(3)` holding UTC. */
export function utc(date: Date): string {
  return date.toISOString();
}
