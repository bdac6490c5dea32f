import { db } from "@/server/db/client";
import type { OrgIssue } from "./issueAccess";

export interface GroupingHashItem {
  hash: string;
  /** The grouping variant that produced it: custom fingerprint, exception, message… */
  variant: string | null;
  values: string[];
  createdAt: Date;
}

function contributing(value: unknown): { variant: string | null; values: string[] } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { variant: null, values: [] };
  }
  const { variant, values } = value as Record<string, unknown>;
  return {
    variant: typeof variant === "string" ? variant : null,
    values: Array.isArray(values) ? values.map((item) => String(item)) : [],
  };
}

/** The grouping hashes that lead to this issue (several after a merge), oldest first. */
export async function listIssueHashes({ issue }: OrgIssue): Promise<GroupingHashItem[]> {
  const rows = await db.issueHash.findMany({
    where: { issueId: issue.id },
    orderBy: { id: "asc" },
    select: { hash: true, contributingValues: true, createdAt: true },
  });
  return rows.map((row) => ({
    hash: row.hash,
    ...contributing(row.contributingValues),
    createdAt: row.createdAt,
  }));
}
