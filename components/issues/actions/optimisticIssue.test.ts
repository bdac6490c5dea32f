import { describe, expect, it } from "vitest";
import { isSameStream, patchIssue, patchIssueList, type PatchableIssue } from "./optimisticIssue";

const issue = (id: number): PatchableIssue => ({
  id,
  status: "unresolved",
  substatus: "new",
  statusDetails: {},
  isReviewed: false,
  assignee: null,
});

describe("patchIssue", () => {
  it("shows the status, review flag or assignee picked", () => {
    expect(patchIssue(issue(1), { status: "resolved" }, null).status).toBe("resolved");
    expect(
      patchIssue(issue(1), { status: "ignored", ignore: { kind: "count", count: 5 } }, null),
    ).toMatchObject({ status: "ignored", substatus: "archived_until_condition_met" });
    expect(patchIssue(issue(1), { isReviewed: true }, null).isReviewed).toBe(true);
    const team = { type: "team" as const, id: "t1", slug: "backend", name: "Backend" };
    expect(patchIssue(issue(1), { assignee: { type: "team", id: "t1" } }, team).assignee).toEqual(
      team,
    );
  });
});

describe("patchIssueList", () => {
  const resolve = (row: PatchableIssue) => patchIssue(row, { status: "resolved" }, null);

  it("patches only the selected rows of a page, keeping the rest and the page fields", () => {
    const page = { issues: [issue(1), issue(2)], nextCursor: "c", total: 2 };
    const patched = patchIssueList(page, (row) => row.id === 2, resolve) as typeof page;
    expect(patched.issues.map((row) => row.status)).toEqual(["unresolved", "resolved"]);
    expect(patched.nextCursor).toBe("c");
    expect(page.issues[1]!.status).toBe("unresolved");
  });

  it("patches every page of an infinite query", () => {
    const data = {
      pages: [{ issues: [issue(1)] }, { issues: [issue(2)] }],
      pageParams: [null, "c"],
    };
    const patched = patchIssueList(data, () => true, resolve) as typeof data;
    expect(patched.pages.flatMap((page) => page.issues.map((row) => row.status))).toEqual([
      "resolved",
      "resolved",
    ]);
  });
});

describe("isSameStream", () => {
  const params = { query: "is:unresolved", projects: "my", period: "14d", sort: "date" };
  it("matches cached pages of the same stream, whatever their cursor", () => {
    const key = [
      ["issues", "list"],
      { input: { orgSlug: "acme", cursor: "c2", ...params }, type: "query" },
    ];
    expect(isSameStream(key, params)).toBe(true);
    const other = [["issues", "list"], { input: { orgSlug: "acme", ...params, sort: "freq" } }];
    expect(isSameStream(other, params)).toBe(false);
    expect(isSameStream([["issues", "list"]], params)).toBe(false);
  });
});
