/**
 * What the search bar's autocomplete is completing: the whitespace-separated token under the
 * caret (quotes keep spaces inside a value), either a key being typed (`lev` → `level:`) or a value
 * after `key:` (`level:er` → `level:error`). Pure, so the rules are tested without a browser.
 */

export type SearchToken =
  | { kind: "key"; start: number; end: number; negated: boolean; prefix: string }
  | { kind: "value"; start: number; end: number; negated: boolean; key: string; prefix: string };

/** Start and end offsets of the token that contains `caret` (quotes protect whitespace). */
function tokenBounds(text: string, caret: number): { start: number; end: number } {
  let start = 0;
  let inQuotes = false;
  for (let index = 0; index < caret; index++) {
    const char = text[index]!;
    if (char === '"') inQuotes = !inQuotes;
    else if (/\s/.test(char) && !inQuotes) start = index + 1;
  }
  // An unclosed quote under the caret ends at the next whitespace, so a half-typed value does not
  // swallow the rest of the query.
  if (inQuotes && !text.includes('"', caret)) inQuotes = false;
  let end = caret;
  while (end < text.length) {
    const char = text[end]!;
    if (char === '"') inQuotes = !inQuotes;
    else if (/\s/.test(char) && !inQuotes) break;
    end++;
  }
  return { start, end };
}

export function searchTokenAt(text: string, caret: number): SearchToken {
  const { start, end } = tokenBounds(text, caret);
  const typed = text.slice(start, caret);
  const negated = typed.startsWith("!");
  const body = negated ? typed.slice(1) : typed;
  const colon = body.indexOf(":");
  if (colon === -1) return { kind: "key", start, end, negated, prefix: body };
  return {
    kind: "value",
    start,
    end,
    negated,
    key: body.slice(0, colon),
    prefix: body.slice(colon + 1).replace(/^"/, ""),
  };
}

/** A value as the query syntax needs it: quoted when it holds whitespace, quotes or is empty. */
export function quoteSearchValue(value: string): string {
  if (value !== "" && !/[\s"]/.test(value)) return value;
  return `"${value.replace(/"/g, '\\"')}"`;
}

/**
 * The query after picking a suggestion for `token`, and where the caret goes: after `key:` to go on
 * with a value, or after the completed term and a space to start the next one.
 */
export function applySuggestion(
  text: string,
  token: SearchToken,
  suggestion: string,
): { text: string; caret: number } {
  const bang = token.negated ? "!" : "";
  const term =
    token.kind === "key"
      ? `${bang}${suggestion}:`
      : `${bang}${token.key}:${quoteSearchValue(suggestion)}`;
  const before = text.slice(0, token.start);
  let after = text.slice(token.end);
  if (token.kind === "value") after = after.startsWith(" ") ? after : ` ${after}`;
  const caret = before.length + term.length + (token.kind === "value" ? 1 : 0);
  return { text: `${before}${term}${after}`, caret };
}
