import { envelopeItemTypeToDataCategory, isRateLimited, updateRateLimits } from "@sentry/core";
import { describe, expect, it } from "vitest";
import {
  dataCategoryForItemType,
  rateLimitsHeader,
  retryAfterHeader,
  type RateLimit,
} from "./rateLimitHeader";

describe("dataCategoryForItemType", () => {
  it.each([
    ["event", "error"],
    ["transaction", "transaction"],
    ["span", "span"],
    ["attachment", "attachment"],
    ["session", "session"],
    ["sessions", "session"],
    ["client_report", "internal"],
    ["check_in", "monitor"],
    ["log", "log_item"],
    ["feedback", "feedback"],
    ["user_report", "default"],
    ["profile", "profile"],
    ["replay_event", "replay"],
    ["replay_recording", "replay"],
    ["replay_video", "replay"],
    ["something_new", "default"],
  ])("%s → %s", (itemType, category) => {
    expect(dataCategoryForItemType(itemType)).toBe(category);
  });

  it("agrees with the JS SDK for every item type it knows", () => {
    const types = [
      "event",
      "transaction",
      "span",
      "attachment",
      "session",
      "sessions",
      "client_report",
      "check_in",
      "log",
      "feedback",
      "user_report",
      "profile",
      "profile_chunk",
      "replay_event",
      "replay_recording",
      "raw_security",
    ] as const;
    for (const type of types) {
      expect(dataCategoryForItemType(type)).toBe(envelopeItemTypeToDataCategory(type));
    }
  });
});

describe("rateLimitsHeader", () => {
  const limits: RateLimit[] = [
    { retryAfterSeconds: 60, categories: ["transaction"], scope: "key" },
    {
      retryAfterSeconds: 2700,
      categories: ["default", "error", "security"],
      scope: "organization",
      reasonCode: "quota_exceeded",
    },
  ];

  it("formats retry_after:categories:scope:reason_code, comma-joined", () => {
    expect(rateLimitsHeader(limits)).toBe(
      "60:transaction:key:, 2700:default;error;security:organization:quota_exceeded",
    );
  });

  it("leaves categories empty for a limit on everything", () => {
    expect(
      rateLimitsHeader([{ retryAfterSeconds: 60, categories: [], scope: "organization" }]),
    ).toBe("60::organization:");
  });

  it("rounds fractions up and keeps separators out of the reason", () => {
    expect(
      rateLimitsHeader([
        {
          retryAfterSeconds: 1.2,
          categories: ["error", "error"],
          scope: "project",
          reasonCode: "a:b, c",
        },
      ]),
    ).toBe("2:error:project:a_b_c");
  });

  it("is understood by the JS SDK's own parser", () => {
    const now = 1_000_000;
    const parsed = updateRateLimits(
      {},
      {
        statusCode: 200,
        headers: { "x-sentry-rate-limits": rateLimitsHeader(limits), "retry-after": null },
      },
      now,
    );
    expect(parsed).toEqual({
      transaction: now + 60_000,
      default: now + 2_700_000,
      error: now + 2_700_000,
      security: now + 2_700_000,
    });
    expect(isRateLimited(parsed, "error", now + 1000)).toBe(true);
    expect(isRateLimited(parsed, "session", now + 1000)).toBe(false);
    expect(isRateLimited(parsed, "transaction", now + 61_000)).toBe(false);
  });

  it("limits every category in the JS SDK when categories are empty", () => {
    const now = 5_000;
    const header = rateLimitsHeader([{ retryAfterSeconds: 30, categories: [], scope: "key" }]);
    const parsed = updateRateLimits(
      {},
      { statusCode: 429, headers: { "x-sentry-rate-limits": header, "retry-after": "30" } },
      now,
    );
    expect(isRateLimited(parsed, "replay", now + 29_000)).toBe(true);
    expect(isRateLimited(parsed, "replay", now + 31_000)).toBe(false);
  });
});

describe("retryAfterHeader", () => {
  it("is the longest limit in whole seconds", () => {
    expect(
      retryAfterHeader([
        { retryAfterSeconds: 10.5, categories: [], scope: "key" },
        { retryAfterSeconds: 3, categories: ["error"], scope: "key" },
      ]),
    ).toBe("11");
    expect(retryAfterHeader([])).toBe("0");
  });
});
