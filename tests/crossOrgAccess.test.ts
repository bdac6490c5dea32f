import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";
import { db } from "@/server/db/client";
import {
  addMember,
  anonymousCaller,
  callerFor,
  createTestOrg,
  createTestUser,
  expectTRPCError,
  uniqueSuffix,
  type TestUser,
} from "./setup/fixtures";

type Caller = Awaited<ReturnType<typeof callerFor>>;
type Call = (caller: Caller) => Promise<unknown>;

/** Procedures that take no organization: covered by their own tests (setup, invitations, tokens). */
const NOT_ORG_SCOPED = new Set([
  "setup.status",
  "setup.createOwner",
  "organizations.list",
  "organizations.create",
  "invitations.get",
  "invitations.accept",
  "tokens.list",
  "tokens.revoke",
]);

interface OrgWorld {
  owner: TestUser;
  member: TestUser;
  memberId: string;
  orgId: string;
  orgSlug: string;
  projectSlug: string;
  keyId: number;
  teamSlug: string;
  invitationId: string;
  issueId: number;
  commentId: string;
}

/** An organization with something of every kind in it: project, key, team, member, invitation, release, alert. */
async function buildOrg(label: string): Promise<OrgWorld> {
  const owner = await createTestUser({ name: `${label} owner` });
  const member = await createTestUser({ name: `${label} member` });
  const org = await createTestOrg(owner, `${label} Org`);
  const memberId = await addMember(org.id, member, "member");
  const api = await callerFor(owner);
  const projectSlug = `web-${uniqueSuffix()}`;
  await api.projects.create({
    orgSlug: org.slug,
    name: "Web",
    slug: projectSlug,
    platform: "javascript",
  });
  const project = await api.projects.get({ orgSlug: org.slug, projectSlug });
  const team = await api.teams.create({ orgSlug: org.slug, name: `Backend ${label}` });
  await api.teams.addMember({ orgSlug: org.slug, teamSlug: team.slug, userId: member.user.id });
  await api.teams.addProject({ orgSlug: org.slug, teamSlug: team.slug, projectSlug });
  const invitation = await api.members.invite({
    orgSlug: org.slug,
    email: `invitee-${uniqueSuffix()}@example.test`,
    role: "member",
  });
  const release = await db.release.create({
    data: { organizationId: org.id, version: `1.0.0-${label}` },
  });
  await db.releaseProject.create({ data: { releaseId: release.id, projectId: project.id } });
  await db.alertRule.create({
    data: { organizationId: org.id, projectId: project.id, name: "New issues" },
  });
  const issueIds = [];
  for (const shortIdNumber of [1, 2]) {
    const issue = await db.issue.create({
      data: {
        projectId: project.id,
        shortIdNumber,
        title: `Error ${label}${shortIdNumber}`,
        firstSeen: new Date(),
        lastSeen: new Date(),
        timesSeen: 1,
      },
    });
    issueIds.push(issue.id);
  }
  const comment = await db.activity.create({
    data: {
      issueId: issueIds[0]!,
      projectId: project.id,
      type: "note",
      userId: owner.user.id,
      data: { text: "mine" },
    },
  });
  return {
    owner,
    member,
    memberId,
    orgId: org.id,
    orgSlug: org.slug,
    projectSlug,
    keyId: project.keys[0]!.id,
    teamSlug: team.slug,
    invitationId: invitation.invitationId,
    issueId: issueIds[0]!,
    commentId: String(comment.id),
  };
}

/** Everything a foreign caller could have changed in an organization. */
async function snapshot(orgId: string) {
  const projects = await db.project.findMany({
    where: { organizationId: orgId },
    orderBy: { id: "asc" },
  });
  const projectIds = projects.map((project) => project.id);
  return {
    org: await db.organization.findUnique({ where: { id: orgId } }),
    memberships: await db.membership.findMany({
      where: { organizationId: orgId },
      orderBy: { id: "asc" },
    }),
    invitations: await db.invitation.findMany({
      where: { organizationId: orgId },
      orderBy: { id: "asc" },
    }),
    projects,
    keys: await db.projectKey.findMany({
      where: { projectId: { in: projectIds } },
      orderBy: { id: "asc" },
    }),
    teams: await db.team.findMany({ where: { organizationId: orgId }, orderBy: { id: "asc" } }),
    teamMembers: await db.teamMembership.findMany({
      where: { team: { organizationId: orgId } },
      orderBy: { id: "asc" },
    }),
    projectTeams: await db.projectTeam.findMany({
      where: { projectId: { in: projectIds } },
      orderBy: [{ projectId: "asc" }, { teamId: "asc" }],
    }),
    issues: await db.issue.findMany({
      where: { projectId: { in: projectIds } },
      orderBy: { id: "asc" },
    }),
    activities: await db.activity.findMany({
      where: { projectId: { in: projectIds } },
      orderBy: { id: "asc" },
    }),
    tokens: await db.apiToken.count({ where: { organizationId: orgId } }),
    auditLog: await db.auditLog.count({ where: { organizationId: orgId } }),
  };
}

