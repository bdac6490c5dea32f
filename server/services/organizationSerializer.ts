import type { Organization } from "@/server/db/generated/client";

/** An organization as Sentry's `GET /api/0/organizations/` lists it. */
export function serializeOrganization(organization: Organization, links: { publicUrl: string }) {
  return {
    id: organization.id,
    slug: organization.slug,
    name: organization.name,
    dateCreated: organization.createdAt.toISOString(),
    status: { id: "active", name: "active" },
    isEarlyAdopter: false,
    require2FA: false,
    avatar: { avatarType: "letter_avatar", avatarUuid: null },
    features: [],
    links: {
      organizationUrl: `${links.publicUrl}/${organization.slug}`,
      regionUrl: links.publicUrl,
    },
  };
}
