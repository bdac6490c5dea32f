import { describe, expect, it } from "vitest";
import { numberArray, textArray } from "./arrayLiterals";

describe("array literals", () => {
  it("quotes every text element and escapes quotes and backslashes only", () => {
    expect(textArray(["a", "", 'say "hi"', "C:\\dir", "{x},y", null])).toBe(
      '{"a","","say \\"hi\\"","C:\\\\dir","{x},y",NULL}',
    );
    expect(textArray([])).toBe("{}");
  });

  it("writes numbers as numerals and refuses what Postgres could not read", () => {
    expect(numberArray([1, -2, 1763900000000, 2.5, null])).toBe("{1,-2,1763900000000,2.5,NULL}");
    expect(() => numberArray([Number.NaN])).toThrow();
    expect(() => numberArray([Infinity])).toThrow();
  });
});
