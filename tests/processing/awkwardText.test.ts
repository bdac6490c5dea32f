import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { processEventBatch } from "@/server/processing/pipeline";
import { createTestProject, ingested } from "./helpers";

/**
 * The batch statements pass their rows to Postgres as array literals (server/data/arrayLiterals.ts):
 * text that means something inside a literal must arrive exactly as the SDK sent it.
 */
const AWKWARD = [
  'say "hi"',
  "C:\\path\\to\\file",
  "{braces},commas",
  "NULL",
  "trailing backslash \\",
  'quote at the end"',
  "ünïcødé 🚀 日本",
  "inner  double  spaces",
];

describe("awkward text in a batch", () => {
  it("tag values, users and titles are stored as sent and counted", async () => {
    const project = await createTestProject();
    const events = AWKWARD.flatMap((text, index) =>
      [0, 1].map(() =>
        ingested(project, {
          message: `Payment failed: ${text}`,
          fingerprint: ["awkward"],
          tags: { awkward: text, [`key ${text}`]: "x" },
          user: { id: text },
          level: "error",
          extra: { index },
        }),
      ),
    );
    const result = await processEventBatch(events);
    expect(result.stored).toBe(AWKWARD.length * 2);

    const issue = await db.issue.findFirstOrThrow({ where: { projectId: project.id } });
    expect(issue).toMatchObject({ timesSeen: AWKWARD.length * 2, userCount: AWKWARD.length });
    expect(issue.title).toBe(`Payment failed: ${AWKWARD.at(-1)}`);

    const values = await db.issueTagValue.findMany({
      where: { issueId: issue.id, key: "awkward" },
      select: { value: true, timesSeen: true },
    });
    expect(new Map(values.map((v) => [v.value, v.timesSeen]))).toEqual(
      new Map(AWKWARD.map((text) => [text, 2])),
    );
    const keys = await db.issueTagValue.findMany({
      where: { issueId: issue.id, key: { startsWith: "key " } },
      select: { key: true, timesSeen: true },
    });
    expect(new Map(keys.map((k) => [k.key, k.timesSeen]))).toEqual(
      new Map(AWKWARD.map((text) => [`key ${text}`, 2])),
    );
    const users = await db.issueUser.findMany({ where: { issueId: issue.id } });
    expect(users.map((u) => u.userKey).sort()).toEqual(AWKWARD.map((t) => `id:${t}`).sort());
  });
});
