import pg from "pg";
import { env } from "@/server/env";

/**
 * The worker's hot path talks to Postgres through `pg` directly: measured here, the same
 * statements cost ~70 % more through Prisma's `$queryRaw` (its parameter serialization and
 * driver-adapter layer dominate for the large arrays a batch sends). Everything else keeps using
 * Prisma (server/db/client.ts).
 *
 * Statements are tagged templates: each `${value}` becomes a bound parameter, never spliced text.
 */
export interface SqlStatements {
  query<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]>;
  /** Returns the number of rows the statement touched. */
  execute(strings: TemplateStringsArray, ...values: unknown[]): Promise<number>;
}

export interface SqlTx extends SqlStatements {
  /**
   * The same statements, prepared once per connection and from then on only bound and run with
   * Postgres's generic plan. Only for writes whose plan cannot depend on what the tables hold:
   * `INSERT … VALUES` or `INSERT … SELECT` from the parameters, `ON CONFLICT` on a unique key.
   * Planning a 300-row `VALUES` list of 15 parameters a row cost Postgres ~30 ms of CPU, more
   * than inserting the rows. A statement that joins a table stays in `query`/`execute`, planned
   * on every run: a generic plan made while a table was small kept hash-joining it by a full
   * scan as it grew (measured in bench:pipeline, docs/architecture.md).
   */
  prepared: SqlStatements & {
    /** For a statement whose text depends on its input (a `VALUES` list of n rows): keep n to a few values. */
    queryText<T>(text: string, values: readonly unknown[]): Promise<T[]>;
  };
}

/** A couple of batch transactions in flight per worker, plus one for the items jobs. */
const POOL_SIZE = 4;

/**
 * Counters shared by every batch of a project (the short-id counter) are bumped by single
 * autocommit statements on connections of their own, so their row lock lasts one statement
 * instead of a batch transaction's length. A separate pool, so that batches holding every
 * transaction connection cannot starve them. The lock timeout turns a wait on a transaction that
 * itself waits for the batch (a project deletion, say) into an error and a retry instead of a
 * hang that Postgres's deadlock detector cannot see across two connections.
 */
const COUNTER_POOL_SIZE = 2;
const COUNTER_LOCK_TIMEOUT_MS = 5_000;

interface Pools {
  transactions: pg.Pool;
  counters: pg.Pool;
}

const globalForSql = globalThis as unknown as { faultlineSqlPools?: Pools };

function newPool(options: pg.PoolConfig): pg.Pool {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  const created = new pg.Pool({ connectionString: env.DATABASE_URL, ...options });
  // An idle client losing its connection (Postgres restart) must not crash the worker.
  created.on("error", () => undefined);
  return created;
}

function pools(): Pools {
  globalForSql.faultlineSqlPools ??= {
    transactions: newPool({ max: POOL_SIZE }),
    counters: newPool({ max: COUNTER_POOL_SIZE, lock_timeout: COUNTER_LOCK_TIMEOUT_MS }),
  };
  return globalForSql.faultlineSqlPools;
}

/** Closes the pools (worker shutdown, tests); the next statement opens new ones. */
export async function closeSqlPool(): Promise<void> {
  const current = globalForSql.faultlineSqlPools;
  globalForSql.faultlineSqlPools = undefined;
  await Promise.all([current?.transactions.end(), current?.counters.end()]);
}

/**
 * Many-row statements take their rows as ONE json parameter read by `json_to_recordset`: native
 * JSON.stringify and Postgres's JSON parser cost a fraction of `pg`'s escaping of array literals
 * (measured ~20× for text). Instants in those rows travel as epoch milliseconds, turned back
 * into UTC `timestamp(3)` in SQL with `to_timestamp(ms / 1000.0) AT TIME ZONE 'UTC'`:
 * Date#toISOString per row showed up in profiles too.
 */
export function rowsParameter<T>(rows: readonly T[], row: (item: T) => object): string {
  return JSON.stringify(rows.map(row));
}

/** Dates travel as UTC ISO text: Prisma's DateTime columns are `timestamp(3)` holding UTC. */
function parameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value) && value.some((item) => item instanceof Date)) {
    return value.map((item: unknown) => (item instanceof Date ? item.toISOString() : item));
  }
  return value;
}

const templateTexts = new WeakMap<TemplateStringsArray, string>();

function templateText(strings: TemplateStringsArray): string {
  let text = templateTexts.get(strings);
  if (text === undefined) {
    text = strings[0] ?? "";
    for (let index = 1; index < strings.length; index++) text += `$${index}${strings[index]}`;
    templateTexts.set(strings, text);
  }
  return text;
}

/** One name per distinct prepared text, the same on every connection. */
const statementNames = new Map<string, string>();

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `faultline_${statementNames.size}`;
    statementNames.set(text, name);
  }
  return name;
}

function sqlTx(client: pg.PoolClient | pg.Pool): SqlTx {
  const run = (text: string, values: readonly unknown[], prepare: boolean) =>
    client.query({
      name: prepare ? statementName(text) : undefined,
      text,
      values: values.map(parameter),
    });
  const statements = (prepare: boolean): SqlStatements => ({
    async query<T>(strings: TemplateStringsArray, ...values: unknown[]) {
      return (await run(templateText(strings), values, prepare)).rows as T[];
    },
    async execute(strings: TemplateStringsArray, ...values: unknown[]) {
      return (await run(templateText(strings), values, prepare)).rowCount ?? 0;
    },
  });
  return {
    ...statements(false),
    prepared: {
      ...statements(true),
      async queryText<T>(text: string, values: readonly unknown[]) {
        return (await run(text, values, true)).rows as T[];
      },
    },
  };
}

/**
 * Deadlocks and serialization failures are the database asking us to try again. Lock order is
 * fixed (see batchTotals.ts), so they should not happen between batches; a user's merge or
 * delete running at the same moment can still cause one. So can a batch that looked up a hash
 * just before a merge or delete removed its issue (a foreign-key violation, 23503, or a
 * `TransactionConflict` from `holdIssues`); the retry finds the hash on the merged issue, or no
 * longer at all (server/services/issueActions/mergeIssues.ts).
 */
const RETRYABLE_SQLSTATES = new Set(["40P01", "40001", "23503"]);
const MAX_ATTEMPTS = 3;

/** Thrown inside a transaction when what it read has changed under it: the work is retried. */
export class TransactionConflict extends Error {}

function isRetryable(error: unknown): boolean {
  if (error instanceof TransactionConflict) return true;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && RETRYABLE_SQLSTATES.has(code);
}

/** Runs `work` in one transaction on one pooled connection, retrying deadlocks. */
export async function inSqlTransaction<T>(work: (tx: SqlTx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await once(work);
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}

async function once<T>(work: (tx: SqlTx) => Promise<T>): Promise<T> {
  const client = await pools().transactions.connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    try {
      const result = await work(sqlTx(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch((rollbackError: unknown) => {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      });
      throw error;
    }
  } finally {
    // A connection whose rollback failed is in an unknown state: drop it rather than reuse it.
    client.release(broken);
  }
}

/**
 * Statements that each commit on their own, outside any batch transaction (see
 * `COUNTER_POOL_SIZE`): what they change stays changed if the batch then rolls back.
 */
export function autocommit(): SqlTx {
  return sqlTx(pools().counters);
}
