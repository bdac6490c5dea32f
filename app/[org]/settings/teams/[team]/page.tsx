import type { Metadata } from "next";
import { TeamDetail } from "@/components/teams/TeamDetail";

type TeamPageProps = { params: Promise<{ org: string; team: string }> };

export async function generateMetadata({ params }: TeamPageProps): Promise<Metadata> {
  const { team } = await params;
  return { title: `#${team}` };
}

export default async function TeamPage({ params }: TeamPageProps) {
  const { team } = await params;
  return <TeamDetail teamSlug={team} />;
}
