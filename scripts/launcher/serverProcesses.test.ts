import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bundleEntry, SERVER_ENTRIES, SERVER_NODE_FLAGS } from "./serverProcesses";

const root = process.cwd();
const outDir = mkdtempSync(path.join(tmpdir(), "faultline-bundle-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Every `import … from "x"` / `import("x")` specifier left in a bundle. */
function importedSpecifiers(code: string): string[] {
  const specifiers = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)) {
    specifiers.add(match[1]!);
  }
  return [...specifiers];
}

describe("server process bundles", () => {
  for (const [name, entry] of Object.entries(SERVER_ENTRIES)) {
    it(`${name}: our code is inside, packages are imported from node_modules`, () => {
      const file = bundleEntry(root, entry, name, outDir);
      const specifiers = importedSpecifiers(readFileSync(file, "utf8"));
      expect(specifiers.length).toBeGreaterThan(0);
      const ours = specifiers.filter(
        (specifier) =>
          specifier.startsWith(".") || specifier.startsWith("@/") || specifier.endsWith(".ts"),
      );
      expect(ours).toEqual([]);
    });
  }
});

describe("SERVER_NODE_FLAGS", () => {
  // The shell scripts cannot import the constant, so they spell the flags out.
  for (const script of ["scripts/e2e.sh", "scripts/docker-entrypoint.sh"]) {
    it(`${script} starts both bundles with them`, () => {
      const text = readFileSync(path.join(root, script), "utf8");
      const starts = [...text.matchAll(/\bnode((?:\s+--\S+)*)\s+dist\/(web|worker)\.mjs/g)];
      expect(starts.map((start) => start[2]).sort()).toEqual(["web", "worker"]);
      for (const start of starts) {
        expect(start[1]!.trim().split(/\s+/).filter(Boolean)).toEqual([...SERVER_NODE_FLAGS]);
      }
    });
  }
});
