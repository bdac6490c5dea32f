import { beforeEach, describe, expect, it } from "vitest";
import { auth } from "@/server/auth/auth";
import { db } from "@/server/db/client";
import {
  anonymousCaller,
  callerFor,
  expectTRPCError,
  signIn,
  uniqueSuffix,
} from "./setup/fixtures";

// First-run setup only exists while there is no user at all, so this file starts each test from
// an empty user table. Other files create their own users per test and never rely on leftovers.
beforeEach(async () => {
  await db.user.deleteMany();
});

function ownerInput() {
  return {
    name: "Grace Hopper",
    email: `Grace-${uniqueSuffix()}@Example.test`,
    password: "a long enough password",
    organizationName: "Acme Rockets",
  };
}

describe("first-run setup", () => {
  it("is needed until a user exists, then creates the owner, the organization and a team", async () => {
    const api = await anonymousCaller();
    expect(await api.setup.status()).toEqual({ needsSetup: true });

    const input = ownerInput();
    const { orgSlug } = await api.setup.createOwner(input);
    expect(orgSlug).toMatch(/^acme-rockets(-\d+)?$/);
    expect(await api.setup.status()).toEqual({ needsSetup: false });

    const user = await db.user.findUniqueOrThrow({ where: { email: input.email.toLowerCase() } });
    expect(user).toMatchObject({ name: "Grace Hopper", isSuperuser: true });

    // The page signs in with the same credentials through better-auth.
    const owner = await callerFor({
      headers: await signIn(input.email.toLowerCase(), input.password),
    });
    expect(await owner.organizations.list()).toEqual([
      { id: expect.any(String), slug: orgSlug, name: "Acme Rockets", role: "owner" },
    ]);
    expect(await owner.teams.list({ orgSlug })).toMatchObject([{ slug: orgSlug, isMember: true }]);
  });

  it("runs only once", async () => {
    const api = await anonymousCaller();
    await api.setup.createOwner(ownerInput());
    await expectTRPCError(api.setup.createOwner(ownerInput()), "FORBIDDEN");
    expect(await db.user.count()).toBe(1);
  });

  it("lets exactly one of two simultaneous setups through", async () => {
    const api = await anonymousCaller();
    const results = await Promise.allSettled([
      api.setup.createOwner(ownerInput()),
      api.setup.createOwner(ownerInput()),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.user.count()).toBe(1);
  });

  it("refuses a weak password without creating anything", async () => {
    const api = await anonymousCaller();
    await expectTRPCError(
      api.setup.createOwner({ ...ownerInput(), password: "short" }),
      "BAD_REQUEST",
    );
    expect(await db.user.count()).toBe(0);
  });
});

describe("sign-up gate", () => {
  it("is open on a fresh install and closed once someone exists", async () => {
    const first = `first-${uniqueSuffix()}@example.test`;
    await auth.api.signUpEmail({ body: { email: first, password: "password123", name: "First" } });
    expect(await db.user.count({ where: { email: first } })).toBe(1);

    await expect(
      auth.api.signUpEmail({
        body: {
          email: `second-${uniqueSuffix()}@example.test`,
          password: "password123",
          name: "Second",
        },
      }),
    ).rejects.toMatchObject({ statusCode: 403, body: { code: "SIGN_UP_BY_INVITATION_ONLY" } });
    expect(await db.user.count()).toBe(1);
  });

  it("never lets a sign-up make itself a superuser", async () => {
    const email = `sneaky-${uniqueSuffix()}@example.test`;
    const body = { email, password: "password123", name: "Sneaky", isSuperuser: true };
    await auth.api.signUpEmail({ body: body as never }).catch(() => undefined);
    expect(await db.user.findFirst({ where: { isSuperuser: true } })).toBeNull();
  });

  it("refuses sign-up over HTTP with a clear message", async () => {
    await (await anonymousCaller()).setup.createOwner(ownerInput());
    const response = await auth.handler(
      new Request("http://localhost:3000/api/auth/sign-up/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000" },
        body: JSON.stringify({
          email: "stranger@example.test",
          password: "password123",
          name: "Stranger",
        }),
      }),
    );
    expect(response.status).toBe(403);
    expect((await response.json()).message).toMatch(/invitation only/);
  });
});
