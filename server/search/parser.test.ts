import { describe, expect, it } from "vitest";
import { parseIssueSearch } from "./parser";
import type { ParseResult, SearchTerm } from "./terms";

function terms(query: string): SearchTerm[] {
  const result = parseIssueSearch(query);
  if (!result.ok) throw new Error(`expected "${query}" to parse: ${result.message}`);
  return result.terms;
}

function failure(query: string): Extract<ParseResult, { ok: false }> {
  const result = parseIssueSearch(query);
  if (result.ok)
    throw new Error(`expected "${query}" to fail, got ${JSON.stringify(result.terms)}`);
  return result;
}

const exact = (pattern: string) => ({ pattern, wildcard: false });

describe("parseIssueSearch: statuses and flags", () => {
  it("reads nothing from an empty query", () => {
    expect(terms("")).toEqual([]);
    expect(terms("   ")).toEqual([]);
  });

  it("reads is: statuses, archived meaning ignored, in any case", () => {
    expect(terms("is:unresolved")).toEqual([
      { type: "status", negated: false, statuses: ["unresolved"] },
    ]);
    expect(terms("IS:Archived")).toEqual([
      { type: "status", negated: false, statuses: ["ignored"] },
    ]);
    expect(terms("!is:resolved")).toEqual([
      { type: "status", negated: true, statuses: ["resolved"] },
    ]);
    expect(terms("is:[unresolved, ignored]")).toEqual([
      { type: "status", negated: false, statuses: ["unresolved", "ignored"] },
    ]);
  });

  it("reads reviewed, assigned and for_review, negation flipping them", () => {
    expect(terms("is:reviewed is:unassigned")).toEqual([
      { type: "reviewed", value: true },
      { type: "assigned", value: false },
    ]);
    expect(terms("!is:unreviewed !is:assigned")).toEqual([
      { type: "reviewed", value: true },
      { type: "assigned", value: false },
    ]);
    expect(terms("is:for_review")).toEqual([{ type: "forReview", negated: false }]);
  });

  it("refuses unknown is: values, naming the known ones", () => {
    const result = failure("level:error is:bookmarked");
    expect(result.message).toBe(
      'Unknown is: value "bookmarked"; use one of unresolved, resolved, ignored, archived, reviewed, unreviewed, assigned, unassigned, for_review',
    );
    expect(result.position).toBe(12);
    expect(failure("is:[unresolved,reviewed]").message).toContain("list of statuses only");
  });
});

