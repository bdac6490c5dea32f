import { db } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";
import { NEWEST_FIRST } from "../issueDetails";

/** Columns, not `data`: a page of 50 full payloads would weigh megabytes. */
export const LIST_COLUMNS = {
  id: true,
  eventId: true,
  timestamp: true,
  title: true,
  message: true,
  level: true,
  release: true,
  environment: true,
  userKey: true,
  tags: true,
} satisfies Prisma.EventSelect;

export type EventListColumns = Prisma.EventGetPayload<{ select: typeof LIST_COLUMNS }>;

export interface EventRowsQuery {
  issueId: number;
  /** Where the page starts and the time window the filters allow. */
  bounds: Prisma.EventWhereInput[];
  /** Text, tags, environment, release. */
  filters: Prisma.EventWhereInput[];
  take: number;
}

/**
 * The issue's events within `bounds` that pass `filters`, newest first, at most `take`, read
 * through the (issueId, timestamp, id) index. Free text has no index of its own on purpose: a
 * trigram index on Event cost every stored event 0.05–0.1 ms of Postgres time (docs/search.md).
 */
export function newestEventRows(query: EventRowsQuery): Promise<EventListColumns[]> {
  const { issueId, bounds, filters, take } = query;
  return db.event.findMany({
    where: { issueId, AND: [...bounds, ...filters] },
    orderBy: NEWEST_FIRST,
    select: LIST_COLUMNS,
    take,
  });
}
