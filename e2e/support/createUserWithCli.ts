import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Creates an account the way an operator would (`npm run faultline -- createuser`), against the
 * same database as the server under test: the test script exports DATABASE_URL for Playwright.
 */
export async function createUserWithCli(user: {
  email: string;
  password: string;
  name: string;
}): Promise<void> {
  await run(
    "npx",
    [
      "tsx",
      "cli/index.ts",
      "createuser",
      "--email",
      user.email,
      "--password",
      user.password,
      "--name",
      user.name,
    ],
    { env: process.env, timeout: 60_000 },
  );
}
