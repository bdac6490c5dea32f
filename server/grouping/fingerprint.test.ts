import { describe, expect, it } from "vitest";
import {
  DEFAULT_VALUES,
  fingerprintVariable,
  isDefaultEntry,
  resolveFingerprint,
} from "./fingerprint";
import type { GroupingEvent } from "./types";

const event: GroupingEvent = {
  platform: "node",
  level: "warning",
  logger: "payments",
  transaction: "POST /checkout",
  tags: { region: "eu-west", tier: "gold" },
  exception: {
    values: [
      { type: "Error", value: "cause" },
      {
        type: "TypeError",
        value: "Cannot process order 123",
        stacktrace: {
          frames: [
            {
              function: "main",
              module: "app",
              abs_path: "/srv/app.js",
              filename: "app.js",
              in_app: true,
            },
            { function: "helper", module: "lib", package: "/usr/lib/libx.so", in_app: false },
          ],
        },
      },
    ],
  },
};

describe("fingerprint variables", () => {
  it("recognizes {{ name }} with or without spaces", () => {
    expect(fingerprintVariable("{{ default }}")).toBe("default");
    expect(fingerprintVariable("{{default}}")).toBe("default");
    expect(fingerprintVariable("{{  tags.region  }}")).toBe("tags.region");
    expect(fingerprintVariable("prefix {{ default }}")).toBeUndefined();
    expect(fingerprintVariable("payment-gateway")).toBeUndefined();
    expect(isDefaultEntry("{{default}}")).toBe(true);
    expect(isDefaultEntry("{{ Default }}")).toBe(false);
  });

  it("resolves every supported variable from the event", () => {
    const resolved = resolveFingerprint(
      [
        "{{ type }}",
        "{{ error.value }}",
        "{{ function }}",
        "{{ module }}",
        "{{ stack.abs_path }}",
        "{{ stack.filename }}",
        "{{ package }}",
        "{{ level }}",
        "{{ logger }}",
        "{{ message }}",
        "{{ transaction }}",
        "{{ tags.region }}",
        "literal",
      ],
      event,
    );
    expect(resolved).toEqual([
      "TypeError",
      "Cannot process order 123",
      "main",
      "app",
      "/srv/app.js",
      "app.js",
      "<no-package>",
      "warning",
      "payments",
      "Cannot process order <int>",
      "POST /checkout",
      "eu-west",
      "literal",
    ]);
  });

  it("says what is missing instead of resolving to nothing", () => {
    expect(
      resolveFingerprint(
        [
          "{{ type }}",
          "{{ function }}",
          "{{ transaction }}",
          "{{ tags.nope }}",
          "{{ message }}",
          "{{ what }}",
        ],
        {},
      ),
    ).toEqual([
      "<no-type>",
      "<no-function>",
      "<no-transaction>",
      "<no-value-for-tag-nope>",
      "<no-message>",
      "<unrecognized-variable-what>",
    ]);
  });

  it("defaults a missing level to error, as Relay does before grouping", () => {
    expect(resolveFingerprint(["{{ level }}"], {})).toEqual(["error"]);
  });

  it("reads tags given as pairs", () => {
    expect(resolveFingerprint(["{{ tags.tier }}"], { tags: [["tier", "gold"]] })).toEqual(["gold"]);
  });

  it("keeps {{ default }} as a marker", () => {
    expect(resolveFingerprint(["{{ default }}", "payment-gateway"], event)).toEqual([
      DEFAULT_VALUES,
      "payment-gateway",
    ]);
  });
});
