import { describe, expect, it } from "vitest";
import { parseEventQuery, storedTagPairs } from "./eventQuery";

describe("parseEventQuery", () => {
  it("splits tag filters from free text", () => {
    expect(parseEventQuery('browser:Chrome  cannot read  url:"https://x.test/a b"')).toEqual({
      text: "cannot read",
      tags: [
        { key: "browser", value: "Chrome", negated: false },
        { key: "url", value: "https://x.test/a b", negated: false },
      ],
    });
  });

  it("reads negation, escaped quotes and quoted free text", () => {
    expect(parseEventQuery('!environment:staging "null \\"items\\"" user.email:a@b.test')).toEqual({
      text: 'null "items"',
      tags: [
        { key: "environment", value: "staging", negated: true },
        { key: "user.email", value: "a@b.test", negated: false },
      ],
    });
  });

  it("treats a key without a value as text, so an error type can be searched", () => {
    expect(parseEventQuery("")).toEqual({ text: "", tags: [] });
    expect(parseEventQuery("TypeError: boom")).toEqual({ text: "TypeError: boom", tags: [] });
  });

  it("finds user.* in the user tag or the field's own tag, any other key as itself", () => {
    expect(storedTagPairs("browser", "Chrome")).toEqual([["browser", "Chrome"]]);
    expect(storedTagPairs("user.email", "a@b.test")).toEqual([
      ["user", "email:a@b.test"],
      ["user.email", "a@b.test"],
    ]);
    expect(storedTagPairs("user.id", "42")).toEqual([["user", "id:42"]]);
  });
});
