import { Prisma } from "@/server/db/generated/client";
import type { StreamSort } from "@/server/search/streamParams";
import type {
  AssigneeTarget,
  SearchTerm,
  TagMatch,
  TimePoint,
  ValueMatch,
} from "@/server/search/terms";
import { utc } from "./transaction";

/**
 * Search terms → a SQL condition on `"Issue" i`. Every value travels as a bind parameter; the
 * only raw SQL pieces are column names picked from the fixed maps below.
 */

export interface StreamScope {
  organizationId: string;
  /** The projects searched; already checked to belong to the organization. */
  projectIds: number[];
  userId: string;
  /** The caller's teams in the organization, for `assigned:my_teams`. */
  teamIds: string[];
  environment?: string;
  /** Issues seen (lastSeen) from `start`, and first seen before `end` when given. */
  start: Date;
  end: Date | null;
  now: Date;
}

const FOR_REVIEW_MS = 7 * 86_400_000;

export const SORT_COLUMNS: Record<StreamSort, Prisma.Sql> = {
  date: Prisma.raw('i."lastSeen"'),
  new: Prisma.raw('i."firstSeen"'),
  freq: Prisma.raw('i."timesSeen"'),
  user: Prisma.raw('i."userCount"'),
};

export const SORT_IS_TIME: Record<StreamSort, boolean> = {
  date: true,
  new: true,
  freq: false,
  user: false,
};

/** Exactly the expression of the "Issue_searchText_trgm_idx" index. */
const SEARCH_TEXT = Prisma.raw(
  `(i."title" || ' ' || i."culprit" || ' ' || COALESCE(i."metadata"->>'value', ''))`,
);

const timestamp = (date: Date): Prisma.Sql => Prisma.sql`${utc(date)}::timestamp(3)`;

