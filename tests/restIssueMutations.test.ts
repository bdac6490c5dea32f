import { beforeEach, describe, expect, it } from "vitest";
import { DELETE as deleteIssue, PUT as putIssue } from "@/app/api/0/issues/[id]/route";
import {
  DELETE as bulkDelete,
  PUT as bulkPut,
} from "@/app/api/0/projects/[org]/[project]/issues/route";
import { db } from "@/server/db/client";
import { createApiToken } from "@/server/services/tokens";
import { buildActionsWorld, ingestIssue, type ActionsWorld } from "./issueActionsWorld";
import { addMember, createTestUser, uniqueSuffix } from "./setup/fixtures";

const BASE = "http://localhost:3000/api/0";

let world: ActionsWorld;
let writeToken: string;

beforeEach(async () => {
  world = await buildActionsWorld();
  writeToken = (await createApiToken({ userId: world.owner.user.id, name: "w", scope: "write" }))
    .token;
});

const fingerprint = () => `fp-${uniqueSuffix()}`;

function request(method: string, url: string, token: string | null, body?: unknown) {
  return new Request(url, {
    method,
    headers: {
      "content-type": "application/json",
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
}

function bulk(method: "PUT" | "DELETE", search: string, body?: unknown, token = writeToken) {
  const url = `${BASE}/projects/${world.org.slug}/${world.project.slug}/issues/${search}`;
  const handler = method === "PUT" ? bulkPut : bulkDelete;
  return handler(request(method, url, token, body), {
    params: Promise.resolve({ org: world.org.slug, project: world.project.slug }),
  });
}

function one(method: "PUT" | "DELETE", id: number, body?: unknown, token = writeToken) {
  const handler = method === "PUT" ? putIssue : deleteIssue;
  return handler(request(method, `${BASE}/issues/${id}/`, token, body), {
    params: Promise.resolve({ id: String(id) }),
  });
}

const issueRow = (id: number) => db.issue.findUniqueOrThrow({ where: { id } });

describe("PUT /api/0/projects/{org}/{project}/issues/", () => {
  it("resolves the issues given by id, with an activity by the token's user", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const b = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const c = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const response = await bulk("PUT", `?id=${a}&id=${b}`, { status: "resolved" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "resolved", statusDetails: {} });
    expect((await issueRow(a)).status).toBe("resolved");
    expect((await issueRow(b)).status).toBe("resolved");
    expect((await issueRow(c)).status).toBe("unresolved");
    const activity = await db.activity.findFirst({ where: { issueId: a, type: "set_resolved" } });
    expect(activity?.userId).toBe(world.owner.user.id);
  });

  it("ignores with Sentry's statusDetails and answers them without our baselines", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1", "u2"]);
    const response = await bulk("PUT", `?id=${a}`, {
      status: "ignored",
      statusDetails: { ignoreCount: 50, ignoreWindow: 60 },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { statusDetails: Record<string, unknown> };
    expect(body).toMatchObject({
      status: "ignored",
      statusDetails: { ignoreCount: 50, ignoreWindow: 60, actor: { id: world.owner.user.id } },
    });
    expect(body.statusDetails).not.toHaveProperty("timesSeenAtIgnore");
    expect((await issueRow(a)).statusDetails).toEqual({
      ignoreCount: 50,
      ignoreWindow: 60,
      timesSeenAtIgnore: 2,
    });
  });

  it("without ids applies to what the query matches (default is:unresolved) in that project", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const b = await ingestIssue(world.project, fingerprint(), ["u1"]);
    await db.issue.update({ where: { id: b }, data: { status: "resolved" } });
    const response = await bulk("PUT", "", { inbox: false });
    expect(await response.json()).toEqual({ inbox: false });
    expect((await issueRow(a)).isReviewed).toBe(true);
    expect((await issueRow(b)).isReviewed).toBe(false);

    const none = await bulk("PUT", "?query=is:ignored", { status: "resolved" });
    expect(none.status).toBe(204);
  });

  it("assigns by user:<id>, team:<id> or email, and unassigns with an empty value", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const member = await createTestUser({ name: "Mia Member" });
    await addMember(world.org.id, member, "member");
    const team = await db.team.create({
      data: { organizationId: world.org.id, name: "Backend", slug: `backend-${uniqueSuffix()}` },
    });

    const byEmail = await bulk("PUT", `?id=${a}`, { assignedTo: member.email.toUpperCase() });
    expect(await byEmail.json()).toEqual({
      assignedTo: { type: "user", id: member.user.id, name: "Mia Member", email: member.email },
    });
    const byTeam = await bulk("PUT", `?id=${a}`, { assignedTo: `team:${team.id}` });
    expect(await byTeam.json()).toMatchObject({ assignedTo: { type: "team", id: team.id } });
    expect((await issueRow(a)).assigneeTeamId).toBe(team.id);
    const cleared = await bulk("PUT", `?id=${a}`, { assignedTo: "" });
    expect(await cleared.json()).toEqual({ assignedTo: null });
    expect(await issueRow(a)).toMatchObject({ assigneeUserId: null, assigneeTeamId: null });

    const stranger = await bulk("PUT", `?id=${a}`, { assignedTo: "nobody@example.test" });
    expect(stranger.status).toBe(400);
  });

  it("merges with {merge: 1} and answers parent and children", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const b = await ingestIssue(world.project, fingerprint(), ["u1", "u2", "u3"]);
    const response = await bulk("PUT", `?id=${a}&id=${b}`, { merge: 1 });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ merge: { parent: String(b), children: [String(a)] } });
    expect(await issueRow(b)).toMatchObject({ timesSeen: 4, userCount: 3 });
    expect(await db.issue.count({ where: { id: a } })).toBe(0);
  });

  it("answers 400 with a reason for a bad body or id, 401/403 for a missing or read-only token", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const cases: [Response, number, string][] = [
      [await bulk("PUT", `?id=${a}`, "not json"), 400, "The body must be a JSON object"],
      [await bulk("PUT", `?id=${a}`, { status: "closed" }), 400, "Invalid body: status"],
      [await bulk("PUT", "?id=abc", { status: "resolved" }), 400, 'Invalid issue id "abc"'],
      [await bulk("PUT", "?query=is:bogus", { status: "resolved" }), 400, "Unknown is: value"],
      [await bulk("PUT", `?id=${a}`, { status: "resolved" }, ""), 401, ""],
    ];
    for (const [response, status, detail] of cases) {
      expect(response.status).toBe(status);
      expect(((await response.json()) as { detail: string }).detail).toContain(detail);
    }
    const { token: readToken } = await createApiToken({
      userId: world.owner.user.id,
      name: "r",
      scope: "read",
    });
    expect((await bulk("PUT", `?id=${a}`, { status: "resolved" }, readToken)).status).toBe(403);
    expect((await issueRow(a)).status).toBe("unresolved");
  });

  it("a token of another organization's member gets 404 and changes nothing", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const other = await buildActionsWorld();
    const { token } = await createApiToken({
      userId: other.owner.user.id,
      name: "w",
      scope: "write",
    });
    expect((await bulk("PUT", `?id=${a}`, { status: "resolved" }, token)).status).toBe(404);
    expect((await bulk("DELETE", `?id=${a}`, undefined, token)).status).toBe(404);
    expect((await one("PUT", a, { status: "resolved" }, token)).status).toBe(404);
    expect((await one("DELETE", a, undefined, token)).status).toBe(404);
    // Ids of another organization's issues through our own project: not found either.
    const theirs = await ingestIssue(other.project, fingerprint(), ["u1"]);
    expect((await bulk("PUT", `?id=${theirs}`, { status: "resolved" })).status).toBe(404);
    expect((await issueRow(a)).status).toBe("unresolved");
    expect((await issueRow(theirs)).status).toBe("unresolved");
  });
});

describe("DELETE /api/0/projects/{org}/{project}/issues/", () => {
  it("deletes the issues given by id and requires ids", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const b = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const withoutIds = await bulk("DELETE", "");
    expect(withoutIds.status).toBe(400);
    const response = await bulk("DELETE", `?id=${a}`);
    expect(response.status).toBe(204);
    expect(await db.issue.count({ where: { id: a } })).toBe(0);
    expect(await db.issue.count({ where: { id: b } })).toBe(1);
  });
});

describe("PUT and DELETE /api/0/issues/{id}/", () => {
  it("updates one issue and answers it in Sentry's shape", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const response = await one("PUT", a, {
      status: "ignored",
      statusDetails: { ignoreDuration: 30 },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ id: String(a), status: "ignored" });
    expect(body.statusDetails).toHaveProperty("ignoreUntil");
    expect((await one("PUT", a, { merge: 1 })).status).toBe(400);
  });

  it("deletes one issue with 202, then it is gone", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    expect((await one("DELETE", a)).status).toBe(202);
    expect((await one("DELETE", a)).status).toBe(404);
  });
});
