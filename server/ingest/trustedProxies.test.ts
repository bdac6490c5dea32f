import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies, type TrustedProxies } from "./trustedProxies";

function proxies(text: string): TrustedProxies {
  const parsed = parseTrustedProxies(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.proxies;
}

describe("parseTrustedProxies", () => {
  it("trusts loopback peers by default word, in both address families", () => {
    const loopback = proxies("loopback");
    expect(loopback.trusts("127.0.0.1")).toBe(true);
    expect(loopback.trusts("127.8.9.10")).toBe(true);
    expect(loopback.trusts("::1")).toBe(true);
    expect(loopback.trusts("::ffff:127.0.0.1")).toBe(true);
    expect(loopback.trusts("10.0.0.1")).toBe(false);
  });

  it("reads addresses and CIDR ranges", () => {
    const list = proxies("10.0.0.0/8, 192.168.1.7, fd00::/8");
    expect(list.trusts("10.200.3.4")).toBe(true);
    expect(list.trusts("192.168.1.7")).toBe(true);
    expect(list.trusts("192.168.1.8")).toBe(false);
    expect(list.trusts("fd12::1")).toBe(true);
    expect(list.trusts("127.0.0.1")).toBe(false);
  });

  it("trusts nobody with none", () => {
    expect(proxies("none").trusts("127.0.0.1")).toBe(false);
  });

  it("refuses what is not an address or a range", () => {
    expect(parseTrustedProxies("10.0.0.0/33")).toMatchObject({ ok: false });
    expect(parseTrustedProxies("proxy.internal")).toMatchObject({ ok: false });
    expect(parseTrustedProxies("10.0.0.1/8/2")).toMatchObject({ ok: false });
    expect(parseTrustedProxies("10.0.0.0/x")).toMatchObject({ ok: false });
  });
});

describe("clientAddress", () => {
  const loopback = proxies("loopback");

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientAddress("203.0.113.9", "1.2.3.4", loopback)).toBe("203.0.113.9");
  });

  it("believes the header when the peer is a trusted proxy", () => {
    expect(clientAddress("127.0.0.1", "198.51.100.7", loopback)).toBe("198.51.100.7");
    expect(clientAddress("::ffff:127.0.0.1", " 198.51.100.7 ", loopback)).toBe("198.51.100.7");
  });

  it("takes the nearest hop no trusted proxy added, not a client-forged first hop", () => {
    const chain = proxies("loopback, 10.0.0.0/8");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7, 10.1.2.3", chain)).toBe(
      "198.51.100.7",
    );
  });

  it("falls back to the peer when the header holds no address", () => {
    expect(clientAddress("127.0.0.1", "unknown", loopback)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "", loopback)).toBe("127.0.0.1");
    expect(clientAddress("::ffff:10.9.8.7", undefined, loopback)).toBe("10.9.8.7");
    expect(clientAddress(undefined, "1.2.3.4", loopback)).toBeNull();
  });
});
