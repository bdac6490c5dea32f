import { readFileSync } from "node:fs";
import path from "node:path";

const SETTINGS = ["DATABASE_URL", "REDIS_URL", "AUTH_SECRET", "PUBLIC_URL"] as const;

/**
 * When Faultline runs on the embedded PostgreSQL, only `npm start` knows its URL; the launcher
 * records it in `<DATA_DIR>/services.json`. This fills in whatever the caller did not set itself,
 * before server/env.ts parses the environment. Explicit variables always win.
 */
export function applyLauncherServices(environment: Record<string, string | undefined>): void {
  if (environment.DATABASE_URL) return;
  const file = path.join(environment.DATA_DIR || ".data", "services.json");
  let recorded: unknown;
  try {
    recorded = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return; // never started here: the commands say DATABASE_URL is missing
  }
  if (typeof recorded !== "object" || recorded === null) return;
  for (const name of SETTINGS) {
    const value = (recorded as Record<string, unknown>)[name];
    if (typeof value === "string" && !environment[name]) environment[name] = value;
  }
}
