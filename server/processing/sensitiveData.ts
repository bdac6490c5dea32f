/**
 * What counts as sensitive for scrubbing (scrub.ts): key names by substring, as Sentry's default
 * data scrubber matches them, and credit-card numbers by shape plus the Luhn checksum.
 */

export const FILTERED = "[Filtered]";

/** Compared after lowercasing and removing everything but letters and digits: `API-Key` → `apikey`. */
const DEFAULT_SENSITIVE_KEYS = [
  "password",
  "passwd",
  "mysqlpwd",
  "secret",
  "token",
  "apikey",
  "auth",
  "credentials",
  "cookie",
  "session",
  "csrf",
  "xsrf",
  "privatekey",
  "creditcard",
  "cardnumber",
  "ccnumber",
  "cvv",
];

export type KeyMatcher = (key: string) => boolean;

const matchers = new Map<string, KeyMatcher>();

/**
 * The default names plus the project's own (`Project.scrubFields`), all matched as substrings.
 * Matchers are shared per field list and remember their answers: events repeat the same few
 * hundred keys (`filename`, `function`, …), and this runs for every key of every event.
 */
export function sensitiveKeyMatcher(extraFields: readonly string[] = []): KeyMatcher {
  const id = extraFields.join("\u0000");
  const cached = matchers.get(id);
  if (cached !== undefined) return cached;

  const needles = [...DEFAULT_SENSITIVE_KEYS, ...extraFields.map(compact)].filter(
    (needle) => needle !== "",
  );
  const answers = new Map<string, boolean>();
  const matcher: KeyMatcher = (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      const haystack = compact(key);
      answer = needles.some((needle) => haystack.includes(needle));
      // Keys are SDK-controlled; bound the memory an odd payload can make us hold.
      if (answers.size < 10_000) answers.set(key, answer);
    }
    return answer;
  };
  if (matchers.size > 1_000) matchers.clear();
  matchers.set(id, matcher);
  return matcher;
}

function compact(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * 13–19 digits, optionally grouped by single spaces or dashes, starting with 2–6 (the ranges
 * card networks issue from). The leading-digit rule keeps epoch milliseconds (`17…`) and most
 * ids out; the Luhn check removes nearly all other look-alikes.
 */
const CARD_CANDIDATE = /(?<!\d)[2-6]\d(?:[ -]?\d){11,17}(?!\d)/g;

/**
 * Four digits in a row, which every card number has: the cheap test before the real one.
 * Spelled out rather than `\d{4}` because V8 then skips ahead four characters at a time,
 * several times faster on the long strings events carry.
 */
const FOUR_DIGITS = /\d\d\d\d/;

export function hasFourDigits(text: string): boolean {
  return FOUR_DIGITS.test(text);
}

export function withoutCardNumbers(text: string): string {
  if (!hasFourDigits(text)) return text;
  return text.replace(CARD_CANDIDATE, (candidate) =>
    passesLuhn(candidate.replace(/\D/g, "")) ? FILTERED : candidate,
  );
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
