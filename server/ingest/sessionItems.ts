import { z } from "zod";
import { describeZodError, jsonObjectPayload, looseString, timestampSchema } from "./itemPayload";

/**
 * `session` (one update) and `sessions` (pre-aggregated buckets) items (protocol doc §6).
 * Status `unhandled` is not in the classic enum but the browser SDK sends it [observed].
 */
export const SESSION_STATUSES = [
  "ok",
  "exited",
  "crashed",
  "abnormal",
  "errored",
  "unhandled",
] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export interface SessionUpdate {
  sessionId: string;
  distinctId?: string;
  init: boolean;
  startedAt: Date;
  /** Absent: the caller uses the time it received the envelope. */
  timestamp?: Date;
  status: SessionStatus;
  errors: number;
  durationSeconds?: number;
  release: string;
  environment?: string;
  ipAddress?: string;
  userAgent?: string;
}

export interface SessionAggregateBucket {
  startedAt: Date;
  distinctId?: string;
  exited: number;
  errored: number;
  abnormal: number;
  crashed: number;
  unhandled: number;
}

export interface SessionAggregates {
  release: string;
  environment?: string;
  ipAddress?: string;
  userAgent?: string;
  buckets: SessionAggregateBucket[];
}

const count = z.coerce.number().int().nonnegative().catch(0).default(0);

/** Relay drops sessions without a release: release health is meaningless without one. */
const attrsSchema = z.looseObject({
  release: z.string().trim().min(1, "session has no release"),
  environment: looseString,
  ip_address: looseString,
  user_agent: looseString,
});

const sessionSchema = z.looseObject({
  sid: z.union([z.string().min(1), z.number()]).transform(String),
  did: looseString,
  init: z
    .boolean()
    .nullish()
    .transform((value) => value === true),
  started: timestampSchema,
  timestamp: timestampSchema.nullish(),
  status: z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(z.enum(SESSION_STATUSES))
    .nullish()
    .transform((value) => value ?? "ok"),
  errors: count,
  duration: z.number().nonnegative().nullish(),
  attrs: attrsSchema,
});

const aggregatesSchema = z.looseObject({
  aggregates: z.array(
    z.looseObject({
      started: timestampSchema,
      did: looseString,
      exited: count,
      errored: count,
      abnormal: count,
      crashed: count,
      unhandled: count,
    }),
  ),
  attrs: attrsSchema,
});

export type ItemParse<T> = { ok: true; value: T } | { ok: false; reason: string };

export function parseSessionUpdate(payload: Buffer): ItemParse<SessionUpdate> {
  const json = jsonObjectPayload(payload);
  if (!json.ok) return json;
  const parsed = sessionSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, reason: describeZodError(parsed.error) };
  const session = parsed.data;
  return {
    ok: true,
    value: {
      sessionId: session.sid,
      distinctId: session.did,
      init: session.init,
      startedAt: session.started,
      timestamp: session.timestamp ?? undefined,
      status: session.status,
      errors: session.errors,
      durationSeconds: session.duration ?? undefined,
      release: session.attrs.release,
      environment: session.attrs.environment,
      ipAddress: session.attrs.ip_address,
      userAgent: session.attrs.user_agent,
    },
  };
}

export function parseSessionAggregates(payload: Buffer): ItemParse<SessionAggregates> {
  const json = jsonObjectPayload(payload);
  if (!json.ok) return json;
  const parsed = aggregatesSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, reason: describeZodError(parsed.error) };
  const { aggregates, attrs } = parsed.data;
  return {
    ok: true,
    value: {
      release: attrs.release,
      environment: attrs.environment,
      ipAddress: attrs.ip_address,
      userAgent: attrs.user_agent,
      buckets: aggregates.map((bucket) => ({
        startedAt: bucket.started,
        distinctId: bucket.did,
        exited: bucket.exited,
        errored: bucket.errored,
        abnormal: bucket.abnormal,
        crashed: bucket.crashed,
        unhandled: bucket.unhandled,
      })),
    },
  };
}
