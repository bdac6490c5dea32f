import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fixtureItemPayload } from "../ingest/testFixtures";
import { groupingHashes, hashFromValues } from "./hash";
import { groupingEventFromPayload } from "./payload";
import type { GroupingEvent } from "./types";

const fixture = (file: string): GroupingEvent => groupingEventFromPayload(fixtureItemPayload(file));
const md5 = (text: string) => createHash("md5").update(text).digest("hex");

/** A deep copy with edits, so each test starts from the real payload. */
function edited(file: string, edit: (payload: Record<string, unknown>) => void): GroupingEvent {
  const payload = structuredClone(fixtureItemPayload(file)) as Record<string, unknown>;
  edit(payload);
  return groupingEventFromPayload(payload);
}

type RawException = {
  value?: string;
  type?: string;
  stacktrace: { frames: Array<Record<string, unknown>> };
};
const exceptionsOf = (payload: Record<string, unknown>) =>
  (payload.exception as { values: RawException[] }).values;

describe("hashFromValues", () => {
  it("is md5 over the values back to back", () => {
    expect(hashFromValues(["Order <int> failed"])).toBe("f59eca5a4fb95dc51236a46fc4755ae7");
    expect(hashFromValues(["ab", "c"])).toBe(md5("abc"));
    expect(hashFromValues([])).toBe("d41d8cd98f00b204e9800998ecf8427e");
  });

  it("encodes each value on its own, even when two halves of a surrogate pair meet", () => {
    const values = ["a\uD83D", "\uDE00b"];
    const separately = createHash("md5");
    for (const value of values) separately.update(Buffer.from(value, "utf8"));
    expect(hashFromValues(values)).toBe(separately.digest("hex"));
    expect(hashFromValues(values)).not.toBe(md5(values.join("")));
  });
});

describe("groupingHashes — the worked examples of protocol doc §10", () => {
  it("node-capture-exception: app variant over both chained exceptions", () => {
    const result = groupingHashes(fixture("node-capture-exception.envelope"));
    expect(result.variant).toBe("app");
    expect(result.hash).toBe("6901967ee91a23a1d03f6af0fc44178a");
    expect(result.values.slice(0, 7)).toEqual([
      "probe-node",
      "})();",
      "probe-node",
      "try { level1(123); } catch (e) { Sentry.captureException(e); }",
      "probe-node",
      "level1",
      "function level1(id) { return level2(id); }",
    ]);
    expect(result.values.filter((value) => value === "Error" || value === "TypeError")).toEqual([
      "Error",
      "TypeError",
    ]);
    expect(result.values).toHaveLength(28);
    expect(hashFromValues(result.values)).toBe(result.hash);
  });

  it("node-capture-exception: the system variant is kept as the secondary hash", () => {
    const result = groupingHashes(fixture("node-capture-exception.envelope"));
    expect(result.secondary?.variant).toBe("system");
    expect(result.secondary?.values).toContain("executeUserEntryPoint [as runMain]");
    expect(result.secondary?.hash).not.toBe(result.hash);
  });

  it("node-scope-data: {{ default }} salted with payment-gateway", () => {
    const event = fixture("node-scope-data.envelope");
    expect(event.fingerprint).toEqual(["{{ default }}", "payment-gateway"]);
    const result = groupingHashes(event);
    expect(result.variant).toBe("salted");
    expect(result.hash).toBe("c59bf6813c57d54c77d56d0c4321bb3d");
    expect(result.values[result.values.length - 1]).toBe("payment-gateway");
    expect(groupingHashes({ ...event, fingerprint: undefined }).hash).toBe(
      "726271923ade3fda1199a7c87a28261b",
    );
    expect(groupingHashes({ ...event, fingerprint: ["{{default}}"] }).hash).toBe(
      "726271923ade3fda1199a7c87a28261b",
    );
  });

  it("message strategy: Order 123 failed", () => {
    expect(groupingHashes({ message: "Order 123 failed" })).toEqual({
      hash: "f59eca5a4fb95dc51236a46fc4755ae7",
      variant: "message",
      values: ["Order <int> failed"],
    });
  });
});

