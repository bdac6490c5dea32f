import { createHash, hash as digestOf } from "node:crypto";
import {
  exceptionVariants,
  singleThreadStacktrace,
  stacktraceVariants,
  type StrategyVariants,
} from "./exception";
import { DEFAULT_VALUES, isDefaultEntry, resolveFingerprint } from "./fingerprint";
import { messageComponent } from "./message";
import { issueTitle } from "./title";
import type { GroupingEvent, GroupingHash, GroupingResult } from "./types";

/**
 * Sentry's `hash_from_values`: md5 over the values' UTF-8 bytes back to back, no separators.
 * (So `["ab", "c"]` and `["a", "bc"]` collide, exactly as they do in Sentry.)
 */
export function hashFromValues(values: readonly string[]): string {
  // One string hashed at once is several times cheaper than an update() per value. It has the
  // same bytes unless a value ends in half a surrogate pair that the next value would complete.
  if (!values.some(endsWithHighSurrogate)) return digestOf("md5", values.join(""), "hex");
  const md5 = createHash("md5");
  for (const value of values) md5.update(value, "utf8");
  return md5.digest("hex");
}

function endsWithHighSurrogate(value: string): boolean {
  const last = value.charCodeAt(value.length - 1);
  return last >= 0xd800 && last <= 0xdbff;
}

const LEGACY_CHECKSUM = /^[0-9a-f]{32}$/;

/**
 * The grouping hash an event's issue is keyed by, with the values that produced it
 * (protocol doc §10, docs/grouping.md). Precedence:
 * 1. a legacy `checksum` (used as is when it is 32 lowercase hex, hashed otherwise);
 * 2. a client fingerprint without `{{ default }}`: md5 of its resolved entries;
 * 3. the default grouping: the first strategy that contributes among chained exceptions,
 *    a single thread's stack, the event's stack and the message — in-app frames first, all
 *    frames when no in-app frame contributes — salted with the fingerprint's other entries when
 *    it mixes `{{ default }}` with more;
 * 4. a fallback keyed by the title when nothing contributes.
 */
export function groupingHashes(event: GroupingEvent): GroupingResult {
  if (event.checksum) {
    const hash = LEGACY_CHECKSUM.test(event.checksum)
      ? event.checksum
      : hashFromValues([event.checksum]);
    return { hash, variant: "checksum", values: [event.checksum] };
  }

  const fingerprint =
    event.fingerprint && event.fingerprint.length > 0 ? event.fingerprint : ["{{ default }}"];
  const defaults = fingerprint.filter(isDefaultEntry).length;

  if (defaults === 0) {
    const values = resolveFingerprint(fingerprint, event).filter(
      (entry): entry is string => entry !== DEFAULT_VALUES,
    );
    return hashed("custom-fingerprint", values);
  }

  const grouping = defaultGrouping(event);
  if (grouping === undefined) return hashed("fallback", [issueTitle(event)]);
  if (defaults === 1 && fingerprint.length === 1) return grouping;

  const resolved = resolveFingerprint(fingerprint, event);
  const salt = (values: string[]) =>
    resolved.flatMap((entry) => (entry === DEFAULT_VALUES ? values : [entry]));
  const primary = hashed("salted", salt(grouping.values));
  if (grouping.secondary === undefined) return primary;
  return { ...primary, secondary: hashed("salted", salt(grouping.secondary.values)) };
}

function defaultGrouping(event: GroupingEvent): GroupingResult | undefined {
  const strategies = [
    () => exceptionVariants(event),
    () => stacktraceVariants(singleThreadStacktrace(event), event.platform),
    () => stacktraceVariants(event.stacktrace, event.platform),
  ];
  for (const strategy of strategies) {
    const grouping = fromVariants(strategy());
    if (grouping !== undefined) return grouping;
  }
  const message = messageComponent(event);
  return message.contributes ? hashed("message", message.values) : undefined;
}

function fromVariants(variants: StrategyVariants | undefined): GroupingResult | undefined {
  if (variants === undefined) return undefined;
  const { app, system } = variants;
  if (app.contributes) {
    const primary = hashed("app", app.values);
    if (system === undefined || !system.contributes) return primary;
    const secondary = hashed("system", system.values);
    return secondary.hash === primary.hash ? primary : { ...primary, secondary };
  }
  return system?.contributes ? hashed("system", system.values) : undefined;
}

function hashed(variant: GroupingHash["variant"], values: string[]): GroupingHash {
  return { hash: hashFromValues(values), variant, values };
}
