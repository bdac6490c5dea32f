import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { issueIdsMatching } from "@/server/services/issueStream";
import { findMembership } from "@/server/services/organizations";
import { callerFor, expectTRPCError } from "./setup/fixtures";
import { buildStreamWorld, type StreamWorld } from "./issueStreamWorld";

const ISSUES = 10_000;
const PAGE = 100;

let world: StreamWorld;
let originalIds: number[];
/** Short ids of issues created while paging, after the seeded ones. */
let nextShortId = ISSUES + 1;

/** 10,000 unresolved issues seen over the last ~3 hours, inserted in one statement. */
async function seedIssues(projectId: number, count: number, firstNumber: number): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "Issue" ("projectId", "shortIdNumber", "title", "culprit", "level", "metadata",
      "firstSeen", "lastSeen", "timesSeen", "userCount", "updatedAt")
    SELECT ${projectId}, ${firstNumber} + g, 'Error ' || g, 'app.ts', 'error', '{}'::jsonb,
      timezone('UTC', now()) - interval '1 day', timezone('UTC', now()) - g * interval '1 second',
      1 + g % 97, g % 13, timezone('UTC', now())
    FROM generate_series(1, ${count}) g`;
}

beforeAll(async () => {
  world = await buildStreamWorld();
  await seedIssues(world.web.id, ISSUES, 0);
  originalIds = (
    await db.issue.findMany({ where: { projectId: world.web.id }, select: { id: true } })
  ).map((issue) => issue.id);
}, 60_000);

/** What keeps arriving while someone pages: events bump issues to the top, new issues appear. */
async function writeStep(): Promise<void> {
  const bumped = Array.from(
    { length: 20 },
    () => originalIds[Math.floor(Math.random() * originalIds.length)]!,
  );
  await db.$executeRaw`
    UPDATE "Issue" SET "lastSeen" = timezone('UTC', now()), "timesSeen" = "timesSeen" + 1000,
      "userCount" = "userCount" + 1
    WHERE id = ANY(${bumped}::int[])`;
  const first = nextShortId;
  nextShortId += 3;
  await seedIssues(world.web.id, 3, first);
}

describe("issue stream pagination under writes", () => {
  it.each(["date", "freq", "user"] as const)(
    "sees each of 10,000 issues exactly once while events arrive (sort %s)",
    async (sort) => {
      const caller = await callerFor(world.owner);
      const input = { orgSlug: world.orgSlug, projects: [world.web.slug], query: "", sort };
      const seen = new Map<number, number>();
      let done = false;
      let writes = 0;
      // A writer running on its own, besides the deterministic step between pages.
      const writer = (async () => {
        while (!done) {
          await writeStep();
          writes += 1;
        }
      })();

      let cursor: string | null = null;
      let pages = 0;
      let total: number | null = null;
      try {
        do {
          const page = await caller.issues.list({ ...input, limit: PAGE, cursor });
          total ??= page.total;
          for (const issue of page.issues) seen.set(issue.id, (seen.get(issue.id) ?? 0) + 1);
          cursor = page.nextCursor;
          pages += 1;
          await writeStep();
        } while (cursor !== null && pages < 1_000);
      } finally {
        done = true;
        await writer;
      }

      expect(writes).toBeGreaterThan(0);
      expect(total).toBeGreaterThanOrEqual(ISSUES);
      expect([...seen.values()].filter((times) => times !== 1)).toEqual([]);
      expect(originalIds.filter((id) => !seen.has(id))).toEqual([]);
    },
    120_000,
  );

  it("continues by keyset from a k: cursor, and drops deleted issues from a snapshot", async () => {
    const caller = await callerFor(world.owner);
    const input = {
      orgSlug: world.orgSlug,
      projects: [world.web.slug],
      query: "",
      sort: "freq" as const,
    };
    const first = await caller.issues.list({ ...input, limit: 5 });
    const last = first.issues.at(-1)!;
    const keyset = await caller.issues.list({
      ...input,
      limit: 5,
      cursor: `k:${last.count}:${last.id}`,
    });
    for (const issue of keyset.issues) {
      expect(issue.count < last.count || (issue.count === last.count && issue.id < last.id)).toBe(
        true,
      );
    }
    expect(keyset.totalIsCapped).toBe(true);
    const beyond = await caller.issues.list({ ...input, cursor: "k:9999999999999:9999999999" });
    expect(beyond.issues.length).toBeGreaterThan(0);

    const second = await caller.issues.list({ ...input, limit: 5, cursor: first.nextCursor });
    const [doomed, ...kept] = second.issues;
    await db.issue.delete({ where: { id: doomed!.id } });
    const again = await caller.issues.list({ ...input, limit: 5, cursor: first.nextCursor });
    expect(again.issues.map((issue) => issue.id)).toEqual(kept.map((issue) => issue.id));
  });

  it("refuses bulk matching beyond 10,000 issues with a clear message", async () => {
    const found = await findMembership(world.orgSlug, world.owner.user.id);
    const access = { ...found!, role: "owner" as const, actor: { userId: world.owner.user.id } };
    await expect(
      issueIdsMatching(access, { query: "", projects: "all", period: "14d", sort: "date" }),
    ).rejects.toThrow("This search matches more than 10,000 issues; narrow it down first");
    await expectTRPCError(
      (await callerFor(world.owner)).issues.list({ orgSlug: world.orgSlug, query: "age:soon" }),
      "BAD_REQUEST",
    );
  });
});