let a: OrgWorld;
let b: OrgWorld;

beforeAll(async () => {
  a = await buildOrg("A");
  b = await buildOrg("B");
});

/** The issue page's procedures, aimed at org A's issue and comment under the given org slug. */
function issueDetailCalls(org: () => { orgSlug: string }, target: () => OrgWorld) {
  const issue = () => ({ ...org(), issueId: target().issueId });
  const calls: Record<string, Call> = {
    "issueDetail.get": (api) => api.issueDetail.get(issue()),
    "issueDetail.event": (api) => api.issueDetail.event({ ...issue(), eventId: "latest" }),
    "issueDetail.events": (api) => api.issueDetail.events(issue()),
    "issueDetail.tags": (api) => api.issueDetail.tags(issue()),
    "issueDetail.activity": (api) => api.issueDetail.activity(issue()),
    "issueDetail.addComment": (api) => api.issueDetail.addComment({ ...issue(), text: "hi" }),
    "issueDetail.editComment": (api) =>
      api.issueDetail.editComment({ ...issue(), activityId: target().commentId, text: "edited" }),
    "issueDetail.deleteComment": (api) =>
      api.issueDetail.deleteComment({ ...issue(), activityId: target().commentId }),
    "issueDetail.feedback": (api) => api.issueDetail.feedback(issue()),
    "issueDetail.grouping": (api) => api.issueDetail.grouping(issue()),
  };
  return calls;
}

/** Every org-scoped procedure, aimed at org A. Entries read `a`/`b` when called, after beforeAll. */
const orgA = () => ({ orgSlug: a.orgSlug });
const orgB = () => ({ orgSlug: b.orgSlug });

