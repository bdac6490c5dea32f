import { randomBytes } from "node:crypto";
import { generateRandomString } from "better-auth/crypto";

/** Ids for the tables better-auth shares (User, Organization, Membership…): its own 32-char format. */
export function newAuthId(): string {
  return generateRandomString(32, "a-z", "A-Z", "0-9");
}

/** A DSN key half: 32 lowercase hex characters, as Sentry issues them. */
export function newProjectKeyPart(): string {
  return randomBytes(16).toString("hex");
}
