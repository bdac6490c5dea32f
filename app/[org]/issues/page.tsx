import type { Metadata } from "next";
import { IssuesOverview } from "@/components/issues/IssuesOverview";

export const metadata: Metadata = { title: "Issues" };

export default function IssuesPage() {
  return <IssuesOverview />;
}
