import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// Prisma 6.19 with the WebAssembly schema engine through the pg adapter: works offline
// (see docs/architecture.md). The connection string is the one the launcher or CI exports.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "" }),
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
