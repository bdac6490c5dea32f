import type { Metadata } from "next";
import { TokensSettings } from "@/components/tokens/TokensSettings";

export const metadata: Metadata = { title: "API tokens" };

export default function TokensSettingsPage() {
  return <TokensSettings />;
}
