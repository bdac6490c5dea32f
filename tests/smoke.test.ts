import { describe, expect, it } from "vitest";

describe("test database", () => {
  it("has every table migrated and starts empty", async () => {
    const { db } = await import("@/server/db/client");
    expect(await db.organization.count()).toBe(0);
    expect(await db.issue.count()).toBe(0);
  });
});
