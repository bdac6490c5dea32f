import path from "node:path";
import { buildSync } from "esbuild";

/**
 * The web and worker processes run as JavaScript bundles of their TypeScript entry points, not
 * through tsx: tsx's ESM loader runs on a thread of its own with its own V8 heap and transpiles
 * every module at start-up, which cost each process ~40 MB of RSS (idle worker: 128 MB through
 * tsx, 89 MB bundled; docs/architecture.md, "Memory"). Packages stay outside the bundle and load
 * from node_modules as usual; only our own code (with the `@/` paths resolved) is bundled.
 * Bundling both takes well under a second, so every start does it.
 */
export const SERVER_ENTRIES = {
  web: "server/http/main.ts",
  worker: "workers/index.ts",
} as const;

export type ServerProcess = keyof typeof SERVER_ENTRIES;

/**
 * Node flags for both processes. Under ingest load nearly all of their heap growth is garbage
 * (after a full GC at 1,000 events/s: web 59 MB used of 348 MB RSS, worker 24 MB of 262 MB), and
 * V8, free to grow to gigabytes here, let old space reach ~200 MB before collecting it.
 * `--heap-growing-percent=100` has each full GC set the next limit at twice the live heap instead
 * (V8 otherwise picks up to 4× for a fast-allocating process): web + worker peaked at 424 MB instead
 * of 549–645 MB at a steady 1,000 events/s, for at most ~15 % more CPU in the edge (within the
 * machine's run-to-run spread). A fixed
 * `--max-old-space-size` saved as much but cost the worker 30–45 % more CPU, since V8 collects
 * ever more often as the heap nears it. scripts/e2e.sh and scripts/docker-entrypoint.sh pass the
 * same flags (serverProcesses.test.ts checks).
 */
export const SERVER_NODE_FLAGS = ["--heap-growing-percent=100"] as const;

/**
 * Bundles one TypeScript entry point to `<outDir>/<name>.mjs` and returns that path. The default
 * `dist/` is inside the project so that the bundle's package imports resolve from node_modules.
 */
export function bundleEntry(
  root: string,
  entry: string,
  name: string,
  outDir = path.join(root, "dist"),
): string {
  const outfile = path.join(outDir, `${name}.mjs`);
  buildSync({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    // `node --enable-source-maps dist/worker.mjs` maps stack traces back to the sources.
    sourcemap: "linked",
    logLevel: "warning",
  });
  return outfile;
}

/** Bundles the web and worker entry points; returns each bundle's path. */
export function bundleServerProcesses(root: string): Record<ServerProcess, string> {
  return {
    web: bundleEntry(root, SERVER_ENTRIES.web, "web"),
    worker: bundleEntry(root, SERVER_ENTRIES.worker, "worker"),
  };
}
