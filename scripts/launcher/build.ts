import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * `next build` takes about a minute on two cores; a restart with unchanged sources should not pay
 * it again. The hash covers what feeds the Next build and nothing else: a change in tests, docs,
 * the CLI or the worker does not rebuild.
 */
const SKIPPED_DIRS = new Set([
  "node_modules",
  ".next",
  ".data",
  "dist",
  ".git",
  ".ci",
  "tests",
  "e2e",
  "bench",
  "docs",
  "cli",
  "workers",
  "scripts",
  "test-results",
  "playwright-report",
  "e2e-artifacts",
  "next-env.d.ts",
  // Generated from prisma/schema.prisma, which is hashed instead.
  path.join("server", "db", "generated"),
]);

export function isBuildInput(relativePath: string): boolean {
  if (relativePath.endsWith(".test.ts") || relativePath.endsWith(".test.tsx")) return false;
  if (relativePath.endsWith(".md") || relativePath.endsWith(".tsbuildinfo")) return false;
  const parts = relativePath.split(path.sep);
  for (let depth = 1; depth <= parts.length; depth++) {
    if (SKIPPED_DIRS.has(parts.slice(0, depth).join(path.sep))) return false;
  }
  return true;
}

function listFiles(root: string, relative = ""): string[] {
  const entries = readdirSync(path.join(root, relative), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const child = relative === "" ? entry.name : path.join(relative, entry.name);
    if (!isBuildInput(child)) continue;
    if (entry.isDirectory()) files.push(...listFiles(root, child));
    else if (entry.isFile()) files.push(child);
  }
  return files;
}

/** sha256 over every build input's path and content, plus NEXT_PUBLIC_* values (inlined by Next). */
export function buildInputsHash(
  root: string,
  environment: Record<string, string | undefined>,
): string {
  const hash = createHash("sha256");
  for (const file of listFiles(root).sort()) {
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(root, file)))
      .update("\0");
  }
  for (const name of Object.keys(environment)
    .filter((key) => key.startsWith("NEXT_PUBLIC_"))
    .sort()) {
    hash.update(`${name}=${environment[name] ?? ""}\0`);
  }
  return hash.digest("hex");
}

/** A build exists and was made from exactly these inputs. */
export function isBuildCurrent(
  root: string,
  storedHash: string | null,
  currentHash: string,
): boolean {
  return storedHash?.trim() === currentHash && existsSync(path.join(root, ".next", "BUILD_ID"));
}
