import { listAlertRules } from "@/server/services/alerts";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const alertsRouter = createTRPCRouter({
  list: orgProcedure.query(({ ctx }) => listAlertRules(ctx.access)),
});
