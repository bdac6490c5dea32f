import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parsePort } from "./config";

/** Everything the launcher keeps between runs, under DATA_DIR (default `.data/`). */
export interface DataPaths {
  root: string;
  postgresDir: string;
  postgresLog: string;
  postgresPort: string;
  postgresPassword: string;
  redisDir: string;
  authSecret: string;
  initialPassword: string;
  buildHash: string;
  /** The resolved connection settings, so `npm run faultline` finds the embedded PostgreSQL. */
  services: string;
}

export function dataPaths(root: string): DataPaths {
  const absolute = path.resolve(root);
  return {
    root: absolute,
    postgresDir: path.join(absolute, "postgres"),
    postgresLog: path.join(absolute, "postgres.log"),
    postgresPort: path.join(absolute, "postgres-port"),
    postgresPassword: path.join(absolute, "postgres-password"),
    redisDir: path.join(absolute, "redis"),
    authSecret: path.join(absolute, "auth-secret"),
    initialPassword: path.join(absolute, "initial-password"),
    buildHash: path.join(absolute, "build-hash"),
    services: path.join(absolute, "services.json"),
  };
}

export function readText(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Owner-only: these files hold passwords and secrets. */
export function writeSecretFile(file: string, value: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
}

export function readPortFile(file: string): number | null {
  return parsePort(readText(file));
}

export function writePortFile(file: string, port: number): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${port}\n`);
}

/** The stored value, or a new random one written first; `created` says which. */
export function readOrCreateSecret(file: string, bytes = 32): { value: string; created: boolean } {
  const stored = readText(file)?.trim();
  if (stored !== undefined && stored !== "") return { value: stored, created: false };
  const value = randomBytes(bytes).toString("hex");
  writeSecretFile(file, value);
  return { value, created: true };
}
