import { db } from "@/server/db/client";
import { forbidden } from "./errors";
import { insertOrganization } from "./organizations";
import { createUser } from "./users";

/** Setup is needed until the first user exists; until then anyone may sign up. */
export async function needsSetup(): Promise<boolean> {
  return (await db.user.count()) === 0;
}

/** Any fixed number works; it only has to be the same for every process doing setup. */
const SETUP_LOCK_KEY = 0x4641554c; // "FAUL"

/**
 * First-run setup: the first user (a superuser) and their organization, with a default team.
 * Serialised by an advisory lock so two browsers racing through setup cannot both create an owner.
 */
export async function createOwner(input: {
  name: string;
  email: string;
  password: string;
  organizationName: string;
}): Promise<{ orgSlug: string; userId: string }> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK_KEY}::bigint)`;
    if ((await tx.user.count()) > 0) {
      throw forbidden("Faultline is already set up; sign in instead");
    }
    const user = await createUser(
      { email: input.email, password: input.password, name: input.name, superuser: true },
      tx,
    );
    const org = await insertOrganization(
      tx,
      { name: input.organizationName, ownerUserId: user.id },
      { userId: user.id },
    );
    return { orgSlug: org.slug, userId: user.id };
  });
}
