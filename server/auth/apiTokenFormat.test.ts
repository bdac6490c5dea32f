import { describe, expect, it } from "vitest";
import {
  bearerToken,
  generateApiToken,
  hashApiToken,
  scopeIncludes,
  tokenLastChars,
} from "./apiTokenFormat";

describe("API token format", () => {
  it("is flt_ and 64 hex characters, different every time", () => {
    const a = generateApiToken();
    expect(a).toMatch(/^flt_[0-9a-f]{64}$/);
    expect(generateApiToken()).not.toBe(a);
    expect(tokenLastChars(a)).toBe(a.slice(-4));
  });

  it("is stored as its SHA-256 in hex", () => {
    // FIPS 180-2 test vector for "abc".
    expect(hashApiToken("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
});

describe("bearerToken", () => {
  const token = `flt_${"ab".repeat(32)}`;
  it.each([
    [`Bearer ${token}`, token],
    [`bearer   ${token} `, token],
    [`Token ${token}`, undefined],
    [`Bearer flt_short`, undefined],
    [`Bearer ${token} extra`, undefined],
    ["", undefined],
  ])("%j → %j", (header, expected) => {
    expect(bearerToken(new Headers(header === "" ? {} : { authorization: header }))).toBe(expected);
  });
});

describe("scopeIncludes", () => {
  it("orders read < write < admin", () => {
    expect(scopeIncludes("admin", "write")).toBe(true);
    expect(scopeIncludes("write", "read")).toBe(true);
    expect(scopeIncludes("read", "read")).toBe(true);
    expect(scopeIncludes("read", "write")).toBe(false);
    expect(scopeIncludes("write", "admin")).toBe(false);
  });
});
