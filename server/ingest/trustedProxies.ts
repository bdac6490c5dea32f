import { BlockList, isIP } from "node:net";

/**
 * Which socket peers may tell us the client's address in `X-Forwarded-For` (env
 * `TRUSTED_PROXIES`): a comma-separated list of addresses and CIDR ranges, plus the words
 * `loopback` (127.0.0.0/8 and ::1, the default: a proxy on the same machine) and `none`.
 * From anyone else the header is a client's claim and is ignored.
 */
export interface TrustedProxies {
  trusts(address: string): boolean;
}

export type TrustedProxiesResult =
  { ok: true; proxies: TrustedProxies } | { ok: false; reason: string };

export function parseTrustedProxies(text: string): TrustedProxiesResult {
  const list = new BlockList();
  for (const raw of text.split(",")) {
    const entry = raw.trim().toLowerCase();
    if (entry === "" || entry === "none") continue;
    if (entry === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [address = "", prefixText, extra] = entry.split("/");
    const family = isIP(address);
    if (family === 0 || extra !== undefined) return fail(entry);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefixText === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = Number(prefixText);
    if (!/^\d+$/.test(prefixText) || prefix > (family === 4 ? 32 : 128)) return fail(entry);
    list.addSubnet(address, prefix, type);
  }
  return {
    ok: true,
    proxies: {
      trusts(address) {
        const plain = withoutIpv4Mapping(address);
        const family = isIP(plain);
        return family !== 0 && list.check(plain, family === 4 ? "ipv4" : "ipv6");
      },
    },
  };
}

function fail(entry: string): TrustedProxiesResult {
  return { ok: false, reason: `"${entry}" is not an IP address, a CIDR range, loopback or none` };
}

/** Dual-stack sockets report IPv4 peers as `::ffff:1.2.3.4`. */
function withoutIpv4Mapping(address: string): string {
  return address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * The client's address: the socket peer, unless that peer is a trusted proxy; then the nearest
 * `X-Forwarded-For` hop that is not itself a trusted proxy (hops are appended left to right, so
 * reading from the right stops at the first address no proxy of ours vouched for).
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  proxies: TrustedProxies,
): string | null {
  if (peer === undefined) return null;
  const direct = withoutIpv4Mapping(peer);
  if (forwardedFor === undefined || !proxies.trusts(direct)) return direct;
  const hops = forwardedFor
    .split(",")
    .map((hop) => hop.trim())
    .filter((hop) => hop !== "");
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = withoutIpv4Mapping(hops[i] ?? "");
    if (isIP(hop) === 0) return direct;
    if (i === 0 || !proxies.trusts(hop)) return hop;
  }
  return direct;
}
