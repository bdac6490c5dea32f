import { z } from "zod";
import {
  discardFailedEvents,
  listFailedEvents,
  replayFailedEvents,
} from "@/server/services/failedEvents";
import { createTRPCRouter, orgAdminProcedure } from "../trpc";

/** FailedEvent ids are Postgres bigints, sent as decimal strings. */
const failedEventId = z
  .string()
  .regex(/^[1-9]\d{0,18}$/, "not a failed event id")
  .refine((id) => BigInt(id) <= 9_223_372_036_854_775_807n, "not a failed event id");
const idsInput = z.object({ ids: z.array(failedEventId).min(1).max(100) });

/** Events the worker gave up on: owners and admins see, replay and discard them. */
export const failedEventsRouter = createTRPCRouter({
  list: orgAdminProcedure
    .input(
      z.object({
        cursor: failedEventId.optional(),
        limit: z.number().int().min(1).max(100).optional(),
      }),
    )
    .query(({ ctx, input }) => listFailedEvents(ctx.access, input)),

  replay: orgAdminProcedure
    .input(idsInput)
    .mutation(({ ctx, input }) => replayFailedEvents(ctx.access, input.ids)),

  discard: orgAdminProcedure
    .input(idsInput)
    .mutation(({ ctx, input }) => discardFailedEvents(ctx.access, input.ids)),
});
