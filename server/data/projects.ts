import { db } from "@/server/db/client";

export interface ProjectProcessingSettings {
  id: number;
  organizationId: string;
  scrubData: boolean;
  scrubFields: string[];
}

/** What the pipeline needs to know about the projects of a batch; deleted projects are absent. */
export async function projectProcessingSettings(
  projectIds: readonly number[],
): Promise<ProjectProcessingSettings[]> {
  if (projectIds.length === 0) return [];
  return db.project.findMany({
    where: { id: { in: [...projectIds] } },
    select: { id: true, organizationId: true, scrubData: true, scrubFields: true },
  });
}
