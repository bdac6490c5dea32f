import type { Metadata } from "next";
import { MembersSettings } from "@/components/members/MembersSettings";

export const metadata: Metadata = { title: "Members" };

export default function MembersSettingsPage() {
  return <MembersSettings />;
}
