import { db } from "@/server/db/client";
import { badRequest } from "../errors";
import type { OrgAccess } from "../organizations";
import type { AssigneeRef } from "./types";

/** An assignee checked against the organization, with what its activity and API answer show. */
export type ResolvedAssignee =
  | { type: "user"; id: string; name: string; email: string }
  | { type: "team"; id: string; name: string; slug: string };

/** A user who is a member, or a team of the organization; anything else is BAD_REQUEST. */
export async function resolveAssignee(
  access: OrgAccess,
  ref: AssigneeRef,
): Promise<ResolvedAssignee> {
  if (ref.type === "user") {
    const membership = await db.membership.findUnique({
      where: { organizationId_userId: { organizationId: access.org.id, userId: ref.id } },
      include: { user: { select: { id: true, name: true, email: true } } },
    });
    if (membership === null) throw badRequest("The assignee is not a member of this organization");
    return { type: "user", ...membership.user };
  }
  const team = await db.team.findFirst({
    where: { id: ref.id, organizationId: access.org.id },
    select: { id: true, name: true, slug: true },
  });
  if (team === null) throw badRequest("The team is not a team of this organization");
  return { type: "team", ...team };
}

/** Sentry's `assignedTo` by email: the member with that address. */
export async function memberByEmail(access: OrgAccess, email: string): Promise<AssigneeRef> {
  const membership = await db.membership.findFirst({
    where: {
      organizationId: access.org.id,
      user: { email: { equals: email.trim(), mode: "insensitive" } },
    },
    select: { userId: true },
  });
  if (membership === null) throw badRequest("The assignee is not a member of this organization");
  return { type: "user", id: membership.userId };
}

/** Who issues can be assigned to: the organization's members and teams, by name. */
export async function listAssignees(access: OrgAccess) {
  const [members, teams] = await Promise.all([
    db.membership.findMany({
      where: { organizationId: access.org.id },
      select: { user: { select: { id: true, name: true, email: true } } },
      orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
    }),
    db.team.findMany({
      where: { organizationId: access.org.id },
      select: { id: true, slug: true, name: true },
      orderBy: [{ name: "asc" }, { slug: "asc" }],
    }),
  ]);
  return { users: members.map(({ user }) => user), teams };
}
