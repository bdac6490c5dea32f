import { Badge, type BadgeTone } from "@/components/ui/Badge";

const tones: Record<string, BadgeTone> = { owner: "accent", admin: "info", member: "neutral" };

export function RoleBadge({ role }: { role: string }) {
  return (
    <Badge tone={tones[role] ?? "neutral"}>{role.charAt(0).toUpperCase() + role.slice(1)}</Badge>
  );
}
