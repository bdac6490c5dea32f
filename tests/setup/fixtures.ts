import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { auth } from "@/server/auth/auth";
import { db } from "@/server/db/client";
import type { User } from "@/server/db/generated/client";
import { newAuthId } from "@/server/services/ids";
import { createOrganization } from "@/server/services/organizations";
import type { OrganizationRole } from "@/server/services/roles";
import { createUser } from "@/server/services/users";

/** Integration tests share one database; every name they create carries one of these. */
export function uniqueSuffix(): string {
  return randomBytes(5).toString("hex");
}

export const TEST_PASSWORD = "correct horse battery staple";

export interface TestUser {
  user: User;
  email: string;
  password: string;
  /** Request headers carrying a real better-auth session cookie for this user. */
  headers: Headers;
}

/** Signs in through better-auth's own endpoint and returns headers with the session cookie. */
export async function signIn(email: string, password: string): Promise<Headers> {
  const result = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  const cookie = result.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  if (cookie === "") throw new Error(`sign-in for ${email} set no cookie`);
  return new Headers({ cookie });
}

export async function createTestUser(
  options: { name?: string; superuser?: boolean; email?: string } = {},
): Promise<TestUser> {
  const email = options.email ?? `user-${uniqueSuffix()}@example.test`;
  const user = await createUser({
    email,
    password: TEST_PASSWORD,
    name: options.name ?? "Test User",
    superuser: options.superuser,
  });
  return {
    user,
    email: user.email,
    password: TEST_PASSWORD,
    headers: await signIn(user.email, TEST_PASSWORD),
  };
}

/** A tRPC caller acting as the user, through the same context the HTTP route builds. */
export async function callerFor(testUser: Pick<TestUser, "headers">) {
  return createCaller(await createTRPCContext({ headers: testUser.headers }));
}

export async function anonymousCaller() {
  return createCaller(await createTRPCContext({ headers: new Headers() }));
}

/** An organization owned by `owner`, with a unique slug. */
export async function createTestOrg(owner: TestUser, name = "Test Org") {
  const slug = `org-${uniqueSuffix()}`;
  return createOrganization({ name, slug }, { userId: owner.user.id });
}

export async function addMember(
  organizationId: string,
  testUser: TestUser,
  role: OrganizationRole,
): Promise<string> {
  const membership = await db.membership.create({
    data: { id: newAuthId(), organizationId, userId: testUser.user.id, role },
  });
  return membership.id;
}

/** Asserts that a tRPC call is refused with one of the given codes. */
export async function expectTRPCError(
  call: Promise<unknown>,
  codes: TRPCError["code"] | TRPCError["code"][],
): Promise<TRPCError> {
  const allowed = Array.isArray(codes) ? codes : [codes];
  const error = await call.then(
    (value) => {
      throw new Error(`expected ${allowed.join("/")}, got a result: ${JSON.stringify(value)}`);
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect(allowed).toContain((error as TRPCError).code);
  return error as TRPCError;
}