describe("groupingHashes — what users notice", () => {
  it("groups order 123 and order 456 together (values are not in frames)", () => {
    const other = edited("node-capture-exception.envelope", (payload) => {
      for (const exception of exceptionsOf(payload))
        exception.value = exception.value?.replace("123", "456");
    });
    expect(groupingHashes(other).hash).toBe("6901967ee91a23a1d03f6af0fc44178a");
  });

  it("survives moving code (line numbers are not used)", () => {
    const moved = edited("node-capture-exception.envelope", (payload) => {
      for (const exception of exceptionsOf(payload))
        for (const frame of exception.stacktrace.frames) frame.lineno = Number(frame.lineno) + 10;
    });
    expect(groupingHashes(moved).hash).toBe("6901967ee91a23a1d03f6af0fc44178a");
  });

  it("splits when the throwing line's text changes", () => {
    const changed = edited("node-capture-exception.envelope", (payload) => {
      const frames = exceptionsOf(payload)[1]?.stacktrace.frames ?? [];
      const last = frames[frames.length - 1];
      if (last)
        last.context_line =
          "  throw new TypeError(`Order ${orderId} cannot be processed`, { cause: inner });";
    });
    expect(groupingHashes(changed).hash).not.toBe("6901967ee91a23a1d03f6af0fc44178a");
  });

  it("groups captureMessage by its stack, not by the message", () => {
    const original = groupingHashes(fixture("node-capture-message.envelope"));
    expect(original.variant).toBe("app");
    expect(original.values).not.toContain("Order <int> failed");
    expect(original.values).toContain("Sentry.captureMessage('Order 123 failed', 'warning');");
    const otherMessage = edited("node-capture-message.envelope", (payload) => {
      payload.message = "Payment declined";
      const [exception] = exceptionsOf(payload);
      if (exception) exception.value = "Payment declined";
    });
    expect(groupingHashes(otherMessage).hash).toBe(original.hash);
  });

  it("groups the parameterized captureMessage by its stack too", () => {
    const result = groupingHashes(fixture("node-message-parameterized.envelope"));
    expect(result.variant).toBe("app");
    expect(result.values).toContain(
      "Sentry.captureMessage(Sentry.parameterize`Order ${orderId} failed for ${user}`, 'error');",
    );
  });

  it("ignores the anonymous and eval frames of browser-onerror, leaving type and value", () => {
    const result = groupingHashes(fixture("browser-onerror.envelope"));
    expect(result.values).toEqual(["ReferenceError", "undefinedFn is not defined"]);
    expect(result.hash).toBe(md5("ReferenceErrorundefinedFn is not defined"));
  });

  it("groups browser frames by trimmed function names, not URLs", () => {
    expect(groupingHashes(fixture("browser-capture-exception.envelope")).values).toEqual([
      "handled",
      "onPay",
      "computeTotal",
      "TypeError",
    ]);
    expect(groupingHashes(fixture("browser-uncaught-error-settimeout.envelope")).values).toEqual([
      "n",
      "explode",
      "Error",
    ]);
    expect(groupingHashes(fixture("browser-unhandled-rejection.envelope")).values).toEqual([
      "rejection",
      "Error",
    ]);
  });

  it("falls back to all frames when no in-app frame contributes", () => {
    const allSystem = edited("node-capture-exception.envelope", (payload) => {
      for (const exception of exceptionsOf(payload))
        for (const frame of exception.stacktrace.frames) frame.in_app = false;
    });
    const result = groupingHashes(allSystem);
    expect(result.variant).toBe("system");
    expect(result.values).toContain("executeUserEntryPoint [as runMain]");
    expect(result.values).not.toContain("Cannot process order <int>");
    expect(result.secondary).toBeUndefined();
  });

  it("groups messages without a stack by their parameterized text", () => {
    const a = groupingHashes({
      message:
        "Connection to 10.0.0.1 timed out after 3000ms (request 550e8400-e29b-41d4-a716-446655440000)",
    });
    const b = groupingHashes({
      message:
        "Connection to 10.0.9.7 timed out after 15ms (request 6fa459ea-ee8a-3ca4-894e-db77e160355e)",
    });
    expect(a.hash).toBe(b.hash);
    expect(a.values).toEqual(["Connection to <ip> timed out after <duration> (request <uuid>)"]);
    expect(groupingHashes({ message: "Connection to 10.0.0.1 refused" }).hash).not.toBe(a.hash);
  });

  it("uses exceptions before a single thread, a thread before the event stack, the stack before the message", () => {
    const stack = { frames: [{ module: "app", function: "run", in_app: true }] };
    const threadStack = { frames: [{ module: "app", function: "worker", in_app: true }] };
    expect(
      groupingHashes({
        platform: "python",
        message: "m",
        stacktrace: stack,
        threads: { values: [{ stacktrace: threadStack }] },
      }).values,
    ).toEqual(["app", "worker"]);
    expect(groupingHashes({ platform: "python", message: "m", stacktrace: stack }).values).toEqual([
      "app",
      "run",
    ]);
    expect(
      groupingHashes({
        platform: "python",
        message: "m",
        stacktrace: stack,
        threads: { values: [{}, {}] },
      }).values,
    ).toEqual(["app", "run"]);
    expect(
      groupingHashes({
        platform: "python",
        message: "m",
        exception: { values: [{ type: "E" }] },
        stacktrace: stack,
      }).values,
    ).toEqual(["E"]);
  });
});

