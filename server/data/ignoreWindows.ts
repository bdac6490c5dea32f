import { ignoreWindows, type WindowCounts } from "@/server/processing/issueTransitions";
import type { LockedIssue } from "./issues";
import type { SqlTx } from "./sql";
import { utc } from "./transaction";

/**
 * The batch's locked issues, each one ignored with a windowed condition given its events and
 * distinct users within that window (`inWindows`, issueTransitions.ts). Called after the batch's
 * events were inserted, so they count. Only such issues pay, with one or two queries each: events
 * are counted up to the condition's count through the (issueId, timestamp) index; distinct users
 * need every event of the window, so a user window on a busy issue costs a scan per batch.
 */
export async function withIgnoreWindowCounts(
  tx: SqlTx,
  issues: readonly LockedIssue[],
  now: Date,
): Promise<LockedIssue[]> {
  const counted: LockedIssue[] = [];
  for (const issue of issues) {
    const windows = ignoreWindows(issue);
    if (windows === null) {
      counted.push(issue);
      continue;
    }
    const inWindows: WindowCounts = {};
    if (windows.events !== undefined) {
      const { minutes, count } = windows.events;
      inWindows.events = await eventsWithin(tx, issue.id, since(now, minutes), count);
    }
    if (windows.users !== undefined) {
      inWindows.users = await usersWithin(tx, issue.id, since(now, windows.users.minutes));
    }
    counted.push({ ...issue, inWindows });
  }
  return counted;
}

function since(now: Date, minutes: number): string {
  return utc(new Date(now.getTime() - minutes * 60_000));
}

async function eventsWithin(tx: SqlTx, issueId: number, from: string, atMost: number) {
  const [row] = await tx.query<{ n: number }>`
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM "Event"
      WHERE "issueId" = ${issueId} AND "timestamp" >= ${from}::timestamp(3)
      LIMIT ${Math.max(1, Math.ceil(atMost))}
    ) AS window_events`;
  return row?.n ?? 0;
}

async function usersWithin(tx: SqlTx, issueId: number, from: string) {
  const [row] = await tx.query<{ n: number }>`
    SELECT count(DISTINCT "userKey")::int AS n FROM "Event"
    WHERE "issueId" = ${issueId} AND "timestamp" >= ${from}::timestamp(3)`;
  return row?.n ?? 0;
}
