/**
 * Imported first by every bench entry point: points this process (and the children, which inherit
 * the environment) at a throwaway database before server/env.ts parses it.
 */
/** BENCH_DATABASE_NAME moves a run aside from another one on the same server. */
export const BENCH_DATABASE_NAME = process.env.BENCH_DATABASE_NAME ?? "faultline_bench";
process.env.TEST_DATABASE_NAME = BENCH_DATABASE_NAME;
const admin =
  process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const url = new URL(admin);
url.pathname = `/${BENCH_DATABASE_NAME}`;
process.env.DATABASE_URL = url.toString();
process.env.LOG_LEVEL ??= "warn";
