import { describe, expect, it } from "vitest";
import {
  eventEnvironment,
  eventFingerprint,
  eventLevel,
  eventPlatform,
  eventRelease,
} from "./eventFields";

describe("eventLevel", () => {
  it("defaults to error and lowercases", () => {
    expect(eventLevel(undefined)).toBe("error");
    expect(eventLevel("WARNING")).toBe("warning");
    expect(eventLevel("bogus")).toBe("error");
  });

  it("maps the aliases SDKs use", () => {
    expect(eventLevel("warn")).toBe("warning");
    expect(eventLevel("critical")).toBe("fatal");
    expect(eventLevel(20)).toBe("info");
  });
});

describe("scalar defaults", () => {
  it("platform defaults to other", () => {
    expect(eventPlatform(undefined)).toBe("other");
    expect(eventPlatform("Node")).toBe("node");
    expect(eventPlatform("not a platform!")).toBe("other");
  });

  it("environment defaults to production and refuses what Relay refuses", () => {
    expect(eventEnvironment(undefined)).toBe("production");
    expect(eventEnvironment(" staging ")).toBe("staging");
    expect(eventEnvironment("a/b")).toBe("production");
    expect(eventEnvironment("x".repeat(65))).toBe("production");
  });

  it("release: numbers become strings, invalid ones are dropped", () => {
    expect(eventRelease("shop@1.4.2")).toBe("shop@1.4.2");
    expect(eventRelease(42)).toBe("42");
    expect(eventRelease("latest")).toBeUndefined();
    expect(eventRelease("a\nb")).toBeUndefined();
    expect(eventRelease("")).toBeUndefined();
  });

  it("fingerprint entries are coerced to strings", () => {
    expect(eventFingerprint(["{{ default }}", 42, true, null])).toEqual([
      "{{ default }}",
      "42",
      "true",
    ]);
    expect(eventFingerprint("nope")).toBeUndefined();
  });
});
