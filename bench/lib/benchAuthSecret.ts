import { randomBytes } from "node:crypto";

/**
 * Imported right after benchEnv by benchmarks that call tRPC procedures in-process: the procedure
 * ladder loads the auth module, which refuses to start without a secret. A throwaway one will do,
 * as the benchmark builds its callers' context itself and never issues a cookie.
 */
process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
