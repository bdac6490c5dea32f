import { describe, expect, it } from "vitest";
import {
  isReservedOrganizationSlug,
  isValidSlug,
  shortIdPrefixFor,
  slugCandidates,
  slugify,
} from "./slugs";

describe("slugify", () => {
  it.each([
    ["Acme Corp.", "acme-corp"],
    ["  Ünïcödé   Café ", "unicode-cafe"],
    ["--web--app--", "web-app"],
    ["日本", ""],
    ["A".repeat(60), "a".repeat(50)],
    [`${"a".repeat(49)} b`, "a".repeat(49)],
  ])("%j → %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe("isValidSlug", () => {
  it.each(["web", "a", "web-app-2", "0day"])("accepts %j", (slug) =>
    expect(isValidSlug(slug)).toBe(true),
  );
  it.each(["", "-web", "web-", "Web", "web app", "web_app", "a".repeat(51)])("refuses %j", (slug) =>
    expect(isValidSlug(slug)).toBe(false),
  );
});

it("reserves the app's own top-level routes for organizations", () => {
  expect(isReservedOrganizationSlug("api")).toBe(true);
  expect(isReservedOrganizationSlug("sign-in")).toBe(true);
  expect(isReservedOrganizationSlug("acme")).toBe(false);
});

it("numbers candidates within the length limit", () => {
  expect(slugCandidates("web", 3)).toEqual(["web", "web-2", "web-3"]);
  const long = "a".repeat(50);
  expect(slugCandidates(long, 11).at(-1)).toBe(`${"a".repeat(47)}-11`);
  expect(slugCandidates(long, 11).every(isValidSlug)).toBe(true);
});

describe("shortIdPrefixFor", () => {
  it.each([
    ["web", "WEB"],
    ["web-app", "WEBAPP"],
    ["checkout-service", "CHECKOUT"],
    ["api2", "API2"],
  ])("%j → %j", (slug, prefix) => expect(shortIdPrefixFor(slug)).toBe(prefix));
});
