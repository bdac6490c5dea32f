import { describe, expect, it } from "vitest";
import { withDerivedTags } from "./tags";
import type { JsonObject, NormalizedEvent } from "./types";
import { userKey } from "./user";

function userTags(user: JsonObject | undefined, sdkTags: NormalizedEvent["tags"] = []) {
  const event: NormalizedEvent = {
    event_id: "0123456789abcdef0123456789abcdef",
    timestamp: 1_795_348_827,
    received: 1_795_348_827,
    level: "error",
    platform: "node",
    environment: "production",
    tags: sdkTags,
    ...(user === undefined ? {} : { user }),
  };
  return withDerivedTags(event, userKey(user)).filter(([key]) => key.startsWith("user"));
}

describe("withDerivedTags: the user", () => {
  it("adds the email and username of a user known by an id, so user.email: finds them", () => {
    expect(
      userTags({ id: "42", email: "jane@example.com", username: "jane", ip_address: "10.0.0.1" }),
    ).toEqual([
      ["user", "id:42"],
      ["user.email", "jane@example.com"],
      ["user.username", "jane"],
    ]);
  });

  it("never repeats the field the user tag already holds, and never adds the IP", () => {
    expect(userTags({ email: "jane@example.com", username: "jane" })).toEqual([
      ["user", "email:jane@example.com"],
      ["user.username", "jane"],
    ]);
    expect(userTags({ email: "jane@example.com", ip_address: "10.0.0.1" })).toEqual([
      ["user", "email:jane@example.com"],
    ]);
    expect(userTags({ username: "jane", ip_address: "10.0.0.1" })).toEqual([
      ["user", "username:jane"],
    ]);
    expect(userTags({ id: "42", ip_address: "10.0.0.1" })).toEqual([["user", "id:42"]]);
    expect(userTags(undefined)).toEqual([]);
  });

  it("replaces an SDK tag of the same name with the user's own value", () => {
    expect(userTags({ id: "42", email: "jane@example.com" }, [["user.email", "spoofed"]])).toEqual([
      ["user", "id:42"],
      ["user.email", "jane@example.com"],
    ]);
  });
});
