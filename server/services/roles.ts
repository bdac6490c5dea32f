/** Organization roles, weakest first. better-auth's organization plugin stores them as text. */
export const ORGANIZATION_ROLES = ["member", "admin", "owner"] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

export function isOrganizationRole(value: string): value is OrganizationRole {
  return (ORGANIZATION_ROLES as readonly string[]).includes(value);
}

/** A stored role as one of ours; anything unknown counts as the weakest. */
export function asOrganizationRole(value: string | null | undefined): OrganizationRole {
  return value !== null && value !== undefined && isOrganizationRole(value) ? value : "member";
}

/** Owners and admins manage the organization: members, invitations, projects, teams, keys. */
export function canManageOrganization(role: string): boolean {
  return role === "owner" || role === "admin";
}
