import type { IssueStatus } from "@/server/db/generated/enums";

/** What the minimal issue search understands today: statuses and free text on the title. */
export interface IssueQuery {
  /** null: every status. */
  statuses: IssueStatus[] | null;
  /** Matched case-insensitively against the issue title; "" matches all. */
  text: string;
  /** `key:value` terms not supported yet; ignored rather than refused, as tools send extras. */
  ignoredTerms: string[];
}

const STATUS_ALIASES: Record<string, IssueStatus> = {
  unresolved: "unresolved",
  resolved: "resolved",
  ignored: "ignored",
  // Sentry renamed "ignored" to "archived"; its tools send either.
  archived: "ignored",
};

const TERM = /(?:[^\s:"]+:"[^"]*"|"[^"]*"|\S+)/g;
const FILTER = /^(!?[a-z][a-z0-9_.]*):(.+)$/i;

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"')
    ? value.slice(1, -1)
    : value;
}

/**
 * Parses Sentry's `?query=`. Without the parameter Sentry lists unresolved issues; an explicitly
 * empty query lists every status.
 */
export function parseIssueQuery(query: string | null): IssueQuery {
  if (query === null) return { statuses: ["unresolved"], text: "", ignoredTerms: [] };
  const statuses = new Set<IssueStatus>();
  const words: string[] = [];
  const ignoredTerms: string[] = [];
  for (const term of query.match(TERM) ?? []) {
    const filter = FILTER.exec(term);
    if (filter === null) {
      words.push(unquote(term));
      continue;
    }
    const [, key = "", rawValue = ""] = filter;
    const status = STATUS_ALIASES[unquote(rawValue).toLowerCase()];
    if (key.toLowerCase() === "is" && status !== undefined) statuses.add(status);
    else ignoredTerms.push(term);
  }
  return {
    statuses: statuses.size === 0 ? null : [...statuses],
    text: words.join(" ").trim(),
    ignoredTerms,
  };
}
