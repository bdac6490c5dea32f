import type {
  AssigneeTarget,
  Comparison,
  IssueStatusName,
  ParseResult,
  SearchTerm,
  TagMatch,
  TimePoint,
  ValueMatch,
} from "./terms";
import { LEVELS, USER_SEARCH_KEYS } from "./keys";
import { tokenize, type SearchToken, type TokenValue } from "./tokens";

/**
 * Sentry's issue search syntax → typed terms (docs/search.md lists what is understood). One parser
 * for the stream, the bulk actions and the REST API. Pure; errors are values with a position.
 */
export function parseIssueSearch(query: string): ParseResult {
  const lexed = tokenize(query);
  if (!lexed.ok) return lexed;
  const terms: SearchTerm[] = [];
  const words: string[] = [];
  try {
    for (const token of lexed.tokens) {
      if (token.kind === "text") words.push(token.text);
      else terms.push(...filterTerms(token));
    }
  } catch (error) {
    if (error instanceof QueryError) {
      return { ok: false, message: error.message, position: error.position };
    }
    throw error;
  }
  const text = words.join(" ").trim();
  if (text !== "") terms.push({ type: "text", value: valueMatch(text) });
  return { ok: true, terms };
}

class QueryError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

type FilterToken = Extract<SearchToken, { kind: "filter" }>;

const STATUS_VALUES: Record<string, IssueStatusName> = {
  unresolved: "unresolved",
  resolved: "resolved",
  ignored: "ignored",
  // Sentry renamed "ignored" to "archived"; its tools send either.
  archived: "ignored",
};

const IS_VALUES = [
  ...Object.keys(STATUS_VALUES),
  "reviewed",
  "unreviewed",
  "assigned",
  "unassigned",
  "for_review",
];

function filterTerms(token: FilterToken): SearchTerm[] {
  const key = token.key.toLowerCase();
  switch (key) {
    case "is":
      return [isTerm(token)];
    case "assigned":
    case "assigned_to":
      return [
        { type: "assignee", negated: token.negated, targets: token.values.map(assignee(token)) },
      ];
    case "level":
      return [{ type: "level", negated: token.negated, values: token.values.map(level(token)) }];
    case "release":
    case "environment":
      return [tagTerm(token, key)];
    case "first-release":
    case "first_release":
    case "firstrelease":
      return [{ type: "firstRelease", negated: token.negated, values: matches(token) }];
    case "times_seen":
    case "timesseen":
      return [countTerm(token, "timesSeen")];
    case "users":
      return [countTerm(token, "userCount")];
    case "age":
    case "firstseen":
    case "first_seen":
      return timeTerms(token, "firstSeen");
    case "lastseen":
    case "last_seen":
      return timeTerms(token, "lastSeen");
    case "has":
      return [hasTerm(token)];
  }
  const userKey = USER_SEARCH_KEYS.get(key);
  if (userKey !== undefined) return [userTerm(token, userKey.userTagPrefix, userKey.ownTag)];
  const bracketed = /^tags\[(.+)\]$/.exec(token.key);
  return [tagTerm(token, bracketed?.[1] ?? token.key)];
}

function valueMatch(text: string): ValueMatch {
  return { pattern: text, wildcard: text.includes("*") };
}

function matches(token: FilterToken): ValueMatch[] {
  return token.values.map((value) => valueMatch(value.text));
}

function tagTerm(token: FilterToken, key: string): SearchTerm {
  return { type: "tag", key, negated: token.negated, values: matches(token) };
}

/**
 * `user.email:a@b` → the `user` tag value `email:a@b` (a user whose key is the email) or the
 * `user.email` tag `a@b` (a user with an id as well); only the first for keys without a tag.
 */
function userTerm(token: FilterToken, userTagPrefix: string, ownTag?: string): SearchTerm {
  const userTag: TagMatch = {
    key: "user",
    values: token.values.map((value) => valueMatch(`${userTagPrefix}${value.text}`)),
  };
  if (ownTag === undefined) return { type: "tag", negated: token.negated, ...userTag };
  return {
    type: "anyTag",
    negated: token.negated,
    tags: [userTag, { key: ownTag, values: matches(token) }],
  };
}

function single(token: FilterToken): TokenValue {
  const [value] = token.values;
  if (token.isList || value === undefined) {
    throw new QueryError(`${token.key}: takes one value, not a list`, token.position);
  }
  return value;
}

function notNegated(token: FilterToken): void {
  if (token.negated) {
    throw new QueryError(
      `${token.key}: cannot be negated; use the opposite comparison`,
      token.position,
    );
  }
}

