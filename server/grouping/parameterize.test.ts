import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeMessageForGrouping, parameterize, trimToTwoLines } from "./parameterize";

describe("parameterize", () => {
  it.each([
    ["Order 123 failed", "Order <int> failed"],
    ["Uncaught browser failure 0xdeadbeef", "Uncaught browser failure <hex>"],
    ["mail jane.doe+x@example.co.uk now", "mail <email> now"],
    ["GET https://api.example.com/v1/orders?id=5 failed", "GET <url> failed"],
    ["ws://socket.local:8080/feed closed", "<url> closed"],
    ["cannot reach db.internal.example.com", "cannot reach <hostname>"],
    ["CANNOT REACH DB.EXAMPLE.COM", "CANNOT REACH <hostname>"],
    ["connect 10.0.12.255:5432 refused", "connect <ip>:<int> refused"],
    ["from 2001:db8:85a3:0:0:8a2e:370:7334 and ::1 and fe80::1", "from <ip> and <ip> and <ip>"],
    // Sentry's IPv6 alternatives are tried in textbook order, so a compressed address with
    // several groups after `::` is only partly recognized; we keep that for identical hashes.
    ["from 2001:db8::8a2e:370:7334", "from <ip>:<int>:<int>"],
    ["hex-looking a::b", "hex-looking <ip>"],
    ["call Foo::bar() and Bar::baz()", "call Foo::bar() and Bar::baz()"],
    ["trace 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "trace <traceparent>"],
    ["aws 1-5759e988-bd862e3fe1be46a994272793", "aws <traceparent>"],
    ["user 550E8400-e29b-41d4-A716-446655440000 gone", "user <uuid> gone"],
    ["commit da39a3ee5e6b4b0d3255bfef95601890afd80709", "commit <sha1>"],
    ["etag d41d8cd98f00b204e9800998ecf8427e", "etag <md5>"],
    ["at 2024-01-02T03:04:05.123Z", "at <date>"],
    ["at 2024-01-02T03:04:05+02:00", "at <date>"],
    ["at 2024-01-02 03:04:05", "at <date>"],
    ["on 2024-01-02", "on <date>"],
    ["at 12:30:45 and 3:04pm and 9:15", "at <date> and <date> and <date>"],
    ["Tue, 3 Jun 2008 11:05:30 GMT", "<date>"],
    ["Monday, 02-Jan-06 15:04:05 MST", "<date>"],
    ["Mon Jan 02 2006 15:04:05 GMT+0100 (Central European Standard Time)", "<date>"],
    ["Jan 02, 1999 was", "<date> was"],
    ["datetime.datetime(2024, 1, 2) bad", "<date> bad"],
    ["took 150ms then 1.5s then 3s", "took <duration> then <duration> then <duration>"],
    ["tx 7f3a91c0 and 7F3A91C0 and deadbeef", "tx <hex> and <hex> and deadbeef"],
    ["id 12345678 is long", "id <hex> is long"],
    ["build 1a2b3c4 and abcdefa", "build <git_sha> and abcdefa"],
    ["ratio 0.75 and -1.5", "ratio <float> and <float>"],
    ["offset -42 in a-5", "offset <int> in a-<int>"],
    [
      "user='bob smith' name=\"x\" plain 'quoted'",
      "user=<quoted_str> name=<quoted_str> plain 'quoted'",
    ],
    ["enabled=true debug=False truthy", "enabled=<bool> debug=<bool> truthy"],
    ["no parameters here", "no parameters here"],
  ])("%s → %s", (input, expected) => {
    expect(parameterize(input)).toBe(expected);
  });

  it("keeps long single tokens such as base64 blobs fast", () => {
    const base64 = Buffer.from("x".repeat(6000)).toString("base64");
    const started = performance.now();
    for (const blob of [
      base64,
      "a-".repeat(4096),
      "x:".repeat(4096),
      `token=${"Ab+/".repeat(2000)}`,
    ])
      parameterize(blob);
    expect(performance.now() - started).toBeLessThan(300);
  });

  it("only looks at the first 8192 characters", () => {
    expect(parameterize(`${"a ".repeat(4096)}123`)).toBe("a ".repeat(4096));
  });
});

describe("trimToTwoLines", () => {
  it("keeps the first two non-empty lines and marks the cut", () => {
    expect(trimToTwoLines("first\n\n  \nsecond\nthird")).toBe("first\nsecond...");
    expect(trimToTwoLines("one\r\ntwo")).toBe("one\ntwo...");
    expect(trimToTwoLines("single line")).toBe("single line");
    expect(trimToTwoLines("a\nb")).toBe("a\nb");
  });

  it("adds the marker whenever the text changed, as Sentry does", () => {
    expect(trimToTwoLines("trailing newline\n")).toBe("trailing newline...");
  });
});

describe("messages that differ only in their parameters group together", () => {
  const templates = [
    (n: number) => `Order ${n} failed`,
    (n: number) => `Payment ${n.toString(16).padStart(8, "0")}ab failed`,
    (n: number) => `Connection to 10.0.${n % 256}.${(n * 7) % 256} refused`,
    (n: number) => `Retry ${n} after ${n * 10}ms`,
  ];

  it("for numbers, hex ids, IPs and durations", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.nat({ max: 9_999_999 }),
        fc.nat({ max: 9_999_999 }),
        (index, a, b) => {
          const template = templates[index] ?? templates[0];
          if (template === undefined) return;
          expect(normalizeMessageForGrouping(template(a))).toBe(
            normalizeMessageForGrouping(template(b)),
          );
        },
      ),
    );
  });

  it("for UUIDs", () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), (a, b) => {
        expect(normalizeMessageForGrouping(`Session ${a} expired`)).toBe(
          normalizeMessageForGrouping(`Session ${b} expired`),
        );
      }),
    );
  });

  it("but not when the words differ", () => {
    expect(normalizeMessageForGrouping("Order 123 failed")).not.toBe(
      normalizeMessageForGrouping("Order 123 shipped"),
    );
    expect(normalizeMessageForGrouping("Cannot read x")).not.toBe(
      normalizeMessageForGrouping("Cannot write x"),
    );
  });

  it("answers the same for a message seen before, however many came in between", () => {
    const message = "connect ECONNREFUSED 10.0.0.5:5432\nat TCPConnectWrap";
    const expected = "connect ECONNREFUSED <ip>:<int>\nat TCPConnectWrap";
    expect(normalizeMessageForGrouping(message)).toBe(expected);
    for (let n = 0; n < 5_000; n += 1) normalizeMessageForGrouping(`Job job-${n}x failed`);
    expect(normalizeMessageForGrouping(message)).toBe(expected);
    expect(normalizeMessageForGrouping("Job job-17x failed")).toBe("Job job-17x failed");
  });
});
