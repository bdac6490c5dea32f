import { describe, expect, it } from "vitest";
import { userAgentContexts } from "./userAgent";

describe("userAgentContexts", () => {
  it("reads the fixture's headless Chrome on Linux", () => {
    expect(
      userAgentContexts(
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36",
      ),
    ).toEqual({
      browser: { name: "HeadlessChrome", version: "156.0.0", type: "browser" },
      os: { name: "Linux", type: "os" },
    });
  });

  it("tells Edge, Firefox and Safari apart from Chrome", () => {
    const edge =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91";
    expect(userAgentContexts(edge).browser?.name).toBe("Edge");
    expect(userAgentContexts(edge).os).toEqual({ name: "Windows", version: "10.0", type: "os" });
    const safari =
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15";
    expect(userAgentContexts(safari)).toEqual({
      browser: { name: "Safari", version: "17.1", type: "browser" },
      os: { name: "Mac OS X", version: "10.15.7", type: "os" },
    });
    expect(
      userAgentContexts(
        "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
      ).browser,
    ).toEqual({ name: "Firefox", version: "121.0", type: "browser" });
  });

  it("returns nothing for a non-browser agent", () => {
    expect(userAgentContexts("curl/8.0")).toEqual({});
  });
});
