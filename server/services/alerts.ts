import { db } from "@/server/db/client";
import type { OrgAccess } from "./organizations";

export async function listAlertRules(access: OrgAccess) {
  const rules = await db.alertRule.findMany({
    where: { organizationId: access.org.id },
    include: { project: { select: { slug: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rules.map((rule) => ({
    id: rule.id,
    name: rule.name,
    projectSlug: rule.project.slug,
    enabled: rule.enabled,
    conditions: rule.conditions,
    actions: rule.actions,
    lastFiredAt: rule.lastFiredAt,
  }));
}
