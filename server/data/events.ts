import { eventKey } from "./types";
import { utc, type Tx } from "./transaction";

export interface EventRow {
  projectId: number;
  eventId: string;
  issueId: number;
  timestamp: Date;
  receivedAt: Date;
  level: string;
  platform: string;
  title: string;
  message: string;
  release: string | null;
  environment: string;
  userKey: string | null;
  tagsJson: string;
  dataJson: string;
  size: number;
}

type EventIdentity = { projectId: number; eventId: string };

/** The batch's events already stored (a retried send or a redelivered job), as `projectId:eventId`. */
export async function storedEventKeys(
  tx: Tx,
  events: readonly EventIdentity[],
): Promise<Set<string>> {
  const rows = await tx.$queryRaw<EventIdentity[]>`
    SELECT e."projectId", replace(e."eventId"::text, '-', '') AS "eventId"
    FROM "Event" e
    JOIN unnest(${events.map((e) => e.projectId)}::int[], ${events.map((e) => e.eventId)}::uuid[])
      AS k("projectId", "eventId")
      ON e."projectId" = k."projectId" AND e."eventId" = k."eventId"`;
  return new Set(rows.map(eventKey));
}

/**
 * Inserts the events; one already stored (by a concurrent worker) is skipped. Returns the keys
 * actually inserted: only those may be counted.
 *
 * The rows travel as ONE json parameter rather than an array per column: the payloads are the
 * bulk of every batch, and one big string costs the driver and Prisma a fraction of what
 * hundreds of array elements do (measured ~2× faster for 200 events of 8 KB). Each payload is
 * spliced in as the JSON text it already is, not serialized again.
 */
export async function insertEvents(tx: Tx, rows: readonly EventRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await tx.$queryRaw<EventIdentity[]>`
    INSERT INTO "Event" ("projectId", "eventId", "issueId", "timestamp", "receivedAt", "level",
      "platform", "title", "message", "release", "environment", "userKey", "tags", "data", "size")
    SELECT r."projectId", r."eventId", r."issueId", r."timestamp", r."receivedAt", r."level",
      r."platform", r."title", r."message", r."release", r."environment", r."userKey", r."tags",
      r."data", r."size"
    FROM json_to_recordset(${rowsJson(rows)}::json) AS r("projectId" int, "eventId" uuid,
      "issueId" int, "timestamp" timestamp(3), "receivedAt" timestamp(3), "level" text,
      "platform" text, "title" text, "message" text, "release" text, "environment" text,
      "userKey" text, "tags" jsonb, "data" jsonb, "size" int)
    ORDER BY 1, 2
    ON CONFLICT ("projectId", "eventId") DO NOTHING
    RETURNING "projectId", replace("eventId"::text, '-', '') AS "eventId"`;
  return new Set(inserted.map(eventKey));
}

function rowsJson(rows: readonly EventRow[]): string {
  const parts = rows.map((row) => {
    const { tagsJson, dataJson, timestamp, receivedAt, ...columns } = row;
    const head = JSON.stringify({
      ...columns,
      timestamp: utc(timestamp),
      receivedAt: utc(receivedAt),
    });
    return `${head.slice(0, -1)},"tags":${tagsJson},"data":${dataJson}}`;
  });
  return `[${parts.join(",")}]`;
}
