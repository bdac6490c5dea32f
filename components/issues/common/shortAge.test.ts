import { describe, expect, it } from "vitest";
import { shortAge } from "./shortAge";

const now = Date.parse("2026-11-23T12:00:00Z");
const ago = (seconds: number) => new Date(now - seconds * 1000);

describe("shortAge", () => {
  it("picks the largest whole unit", () => {
    expect(shortAge(ago(45), now)).toBe("45s");
    expect(shortAge(ago(12 * 60 + 30), now)).toBe("12m");
    expect(shortAge(ago(5 * 3600), now)).toBe("5h");
    expect(shortAge(ago(3 * 86400 + 7200), now)).toBe("3d");
    expect(shortAge(ago(15 * 86400), now)).toBe("2w");
    expect(shortAge(ago(125 * 86400), now)).toBe("4mo");
    expect(shortAge(ago(400 * 86400), now)).toBe("1y");
  });

  it("never shows a negative age for a clock slightly ahead", () => {
    expect(shortAge(new Date(now + 5000), now)).toBe("0s");
  });
});
