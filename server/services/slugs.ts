/** Organization, project and team slugs: lowercase letters, digits and inner hyphens. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;
export const SLUG_MAX_LENGTH = 50;

/**
 * Organization slugs are the first URL segment of every app page (`/<org>/issues`), so they must
 * not shadow the app's own top-level routes.
 */
const RESERVED_ORGANIZATION_SLUGS = new Set([
  "api",
  "app",
  "auth",
  "setup",
  "sign-in",
  "sign-up",
  "sign-out",
  "invite",
  "invitations",
  "settings",
  "account",
  "admin",
  "health",
  "static",
  "public",
  "assets",
  "_next",
  "new",
  "organizations",
  "projects",
]);

export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug);
}

export function isReservedOrganizationSlug(slug: string): boolean {
  return RESERVED_ORGANIZATION_SLUGS.has(slug);
}

/** "Acme Corp." → "acme-corp"; "" when nothing usable is left (the caller picks a fallback). */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, "");
}

/** `base`, then `base-2`, `base-3`…, each kept within the slug length limit. */
export function slugCandidates(base: string, count: number): string[] {
  const candidates = [base];
  for (let n = 2; candidates.length < count; n++) {
    const suffix = `-${n}`;
    candidates.push(
      `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`,
    );
  }
  return candidates;
}

/** Issue short-id prefix from a project slug: "web-app" → "WEBAPP", at most 8 characters. */
export function shortIdPrefixFor(projectSlug: string): string {
  const prefix = projectSlug
    .replace(/[^a-z0-9]/gi, "")
    .toUpperCase()
    .slice(0, 8);
  return prefix === "" ? "PROJECT" : prefix;
}
