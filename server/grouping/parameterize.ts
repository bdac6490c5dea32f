import { PARAMETER_KINDS } from "./parameterizePatterns";

function combined(kinds: typeof PARAMETER_KINDS): RegExp {
  return new RegExp(kinds.map(([kind, pattern]) => `(?<${kind}>${pattern})`).join("|"), "g");
}

const PARAMETERS = combined(PARAMETER_KINDS);
/**
 * The email pattern rescans a run of local-part characters from every position, which is
 * quadratic on a long token such as a base64 blob. It can only match where there is an `@`,
 * so without one it is left out; the result is the same.
 */
const PARAMETERS_WITHOUT_EMAIL = combined(PARAMETER_KINDS.filter(([kind]) => kind !== "email"));

/** Longest text we run the patterns over, bounding the worst case (Relay trims messages to 8 KiB anyway). */
const MAX_PARAMETERIZE_CHARS = 8192;

/** The line breaks Python's `str.splitlines` knows, which is what Sentry splits messages with. */
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/**
 * Replaces the parts of a message that change between occurrences of the same problem with
 * `<kind>` placeholders: `Order 123 failed` → `Order <int> failed` (protocol doc §10).
 */
export function parameterize(message: string): string {
  const text = message.slice(0, MAX_PARAMETERIZE_CHARS);
  return text.replace(
    text.includes("@") ? PARAMETERS : PARAMETERS_WITHOUT_EMAIL,
    (...args: unknown[]) => {
      const groups = args[args.length - 1] as Record<string, string | undefined>;
      const kind = Object.keys(groups).find((name) => groups[name] !== undefined);
      return `<${kind ?? "param"}>`;
    },
  );
}

/**
 * Keeps the first two non-empty lines and marks the cut with `...`. As in Sentry, the marker is
 * added whenever the result differs from the input, so a lone trailing newline also earns one.
 */
export function trimToTwoLines(message: string): string {
  const kept = message
    .split(LINE_BREAK)
    .filter((line) => line.trim() !== "")
    .slice(0, 2)
    .join("\n");
  return kept === message ? kept : `${kept}...`;
}

/**
 * Messages repeat from event to event (the same exception value, the same log line), and running
 * the patterns over even a one-line message takes 5–20 µs: remember recent answers, in bounded memory.
 */
const MAX_REMEMBERED_MESSAGES = 2048;
const MAX_REMEMBERED_MESSAGE_CHARS = 512;
const rememberedMessages = new Map<string, string>();

/** What a message or exception value contributes to a grouping hash. */
export function normalizeMessageForGrouping(message: string): string {
  const remembered = rememberedMessages.get(message);
  if (remembered !== undefined) return remembered;
  const normalized = parameterize(trimToTwoLines(message));
  if (message.length <= MAX_REMEMBERED_MESSAGE_CHARS) {
    if (rememberedMessages.size >= MAX_REMEMBERED_MESSAGES) rememberedMessages.clear();
    rememberedMessages.set(message, normalized);
  }
  return normalized;
}
