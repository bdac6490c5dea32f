import { z } from "zod";
import { describeZodError, jsonObjectPayload, timestampSchema } from "./itemPayload";
import type { ItemParse } from "./sessionItems";

/** What an SDK dropped before sending, and why (protocol doc §6). Never answered with a 4xx. */
export interface ClientReport {
  timestamp?: Date;
  discarded: Array<{ reason: string; category: string; quantity: number }>;
}

const outcomeSchema = z.looseObject({
  reason: z.string().min(1),
  category: z.string().min(1),
  quantity: z.coerce.number().int().nonnegative(),
});

const clientReportSchema = z.looseObject({
  timestamp: timestampSchema.nullish(),
  discarded_events: z.array(outcomeSchema).nullish(),
});

export function parseClientReport(payload: Buffer): ItemParse<ClientReport> {
  const json = jsonObjectPayload(payload);
  if (!json.ok) return json;
  const parsed = clientReportSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, reason: describeZodError(parsed.error) };
  return {
    ok: true,
    value: {
      timestamp: parsed.data.timestamp ?? undefined,
      discarded: (parsed.data.discarded_events ?? []).map(({ reason, category, quantity }) => ({
        reason,
        category,
        quantity,
      })),
    },
  };
}
