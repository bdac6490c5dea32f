import { hashPassword as betterAuthHash } from "better-auth/crypto";

/** The same bounds better-auth enforces on sign-up (server/auth/auth.ts passes these to it). */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * better-auth's scrypt hash, so accounts made outside its endpoints (setup, CLI) sign in through
 * its `/sign-in/email` like any other.
 */
export function hashPassword(password: string): Promise<string> {
  return betterAuthHash(password);
}
