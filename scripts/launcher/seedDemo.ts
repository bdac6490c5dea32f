/**
 * Run by the launcher as a child process with the resolved environment (server modules read their
 * configuration once, at import). On the first run — no user in the database — it creates the
 * demo organization, project and admin; on every run it answers with the demo DSN.
 * Output: one line `FAULTLINE_DEMO {json}` on stdout.
 */
import { randomBytes } from "node:crypto";
import { existsSync, renameSync } from "node:fs";
import { db } from "@/server/db/client";
import { ensureOrganization } from "@/server/services/organizations";
import { ensureProject } from "@/server/services/projects";
import { projectKeyDsn } from "@/server/services/dsn";
import { createUser } from "@/server/services/users";
import { writeSecretFile } from "./dataDir";
import { DEMO_MARKER, type DemoReport } from "./demoReport";

const DEMO = {
  orgSlug: "demo",
  orgName: "Demo",
  projectSlug: "web",
  email: "admin@faultline.local",
};

async function demoDsn(): Promise<string | null> {
  const project = await db.project.findFirst({
    where: { slug: DEMO.projectSlug, organization: { slug: DEMO.orgSlug } },
    include: { keys: { where: { isActive: true }, orderBy: { id: "asc" }, take: 1 } },
  });
  const key = project?.keys[0];
  return project && key ? projectKeyDsn(key.publicKey, project.id) : null;
}

async function seed(passwordFile: string): Promise<DemoReport> {
  const base = { email: DEMO.email, orgSlug: DEMO.orgSlug, projectSlug: DEMO.projectSlug };
  if ((await db.user.count()) > 0) {
    return { ...base, firstRun: false, password: null, dsn: await demoDsn() };
  }
  const password = randomBytes(12).toString("base64url");
  // A password file from another database (DATABASE_URL changed) is kept, renamed, not overwritten.
  if (existsSync(passwordFile)) {
    renameSync(passwordFile, `${passwordFile}.${new Date().toISOString().replace(/[:.]/g, "-")}`);
  }
  // Written before the user exists: a crash in between must not leave an account nobody can open.
  writeSecretFile(passwordFile, password);
  const user = await createUser({ email: DEMO.email, password, name: "Admin", superuser: true });
  await ensureOrganization({ slug: DEMO.orgSlug, name: DEMO.orgName, ownerUserId: user.id });
  const { dsn } = await ensureProject({
    orgSlug: DEMO.orgSlug,
    projectSlug: DEMO.projectSlug,
    platform: "javascript",
  });
  return { ...base, firstRun: true, password, dsn };
}

const passwordFile = process.argv[2];
if (passwordFile === undefined) {
  console.error("usage: seedDemo.ts <initial-password file>");
  process.exit(2);
}
seed(passwordFile)
  .then((report) => console.log(`${DEMO_MARKER}${JSON.stringify(report)}`))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
