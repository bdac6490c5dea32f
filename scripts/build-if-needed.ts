/**
 * `next build` unless .next/ already holds a build of the current sources (the launcher's rule;
 * see scripts/launcher/build.ts). Used by scripts/test.sh before the e2e run.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildInputsHash, isBuildCurrent } from "./launcher/build";
import { dataPaths, readText, writeSecretFile } from "./launcher/dataDir";

const root = process.cwd();
const paths = dataPaths(process.env.DATA_DIR ?? ".data");
const hash = buildInputsHash(root, process.env);

if (isBuildCurrent(root, readText(paths.buildHash), hash)) {
  console.log("build: sources unchanged since the last build, reusing .next/");
} else {
  const started = performance.now();
  const result = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeSecretFile(paths.buildHash, hash);
  console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
