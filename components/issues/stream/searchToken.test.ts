import { describe, expect, it } from "vitest";
import { applySuggestion, quoteSearchValue, searchTokenAt } from "./searchToken";

describe("searchTokenAt", () => {
  it("completes a key while no colon has been typed", () => {
    expect(searchTokenAt("is:unresolved lev", 17)).toEqual({
      kind: "key",
      start: 14,
      end: 17,
      negated: false,
      prefix: "lev",
    });
    expect(searchTokenAt("", 0)).toMatchObject({ kind: "key", prefix: "" });
    expect(searchTokenAt("is:unresolved ", 14)).toMatchObject({
      kind: "key",
      start: 14,
      prefix: "",
    });
  });

  it("completes a value after key:, keeping a negation and ignoring an opening quote", () => {
    expect(searchTokenAt("level:er", 8)).toMatchObject({
      kind: "value",
      key: "level",
      prefix: "er",
    });
    expect(searchTokenAt('!browser:"Chr', 13)).toMatchObject({
      kind: "value",
      negated: true,
      key: "browser",
      prefix: "Chr",
    });
  });

  it("treats a quoted value with spaces as one token", () => {
    const text = 'browser:"Chrome 12 is:unresolved';
    expect(searchTokenAt(text, 18)).toMatchObject({
      kind: "value",
      key: "browser",
      prefix: "Chrome 12",
      start: 0,
    });
  });

  it("only looks at the text before the caret for the prefix, but spans the whole token", () => {
    const token = searchTokenAt("level:error is:unresolved", 8);
    expect(token).toMatchObject({ kind: "value", key: "level", prefix: "er", start: 0, end: 11 });
  });
});

describe("applySuggestion", () => {
  it("completes a key and leaves the caret after the colon", () => {
    const text = "is:unresolved lev";
    expect(applySuggestion(text, searchTokenAt(text, 17), "level")).toEqual({
      text: "is:unresolved level:",
      caret: 20,
    });
  });

  it("completes a value, quoting it when needed, and moves on to the next term", () => {
    const text = 'browser:"Chr is:unresolved';
    expect(applySuggestion(text, searchTokenAt(text, 12), "Chrome 120")).toEqual({
      text: 'browser:"Chrome 120" is:unresolved',
      caret: 21,
    });
    expect(applySuggestion("!level:w", searchTokenAt("!level:w", 8), "warning")).toEqual({
      text: "!level:warning ",
      caret: 15,
    });
  });
});

describe("quoteSearchValue", () => {
  it("quotes only what needs quoting", () => {
    expect(quoteSearchValue("production")).toBe("production");
    expect(quoteSearchValue("us east")).toBe('"us east"');
    expect(quoteSearchValue('say "hi"')).toBe('"say \\"hi\\""');
    expect(quoteSearchValue("")).toBe('""');
  });
});