function isTerm(token: FilterToken): SearchTerm {
  const values = token.values.map((value) => value.text.toLowerCase());
  const unknown = values.find((value) => !IS_VALUES.includes(value));
  if (unknown !== undefined) {
    throw new QueryError(
      `Unknown is: value "${unknown}"; use one of ${IS_VALUES.join(", ")}`,
      token.position,
    );
  }
  const statuses = values.flatMap((value) => STATUS_VALUES[value] ?? []);
  if (statuses.length === values.length) {
    return { type: "status", negated: token.negated, statuses: [...new Set(statuses)] };
  }
  const [value] = values;
  if (token.isList || value === undefined) {
    throw new QueryError(
      "is: takes a list of statuses only (unresolved, resolved, ignored)",
      token.position,
    );
  }
  switch (value) {
    case "reviewed":
    case "unreviewed":
      return { type: "reviewed", value: (value === "reviewed") !== token.negated };
    case "assigned":
    case "unassigned":
      return { type: "assigned", value: (value === "assigned") !== token.negated };
    default:
      return { type: "forReview", negated: token.negated };
  }
}

function assignee(token: FilterToken) {
  return ({ text }: TokenValue): AssigneeTarget => {
    const value = text.trim();
    const lower = value.toLowerCase();
    if (lower === "me") return { kind: "me" };
    if (lower === "none") return { kind: "none" };
    if (lower === "my_teams") return { kind: "myTeams" };
    if (value.startsWith("#") && value.length > 1) return { kind: "team", slug: value.slice(1) };
    if (/^[^@\s]+@[^@\s]+$/.test(value)) return { kind: "user", email: lower };
    throw new QueryError(
      `${token.key}: takes me, none, my_teams, #team or an email, not "${value}"`,
      token.position,
    );
  };
}

function level(token: FilterToken) {
  return ({ text }: TokenValue): string => {
    const value = text.toLowerCase();
    if ((LEVELS as readonly string[]).includes(value)) return value;
    throw new QueryError(
      `Unknown level "${text}"; use one of ${LEVELS.join(", ")}`,
      token.position,
    );
  };
}

function hasTerm(token: FilterToken): SearchTerm {
  const { text } = single(token);
  const bracketed = /^tags\[(.+)\]$/.exec(text);
  return { type: "has", negated: token.negated, key: bracketed?.[1] ?? text };
}

const MAX_COUNT = 2_147_483_647;

function countTerm(token: FilterToken, field: "timesSeen" | "userCount"): SearchTerm {
  notNegated(token);
  const { text } = single(token);
  const match = /^(>=|<=|>|<|=)?(\d{1,10})$/.exec(text);
  const value = match === null ? NaN : Number(match[2]);
  if (match === null || value > MAX_COUNT) {
    throw new QueryError(
      `${token.key}: needs a whole number with an optional >, >=, < or <=, like ${token.key}:>100`,
      token.position,
    );
  }
  return { type: "count", field, op: (match[1] ?? "=") as Comparison, value };
}

const UNIT_MS: Record<string, number> = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * `age:-24h` (newer than 24 hours), `age:+7d` (older than 7 days), `lastSeen:>2026-01-31`,
 * `firstSeen:<=2026-01-31T12:00:00Z`, or a day `firstSeen:2026-01-31` (UTC).
 */
function timeTerms(token: FilterToken, field: "firstSeen" | "lastSeen"): SearchTerm[] {
  notNegated(token);
  const { text } = single(token);
  const relative = /^([+-])(\d{1,6})([mhdw])$/.exec(text);
  if (relative !== null) {
    const [, sign, amount = "", unit = ""] = relative;
    const at: TimePoint = { kind: "ago", ms: Number(amount) * (UNIT_MS[unit] ?? 0) };
    return [{ type: "time", field, op: sign === "-" ? ">=" : "<=", at }];
  }
  const compared = /^(>=|<=|>|<)(.+)$/.exec(text);
  if (compared !== null) {
    const [, op = ">", raw = ""] = compared;
    const date = parseInstant(raw);
    if (date !== null) {
      return [{ type: "time", field, op: op as ">" | ">=" | "<" | "<=", at: { kind: "at", date } }];
    }
  } else if (ISO_DATE.test(text)) {
    const day = parseInstant(text);
    if (day !== null) {
      const next = new Date(day.getTime() + UNIT_MS.d!);
      return [
        { type: "time", field, op: ">=", at: { kind: "at", date: day } },
        { type: "time", field, op: "<", at: { kind: "at", date: next } },
      ];
    }
  }
  throw new QueryError(
    `${token.key}: needs a time like -24h, +7d (units m, h, d, w) or >2026-01-31`,
    token.position,
  );
}

/** An ISO date or date-time; without a zone it is UTC. */
function parseInstant(text: string): Date | null {
  let iso: string;
  if (ISO_DATE.test(text)) iso = `${text}T00:00:00Z`;
  else if (ISO_DATETIME.test(text)) iso = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`;
  else return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}
