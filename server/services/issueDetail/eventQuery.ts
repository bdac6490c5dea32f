import { USER_SEARCH_KEYS } from "@/server/search/keys";

/**
 * The search box of an issue's Events tab: `key:value` and `key:"quoted value"` pairs filter on
 * the event's tags (`environment` and `release` on their own columns), `!key:value` excludes, and
 * everything else is free text matched against the title and message.
 */
export interface EventQuery {
  text: string;
  tags: { key: string; value: string; negated: boolean }[];
}

export const EVENT_QUERY_MAX_LENGTH = 500;

const TOKEN = /(!?)([\w.\-@]+):(?:"((?:[^"\\]|\\.)*)"|(\S+))|"((?:[^"\\]|\\.)*)"|(\S+)/g;

const unescape = (value: string) => value.replace(/\\(.)/g, "$1");

export function parseEventQuery(query: string): EventQuery {
  const text: string[] = [];
  const tags: EventQuery["tags"] = [];
  for (const match of query.matchAll(TOKEN)) {
    const [, bang, key, quoted, bare, quotedText, word] = match;
    if (key !== undefined) {
      tags.push({
        key,
        value: quoted !== undefined ? unescape(quoted) : bare!,
        negated: bang === "!",
      });
    } else if (quotedText !== undefined) {
      text.push(unescape(quotedText));
    } else if (word !== undefined) {
      text.push(word);
    }
  }
  return { text: text.join(" "), tags };
}

/**
 * The stored tags (`[key, value]`) any of which satisfies `key:value`: the pair itself, except for
 * `user.*`, which is the `user` tag (`email:a@b`) or the field's own tag (docs/search.md).
 */
export function storedTagPairs(key: string, value: string): Array<[string, string]> {
  const userKey = USER_SEARCH_KEYS.get(key);
  if (userKey === undefined) return [[key, value]];
  const pairs: Array<[string, string]> = [["user", `${userKey.userTagPrefix}${value}`]];
  if (userKey.ownTag !== undefined) pairs.push([userKey.ownTag, value]);
  return pairs;
}
