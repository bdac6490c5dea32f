import { describe, expect, it } from "vitest";
import { eventRequest, requestHeader } from "./request";

describe("eventRequest", () => {
  it("turns the browser SDK's header object into pairs", () => {
    const request = eventRequest({
      url: "http://localhost:9377/page/index.html",
      headers: { "User-Agent": "Mozilla/5.0" },
    });
    expect(request).toEqual({
      url: "http://localhost:9377/page/index.html",
      headers: [["User-Agent", "Mozilla/5.0"]],
    });
    expect(requestHeader(request, "user-agent")).toBe("Mozilla/5.0");
  });

  it("splits the query string and fragment off the URL", () => {
    expect(eventRequest({ url: "https://shop.test/cart?step=2&coupon=X#top" })).toEqual({
      url: "https://shop.test/cart",
      query_string: [
        ["step", "2"],
        ["coupon", "X"],
      ],
      fragment: "top",
    });
  });

  it("reads query strings and cookies written as text, objects or pairs", () => {
    expect(eventRequest({ query_string: "a=1&b=two" })?.query_string).toEqual([
      ["a", "1"],
      ["b", "two"],
    ]);
    expect(eventRequest({ query_string: { a: 1, b: ["x", "y"] } })?.query_string).toEqual([
      ["a", "1"],
      ["b", "x"],
      ["b", "y"],
    ]);
    expect(eventRequest({ cookies: "sid=abc; theme=dark" })?.cookies).toEqual([
      ["sid", "abc"],
      ["theme", "dark"],
    ]);
  });

  it("uppercases the method and keeps data and env", () => {
    expect(
      eventRequest({ method: "post", data: { qty: 2 }, env: { REMOTE_ADDR: "10.0.0.1" } }),
    ).toEqual({ method: "POST", data: { qty: 2 }, env: { REMOTE_ADDR: "10.0.0.1" } });
  });
});
