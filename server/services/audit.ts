import type { Prisma } from "@/server/db/generated/client";

/** Who did it: a signed-in user, or a user acting through an API token. */
export interface Actor {
  userId: string;
  tokenId?: string;
  ipAddress?: string;
}

export type AuditAction =
  | "organization.create"
  | "member.invite"
  | "member.invite_cancel"
  | "member.join"
  | "member.role_change"
  | "member.remove"
  | "project.create"
  | "project.update"
  | "project_key.create"
  | "project_key.rotate"
  | "project_key.disable"
  | "project_key.enable"
  | "project_key.rate_limit"
  | "team.create"
  | "team.delete"
  | "api_token.create"
  | "api_token.revoke"
  | "issue.delete";

export interface AuditEntry {
  organizationId: string;
  action: AuditAction;
  targetType?: string;
  targetId?: string | number;
  data?: Prisma.InputJsonObject;
}

/** Writes audit rows inside the caller's transaction, so a change and its record commit together. */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  actor: Actor | null,
  entries: AuditEntry | AuditEntry[],
): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await tx.auditLog.createMany({
    data: list.map((entry) => ({
      organizationId: entry.organizationId,
      actorUserId: actor?.userId ?? null,
      actorTokenId: actor?.tokenId ?? null,
      ipAddress: actor?.ipAddress ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId === undefined ? null : String(entry.targetId),
      data: entry.data ?? {},
    })),
  });
}
