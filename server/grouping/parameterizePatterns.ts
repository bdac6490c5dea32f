/**
 * What message parameterization recognizes, in priority order (protocol doc §10; Sentry's
 * `parameterization.py`): the first kind that matches at a position wins, so an IP is not read
 * as four floats and a 40-digit hash is not read as an int.
 */

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
const DAY = "(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat)";
const LONG_DAY =
  "(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sun|Mon|Tue|Wed|Thu|Fri|Sat)";
const ZONE = "(?:UT|GMT|[ECMP][SD]T|[A-IK-Z])";
const OFFSET_OR_ZONE = `(?:[-+]\\d{2}[0-5]\\d|${ZONE})`;

const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|\\d{1,2})";
const IPV4 = `(?:${OCTET}\\.){3}${OCTET}`;
const H16 = "[0-9a-fA-F]{1,4}";

/** The textbook IPv6 forms: full, and each way `::` can stand for a run of zero groups. */
const IPV6 = [
  `(?:${H16}:){7}${H16}`,
  `(?:${H16}:){1,7}:`,
  `(?:${H16}:){1,6}:${H16}`,
  `(?:${H16}:){1,5}(?::${H16}){1,2}`,
  `(?:${H16}:){1,4}(?::${H16}){1,3}`,
  `(?:${H16}:){1,3}(?::${H16}){1,4}`,
  `(?:${H16}:){1,2}(?::${H16}){1,5}`,
  `${H16}:(?::${H16}){1,6}`,
  `:(?:(?::${H16}){1,7}|:)`,
  `fe80:(?::[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]+`,
  `::(?:ffff(?::0{1,4})?:)?${IPV4}`,
  `(?:${H16}:){1,4}:${IPV4}\\b`,
].join("|");

/** The hundred most common TLDs; a full list would match ordinary dotted words. */
const TLDS =
  "com|net|org|jp|de|uk|fr|br|it|ru|es|me|gov|pl|ca|au|cn|co|in|nl|edu|info|eu|ch|id|at|kr|cz|mx|be|tv|se|tr|tw|al|ua|ir|vn|cl|sk|ly|cc|to|no|fi|us|pt|dk|ar|hu|tk|gr|il|news|ro|my|biz|ie|za|nz|sg|ee|th|io|xyz|pe|bg|hk|rs|lt|link|ph|club|si|site|mobi|by|cat|wiki|la|ga|xxx|cf|hr|ng|jobs|online|kz|ug|gq|ae|is|lv|pro|fm|tips|ms|sa|app";

const DATE_FORMS = [
  // RFC 822 / 1123: "Tue, 3 Jun 2008 11:05:30 GMT"
  `${DAY},\\s\\d{1,2}\\s${MONTH}\\s\\d{2,4}\\s\\d{1,2}:\\d{1,2}(?::\\d{1,2})?\\s${OFFSET_OR_ZONE}`,
  // "Mon Jan 02, 1999" and "Jan 02, 1999"
  `(?:${DAY}\\s)?${MONTH}\\s[0-3]\\d,\\s\\d{2,4}`,
  // RFC 850: "Monday, 02-Jan-06 15:04:05 MST"
  `${LONG_DAY},\\s\\d{2}-${MONTH}-\\d{2}\\s\\d{2}:\\d{2}:\\d{2}\\s${ZONE}`,
  // RFC 3339, with optional fraction and offset
  "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z?(?:[+-]?\\d{2}:\\d{2})?",
  // JavaScript Date#toString: "Mon Jan 02 2006 15:04:05 GMT+0100 (Central European Time)"
  `${DAY}\\s${MONTH}\\s\\d{2}\\s\\d{4}\\s\\d{2}:\\d{2}:\\d{2}\\sGMT[+-]\\d{4}(?:\\s\\([^)]+\\))?`,
  // Date-times with a zone (before plain ones, so the offset is not left behind as an int)
  "\\d{4}-?[01]\\d-?[0-3]\\d[\\sT][0-2]\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d+)?)?(?:[+-][0-2]\\d:?[0-5]\\d|Z)",
  "\\d{4}-?[01]\\d-?[0-3]\\d[\\sT][0-2]\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d+)?)?",
  // Kitchen clocks: "3:04pm", "15:04:05"
  "(?<!\\d)(?:[1-9]|1[0-2]):[0-5]\\d(?::[0-5]\\d)?(?![\\d:])(?:\\s?[aApP][mM])?",
  "(?<!\\d)(?:0?\\d|1\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?(?![\\d:])",
  "\\d{4}-[01]\\d-[0-3]\\d",
  "[0-2]\\d:[0-5]\\d:[0-5]\\d",
  // Older spellings: "Jan 2 15:04:05 2006", "Mon, 02 Jan 2006 15:04 -0700"
  `\\b(?:${DAY}\\s+)?${MONTH}\\s+\\d{1,2}\\s+\\d{2}:\\d{2}:\\d{2}\\s+\\d{4}`,
  `\\b(?:${DAY},\\s+)?(?:0[1-9]|[1-2]?\\d|3[01])\\s+${MONTH}\\s+(?:19\\d{2}|[2-9]\\d{3})\\s+(?:2[0-3]|[0-1]\\d):[0-5]\\d(?::(?:60|[0-5]\\d))?\\s+${OFFSET_OR_ZONE}`,
  // (Sentry's dot is unescaped here, so any character may stand between the two words.)
  "datetime.datetime\\(.*?\\)",
].join("|");

export const PARAMETER_KINDS: ReadonlyArray<readonly [kind: string, pattern: string]> = [
  ["email", "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*"],
  ["url", "\\b(?:wss?|https?|ftp)://[^\\s/$.?#].[^\\s]*"],
  ["hostname", `\\b(?:[a-zA-Z0-9-]{1,63}\\.)+?(?:${TLDS}|${TLDS.toUpperCase()})\\b`],
  // The guards stop `Foo::bar()` from reading as an IPv6 `::`.
  ["ip", `(?<![0-9a-zA-Z_])(?:${IPV6})(?![0-9a-zA-Z])|\\b${IPV4}\\b`],
  ["traceparent", "\\b00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]\\b|\\b1-[0-9a-f]{8}-[0-9a-f]{24}\\b"],
  ["uuid", "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b"],
  ["sha1", "\\b[0-9a-fA-F]{40}\\b"],
  ["md5", "\\b[0-9a-fA-F]{32}\\b"],
  ["date", DATE_FORMS],
  ["duration", "\\b\\d+ms|\\d+(?:\\.\\d+)?s\\b"],
  // 0x-prefixed of any length; unprefixed only 8–128 digits of one case with at least one digit.
  [
    "hex",
    "\\b0[xX][0-9a-fA-F]+\\b|\\b(?=[a-f]*\\d)[0-9a-f]{8,128}\\b|\\b(?=[A-F]*\\d)[0-9A-F]{8,128}\\b",
  ],
  // Seven lowercase hex with both a digit and a letter: an abbreviated commit.
  ["git_sha", "\\b(?=[a-f]*\\d)(?=\\d*[a-f])[0-9a-f]{7}\\b"],
  ["float", "-\\d+\\.\\d+\\b|\\b\\d+\\.\\d+\\b"],
  // Up to 7 digits; longer runs are ids, caught as hex above. A dash is a sign only after a non-word.
  ["int", "(?:\\b|(?<!\\w)-)\\d{1,7}\\b"],
  // Only the value side of `key='value'` / `key=true`, never every quoted word.
  ["quoted_str", "(?<==)(?:'[^']+'|\"[^\"]+\")"],
  ["bool", "(?<==)(?:True|true|False|false)"],
];
