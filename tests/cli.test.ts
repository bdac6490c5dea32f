import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { GET as listIssues } from "@/app/api/0/projects/[org]/[project]/issues/route";
import { db } from "@/server/db/client";
import { createTestUser, uniqueSuffix } from "./setup/fixtures";

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI as `npm run faultline --` does (tsx cli/index.ts), against the test database: the
 * environment is inherited. The local tsx binary is what npx would resolve, minus npx's start-up.
 */
function faultline(...args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", ["cli/index.ts", ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function issuesRequest(token: string, org: string, project: string) {
  const request = new Request(`http://localhost:3000/api/0/projects/${org}/${project}/issues/`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return listIssues(request, { params: Promise.resolve({ org, project }) });
}

describe("npm run faultline --", () => {
  it("createuser, create-project --json and create-token --json give a token that reads the project", async () => {
    const email = `ops-${uniqueSuffix()}@example.test`;
    const org = `acme-${uniqueSuffix()}`;

    const created = await faultline(
      "createuser",
      "--email",
      email,
      "--password",
      "hunter2hunter2",
      "--superuser",
    );
    expect(created).toMatchObject({ code: 0, stderr: "" });
    expect(created.stdout).toBe(`Created superuser ${email}\n`);
    expect(await db.user.findUnique({ where: { email } })).toMatchObject({ isSuperuser: true });

    const project = await faultline(
      "create-project",
      "--org",
      org,
      "--project",
      "web",
      "--owner",
      email,
      "--json",
    );
    expect(project).toMatchObject({ code: 0, stderr: "" });
    expect(project.stdout.split("\n")).toHaveLength(2); // exactly one line, newline-terminated
    const output = JSON.parse(project.stdout);
    expect(output).toEqual({
      org,
      project: "web",
      projectId: expect.any(Number),
      dsn: expect.any(String),
    });
    expect(output.dsn).toMatch(
      new RegExp(`^http://[0-9a-f]{32}@localhost:3000/${output.projectId}$`),
    );

    // Same org and project again: same project, same DSN (nothing duplicated).
    const again = await faultline("create-project", "--org", org, "--project", "web");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`DSN:          ${output.dsn}`);

    const token = await faultline("create-token", "--email", email, "--scope", "read", "--json");
    expect(token).toMatchObject({ code: 0, stderr: "" });
    const { token: secret } = JSON.parse(token.stdout);
    expect(secret).toMatch(/^flt_[0-9a-f]{64}$/);
    const response = await issuesRequest(secret, org, "web");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
  });

  it("create-project without --owner gives a new organization to the first superuser", async () => {
    await createTestUser({ superuser: true });
    const first = await db.user.findFirstOrThrow({
      where: { isSuperuser: true },
      orderBy: { createdAt: "asc" },
    });
    const org = `solo-${uniqueSuffix()}`;
    const result = await faultline(
      "create-project",
      "--org",
      org,
      "--project",
      "api",
      "--platform",
      "python",
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Organization: solo-[0-9a-f]+\nProject: +api \(id \d+\)\nDSN: +http:\/\/[0-9a-f]{32}@localhost:3000\/\d+\n$/,
    );
    const owners = await db.membership.findMany({ where: { organization: { slug: org } } });
    expect(owners).toMatchObject([{ userId: first.id, role: "owner" }]);
    expect(
      await db.project.findFirst({ where: { slug: "api", organization: { slug: org } } }),
    ).toMatchObject({ platform: "python" });
  });

  it("create-token --org limits the token to an organization the user belongs to", async () => {
    const user = await createTestUser();
    const result = await faultline(
      "create-token",
      "--email",
      user.email,
      "--org",
      `nope-${uniqueSuffix()}`,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^error: .* is not a member of an organization "nope-[0-9a-f]+"\n$/,
    );
  });

  it.each<[string[], RegExp]>([
    [["bogus"], /^error: unknown command "bogus"/],
    [["createuser", "--email", "a@example.test"], /^error: missing required flag --password\n$/],
    [
      ["createuser", "--email", "not-an-email", "--password", "hunter2hunter2"],
      /^error: Invalid email/,
    ],
    [
      ["createuser", "--email", "a@example.test", "--password", "short"],
      /^error: Invalid password/,
    ],
    [["create-project", "--org", "acme"], /^error: missing required flag --project\n$/],
    [["create-project", "--org", "Not A Slug", "--project", "web"], /^error: Slug must be/],
    [
      ["create-project", "--org", "acme", "--project", "web", "--owner", "ghost@example.test"],
      /^error: no user with the email ghost@example.test\n$/,
    ],
    [
      ["create-token", "--email", "nobody@example.test"],
      /^error: no user with the email nobody@example.test\n$/,
    ],
    [
      ["create-token", "--email", "a@example.test", "--scope", "root"],
      /^error: --scope: must be read, write or admin\n$/,
    ],
    [
      ["create-token", "--email", "a@example.test", "--colour"],
      /^error: Unknown option '--colour'/,
    ],
  ])("faultline %j fails with one clear line and exit code 1", async (args, message) => {
    const result = await faultline(...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stdout).toBe("");
  });

  it("refuses a second user with the same email", async () => {
    const user = await createTestUser();
    const result = await faultline(
      "createuser",
      "--email",
      user.email,
      "--password",
      "hunter2hunter2",
    );
    expect(result).toMatchObject({
      code: 1,
      stderr: `error: A user with the email ${user.email} already exists\n`,
    });
  });

  it("prints help for --help and for each command", async () => {
    const help = await faultline("--help");
    expect(help.code).toBe(0);
    for (const command of ["createuser", "create-project", "create-token", "migrate"]) {
      expect(help.stdout).toContain(command);
    }
    const commandHelp = await faultline("create-project", "--help");
    expect(commandHelp).toMatchObject({ code: 0 });
    expect(commandHelp.stdout).toContain(
      "create-project --org SLUG --project SLUG [--platform P] [--owner EMAIL] [--json]",
    );
  });

  it("migrate applies migrations to the configured database (nothing pending here)", async () => {
    const result = await faultline("migrate");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/No pending migrations|successfully applied/);
  });
});
