import { describe, expect, it } from "vitest";
import { eventUser, userKey } from "./user";

describe("eventUser", () => {
  it("fills {{auto}} from the connecting IP", () => {
    expect(eventUser({ id: "u-42", ip_address: "{{auto}}" }, "203.0.113.9")).toEqual({
      id: "u-42",
      ip_address: "203.0.113.9",
    });
    expect(eventUser({ id: "u-42", ip_address: "{{auto}}" }, null)).toEqual({ id: "u-42" });
  });

  it("coerces numeric ids to strings", () => {
    expect(eventUser({ id: 42 }, null)).toEqual({ id: "42" });
  });
});

describe("userKey", () => {
  it("prefers id, then email, then username, then ip", () => {
    expect(userKey({ id: "u-42", email: "jane@example.com" })).toBe("id:u-42");
    expect(userKey({ email: "jane@example.com", username: "jane" })).toBe("email:jane@example.com");
    expect(userKey({ username: "jane", ip_address: "10.0.0.1" })).toBe("username:jane");
    expect(userKey({ ip_address: "10.0.0.1" })).toBe("ip:10.0.0.1");
    expect(userKey({ name: "Jane" })).toBeUndefined();
    expect(userKey(undefined)).toBeUndefined();
  });

  it("hashes a key too long to store", () => {
    expect(userKey({ id: "x".repeat(500) })).toMatch(/^id:md5:[0-9a-f]{32}$/);
  });
});
