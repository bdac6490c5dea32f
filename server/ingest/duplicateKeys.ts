/**
 * Names of the top-level keys of a JSON object text that appear more than once.
 *
 * `JSON.parse` silently keeps the last duplicate, but the envelope spec says an envelope header
 * with two `sent_at` keys must be rejected (protocol doc §5), so the raw text has to be scanned.
 * Expects text that `JSON.parse` already accepted as an object; never throws on anything else.
 */
export function duplicateTopLevelKeys(json: string): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  let depth = 0;
  let expectingKey = false;
  let i = 0;

  while (i < json.length) {
    const char = json[i];
    if (char === '"') {
      const end = endOfString(json, i);
      if (depth === 1 && expectingKey) {
        const key = decodeKey(json.slice(i, end));
        if (seen.has(key)) duplicates.add(key);
        seen.add(key);
        expectingKey = false;
      }
      i = end;
      continue;
    }
    if (char === "{" || char === "[") {
      depth += 1;
      expectingKey = char === "{" && depth === 1;
    } else if (char === "}" || char === "]") {
      depth -= 1;
    } else if (char === "," && depth === 1) {
      expectingKey = true;
    }
    i += 1;
  }
  return [...duplicates];
}

/** Index just past the closing quote of the string literal starting at `start`. */
function endOfString(json: string, start: number): number {
  let i = start + 1;
  while (i < json.length) {
    const char = json[i];
    if (char === "\\") {
      i += 2;
      continue;
    }
    if (char === '"') return i + 1;
    i += 1;
  }
  return json.length;
}

function decodeKey(literal: string): string {
  try {
    const decoded: unknown = JSON.parse(literal);
    return typeof decoded === "string" ? decoded : literal;
  } catch {
    return literal;
  }
}