describe("groupingHashes — fingerprints, checksums, fallback", () => {
  const event = fixture("node-capture-exception.envelope");

  it("replaces default grouping with a custom fingerprint", () => {
    const result = groupingHashes({
      ...event,
      fingerprint: ["database-unavailable", "{{ type }}"],
    });
    expect(result).toEqual({
      hash: md5("database-unavailableTypeError"),
      variant: "custom-fingerprint",
      values: ["database-unavailable", "TypeError"],
    });
  });

  it("salts both variants when mixing {{ default }} with more", () => {
    const result = groupingHashes({
      ...event,
      fingerprint: ["{{ tags.region }}", "{{ default }}"],
    });
    expect(result.variant).toBe("salted");
    expect(result.values[0]).toBe("<no-value-for-tag-region>");
    expect(result.hash).toBe(hashFromValues(result.values));
    expect(result.secondary?.variant).toBe("salted");
    expect(result.secondary?.values[0]).toBe("<no-value-for-tag-region>");
  });

  it("uses a legacy 32-hex checksum as the hash and hashes any other checksum", () => {
    expect(groupingHashes({ ...event, checksum: "0123456789abcdef0123456789abcdef" })).toEqual({
      hash: "0123456789abcdef0123456789abcdef",
      variant: "checksum",
      values: ["0123456789abcdef0123456789abcdef"],
    });
    expect(groupingHashes({ checksum: "my-key" })).toEqual({
      hash: md5("my-key"),
      variant: "checksum",
      values: ["my-key"],
    });
  });

  it("falls back to the title when nothing contributes", () => {
    expect(groupingHashes({})).toEqual({
      hash: md5("<unlabeled event>"),
      variant: "fallback",
      values: ["<unlabeled event>"],
    });
    expect(groupingHashes({ fingerprint: ["{{ default }}", "x"] }).variant).toBe("fallback");
  });

  it("keeps hash === md5(values) for every fixture event", () => {
    for (const file of [
      "node-capture-exception.envelope",
      "node-scope-data.envelope",
      "browser-onerror.envelope",
      "node-attachment.envelope",
    ]) {
      const result = groupingHashes(fixture(file));
      expect(hashFromValues(result.values)).toBe(result.hash);
    }
  });
});
