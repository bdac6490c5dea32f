import { describe, expect, it } from "vitest";
import { cleanString, DEPTH_LIMIT_MARKER, sanitizeBag, TRIMMED_MARKER } from "./limits";

describe("cleanString", () => {
  it("trims strings over 16 Ki characters and marks them", () => {
    const trimmed = cleanString("a".repeat(20_000));
    expect(trimmed).toBe(`${"a".repeat(16 * 1024)}${TRIMMED_MARKER}`);
    expect(cleanString("short")).toBe("short");
  });

  it("never cuts a surrogate pair in half", () => {
    const text = `${"a".repeat(16 * 1024 - 1)}😀tail`;
    expect(cleanString(text)).toBe(`${"a".repeat(16 * 1024 - 1)}${TRIMMED_MARKER}`);
  });

  it("removes NUL and replaces unpaired surrogates, which Postgres refuses", () => {
    expect(cleanString("a\u0000b")).toBe("ab");
    expect(cleanString("x\uDC00y\uD800")).toBe("x\uFFFDy\uFFFD");
    expect(cleanString("ok 😀")).toBe("ok 😀");
  });
});

describe("sanitizeBag", () => {
  it("keeps eight levels under the bag and marks what is deeper", () => {
    let deep: unknown = "bottom";
    for (let level = 0; level < 10; level += 1) deep = { n: deep };
    const bag = sanitizeBag({ deep }) as Record<string, unknown>;
    let node = bag.deep as Record<string, unknown>;
    for (let level = 0; level < 7; level += 1) node = node.n as Record<string, unknown>;
    expect(node.n).toBe(DEPTH_LIMIT_MARKER);
  });

  it("returns nothing for what is not an object", () => {
    expect(sanitizeBag([1, 2])).toBeUndefined();
    expect(sanitizeBag("x")).toBeUndefined();
    expect(sanitizeBag({})).toBeUndefined();
  });
});
