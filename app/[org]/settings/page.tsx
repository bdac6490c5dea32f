import type { Metadata } from "next";
import { OrganizationGeneral } from "@/components/settings/OrganizationGeneral";

export const metadata: Metadata = { title: "Settings" };

export default function SettingsPage() {
  return <OrganizationGeneral />;
}
