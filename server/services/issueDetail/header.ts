import { db } from "@/server/db/client";
import { publicUrl } from "@/server/env";
import { formatShortId } from "../issueSerializer";
import { asObject, issueMetadata, type StreamIssue } from "../issueStream";
import type { OrgAccess } from "../organizations";
import type { OrgIssue } from "./issueAccess";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export type IssueAssignee = StreamIssue["assignee"];

export interface IssueReleaseRef {
  version: string;
  dateCreated: Date;
}

/**
 * The issue page's header: the stream's issue fields (so the shared actions and assignee picker
 * take it as they take a stream row) plus releases, both graphs and what the tabs need to know.
 */
export interface IssueHeader extends StreamIssue {
  /** The 24 hourly buckets, as the stream's `stats` for "24h". */
  stats: number[];
  firstRelease: IssueReleaseRef | null;
  lastRelease: IssueReleaseRef | null;
  /** Events per hour, the last 24 hours, oldest first; the last bucket is the current hour. */
  stats24h: number[];
  /** Events per UTC day, the last 30 days, oldest first; the last bucket is today. */
  stats30d: number[];
  /** Start of the current hour: the time of the last 24h bucket. */
  statsUntil: Date;
  permalink: string;
  orgSlug: string;
  numComments: number;
  userReportCount: number;
}

/** Both graphs from one read of the hourly rollup (at most 720 rows, by primary key). */
export function bucketStats(
  rows: { hour: Date; count: number }[],
  now: Date,
): { stats24h: number[]; stats30d: number[]; statsUntil: Date } {
  const currentHour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const stats24h = new Array<number>(24).fill(0);
  const stats30d = new Array<number>(30).fill(0);
  for (const row of rows) {
    const time = row.hour.getTime();
    const hourIndex = 23 - Math.round((currentHour - time) / HOUR_MS);
    if (hourIndex >= 0 && hourIndex < 24) stats24h[hourIndex]! += row.count;
    const dayIndex = 29 - Math.floor((today - Math.floor(time / DAY_MS) * DAY_MS) / DAY_MS);
    if (dayIndex >= 0 && dayIndex < 30) stats30d[dayIndex]! += row.count;
  }
  return { stats24h, stats30d, statsUntil: new Date(currentHour) };
}

export async function getIssueHeader(
  access: OrgAccess,
  { issue, project }: OrgIssue,
  now = new Date(),
): Promise<IssueHeader> {
  const since = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS - 29 * DAY_MS);
  const [related, statRows, numComments, userReportCount] = await Promise.all([
    db.issue.findUniqueOrThrow({
      where: { id: issue.id },
      select: {
        firstRelease: { select: { version: true, dateCreated: true } },
        lastRelease: { select: { version: true, dateCreated: true } },
        assigneeUser: { select: { id: true, name: true, email: true } },
        assigneeTeam: { select: { id: true, slug: true, name: true } },
      },
    }),
    db.issueStatsHourly.findMany({
      where: { issueId: issue.id, hour: { gte: since } },
      select: { hour: true, count: true },
    }),
    db.activity.count({ where: { issueId: issue.id, type: "note" } }),
    db.userFeedback.count({ where: { issueId: issue.id } }),
  ]);
  const stats = bucketStats(statRows, now);
  const assignee: IssueAssignee =
    related.assigneeUser !== null
      ? { type: "user", ...related.assigneeUser }
      : related.assigneeTeam !== null
        ? { type: "team", ...related.assigneeTeam }
        : null;
  return {
    id: issue.id,
    shortId: formatShortId(project.shortIdPrefix, issue.shortIdNumber),
    title: issue.title,
    culprit: issue.culprit,
    level: issue.level,
    status: issue.status,
    substatus: issue.substatus,
    statusDetails: asObject(issue.statusDetails),
    isUnhandled: issue.isUnhandled,
    isReviewed: issue.isReviewed,
    metadata: issueMetadata(issue.metadata),
    project: { id: project.id, slug: project.slug, name: project.name, platform: project.platform },
    firstSeen: issue.firstSeen,
    lastSeen: issue.lastSeen,
    count: issue.timesSeen,
    userCount: issue.userCount,
    assignee,
    stats: stats.stats24h,
    firstRelease: related.firstRelease,
    lastRelease: related.lastRelease,
    ...stats,
    permalink: `${publicUrl()}/${access.org.slug}/issues/${issue.id}`,
    orgSlug: access.org.slug,
    numComments,
    userReportCount,
  };
}
