/**
 * Bundles the web and worker processes to dist/web.mjs and dist/worker.mjs (see
 * scripts/launcher/serverProcesses.ts). Used by the e2e run and the Docker image; `npm start` bundles on
 * its own.
 */
import { bundleServerProcesses } from "./launcher/serverProcesses";

const started = performance.now();
const bundles = bundleServerProcesses(process.cwd());
console.log(
  `bundle: ${Object.values(bundles).length} entry points in ${Math.round(performance.now() - started)} ms`,
);
