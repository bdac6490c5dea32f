import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Runs `body` in a fresh Node process after `Sentry.init` with the official @sentry/node SDK, so
 * events reach the server exactly as an application's would. `Sentry` is in scope; the process
 * flushes before it exits. Dedupe is off so a test can send the same error several times.
 */
export async function sendWithSentrySdk(
  dsn: string,
  body: string,
  options: { environment?: string; release?: string } = {},
): Promise<void> {
  const script = `
import * as Sentry from "@sentry/node";
Sentry.init({
  dsn: process.env.PROBE_DSN,
  environment: process.env.PROBE_ENVIRONMENT || undefined,
  release: process.env.PROBE_RELEASE || undefined,
  integrations: (defaults) => defaults.filter((integration) => integration.name !== "Dedupe"),
});
${body}
if (!(await Sentry.flush(10000))) process.exit(2);
`;
  await run(process.execPath, ["--input-type=module", "-e", script], {
    cwd: process.cwd(),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "test",
      PROBE_DSN: dsn,
      PROBE_ENVIRONMENT: options.environment ?? "",
      PROBE_RELEASE: options.release ?? "",
    },
    timeout: 30_000,
  });
}
