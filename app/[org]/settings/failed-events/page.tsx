import type { Metadata } from "next";
import { FailedEventsSettings } from "@/components/failedEvents/FailedEventsSettings";

export const metadata: Metadata = { title: "Failed events" };

export default function FailedEventsSettingsPage() {
  return <FailedEventsSettings />;
}
