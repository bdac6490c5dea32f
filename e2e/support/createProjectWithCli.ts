import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export type CliProject = { org: string; project: string; projectId: number; dsn: string };

/**
 * Creates (or finds) an organization and project the way an operator would
 * (`npm run faultline -- create-project`) and returns its DSN. Uses the server's database: the
 * test script exports DATABASE_URL and PUBLIC_URL for Playwright. Without `ownerEmail` (and with
 * no user yet) the organization has no members, so the database stays "not set up" for
 * first-run-setup.spec.ts.
 */
export async function createProjectWithCli(input: {
  org: string;
  project: string;
  platform?: string;
  ownerEmail?: string;
}): Promise<CliProject> {
  const args = ["tsx", "cli/index.ts", "create-project", "--org", input.org];
  args.push("--project", input.project, "--platform", input.platform ?? "javascript", "--json");
  if (input.ownerEmail !== undefined) args.push("--owner", input.ownerEmail);
  const { stdout } = await run("npx", args, { env: process.env, timeout: 60_000 });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as CliProject;
}
