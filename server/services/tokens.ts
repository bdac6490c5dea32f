import { generateApiToken, hashApiToken, tokenLastChars } from "@/server/auth/apiTokenFormat";
import { db } from "@/server/db/client";
import type { ApiTokenScope, Prisma } from "@/server/db/generated/client";
import { recordAudit, type Actor, type AuditEntry } from "./audit";
import { badRequest, notFound } from "./errors";

export interface NewApiToken {
  userId: string;
  name: string;
  scope: ApiTokenScope;
  /** Limits the token to one organization; otherwise it reaches all of its user's. */
  organizationId?: string;
}

/**
 * The audit rows for a token event: in its organization, or, for a token that reaches every
 * organization of its user, in each of them.
 */
async function tokenAuditEntries(
  tx: Prisma.TransactionClient,
  token: {
    id: string;
    userId: string;
    organizationId: string | null;
    name: string;
    scope: ApiTokenScope;
  },
  action: "api_token.create" | "api_token.revoke",
): Promise<AuditEntry[]> {
  const organizationIds =
    token.organizationId !== null
      ? [token.organizationId]
      : (
          await tx.membership.findMany({
            where: { userId: token.userId },
            select: { organizationId: true },
          })
        ).map((membership) => membership.organizationId);
  return organizationIds.map((organizationId) => ({
    organizationId,
    action,
    targetType: "api_token",
    targetId: token.id,
    data: { name: token.name, scope: token.scope, userId: token.userId },
  }));
}

/** Creates a token and returns it in full; this is the only time it can be seen. */
export async function createApiToken(
  input: NewApiToken,
  actor?: Actor,
): Promise<{ token: string; id: string }> {
  const name = input.name.trim();
  if (name === "" || name.length > 100) throw badRequest("Token name must be 1–100 characters");
  const token = generateApiToken();
  return db.$transaction(async (tx) => {
    if (input.organizationId !== undefined) {
      const membership = await tx.membership.findUnique({
        where: {
          organizationId_userId: { organizationId: input.organizationId, userId: input.userId },
        },
      });
      if (membership === null) throw notFound("Organization");
    }
    const record = await tx.apiToken.create({
      data: {
        userId: input.userId,
        organizationId: input.organizationId ?? null,
        name,
        scope: input.scope,
        tokenHash: hashApiToken(token),
        tokenLastChars: tokenLastChars(token),
      },
    });
    await recordAudit(
      tx,
      actor ?? { userId: input.userId },
      await tokenAuditEntries(tx, record, "api_token.create"),
    );
    return { token, id: record.id };
  });
}

export async function listApiTokens(userId: string) {
  const tokens = await db.apiToken.findMany({
    where: { userId },
    include: { organization: { select: { slug: true } } },
    orderBy: { createdAt: "desc" },
  });
  return tokens.map((token) => ({
    id: token.id,
    name: token.name,
    scope: token.scope,
    organizationSlug: token.organization?.slug ?? null,
    tokenLastChars: token.tokenLastChars,
    createdAt: token.createdAt,
    lastUsedAt: token.lastUsedAt,
  }));
}

/** Deletes one of the user's own tokens; anyone else's is NOT_FOUND. */
export async function revokeApiToken(
  userId: string,
  tokenId: string,
  actor?: Actor,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId } });
    if (token === null) throw notFound("Token");
    await recordAudit(
      tx,
      actor ?? { userId },
      await tokenAuditEntries(tx, token, "api_token.revoke"),
    );
    await tx.apiToken.delete({ where: { id: token.id } });
  });
}
