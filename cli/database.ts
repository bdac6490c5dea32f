import type { PrismaClient } from "@/server/db/generated/client";

let opened: PrismaClient | undefined;

/**
 * The database client, loaded on first use so `--help` and argument errors need no database,
 * and remembered so the CLI can close it and exit promptly.
 */
export async function openDatabase(): Promise<PrismaClient> {
  const { db } = await import("@/server/db/client");
  opened = db;
  return db;
}

export async function closeDatabase(): Promise<void> {
  await opened?.$disconnect();
  opened = undefined;
}
