import { projectProcessingSettings, type ProjectProcessingSettings } from "@/server/data/projects";

/**
 * Project settings for a batch, from a short in-process cache: every batch needs them, they
 * change rarely, and a scrubbing change taking effect within this many seconds is fine.
 */
const TTL_MS = 30_000;

interface Entry {
  settings: ProjectProcessingSettings | null;
  expiresAt: number;
}

const cache = new Map<number, Entry>();

/** Settings of the given projects; a deleted project is absent from the map. */
export async function settingsForProjects(
  projectIds: readonly number[],
): Promise<Map<number, ProjectProcessingSettings>> {
  const now = Date.now();
  const missing = [...new Set(projectIds)].filter((id) => (cache.get(id)?.expiresAt ?? 0) <= now);
  if (missing.length > 0) {
    const loaded = new Map((await projectProcessingSettings(missing)).map((p) => [p.id, p]));
    for (const id of missing) {
      cache.set(id, { settings: loaded.get(id) ?? null, expiresAt: now + TTL_MS });
    }
  }
  const result = new Map<number, ProjectProcessingSettings>();
  for (const id of projectIds) {
    const settings = cache.get(id)?.settings;
    if (settings) result.set(id, settings);
  }
  return result;
}

/** For when settings are known to have changed (tests, or a settings page in the same process). */
export function forgetProjectSettings(projectId?: number): void {
  if (projectId === undefined) cache.clear();
  else cache.delete(projectId);
}