const callsOnOrgA: Record<string, Call> = (() => {
  const key = () => ({ orgSlug: a.orgSlug, projectSlug: a.projectSlug, keyId: a.keyId });
  return {
    "organizations.get": (api) => api.organizations.get(orgA()),
    "projects.list": (api) => api.projects.list(orgA()),
    "projects.get": (api) => api.projects.get({ ...orgA(), projectSlug: a.projectSlug }),
    "projects.create": (api) => api.projects.create({ ...orgA(), name: "Intruder" }),
    "projects.update": (api) =>
      api.projects.update({
        ...orgA(),
        projectSlug: a.projectSlug,
        name: "Hacked",
        allowedOrigins: ["evil.test"],
      }),
    "projects.createKey": (api) =>
      api.projects.createKey({ ...orgA(), projectSlug: a.projectSlug }),
    "projects.rotateKey": (api) => api.projects.rotateKey(key()),
    "projects.setKeyActive": (api) => api.projects.setKeyActive({ ...key(), isActive: false }),
    "projects.setKeyRateLimit": (api) =>
      api.projects.setKeyRateLimit({ ...key(), count: 1, windowSeconds: 60 }),
    "members.list": (api) => api.members.list(orgA()),
    "members.invitations": (api) => api.members.invitations(orgA()),
    "members.invite": (api) =>
      api.members.invite({ ...orgA(), email: "mole@example.test", role: "owner" }),
    "members.cancelInvitation": (api) =>
      api.members.cancelInvitation({ ...orgA(), invitationId: a.invitationId }),
    "members.updateRole": (api) =>
      api.members.updateRole({ ...orgA(), memberId: a.memberId, role: "owner" }),
    "members.remove": (api) => api.members.remove({ ...orgA(), memberId: a.memberId }),
    "teams.list": (api) => api.teams.list(orgA()),
    "teams.get": (api) => api.teams.get({ ...orgA(), teamSlug: a.teamSlug }),
    "teams.create": (api) => api.teams.create({ ...orgA(), name: "Intruders" }),
    "teams.delete": (api) => api.teams.delete({ ...orgA(), teamSlug: a.teamSlug }),
    "teams.addMember": (api) =>
      api.teams.addMember({ ...orgA(), teamSlug: a.teamSlug, userId: b.owner.user.id }),
    "teams.removeMember": (api) =>
      api.teams.removeMember({ ...orgA(), teamSlug: a.teamSlug, userId: a.member.user.id }),
    "teams.addProject": (api) =>
      api.teams.addProject({ ...orgA(), teamSlug: a.orgSlug, projectSlug: a.projectSlug }),
    "teams.removeProject": (api) =>
      api.teams.removeProject({ ...orgA(), teamSlug: a.teamSlug, projectSlug: a.projectSlug }),
    "tokens.create": (api) => api.tokens.create({ ...orgA(), name: "stolen", scope: "admin" }),
    "releases.list": (api) => api.releases.list({ ...orgA(), projectSlug: a.projectSlug }),
    "alerts.list": (api) => api.alerts.list(orgA()),
    "issues.count": (api) => api.issues.count(orgA()),
    "issues.list": (api) => api.issues.list({ ...orgA(), projects: "all" }),
    "issues.changesSince": (api) => api.issues.changesSince({ ...orgA(), since: new Date(0) }),
    "issues.searchKeys": (api) => api.issues.searchKeys({ ...orgA(), projects: "all" }),
    "issues.searchValues": (api) =>
      api.issues.searchValues({ ...orgA(), projects: "all", key: "browser" }),
    "issueActions.update": (api) =>
      api.issueActions.update({
        ...orgA(),
        target: { ids: [a.issueId] },
        change: { status: "resolved" },
      }),
    "issueActions.merge": (api) =>
      api.issueActions.merge({ ...orgA(), ids: [a.issueId, a.issueId + 1] }),
    "issueActions.delete": (api) =>
      api.issueActions.delete({ ...orgA(), target: { ids: [a.issueId] } }),
    "issueActions.assignees": (api) => api.issueActions.assignees(orgA()),
    ...issueDetailCalls(orgA, () => a),
    "failedEvents.list": (api) => api.failedEvents.list(orgA()),
    "failedEvents.replay": (api) => api.failedEvents.replay({ ...orgA(), ids: ["1"] }),
    "failedEvents.discard": (api) => api.failedEvents.discard({ ...orgA(), ids: ["1"] }),
  };
})();

/** Org B's own slug with org A's ids and slugs smuggled into the other fields. */
const callsSmugglingOrgAIds: Record<string, Call> = (() => {
  const key = () => ({ orgSlug: b.orgSlug, projectSlug: b.projectSlug, keyId: a.keyId });
  return {
    "projects.get": (api) => api.projects.get({ ...orgB(), projectSlug: a.projectSlug }),
    "projects.update": (api) =>
      api.projects.update({ ...orgB(), projectSlug: a.projectSlug, name: "Hacked" }),
    "projects.createKey": (api) =>
      api.projects.createKey({ ...orgB(), projectSlug: a.projectSlug }),
    "projects.rotateKey": (api) => api.projects.rotateKey(key()),
    "projects.setKeyActive": (api) => api.projects.setKeyActive({ ...key(), isActive: false }),
    "projects.setKeyRateLimit": (api) =>
      api.projects.setKeyRateLimit({ ...key(), count: 1, windowSeconds: 60 }),
    "members.cancelInvitation": (api) =>
      api.members.cancelInvitation({ ...orgB(), invitationId: a.invitationId }),
    "members.updateRole": (api) =>
      api.members.updateRole({ ...orgB(), memberId: a.memberId, role: "owner" }),
    "members.remove": (api) => api.members.remove({ ...orgB(), memberId: a.memberId }),
    "teams.get": (api) => api.teams.get({ ...orgB(), teamSlug: a.teamSlug }),
    "teams.delete": (api) => api.teams.delete({ ...orgB(), teamSlug: a.teamSlug }),
    "teams.addMember": (api) =>
      api.teams.addMember({ ...orgB(), teamSlug: b.teamSlug, userId: a.member.user.id }),
    "teams.removeMember": (api) =>
      api.teams.removeMember({ ...orgB(), teamSlug: a.teamSlug, userId: a.member.user.id }),
    "teams.addProject": (api) =>
      api.teams.addProject({ ...orgB(), teamSlug: b.teamSlug, projectSlug: a.projectSlug }),
    "teams.removeProject": (api) =>
      api.teams.removeProject({ ...orgB(), teamSlug: a.teamSlug, projectSlug: a.projectSlug }),
    "releases.list": (api) => api.releases.list({ ...orgB(), projectSlug: a.projectSlug }),
    "issues.count": (api) => api.issues.count({ ...orgB(), projectSlug: a.projectSlug }),
    "issues.list": (api) => api.issues.list({ ...orgB(), projects: [a.projectSlug] }),
    "issues.changesSince": (api) =>
      api.issues.changesSince({ ...orgB(), projects: [a.projectSlug], since: new Date(0) }),
    "issues.searchKeys": (api) => api.issues.searchKeys({ ...orgB(), projects: [a.projectSlug] }),
    "issues.searchValues": (api) =>
      api.issues.searchValues({ ...orgB(), projects: [a.projectSlug], key: "browser" }),
    "issueActions.update": (api) =>
      api.issueActions.update({
        ...orgB(),
        target: { ids: [a.issueId] },
        change: { status: "resolved" },
      }),
    "issueActions.merge": (api) =>
      api.issueActions.merge({ ...orgB(), ids: [a.issueId, a.issueId + 1] }),
    "issueActions.delete": (api) =>
      api.issueActions.delete({ ...orgB(), target: { ids: [a.issueId] } }),
    ...issueDetailCalls(orgB, () => a),
  };
})();