describe("parseIssueSearch: fields", () => {
  it("reads assignees: me, none, my_teams, #team, email; assigned_to as a synonym", () => {
    expect(terms("assigned:me")).toEqual([
      { type: "assignee", negated: false, targets: [{ kind: "me" }] },
    ]);
    expect(terms("!assigned_to:[#backend, Jane@Example.com, none, my_teams]")).toEqual([
      {
        type: "assignee",
        negated: true,
        targets: [
          { kind: "team", slug: "backend" },
          { kind: "user", email: "jane@example.com" },
          { kind: "none" },
          { kind: "myTeams" },
        ],
      },
    ]);
    expect(failure("assigned:jane").message).toContain("me, none, my_teams, #team or an email");
  });

  it("reads levels, refusing unknown ones", () => {
    expect(terms("level:[Error,fatal]")).toEqual([
      { type: "level", negated: false, values: ["error", "fatal"] },
    ]);
    expect(failure("level:critical").message).toBe(
      'Unknown level "critical"; use one of fatal, error, warning, info, debug',
    );
  });

  it("maps release, environment and user.* to tags, first-release to the issue's release", () => {
    expect(terms("release:web@1.2 environment:prod* first-release:1.0 firstRelease:2.0")).toEqual([
      { type: "tag", key: "release", negated: false, values: [exact("web@1.2")] },
      {
        type: "tag",
        key: "environment",
        negated: false,
        values: [{ pattern: "prod*", wildcard: true }],
      },
      { type: "firstRelease", negated: false, values: [exact("1.0")] },
      { type: "firstRelease", negated: false, values: [exact("2.0")] },
    ]);
    expect(terms("!user.id:42 user.ip:10.0.0.1")).toEqual([
      { type: "tag", key: "user", negated: true, values: [exact("id:42")] },
      { type: "tag", key: "user", negated: false, values: [exact("ip:10.0.0.1")] },
    ]);
  });

  it("finds user.email and user.username in the user tag or in their own tag", () => {
    expect(terms("user.email:jane@example.com")).toEqual([
      {
        type: "anyTag",
        negated: false,
        tags: [
          { key: "user", values: [exact("email:jane@example.com")] },
          { key: "user.email", values: [exact("jane@example.com")] },
        ],
      },
    ]);
    expect(terms('!user.username:[jane, "j doe"]')).toEqual([
      {
        type: "anyTag",
        negated: true,
        tags: [
          { key: "user", values: [exact("username:jane"), exact("username:j doe")] },
          { key: "user.username", values: [exact("jane"), exact("j doe")] },
        ],
      },
    ]);
    const wildcard = { pattern: "*@example.com", wildcard: true };
    expect(terms("user.email:*@example.com")).toEqual([
      {
        type: "anyTag",
        negated: false,
        tags: [
          { key: "user", values: [{ pattern: "email:*@example.com", wildcard: true }] },
          { key: "user.email", values: [wildcard] },
        ],
      },
    ]);
  });

  it("reads any other key as a tag, with quotes, lists, wildcards and tags[…]", () => {
    expect(
      terms('browser:"Chrome 120" !os.name:[Linux, "Mac OS"] url:https://x.test/a?b=c'),
    ).toEqual([
      { type: "tag", key: "browser", negated: false, values: [exact("Chrome 120")] },
      { type: "tag", key: "os.name", negated: true, values: [exact("Linux"), exact("Mac OS")] },
      { type: "tag", key: "url", negated: false, values: [exact("https://x.test/a?b=c")] },
    ]);
    expect(terms("tags[level]:custom has:tags[is]")).toEqual([
      { type: "tag", key: "level", negated: false, values: [exact("custom")] },
      { type: "has", negated: false, key: "is" },
    ]);
    expect(terms("constructor:x")).toEqual([
      { type: "tag", key: "constructor", negated: false, values: [exact("x")] },
    ]);
    expect(terms('!has:browser key:"say \\"hi\\""')).toEqual([
      { type: "has", negated: true, key: "browser" },
      { type: "tag", key: "key", negated: false, values: [exact('say "hi"')] },
    ]);
  });

  it("reads counts with comparisons and refuses anything else", () => {
    expect(terms("times_seen:>100 users:<=5 timesSeen:7")).toEqual([
      { type: "count", field: "timesSeen", op: ">", value: 100 },
      { type: "count", field: "userCount", op: "<=", value: 5 },
      { type: "count", field: "timesSeen", op: "=", value: 7 },
    ]);
    expect(failure("times_seen:>many").message).toBe(
      "times_seen: needs a whole number with an optional >, >=, < or <=, like times_seen:>100",
    );
    expect(failure("users:>99999999999").message).toContain("whole number");
    expect(failure("!times_seen:>5").message).toContain("cannot be negated");
    expect(failure("users:[1,2]").message).toContain("not a list");
  });

  it("reads relative and absolute times", () => {
    expect(terms("age:-24h age:+7d lastSeen:-30m last_seen:+2w")).toEqual([
      { type: "time", field: "firstSeen", op: ">=", at: { kind: "ago", ms: 86_400_000 } },
      { type: "time", field: "firstSeen", op: "<=", at: { kind: "ago", ms: 604_800_000 } },
      { type: "time", field: "lastSeen", op: ">=", at: { kind: "ago", ms: 1_800_000 } },
      { type: "time", field: "lastSeen", op: "<=", at: { kind: "ago", ms: 1_209_600_000 } },
    ]);
    expect(terms("firstSeen:>2026-01-31T12:00:00Z lastSeen:<=2026-02-01")).toEqual([
      {
        type: "time",
        field: "firstSeen",
        op: ">",
        at: { kind: "at", date: new Date("2026-01-31T12:00:00Z") },
      },
      {
        type: "time",
        field: "lastSeen",
        op: "<=",
        at: { kind: "at", date: new Date("2026-02-01T00:00:00Z") },
      },
    ]);
    expect(terms("first_seen:2026-01-31")).toEqual([
      {
        type: "time",
        field: "firstSeen",
        op: ">=",
        at: { kind: "at", date: new Date("2026-01-31T00:00:00Z") },
      },
      {
        type: "time",
        field: "firstSeen",
        op: "<",
        at: { kind: "at", date: new Date("2026-02-01T00:00:00Z") },
      },
    ]);
    expect(failure("age:24h").message).toBe(
      "age: needs a time like -24h, +7d (units m, h, d, w) or >2026-01-31",
    );
    expect(failure("lastSeen:>2026-13-45").message).toContain("needs a time");
    expect(failure("age:-3y").message).toContain("needs a time");
  });
});

describe("parseIssueSearch: free text and syntax errors", () => {
  it("joins free text into one phrase, keeping quotes' spaces and colons that are not filters", () => {
    expect(terms('is:unresolved TypeError: "cannot  read" x')).toEqual([
      { type: "status", negated: false, statuses: ["unresolved"] },
      { type: "text", value: exact("TypeError: cannot  read x") },
    ]);
    expect(terms("Failed*fetch")).toEqual([
      { type: "text", value: { pattern: "Failed*fetch", wildcard: true } },
    ]);
  });

  it("points at unclosed quotes and lists", () => {
    expect(failure('level:error browser:"Chrome')).toEqual({
      ok: false,
      message: "Missing closing quote",
      position: 20,
    });
    expect(failure("level:[error, fatal")).toMatchObject({
      message: "Missing closing ] of the list",
      position: 6,
    });
    expect(failure("level:[error,,fatal]").message).toBe("Empty value in the list");
    expect(failure('browser:"a"b').message).toBe("Expected a space after the closing quote");
    expect(failure("level:[error]x").message).toBe("Expected a space after the list");
  });
});
