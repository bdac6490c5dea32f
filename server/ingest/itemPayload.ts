import { z } from "zod";

/** Reading item payloads: JSON objects, timestamps in either SDK spelling, event ids, zod errors in one line. */

export type JsonObjectResult =
  { ok: true; value: Record<string, unknown> } | { ok: false; reason: string };

export function jsonObjectPayload(payload: Buffer): JsonObjectResult {
  return jsonObjectText(payload.toString("utf8"));
}

export function jsonObjectText(text: string): JsonObjectResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: "payload is not valid JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, reason: "payload is not a JSON object" };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** JS SDKs send float seconds since the epoch, other SDKs RFC 3339 strings (protocol doc §8). */
export const timestampSchema = z.union([z.number(), z.string()]).transform((input, ctx) => {
  const date = typeof input === "number" ? new Date(input * 1000) : new Date(input);
  if (Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: "custom", message: "is not a timestamp" });
    return z.NEVER;
  }
  return date;
});

/** Optional strings where SDKs sometimes send null or a number. */
export const looseString = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((value) =>
    value === null || value === undefined || value === "" ? undefined : String(value),
  );

/** 32 lowercase hex digits; dashed UUIDs are accepted and undashed (protocol doc §8). */
export function normalizeEventId(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const compact = value.replace(/-/g, "").toLowerCase();
  return /^[0-9a-f]{32}$/.test(compact) ? compact : undefined;
}

export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return "invalid payload";
  const path = issue.path.map(String).join(".");
  return path === "" ? issue.message : `${path}: ${issue.message}`;
}
