/** The parts of an issue that decide a merge. */
export interface MergeCandidate {
  id: number;
  projectId: number;
  timesSeen: number;
  firstSeen: Date;
}

export type MergePlan<T extends MergeCandidate> =
  { ok: true; primary: T; children: T[] } | { ok: false; reason: string };

/**
 * Which issue the others merge into: Sentry keeps the one with the most events; on a tie the
 * oldest (first seen, then lowest id) so the answer never depends on the order given.
 */
export function mergePlan<T extends MergeCandidate>(issues: readonly T[]): MergePlan<T> {
  if (issues.length < 2) return { ok: false, reason: "Select at least two issues to merge" };
  const projects = new Set(issues.map((issue) => issue.projectId));
  if (projects.size > 1) {
    return { ok: false, reason: "Only issues of the same project can be merged" };
  }
  const [primary, ...children] = [...issues].sort(
    (a, b) =>
      b.timesSeen - a.timesSeen || a.firstSeen.getTime() - b.firstSeen.getTime() || a.id - b.id,
  );
  if (primary === undefined) return { ok: false, reason: "Select at least two issues to merge" };
  return { ok: true, primary, children };
}
