import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { newAuthId } from "@/server/services/ids";
import { cleanupExpiredAuthRows } from "@/workers/maintenance";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date();
const ago = (ms: number) => new Date(now.getTime() - ms);
const ahead = (ms: number) => new Date(now.getTime() + ms);

async function seedAuthRows() {
  const suffix = newAuthId().slice(0, 10).toLowerCase();
  const user = await db.user.create({
    data: { id: newAuthId(), name: "Cleanup", email: `cleanup-${suffix}@example.test` },
  });
  const org = await db.organization.create({
    data: { id: newAuthId(), name: "Cleanup", slug: `cleanup-${suffix}` },
  });
  const session = (expiresAt: Date) =>
    db.session.create({
      data: { id: newAuthId(), token: newAuthId(), userId: user.id, expiresAt },
    });
  const verification = (expiresAt: Date) =>
    db.verification.create({
      data: { id: newAuthId(), identifier: `cleanup-${suffix}`, value: "x", expiresAt },
    });
  const invitation = (expiresAt: Date) =>
    db.invitation.create({
      data: {
        id: newAuthId(),
        organizationId: org.id,
        email: `invitee-${suffix}@example.test`,
        role: "member",
        expiresAt,
        inviterId: user.id,
      },
    });

  return {
    user,
    org,
    expiredSessions: await Promise.all([1, 2, 3, 4, 5].map((n) => session(ago(n * 1000)))),
    liveSession: await session(ahead(DAY)),
    expiredVerifications: await Promise.all([1, 2, 3].map((n) => verification(ago(n * 1000)))),
    liveVerification: await verification(ahead(DAY)),
    // Expired yesterday: kept, so its link still says "expired" rather than "not found".
    recentlyExpiredInvitation: await invitation(ago(DAY)),
    longExpiredInvitation: await invitation(ago(40 * DAY)),
  };
}

const created: Array<{ userId: string; orgId: string }> = [];
afterAll(async () => {
  for (const { userId, orgId } of created) {
    await db.organization.deleteMany({ where: { id: orgId } });
    await db.user.deleteMany({ where: { id: userId } });
  }
});

describe("auth cleanup job", () => {
  it("deletes expired sessions and verifications and long-expired invitations, in batches", async () => {
    const rows = await seedAuthRows();
    created.push({ userId: rows.user.id, orgId: rows.org.id });

    // Batches of 2 make the 5 expired sessions take three statements.
    const result = await cleanupExpiredAuthRows({ batchSize: 2, maxBatches: 10 }, now);

    expect(result.sessions).toBeGreaterThanOrEqual(5);
    expect(result.verifications).toBeGreaterThanOrEqual(3);
    expect(result.invitations).toBeGreaterThanOrEqual(1);
    const ids = (list: Array<{ id: string }>) => list.map((row) => row.id);
    expect(await db.session.count({ where: { id: { in: ids(rows.expiredSessions) } } })).toBe(0);
    expect(await db.session.count({ where: { id: rows.liveSession.id } })).toBe(1);
    expect(
      await db.verification.count({ where: { id: { in: ids(rows.expiredVerifications) } } }),
    ).toBe(0);
    expect(await db.verification.count({ where: { id: rows.liveVerification.id } })).toBe(1);
    expect(await db.invitation.count({ where: { id: rows.longExpiredInvitation.id } })).toBe(0);
    expect(await db.invitation.count({ where: { id: rows.recentlyExpiredInvitation.id } })).toBe(1);
  });

  it("stops after maxBatches and leaves the rest for the next run", async () => {
    const rows = await seedAuthRows();
    created.push({ userId: rows.user.id, orgId: rows.org.id });
    // Other tests' expired rows may exist too; only the bound on this run matters here.
    const first = await cleanupExpiredAuthRows({ batchSize: 1, maxBatches: 2 }, now);
    expect(first.sessions).toBe(2);
    expect(first.verifications).toBe(2);

    await cleanupExpiredAuthRows({ batchSize: 100, maxBatches: 10 }, now);
    const ids = rows.expiredSessions.map((row) => row.id);
    expect(await db.session.count({ where: { id: { in: ids } } })).toBe(0);
  });
});
