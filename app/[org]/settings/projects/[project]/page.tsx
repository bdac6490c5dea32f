import type { Metadata } from "next";
import { ProjectSettings } from "@/components/projects/ProjectSettings";

type ProjectSettingsPageProps = { params: Promise<{ org: string; project: string }> };

export async function generateMetadata({ params }: ProjectSettingsPageProps): Promise<Metadata> {
  const { project } = await params;
  return { title: `${project} settings` };
}

export default async function ProjectSettingsPage({ params }: ProjectSettingsPageProps) {
  const { project } = await params;
  return <ProjectSettings projectSlug={project} />;
}
