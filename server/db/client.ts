import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "../env";

function createClient(): PrismaClient {
  if (!env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set: start Faultline with `npm start` (it provides one) or set it.",
    );
  }
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 }),
  });
}

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { faultlinePrisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.faultlinePrisma ?? createClient();
globalForPrisma.faultlinePrisma = db;
