import { createHash, randomBytes } from "node:crypto";
import type { ApiTokenScope } from "@/server/db/generated/enums";

/** `flt_` + 64 hex characters (32 random bytes). The prefix lets secret scanners recognise it. */
export const API_TOKEN_PREFIX = "flt_";
const API_TOKEN_PATTERN = /^flt_[0-9a-f]{64}$/;

export const API_TOKEN_SCOPES = [
  "read",
  "write",
  "admin",
] as const satisfies readonly ApiTokenScope[];

export function generateApiToken(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString("hex")}`;
}

/** Only this digest is stored; the token itself is shown once, when it is created. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function tokenLastChars(token: string): string {
  return token.slice(-4);
}

/** Scopes are ordered: admin includes write, write includes read. */
export function scopeIncludes(granted: ApiTokenScope, required: ApiTokenScope): boolean {
  return API_TOKEN_SCOPES.indexOf(granted) >= API_TOKEN_SCOPES.indexOf(required);
}

/** The token in `Authorization: Bearer <token>`, or undefined when absent or not one of ours. */
export function bearerToken(headers: Headers): string | undefined {
  const match = /^\s*bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  const token = match?.[1];
  return token !== undefined && API_TOKEN_PATTERN.test(token) ? token : undefined;
}
