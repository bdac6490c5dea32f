import { z } from "zod";
import { describeZodError, jsonObjectPayload, looseString, normalizeEventId } from "./itemPayload";
import type { ItemParse } from "./sessionItems";

/** User feedback from either the current `feedback` item or the legacy `user_report` (protocol doc §6). */
export interface Feedback {
  source: "feedback" | "user_report";
  comments: string;
  name?: string;
  email?: string;
  /** Page the feedback was given on (feedback items only). */
  url?: string;
  /** The error event the user was looking at; it arrives in its own envelope, possibly later. */
  associatedEventId?: string;
  /** Id of the feedback event itself (feedback items only). */
  eventId?: string;
}

const feedbackSchema = z.looseObject({
  event_id: z.unknown().optional(),
  contexts: z.looseObject({
    feedback: z.looseObject({
      message: z.string().trim().min(1, "feedback has no message"),
      contact_email: looseString,
      name: looseString,
      url: looseString,
      associated_event_id: z.unknown().optional(),
    }),
  }),
});

const userReportSchema = z.looseObject({
  event_id: z
    .string()
    .refine((value) => normalizeEventId(value) !== undefined, "is not an event id"),
  name: looseString,
  email: looseString,
  comments: z
    .union([z.string(), z.null()])
    .optional()
    .transform((value) => value ?? ""),
});

/** `envelopeEventId` is the envelope header's `event_id`, used when the payload has none. */
export function parseFeedbackItem(payload: Buffer, envelopeEventId: unknown): ItemParse<Feedback> {
  const json = jsonObjectPayload(payload);
  if (!json.ok) return json;
  const parsed = feedbackSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, reason: describeZodError(parsed.error) };
  const feedback = parsed.data.contexts.feedback;
  return {
    ok: true,
    value: {
      source: "feedback",
      comments: feedback.message,
      name: feedback.name,
      email: feedback.contact_email,
      url: feedback.url,
      associatedEventId: normalizeEventId(feedback.associated_event_id),
      eventId: normalizeEventId(parsed.data.event_id) ?? normalizeEventId(envelopeEventId),
    },
  };
}

export function parseUserReportItem(payload: Buffer): ItemParse<Feedback> {
  const json = jsonObjectPayload(payload);
  if (!json.ok) return json;
  const parsed = userReportSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, reason: describeZodError(parsed.error) };
  return {
    ok: true,
    value: {
      source: "user_report",
      comments: parsed.data.comments,
      name: parsed.data.name,
      email: parsed.data.email,
      associatedEventId: normalizeEventId(parsed.data.event_id),
    },
  };
}
