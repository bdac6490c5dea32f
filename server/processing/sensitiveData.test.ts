import { describe, expect, it } from "vitest";
import { sensitiveKeyMatcher, withoutCardNumbers } from "./sensitiveData";

describe("sensitiveKeyMatcher", () => {
  it("matches Sentry's default names as substrings, whatever the spelling", () => {
    const isSensitive = sensitiveKeyMatcher();
    for (const key of [
      "password",
      "DB_PASSWORD",
      "X-Api-Key",
      "apiKey",
      "refresh_token",
      "Cookie",
      "sessionid",
      "credit-card",
      "card number",
    ]) {
      expect(isSensitive(key), key).toBe(true);
    }
    for (const key of ["user", "order_id", "region", "message"]) {
      expect(isSensitive(key), key).toBe(false);
    }
  });

  it("adds the project's field names", () => {
    expect(sensitiveKeyMatcher(["iban"])("customer_IBAN")).toBe(true);
    expect(sensitiveKeyMatcher()("customer_IBAN")).toBe(false);
  });
});

describe("withoutCardNumbers", () => {
  it("filters Luhn-valid card numbers written with spaces, dashes or nothing", () => {
    expect(withoutCardNumbers("4111 1111 1111 1111")).toBe("[Filtered]");
    expect(withoutCardNumbers("card 5500-0000-0000-0004 declined")).toBe(
      "card [Filtered] declined",
    );
    expect(withoutCardNumbers("amex 378282246310005.")).toBe("amex [Filtered].");
  });

  it("leaves numbers that are not cards", () => {
    expect(withoutCardNumbers("4111 1111 1111 1112")).toBe("4111 1111 1111 1112");
    expect(withoutCardNumbers("ts 1795348825611")).toBe("ts 1795348825611");
    expect(withoutCardNumbers("order 123456")).toBe("order 123456");
  });
});