describe("cross-organization access through tRPC", () => {
  it("has a cross-org case for every procedure that takes an organization", () => {
    const orgScoped = Object.keys(appRouter._def.procedures).filter(
      (path) => !NOT_ORG_SCOPED.has(path),
    );
    expect(Object.keys(callsOnOrgA).sort()).toEqual(orgScoped.sort());
  });

  it.each(Object.keys(callsOnOrgA))(
    "an owner of another organization is refused %s on org A",
    async (path) => {
      const before = await snapshot(a.orgId);
      const outsider = await callerFor(b.owner);
      await expectTRPCError(callsOnOrgA[path]!(outsider), ["NOT_FOUND", "FORBIDDEN"]);
      expect(await snapshot(a.orgId)).toEqual(before);
    },
  );

  it.each(Object.keys(callsSmugglingOrgAIds))(
    "%s with the caller's own organization cannot reach org A's ids",
    async (path) => {
      const before = await snapshot(a.orgId);
      const outsider = await callerFor(b.owner);
      await expectTRPCError(callsSmugglingOrgAIds[path]!(outsider), ["NOT_FOUND", "FORBIDDEN"]);
      expect(await snapshot(a.orgId)).toEqual(before);
    },
  );

  it.each(Object.keys(callsOnOrgA))("a signed-out visitor is refused %s", async (path) => {
    await expectTRPCError(callsOnOrgA[path]!(await anonymousCaller()), "UNAUTHORIZED");
  });

  it("lists only the caller's own organizations", async () => {
    const orgs = await (await callerFor(b.owner)).organizations.list();
    expect(orgs.map((org) => org.slug)).toEqual([b.orgSlug]);
  });

  it("cannot accept another organization's invitation by its id", async () => {
    const outsider = await callerFor(b.owner);
    await expectTRPCError(
      outsider.invitations.accept({ invitationId: a.invitationId }),
      "FORBIDDEN",
    );
    expect(
      await db.membership.count({ where: { organizationId: a.orgId, userId: b.owner.user.id } }),
    ).toBe(0);
  });

  it("cannot revoke another user's token", async () => {
    const { id } = await (await callerFor(a.owner)).tokens.create({ name: "ci", scope: "read" });
    await expectTRPCError((await callerFor(b.owner)).tokens.revoke({ id }), "NOT_FOUND");
    expect(await db.apiToken.count({ where: { id } })).toBe(1);
  });

  it("lets org A's own owner do what the outsider could not (the refusals are not blanket)", async () => {
    const owner = await callerFor(a.owner);
    const projects = await owner.projects.list({ orgSlug: a.orgSlug });
    expect(projects.map((project) => project.slug)).toContain(a.projectSlug);
    const releases = await owner.releases.list({ orgSlug: a.orgSlug, projectSlug: a.projectSlug });
    expect(releases.map((release) => release.version)).toEqual(["1.0.0-A"]);
    expect((await owner.alerts.list({ orgSlug: a.orgSlug }))[0]?.projectSlug).toBe(a.projectSlug);
  });
});
