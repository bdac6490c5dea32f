export const ROLE_OPTIONS = [
  { value: "member", label: "Member", description: "Sees all projects and issues; joins teams." },
  {
    value: "admin",
    label: "Admin",
    description: "Also manages projects, keys, teams and members.",
  },
  {
    value: "owner",
    label: "Owner",
    description: "Full control, including owners and the organization.",
  },
];

/** Roles the current user may hand out: only owners grant ownership. */
export function grantableRoles(myRole: string) {
  return ROLE_OPTIONS.filter((option) => option.value !== "owner" || myRole === "owner");
}
