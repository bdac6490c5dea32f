import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { processEventBatch } from "@/server/processing/pipeline";
import { createTestProject, ingested, type TestProject } from "./helpers";

/** New issues are inserted with their batch's counts and skipped by the counter update. */
function event(project: TestProject, user: string, release: string, secondsAgo: number) {
  return ingested(project, {
    message: "Card declined",
    fingerprint: ["new-issue-counts"],
    user: { id: user },
    release,
    timestamp: Date.now() / 1000 - secondsAgo,
  });
}

async function issueWithReleases(projectId: number) {
  const issue = await db.issue.findFirstOrThrow({
    where: { projectId },
    include: { firstRelease: true, lastRelease: true },
  });
  return {
    timesSeen: issue.timesSeen,
    userCount: issue.userCount,
    firstRelease: issue.firstRelease?.version,
    lastRelease: issue.lastRelease?.version,
  };
}

describe("an issue created by a batch", () => {
  it("counts the batch's events and users, with the releases of its earliest and latest events", async () => {
    const project = await createTestProject();
    const created = await processEventBatch([
      event(project, "a", "shop@1.1.0", 30),
      event(project, "b", "shop@1.0.0", 60),
      event(project, "a", "shop@1.2.0", 10),
      event(project, "c", "shop@1.1.0", 20),
    ]);
    expect(created.newIssueIds).toHaveLength(1);
    expect(await issueWithReleases(project.id)).toEqual({
      timesSeen: 4,
      userCount: 3,
      firstRelease: "shop@1.0.0",
      lastRelease: "shop@1.2.0",
    });
    expect(await db.issueUser.count({ where: { issueId: created.newIssueIds[0] } })).toBe(3);

    await processEventBatch([
      event(project, "d", "shop@1.3.0", 5),
      event(project, "a", "shop@1.3.0", 4),
    ]);
    expect(await issueWithReleases(project.id)).toEqual({
      timesSeen: 6,
      userCount: 4,
      firstRelease: "shop@1.0.0",
      lastRelease: "shop@1.3.0",
    });
  });
});
