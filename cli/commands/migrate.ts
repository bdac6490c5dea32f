import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CliError, parseFlags, type Command } from "../command";
import { z } from "zod";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const migrateCommand: Command = {
  name: "migrate",
  summary: "Apply pending database migrations (prisma migrate deploy)",
  usage: "migrate",
  async run(argv) {
    parseFlags(argv, {}, z.object({}));
    const { env } = await import("@/server/env");
    if (!env.DATABASE_URL) {
      throw new CliError("DATABASE_URL is not set; set it to the database to migrate");
    }
    // The child inherits this process's environment, DATABASE_URL included (prisma.config.ts reads it).
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn("npx", ["--no-install", "prisma", "migrate", "deploy"], {
        cwd: projectRoot,
        stdio: "inherit",
      });
      child.on("error", reject);
      child.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal === null ? 1 : 128)));
    });
    if (code !== 0) throw new CliError(`prisma migrate deploy failed (exit code ${code})`);
  },
};
