import type { Metadata } from "next";
import { TeamsSettings } from "@/components/teams/TeamsSettings";

export const metadata: Metadata = { title: "Teams" };

export default function TeamsSettingsPage() {
  return <TeamsSettings />;
}
