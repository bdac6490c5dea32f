import type { ProjectProcessingSettings } from "@/server/data/projects";
import type { GroupedEvent } from "@/server/data/types";
import { groupedEvent } from "./groupedEvent";
import { normalizeEvent } from "./normalize";
import { scrubEvent } from "./scrub";
import type { IngestedEvent } from "./types";

/** One accepted event made ready to store: normalized, scrubbed with its project's settings, grouped. */
export function prepareEvent(job: IngestedEvent, project: ProjectProcessingSettings): GroupedEvent {
  const normalized = normalizeEvent(job);
  const scrubbed = scrubEvent(normalized, project);
  return groupedEvent(job, scrubbed, project.organizationId);
}
