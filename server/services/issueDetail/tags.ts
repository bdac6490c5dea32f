import { issueTagSummary } from "../issueDetails";
import type { OrgIssue } from "./issueAccess";

export interface IssueTagValueSummary {
  value: string;
  count: number;
  /** Share of the issue's events carrying this value, 0–100. */
  percent: number;
  firstSeen: Date;
  lastSeen: Date;
}

export interface IssueTagKeySummary {
  key: string;
  /** Events carrying the key at all. */
  count: number;
  uniqueValues: number;
  topValues: IssueTagValueSummary[];
}

/**
 * For each of the issue's most used tag keys, its top values with their counts and share of the
 * issue's events, from the exact per-issue aggregate (never a scan of events).
 */
export async function issueTags({
  issue,
}: OrgIssue): Promise<{ eventCount: number; keys: IssueTagKeySummary[] }> {
  const summary = await issueTagSummary(issue.id);
  const eventCount = issue.timesSeen;
  const percentOf = (count: number) =>
    eventCount === 0 ? 0 : Math.min(100, (count / eventCount) * 100);
  return {
    eventCount,
    keys: summary.map((key) => ({
      key: key.key,
      count: key.totalValues,
      uniqueValues: key.uniqueValues,
      topValues: key.topValues.map((value) => ({
        value: value.value,
        count: value.count,
        percent: percentOf(value.count),
        firstSeen: new Date(value.firstSeen),
        lastSeen: new Date(value.lastSeen),
      })),
    })),
  };
}
