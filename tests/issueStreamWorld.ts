import { db } from "@/server/db/client";
import type { IssueStatus } from "@/server/db/generated/enums";
import { createTestOrg, createTestUser, uniqueSuffix, type TestUser } from "./setup/fixtures";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** An organization with an owner (in the org's default team) and two projects. */
export interface StreamWorld {
  owner: TestUser;
  orgId: string;
  orgSlug: string;
  teamId: string;
  web: { id: number; slug: string };
  api: { id: number; slug: string };
}

export async function buildStreamWorld(): Promise<StreamWorld> {
  const owner = await createTestUser({ name: "Ada Owner" });
  const org = await createTestOrg(owner);
  const team = await db.team.findFirstOrThrow({ where: { organizationId: org.id } });
  const project = async (name: string, prefix: string) => {
    const slug = `${name.toLowerCase()}-${uniqueSuffix()}`;
    const created = await db.project.create({
      data: { organizationId: org.id, name, slug, shortIdPrefix: prefix, platform: "javascript" },
    });
    return { id: created.id, slug };
  };
  return {
    owner,
    orgId: org.id,
    orgSlug: org.slug,
    teamId: team.id,
    web: await project("Web", "WEB"),
    api: await project("Api", "API"),
  };
}

export interface IssueSeed {
  projectId: number;
  title?: string;
  culprit?: string;
  level?: string;
  status?: IssueStatus;
  isReviewed?: boolean;
  message?: string;
  firstSeen?: Date;
  lastSeen?: Date;
  timesSeen?: number;
  userCount?: number;
  assigneeUserId?: string;
  assigneeTeamId?: string;
  firstReleaseId?: number;
  /** Stored as IssueTagValue rows seen at the issue's first/last seen. */
  tags?: Array<[string, string]>;
  /** Event counts per hour, as [hour start, count]. */
  hourly?: Array<[Date, number]>;
}

const shortIds = new Map<number, number>();

export async function seedIssue(seed: IssueSeed) {
  const now = Date.now();
  const lastSeen = seed.lastSeen ?? new Date(now - HOUR_MS);
  const firstSeen = seed.firstSeen ?? new Date(lastSeen.getTime() - DAY_MS);
  const shortIdNumber = (shortIds.get(seed.projectId) ?? 0) + 1;
  shortIds.set(seed.projectId, shortIdNumber);
  const title = seed.title ?? `Error ${uniqueSuffix()}`;
  const issue = await db.issue.create({
    data: {
      projectId: seed.projectId,
      shortIdNumber,
      title,
      culprit: seed.culprit ?? "app/main.ts in run",
      level: seed.level ?? "error",
      status: seed.status ?? "unresolved",
      isReviewed: seed.isReviewed ?? false,
      metadata: { type: "Error", value: seed.message ?? title },
      firstSeen,
      lastSeen,
      timesSeen: seed.timesSeen ?? 1,
      userCount: seed.userCount ?? 0,
      assigneeUserId: seed.assigneeUserId ?? null,
      assigneeTeamId: seed.assigneeTeamId ?? null,
      firstReleaseId: seed.firstReleaseId ?? null,
    },
  });
  if (seed.tags !== undefined && seed.tags.length > 0) {
    await db.issueTagValue.createMany({
      data: seed.tags.map(([key, value]) => ({
        issueId: issue.id,
        projectId: seed.projectId,
        key,
        value,
        timesSeen: 1,
        firstSeen,
        lastSeen,
      })),
    });
  }
  if (seed.hourly !== undefined && seed.hourly.length > 0) {
    await db.issueStatsHourly.createMany({
      data: seed.hourly.map(([hour, count]) => ({
        issueId: issue.id,
        projectId: seed.projectId,
        hour,
        count,
      })),
    });
  }
  return issue;
}