/** The scope (projects, period, environment) and the terms, AND-ed. */
export function streamCondition(scope: StreamScope, terms: readonly SearchTerm[]): Prisma.Sql {
  // With one project (and one status) `=` rather than `= ANY` lets Postgres read the stream
  // index in order instead of sorting every match.
  const [onlyProject] = scope.projectIds;
  const conditions: Prisma.Sql[] = [
    scope.projectIds.length === 1 && onlyProject !== undefined
      ? Prisma.sql`i."projectId" = ${onlyProject}::int`
      : Prisma.sql`i."projectId" = ANY(${scope.projectIds}::int[])`,
    Prisma.sql`i."lastSeen" >= ${timestamp(scope.start)}`,
  ];
  if (scope.end !== null) conditions.push(Prisma.sql`i."firstSeen" <= ${timestamp(scope.end)}`);
  if (scope.environment !== undefined) {
    // The tag's own first/last seen say whether the issue was seen in that environment in the period.
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "IssueTagValue" e
      WHERE e."issueId" = i.id AND e."projectId" = ANY(${scope.projectIds}::int[])
        AND e."key" = 'environment' AND e."value" = ${scope.environment}
        AND e."lastSeen" >= ${timestamp(scope.start)}
        ${scope.end === null ? Prisma.empty : Prisma.sql`AND e."firstSeen" <= ${timestamp(scope.end)}`})`);
  }
  const statuses = terms.flatMap((term) =>
    term.type === "status" && !term.negated ? term.statuses : [],
  );
  const distinctStatuses = [...new Set(statuses)];
  const [onlyStatus] = distinctStatuses;
  if (distinctStatuses.length === 1 && onlyStatus !== undefined) {
    conditions.push(Prisma.sql`i."status" = ${onlyStatus}::"IssueStatus"`);
  } else if (distinctStatuses.length > 1) {
    conditions.push(Prisma.sql`i."status" = ANY(${distinctStatuses}::"IssueStatus"[])`);
  }
  for (const term of terms) {
    const condition = termCondition(term, scope);
    if (condition !== null) conditions.push(condition);
  }
  return Prisma.join(conditions, " AND ");
}

function termCondition(term: SearchTerm, scope: StreamScope): Prisma.Sql | null {
  switch (term.type) {
    case "status":
      return term.negated ? Prisma.sql`i."status" <> ALL(${term.statuses}::"IssueStatus"[])` : null;
    case "reviewed":
      return Prisma.sql`i."isReviewed" = ${term.value}`;
    case "assigned":
      return term.value
        ? Prisma.sql`(i."assigneeUserId" IS NOT NULL OR i."assigneeTeamId" IS NOT NULL)`
        : Prisma.sql`(i."assigneeUserId" IS NULL AND i."assigneeTeamId" IS NULL)`;
    case "forReview":
      return negate(forReviewCondition(scope.now), term.negated);
    case "assignee":
      return negate(
        Prisma.sql`(${Prisma.join(
          term.targets.map((target) => assigneeCondition(target, scope)),
          " OR ",
        )})`,
        term.negated,
      );
    case "level":
      return negate(Prisma.sql`i."level" = ANY(${term.values}::text[])`, term.negated);
    case "firstRelease":
      return negate(
        Prisma.sql`EXISTS (SELECT 1 FROM "Release" r WHERE r.id = i."firstReleaseId"
          AND ${valuesCondition(Prisma.raw('r."version"'), term.values)})`,
        term.negated,
      );
    case "tag":
      return negate(tagCondition([term], scope), term.negated);
    case "anyTag":
      return negate(tagCondition(term.tags, scope), term.negated);
    case "has":
      return negate(
        Prisma.sql`EXISTS (SELECT 1 FROM "IssueTagValue" t WHERE t."issueId" = i.id
          AND t."projectId" = ANY(${scope.projectIds}::int[]) AND t."key" = ${term.key})`,
        term.negated,
      );
    case "count": {
      const column = Prisma.raw(term.field === "timesSeen" ? 'i."timesSeen"' : 'i."userCount"');
      return Prisma.sql`${column} ${Prisma.raw(term.op)} ${term.value}`;
    }
    case "time": {
      const column = Prisma.raw(term.field === "firstSeen" ? 'i."firstSeen"' : 'i."lastSeen"');
      return Prisma.sql`${column} ${Prisma.raw(term.op)} ${timestamp(instant(term.at, scope.now))}`;
    }
    case "text": {
      const pattern = `%${likePattern(term.value)}%`;
      // The trigram index (migration 20261123152016_issue_search_text) answers the first test;
      // the second keeps a phrase from matching across the joins between the three fields.
      return Prisma.sql`(${SEARCH_TEXT} ILIKE ${pattern} AND (i."title" ILIKE ${pattern}
        OR i."culprit" ILIKE ${pattern} OR (i."metadata"->>'value') ILIKE ${pattern}))`;
    }
  }
}

/** NOT that is true for a NULL inside (an unassigned issue is "not assigned to me"). */
function negate(condition: Prisma.Sql, negated: boolean): Prisma.Sql {
  return negated ? Prisma.sql`NOT COALESCE(${condition}, false)` : condition;
}

function instant(at: TimePoint, now: Date): Date {
  return at.kind === "at" ? at.date : new Date(now.getTime() - at.ms);
}

/**
 * Sentry's "For Review": unresolved, not yet marked reviewed, and added to the inbox within 7
 * days — first seen, regressed, or back from ignored (their activities say when).
 */
function forReviewCondition(now: Date): Prisma.Sql {
  const since = timestamp(new Date(now.getTime() - FOR_REVIEW_MS));
  return Prisma.sql`(i."status" = 'unresolved' AND NOT i."isReviewed" AND (i."firstSeen" >= ${since}
    OR EXISTS (SELECT 1 FROM "Activity" a WHERE a."issueId" = i.id
      AND a."type" IN ('set_regression', 'set_unresolved') AND a."createdAt" >= ${since})))`;
}

function assigneeCondition(target: AssigneeTarget, scope: StreamScope): Prisma.Sql {
  switch (target.kind) {
    case "me":
      return Prisma.sql`i."assigneeUserId" = ${scope.userId}`;
    case "none":
      return Prisma.sql`(i."assigneeUserId" IS NULL AND i."assigneeTeamId" IS NULL)`;
    case "myTeams":
      return Prisma.sql`i."assigneeTeamId" = ANY(${scope.teamIds}::text[])`;
    case "user":
      return Prisma.sql`i."assigneeUserId" IN (SELECT u.id FROM "User" u WHERE lower(u."email") = ${target.email})`;
    case "team":
      return Prisma.sql`i."assigneeTeamId" IN (SELECT tm.id FROM "Team" tm
        WHERE tm."organizationId" = ${scope.organizationId} AND tm."slug" = ${target.slug})`;
  }
}

/** The issue has an event tagged with one of the values under one of the keys. */
function tagCondition(tags: readonly TagMatch[], scope: StreamScope): Prisma.Sql {
  const matches = tags.map(
    (tag) =>
      Prisma.sql`(t."key" = ${tag.key} AND ${valuesCondition(Prisma.raw('t."value"'), tag.values)})`,
  );
  return Prisma.sql`EXISTS (SELECT 1 FROM "IssueTagValue" t WHERE t."issueId" = i.id
    AND t."projectId" = ANY(${scope.projectIds}::int[]) AND (${Prisma.join(matches, " OR ")}))`;
}

/** Exact values through `= ANY` (index-friendly), wildcard ones through LIKE. */
function valuesCondition(column: Prisma.Sql, values: readonly ValueMatch[]): Prisma.Sql {
  const exact = values.filter((value) => !value.wildcard).map((value) => value.pattern);
  const patterns = values.filter((value) => value.wildcard).map((value) => likePattern(value));
  const parts: Prisma.Sql[] = [];
  if (exact.length > 0) parts.push(Prisma.sql`${column} = ANY(${exact}::text[])`);
  for (const pattern of patterns) parts.push(Prisma.sql`${column} LIKE ${pattern}`);
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

/** The value as a LIKE pattern: `%`, `_` and `\` literal, `*` (when a wildcard) any text. */
function likePattern(value: ValueMatch): string {
  const escaped = value.pattern.replace(/[\\%_]/g, (char) => `\\${char}`);
  return value.wildcard ? escaped.replaceAll("*", "%") : escaped;
}
