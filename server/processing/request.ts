import {
  asRecord,
  cleanString,
  MAX_BAG_DEPTH,
  optionalString,
  sanitizeBag,
  sanitizeJson,
} from "./limits";
import type { JsonObject } from "./types";

type Pair = [string, string];

/**
 * `request` in Relay's canonical shape: headers, cookies and query string as lists of
 * `[name, value]` pairs whatever the SDK sent (object, pairs, or `a=b&c=d` / `a=b; c=d` text),
 * the query and fragment split off the URL, and `data`/`env` as bags.
 */
export function eventRequest(input: unknown): JsonObject | undefined {
  const record = asRecord(input);
  if (record === undefined) return undefined;
  const result: JsonObject = {};

  const method = optionalString(record.method, 16);
  if (method !== undefined) result.method = method.toUpperCase();

  const url = optionalString(record.url);
  let queryFromUrl: string | undefined;
  if (url !== undefined) {
    const [withoutFragment = "", fragment] = splitOnce(url, "#");
    const [base = "", query] = splitOnce(withoutFragment, "?");
    result.url = base;
    queryFromUrl = query;
    if (fragment && record.fragment === undefined) result.fragment = fragment;
  }

  const queryString = pairs(record.query_string ?? queryFromUrl, parseQuery);
  if (queryString.length > 0) result.query_string = queryString;
  const headers = pairs(record.headers, () => []);
  if (headers.length > 0) result.headers = headers;
  const cookies = pairs(record.cookies, parseCookies);
  if (cookies.length > 0) result.cookies = cookies;

  if (record.data !== undefined && record.data !== null) {
    result.data = sanitizeJson(record.data, MAX_BAG_DEPTH + 1);
  }
  const env = sanitizeBag(record.env);
  if (env !== undefined) result.env = env;
  for (const key of ["fragment", "api_target", "inferred_content_type"] as const) {
    const text = optionalString(record[key]);
    if (text !== undefined) result[key] = text;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/** The value of a header, matched case-insensitively, in a normalized request. */
export function requestHeader(request: JsonObject | undefined, name: string): string | undefined {
  const headers = request?.headers;
  if (!Array.isArray(headers)) return undefined;
  const wanted = name.toLowerCase();
  const pair = (headers as Pair[]).find(([key]) => key.toLowerCase() === wanted);
  return pair?.[1];
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const index = text.indexOf(separator);
  return index === -1 ? [text, undefined] : [text.slice(0, index), text.slice(index + 1)];
}

function pairs(input: unknown, parseText: (text: string) => Pair[]): Pair[] {
  if (typeof input === "string") return parseText(input).map(cleanPair);
  if (Array.isArray(input)) {
    return input.flatMap((entry): Pair[] => {
      if (!Array.isArray(entry) || typeof entry[0] !== "string") return [];
      const value = pairValue(entry[1]);
      return value === undefined ? [] : [cleanPair([entry[0], value])];
    });
  }
  const record = asRecord(input);
  if (record === undefined) return [];
  return Object.entries(record).flatMap(([key, raw]): Pair[] => {
    const values = Array.isArray(raw) ? raw : [raw];
    return values.flatMap((item): Pair[] => {
      const value = pairValue(item);
      return value === undefined ? [] : [cleanPair([key, value])];
    });
  });
}

function pairValue(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return undefined;
  return JSON.stringify(value);
}

function cleanPair([key, value]: Pair): Pair {
  return [cleanString(key), cleanString(value)];
}

function parseQuery(text: string): Pair[] {
  try {
    return [...new URLSearchParams(text.replace(/^\?/, ""))];
  } catch {
    return [];
  }
}

function parseCookies(text: string): Pair[] {
  return text.split(";").flatMap((part): Pair[] => {
    const [name = "", value = ""] = splitOnce(part, "=");
    return name.trim() === "" ? [] : [[name.trim(), value.trim()]];
  });
}
