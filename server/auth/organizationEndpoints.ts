/**
 * better-auth's organization plugin endpoints that stay open over HTTP: reads (each checks
 * membership itself) and choosing the active organization. Everything that writes goes through
 * server/services, where the audit log and the last-owner rule live.
 */
const OPEN_ORGANIZATION_ENDPOINTS = new Set([
  "/organization/list",
  "/organization/get-full-organization",
  "/organization/check-slug",
  "/organization/set-active",
  "/organization/get-active-member",
  "/organization/get-active-member-role",
  "/organization/list-members",
]);

export function isOrganizationEndpointAllowed(path: string): boolean {
  return OPEN_ORGANIZATION_ENDPOINTS.has(path);
}
