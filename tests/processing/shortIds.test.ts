import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { reserveShortIds } from "@/server/data/issues";
import { inSqlTransaction } from "@/server/data/sql";
import { processEventBatch } from "@/server/processing/pipeline";
import { createTestProject, ingested } from "./helpers";

const within = <T>(ms: number, work: Promise<T>): Promise<T | "timed out"> =>
  Promise.race([work, new Promise<"timed out">((resolve) => setTimeout(resolve, ms, "timed out"))]);

describe("short-id numbers", () => {
  it("are reserved without holding the project row for the rest of the batch", async () => {
    const project = await createTestProject();
    const result = await inSqlTransaction(async (tx) => {
      await tx.execute`SELECT 1`;
      const first = await reserveShortIds(new Map([[project.id, 2]]));
      // Still inside the batch's transaction: another writer of the project row is not kept
      // waiting (it was, for the whole batch, when the counter was bumped in the transaction).
      const rename = db.project.update({ where: { id: project.id }, data: { name: "Renamed" } });
      return {
        first,
        rename: await within(
          5_000,
          rename.then(() => "done" as const),
        ),
      };
    });
    expect(result.first.get(project.id)).toBe(1);
    expect(result.rename).toBe("done");
  });

  it("reserved by a batch that rolled back are skipped, never handed out twice", async () => {
    const project = await createTestProject();
    await expect(
      inSqlTransaction(async () => {
        await reserveShortIds(new Map([[project.id, 3]]));
        throw new Error("the batch failed after reserving");
      }),
    ).rejects.toThrow("the batch failed");
    await processEventBatch([ingested(project, { message: "After the failed batch" })]);
    const issue = await db.issue.findFirstOrThrow({ where: { projectId: project.id } });
    expect(issue.shortIdNumber).toBe(4);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).issueCounter).toBe(
      4,
    );
  });

  it("reserved for several projects at once count on from each project's own counter", async () => {
    const [a, b] = [await createTestProject(), await createTestProject()];
    const reserved = await reserveShortIds(
      new Map([
        [b.id, 2],
        [a.id, 1],
      ]),
    );
    expect([reserved.get(a.id), reserved.get(b.id)]).toEqual([1, 1]);
    const again = await reserveShortIds(new Map([[b.id, 1]]));
    expect(again.get(b.id)).toBe(3);
  });
});
