"use client";

import { createContext, useContext, type ReactNode } from "react";

export type OrgRole = "owner" | "admin" | "member";

export type CurrentOrg = {
  slug: string;
  name: string;
  role: OrgRole;
  /** Owners and admins manage projects, keys, members and teams. */
  canManage: boolean;
  user: { id: string; name: string; email: string };
};

const CurrentOrgContext = createContext<CurrentOrg | null>(null);

/** The organization (and signed-in user) the server layout resolved for this page. */
export function CurrentOrgProvider({
  value,
  children,
}: {
  value: CurrentOrg;
  children: ReactNode;
}) {
  return <CurrentOrgContext.Provider value={value}>{children}</CurrentOrgContext.Provider>;
}

export function useCurrentOrg(): CurrentOrg {
  const org = useContext(CurrentOrgContext);
  if (!org) throw new Error("useCurrentOrg() is only available inside an organization's pages");
  return org;
}
