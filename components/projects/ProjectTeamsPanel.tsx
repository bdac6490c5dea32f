import { UsersRound } from "lucide-react";
import Link from "next/link";
import { Panel } from "@/components/ui/Panel";

type ProjectTeamsPanelProps = {
  orgSlug: string;
  teams: { id: string; slug: string; name: string }[];
};

export function ProjectTeamsPanel({ orgSlug, teams }: ProjectTeamsPanelProps) {
  return (
    <Panel
      title="Teams"
      description="Teams with access to this project. Add or remove projects from a team's page."
    >
      {teams.length === 0 ? (
        <p className="text-[13px] text-fg-muted">
          No team has this project yet.{" "}
          <Link
            href={`/${orgSlug}/settings/teams`}
            className="font-medium text-accent-fg hover:underline"
          >
            Manage teams
          </Link>
        </p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {teams.map((team) => (
            <li key={team.id}>
              <Link
                href={`/${orgSlug}/settings/teams/${team.slug}`}
                className="inline-flex h-7 items-center gap-1.5 rounded-md border border-line bg-subtle px-2.5 text-[13px] font-medium text-fg hover:bg-hover"
              >
                <UsersRound size={14} className="text-fg-muted" />#{team.slug}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
