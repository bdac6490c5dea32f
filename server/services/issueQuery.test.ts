import { describe, expect, it } from "vitest";
import { parseIssueQuery } from "./issueQuery";

describe("parseIssueQuery", () => {
  it("defaults to unresolved when there is no query parameter, as Sentry does", () => {
    expect(parseIssueQuery(null)).toEqual({ statuses: ["unresolved"], text: "", ignoredTerms: [] });
  });

  it("lists every status for an empty query", () => {
    expect(parseIssueQuery("")).toEqual({ statuses: null, text: "", ignoredTerms: [] });
    expect(parseIssueQuery("   ")).toEqual({ statuses: null, text: "", ignoredTerms: [] });
  });

  it("reads is: filters, archived meaning ignored", () => {
    expect(parseIssueQuery("is:resolved").statuses).toEqual(["resolved"]);
    expect(parseIssueQuery("is:unresolved is:archived").statuses).toEqual([
      "unresolved",
      "ignored",
    ]);
    expect(parseIssueQuery("IS:Ignored").statuses).toEqual(["ignored"]);
  });

  it("keeps free text, quoted phrases and colons that are not filters", () => {
    expect(parseIssueQuery('is:unresolved TypeError: "cannot read" x').text).toBe(
      "TypeError: cannot read x",
    );
  });

  it("sets aside filters it does not support yet", () => {
    expect(
      parseIssueQuery(
        'is:unresolved issue.priority:[high,medium] is:assigned browser:"Chrome 120"',
      ),
    ).toEqual({
      statuses: ["unresolved"],
      text: "",
      ignoredTerms: ["issue.priority:[high,medium]", "is:assigned", 'browser:"Chrome 120"'],
    });
  });
});
