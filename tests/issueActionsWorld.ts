import { db } from "@/server/db/client";
import { processEventBatch } from "@/server/processing/pipeline";
import { ingested } from "./processing/helpers";
import {
  callerFor,
  createTestOrg,
  createTestUser,
  uniqueSuffix,
  type TestUser,
} from "./setup/fixtures";

/** An organization with one project and its owner, for the issue-action tests. */
export interface ActionsWorld {
  owner: TestUser;
  org: { id: string; slug: string };
  project: { id: number; slug: string };
  api: Awaited<ReturnType<typeof callerFor>>;
}

export async function buildActionsWorld(): Promise<ActionsWorld> {
  const owner = await createTestUser({ name: "Olivia Owner" });
  const org = await createTestOrg(owner);
  const project = await createProject(org.id);
  return { owner, org, project, api: await callerFor(owner) };
}

export async function createProject(organizationId: string) {
  const slug = `web-${uniqueSuffix()}`;
  return db.project.create({
    data: { organizationId, name: "Web", slug, shortIdPrefix: "WEB" },
    select: { id: true, slug: true },
  });
}

/** An event of the issue grouped by `fingerprint`, from `user`, as the SDK would send it. */
export function fingerprintEvent(
  project: { id: number },
  fingerprint: string,
  options: { user?: string; tags?: Record<string, string>; release?: string } = {},
) {
  return ingested(project, {
    message: `Checkout failed (${fingerprint})`,
    fingerprint: [fingerprint],
    ...(options.user === undefined ? {} : { user: { id: options.user } }),
    tags: options.tags ?? {},
    ...(options.release === undefined ? {} : { release: options.release }),
  });
}

/** Stores events through the worker's pipeline; returns the id of the issue they grouped into. */
export async function ingestIssue(
  project: { id: number },
  fingerprint: string,
  users: string[],
  tags: Record<string, string> = {},
): Promise<number> {
  const result = await processEventBatch(
    users.map((user) => fingerprintEvent(project, fingerprint, { user, tags })),
  );
  if (result.stored !== users.length) throw new Error(`stored ${result.stored} of ${users.length}`);
  const hash = await db.issueHash.findFirst({
    where: { projectId: project.id, issue: { title: { contains: fingerprint } } },
    select: { issueId: true },
    orderBy: { id: "desc" },
  });
  if (hash === null) throw new Error(`no issue for ${fingerprint}`);
  return hash.issueId;
}
