import type { Queue } from "bullmq";
import { db } from "@/server/db/client";
import { eventsQueue, type EventsJobData } from "@/server/queue/events";
import { sharedRedis } from "@/server/redis";
import { replayJob } from "./failedEventReplay";
import type { OrgAccess } from "./organizations";

/**
 * Events (and envelope items) the worker gave up on after their last attempt: the admin list,
 * replay and discard of issue #4 ("visible to admins and replayable — never silently dropped").
 * Rows carry a project id; an organization sees the rows of its own projects only.
 */
export const FAILED_EVENTS_PAGE_SIZE = 50;
/** The JSON preview is for reading, not for reconstructing: big attachments stay in the row. */
const PREVIEW_CHARS = 20_000;

export interface FailedEventView {
  id: string;
  project: { id: number; slug: string; name: string };
  eventId: string | null;
  error: string;
  attempts: number;
  createdAt: Date;
  /** The stored job payload, pretty-printed and cut at PREVIEW_CHARS. */
  preview: string;
  previewTruncated: boolean;
}

async function orgProjects(access: OrgAccess) {
  const projects = await db.project.findMany({
    where: { organizationId: access.org.id },
    select: { id: true, slug: true, name: true },
  });
  return new Map(projects.map((project) => [project.id, project]));
}

export async function listFailedEvents(
  access: OrgAccess,
  page: { cursor?: string; limit?: number } = {},
): Promise<{ items: FailedEventView[]; nextCursor: string | null; total: number }> {
  const projects = await orgProjects(access);
  const limit = page.limit ?? FAILED_EVENTS_PAGE_SIZE;
  const inOrg = { projectId: { in: [...projects.keys()] } };
  // Ids grow with insertion time, so "newest first" is id order, and a keyset on id survives
  // rows being replayed or discarded between pages.
  const [rows, total] = await Promise.all([
    db.failedEvent.findMany({
      where: page.cursor === undefined ? inOrg : { ...inOrg, id: { lt: BigInt(page.cursor) } },
      orderBy: { id: "desc" },
      take: limit + 1,
    }),
    db.failedEvent.count({ where: inOrg }),
  ]);
  const items = rows.slice(0, limit).flatMap((row): FailedEventView[] => {
    const project = projects.get(row.projectId);
    if (project === undefined) return [];
    const json = JSON.stringify(row.payload, null, 2);
    return [
      {
        id: String(row.id),
        project,
        eventId: row.eventId,
        error: row.error,
        attempts: row.attempts,
        createdAt: row.createdAt,
        preview: json.slice(0, PREVIEW_CHARS),
        previewTruncated: json.length > PREVIEW_CHARS,
      },
    ];
  });
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? last.id : null, total };
}

const globalForReplay = globalThis as unknown as { faultlineReplayQueue?: Queue<EventsJobData> };

function replayQueue(): Queue<EventsJobData> {
  globalForReplay.faultlineReplayQueue ??= eventsQueue(sharedRedis());
  return globalForReplay.faultlineReplayQueue;
}

async function rowsOf(access: OrgAccess, ids: readonly string[]) {
  const projects = await orgProjects(access);
  return db.failedEvent.findMany({
    where: { id: { in: ids.map((id) => BigInt(id)) }, projectId: { in: [...projects.keys()] } },
    orderBy: { id: "asc" },
  });
}

/**
 * Puts the stored jobs back on the events queue with fresh attempts, then deletes their rows.
 * Enqueue first: a crash between the two leaves the row to be replayed again, and storing an
 * event twice is harmless (the worker is idempotent by event id), whereas the other order could
 * lose it. Ids of other organizations, or already handled, are simply not found.
 */
export async function replayFailedEvents(
  access: OrgAccess,
  ids: readonly string[],
  queue: Queue<EventsJobData> = replayQueue(),
): Promise<{ replayed: string[]; refused: { id: string; reason: string }[] }> {
  const rows = await rowsOf(access, ids);
  const jobs: { id: bigint; name: string; data: EventsJobData }[] = [];
  const refused: { id: string; reason: string }[] = [];
  for (const row of rows) {
    const job = replayJob(row);
    if (job.ok) jobs.push({ id: row.id, name: job.name, data: job.data });
    else refused.push({ id: String(row.id), reason: job.reason });
  }
  if (jobs.length > 0) {
    await queue.addBulk(jobs.map(({ name, data }) => ({ name, data })));
    await db.failedEvent.deleteMany({ where: { id: { in: jobs.map((job) => job.id) } } });
  }
  return { replayed: jobs.map((job) => String(job.id)), refused };
}

export async function discardFailedEvents(
  access: OrgAccess,
  ids: readonly string[],
): Promise<{ discarded: number }> {
  const projects = await orgProjects(access);
  const { count } = await db.failedEvent.deleteMany({
    where: { id: { in: ids.map((id) => BigInt(id)) }, projectId: { in: [...projects.keys()] } },
  });
  return { discarded: count };
}
