import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, hashPassword } from "@/server/auth/password";
import { db } from "@/server/db/client";
import type { Prisma, User } from "@/server/db/generated/client";
import { badRequest, conflict, isUniqueViolation } from "./errors";
import { newAuthId } from "./ids";

export const emailSchema = z
  .email({ error: "must be a valid e-mail address" })
  .max(254)
  .transform((email) => email.toLowerCase());

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(PASSWORD_MAX_LENGTH, { error: `must be at most ${PASSWORD_MAX_LENGTH} characters` });

export interface NewUser {
  email: string;
  password: string;
  name?: string;
  superuser?: boolean;
}

export function findUserByEmail(email: string): Promise<User | null> {
  return db.user.findUnique({ where: { email: email.toLowerCase() } });
}

/**
 * Creates a user with an e-mail + password account, the same rows better-auth's sign-up writes
 * (a `credential` account whose accountId is the user id), so the user signs in normally.
 */
export async function createUser(input: NewUser, tx: Prisma.TransactionClient = db): Promise<User> {
  const email = emailSchema.safeParse(input.email);
  if (!email.success) throw badRequest(`Invalid email: ${email.error.issues[0]?.message}`);
  const password = passwordSchema.safeParse(input.password);
  if (!password.success) throw badRequest(`Invalid password: ${password.error.issues[0]?.message}`);
  const name = input.name?.trim() || email.data.split("@")[0] || email.data;

  const passwordHash = await hashPassword(password.data);
  const id = newAuthId();
  try {
    return await tx.user.create({
      data: {
        id,
        email: email.data,
        name,
        isSuperuser: input.superuser ?? false,
        accounts: {
          create: {
            id: newAuthId(),
            accountId: id,
            providerId: "credential",
            password: passwordHash,
          },
        },
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict(`A user with the email ${email.data} already exists`);
    }
    throw error;
  }
}
