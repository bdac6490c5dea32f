import { execFileSync } from "node:child_process";
import pg from "pg";

/**
 * Integration tests run against their own database on the same server, never the app's.
 * TEST_DATABASE_NAME lets two suites run side by side without dropping each other's database.
 */
export const TEST_DATABASE_NAME = process.env.TEST_DATABASE_NAME ?? "faultline_test";
if (!/^[a-z_][a-z0-9_]*$/.test(TEST_DATABASE_NAME)) {
  throw new Error(
    `TEST_DATABASE_NAME must be a plain lowercase identifier, got ${TEST_DATABASE_NAME}`,
  );
}

export function adminDatabaseUrl(): string {
  return process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

export function testDatabaseUrl(): string {
  const url = new URL(adminDatabaseUrl());
  url.pathname = `/${TEST_DATABASE_NAME}`;
  return url.toString();
}

/** Drops and recreates the test database, then applies every committed migration. */
export async function resetTestDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEST_DATABASE_NAME} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEST_DATABASE_NAME}`);
  } finally {
    await admin.end();
  }
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: testDatabaseUrl() },
    stdio: "pipe",
  });
}
