import { db } from "@/server/db/client";
import type { ApiToken, User } from "@/server/db/generated/client";
import { bearerToken, hashApiToken } from "./apiTokenFormat";

export {
  API_TOKEN_PREFIX,
  API_TOKEN_SCOPES,
  bearerToken,
  generateApiToken,
  hashApiToken,
  scopeIncludes,
  tokenLastChars,
} from "./apiTokenFormat";

/** Writing lastUsedAt on every request would turn each API read into a write; once a minute is plenty. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface BearerIdentity {
  user: User;
  token: ApiToken;
}

/** The user and token behind a valid, unexpired bearer token; null for anything else. */
export async function authenticateBearer(headers: Headers): Promise<BearerIdentity | null> {
  const token = bearerToken(headers);
  if (token === undefined) return null;
  const record = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    include: { user: true },
  });
  if (record === null) return null;
  const now = new Date();
  if (record.expiresAt !== null && record.expiresAt <= now) return null;

  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  await db.apiToken.updateMany({
    where: { id: record.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
    data: { lastUsedAt: now },
  });
  const { user, ...apiToken } = record;
  return { user, token: apiToken };
}
