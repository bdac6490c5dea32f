import type { Metadata } from "next";
import { AlertRulesList } from "@/components/alerts/AlertRulesList";

export const metadata: Metadata = { title: "Alerts" };

export default function AlertsPage() {
  return <AlertRulesList />;
}
