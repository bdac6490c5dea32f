/**
 * The lexical layer of Sentry's issue search: splits a query into `key:value` filters (with `!`
 * negation, quoted values and `[a, b]` lists) and free-text words, each with its position so the
 * parser can point at the offending character. Pure.
 */

export interface TokenValue {
  text: string;
  /** Written in double quotes: `*` inside is still a wildcard, but spaces and commas are literal. */
  quoted: boolean;
}

export type SearchToken =
  | {
      kind: "filter";
      key: string;
      negated: boolean;
      values: TokenValue[];
      isList: boolean;
      position: number;
    }
  | { kind: "text"; text: string; quoted: boolean; position: number };

export type TokenizeResult =
  { ok: true; tokens: SearchToken[] } | { ok: false; message: string; position: number };

/** Sentry's tag keys: letters, digits, `_ . : -`, and `tags[…]` for keys that clash with built-ins. */
const KEY = /^(!?)((?:tags\[[^\]\s]+\])|(?:[A-Za-z_][A-Za-z0-9_.-]*)):/;

class SyntaxFailure extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

export function tokenize(query: string): TokenizeResult {
  const tokens: SearchToken[] = [];
  let index = 0;
  try {
    while (index < query.length) {
      if (isSpace(query[index])) {
        index += 1;
        continue;
      }
      const [token, next] = readToken(query, index);
      tokens.push(token);
      index = next;
    }
  } catch (error) {
    if (error instanceof SyntaxFailure) {
      return { ok: false, message: error.message, position: error.position };
    }
    throw error;
  }
  return { ok: true, tokens };
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char);
}

function readToken(query: string, start: number): [SearchToken, number] {
  const key = KEY.exec(query.slice(start));
  if (key !== null) {
    const [whole, bang = "", name = ""] = key;
    const valueStart = start + whole.length;
    const next = query[valueStart];
    // `TypeError: x` is text: a key needs a value right after its colon, as in Sentry's grammar.
    if (next !== undefined && !isSpace(next)) {
      const token = { kind: "filter" as const, key: name, negated: bang === "!", position: start };
      if (next === "[") {
        const [values, end] = readList(query, valueStart);
        return [{ ...token, values, isList: true }, end];
      }
      const [value, end] = readValue(query, valueStart, false);
      return [{ ...token, values: [value], isList: false }, end];
    }
  }
  if (query[start] === '"') {
    const [text, end] = readQuoted(query, start);
    return [{ kind: "text", text, quoted: true, position: start }, end];
  }
  let end = start;
  while (end < query.length && !isSpace(query[end])) end += 1;
  return [{ kind: "text", text: query.slice(start, end), quoted: false, position: start }, end];
}

/** A value: quoted, or everything up to whitespace (inside a list: up to `,` or `]`). */
function readValue(query: string, start: number, inList: boolean): [TokenValue, number] {
  if (query[start] === '"') {
    const [text, end] = readQuoted(query, start);
    if (!inList && end < query.length && !isSpace(query[end])) {
      throw new SyntaxFailure("Expected a space after the closing quote", end);
    }
    return [{ text, quoted: true }, end];
  }
  let end = start;
  while (end < query.length && !isSpace(query[end])) {
    if (inList && (query[end] === "," || query[end] === "]")) break;
    end += 1;
  }
  return [{ text: query.slice(start, end), quoted: false }, end];
}

/** `"…"` with `\"` for a quote inside; returns the text without the quotes. */
function readQuoted(query: string, start: number): [string, number] {
  let text = "";
  let index = start + 1;
  while (index < query.length) {
    const char = query[index];
    if (char === "\\" && query[index + 1] === '"') {
      text += '"';
      index += 2;
      continue;
    }
    if (char === '"') return [text, index + 1];
    text += char;
    index += 1;
  }
  throw new SyntaxFailure("Missing closing quote", start);
}

/** `[a, "b c", d]`: at least one value, separated by commas, spaces around them ignored. */
function readList(query: string, start: number): [TokenValue[], number] {
  const values: TokenValue[] = [];
  let index = start + 1;
  for (;;) {
    while (isSpace(query[index])) index += 1;
    if (index >= query.length) throw new SyntaxFailure("Missing closing ] of the list", start);
    const [value, end] = readValue(query, index, true);
    if (value.text === "" && !value.quoted) {
      throw new SyntaxFailure("Empty value in the list", index);
    }
    values.push(value);
    index = end;
    while (isSpace(query[index])) index += 1;
    if (query[index] === ",") {
      index += 1;
      continue;
    }
    if (query[index] === "]") {
      const after = index + 1;
      if (after < query.length && !isSpace(query[after])) {
        throw new SyntaxFailure("Expected a space after the list", after);
      }
      return [values, after];
    }
    if (index >= query.length) throw new SyntaxFailure("Missing closing ] of the list", start);
    throw new SyntaxFailure("Expected , or ] in the list", index);
  }
}
