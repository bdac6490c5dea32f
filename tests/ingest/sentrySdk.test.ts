import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { createKeyedProject, eventually, startIngestHarness, type IngestHarness } from "./harness";

const run = promisify(execFile);

// Dedupe is off: it would drop the second, identical capture before it leaves the SDK.
const PROBE = `
import * as Sentry from "@sentry/node";
Sentry.init({
  dsn: process.env.PROBE_DSN,
  integrations: (defaults) => defaults.filter((integration) => integration.name !== "Dedupe"),
});
function declinePayment() {
  return new Error("Payment declined");
}
for (let attempt = 0; attempt < 2; attempt++) Sentry.captureException(declinePayment());
Sentry.captureException(new RangeError("Quantity out of range"));
Sentry.captureMessage("Disk almost full", "warning");
if (!(await Sentry.flush(10000))) process.exit(2);
`;

let harness: IngestHarness;
beforeAll(async () => {
  harness = await startIngestHarness();
});
afterAll(async () => {
  await harness.close();
});

describe("the real @sentry/node SDK", () => {
  it("groups repeated errors, separates different ones and records messages at their level", async () => {
    const project = await createKeyedProject();
    const dsn = `http://${project.publicKey}@127.0.0.1:${harness.port}/${project.projectId}`;
    await run(process.execPath, ["--input-type=module", "-e", PROBE], {
      cwd: process.cwd(),
      env: { NODE_ENV: "test", PATH: process.env.PATH, PROBE_DSN: dsn },
      timeout: 20_000,
    });

    await eventually(async () => {
      const events = await db.event.count({ where: { projectId: project.projectId } });
      return events === 4 ? events : undefined;
    });
    const issues = await db.issue.findMany({
      where: { projectId: project.projectId },
      orderBy: { title: "asc" },
      select: { title: true, level: true, timesSeen: true },
    });
    expect(issues).toEqual([
      { title: "Disk almost full", level: "warning", timesSeen: 1 },
      { title: "Error: Payment declined", level: "error", timesSeen: 2 },
      { title: "RangeError: Quantity out of range", level: "error", timesSeen: 1 },
    ]);
  });
});
