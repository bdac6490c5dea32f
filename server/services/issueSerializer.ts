import type { Issue } from "@/server/db/generated/client";

/** `WEB-1A`: the project's prefix and the per-project issue number in upper-case base 36, as Sentry. */
export function formatShortId(prefix: string, shortIdNumber: number): string {
  return `${prefix}-${shortIdNumber.toString(36).toUpperCase()}`;
}

export interface IssueProjectRef {
  id: number;
  slug: string;
  name: string;
  shortIdPrefix: string;
}

export type SerializableIssue = Pick<
  Issue,
  | "id"
  | "shortIdNumber"
  | "title"
  | "culprit"
  | "level"
  | "type"
  | "platform"
  | "status"
  | "substatus"
  | "statusDetails"
  | "timesSeen"
  | "userCount"
  | "firstSeen"
  | "lastSeen"
  | "metadata"
  | "isUnhandled"
>;

/**
 * An issue as Sentry's API returns it (`GET /api/0/projects/{org}/{project}/issues/`): ids and
 * counts as strings where Sentry uses strings, times in ISO 8601, so its tools parse ours.
 */
export function serializeIssue(
  issue: SerializableIssue,
  project: IssueProjectRef,
  links: { publicUrl: string; orgSlug: string },
) {
  return {
    id: String(issue.id),
    shortId: formatShortId(project.shortIdPrefix, issue.shortIdNumber),
    title: issue.title,
    culprit: issue.culprit,
    level: issue.level,
    type: issue.type,
    issueType: issue.type,
    issueCategory: issue.type,
    platform: issue.platform ?? undefined,
    status: issue.status,
    substatus: issue.substatus,
    statusDetails: issue.statusDetails,
    count: String(issue.timesSeen),
    userCount: issue.userCount,
    firstSeen: issue.firstSeen.toISOString(),
    lastSeen: issue.lastSeen.toISOString(),
    metadata: issue.metadata,
    isUnhandled: issue.isUnhandled,
    project: { id: String(project.id), slug: project.slug, name: project.name },
    permalink: `${links.publicUrl}/${links.orgSlug}/issues/${issue.id}/`,
  };
}

export type SentryIssue = ReturnType<typeof serializeIssue>;
