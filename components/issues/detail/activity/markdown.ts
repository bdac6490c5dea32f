/**
 * The small Markdown comments are written in: paragraphs, headings, lists, quotes, fenced code,
 * **bold**, *italic*, `code` and links. Parsed into a tree the page renders as React elements, so
 * nothing written in a comment is ever interpreted as HTML; links keep only http(s) and mailto.
 */

export type Inline =
  | { type: "text"; text: string }
  | { type: "code"; text: string }
  | { type: "strong"; children: Inline[] }
  | { type: "em"; children: Inline[] }
  | { type: "link"; href: string; children: Inline[] }
  | { type: "break" };

export type Block =
  | { type: "paragraph"; children: Inline[] }
  | { type: "heading"; level: 1 | 2 | 3; children: Inline[] }
  | { type: "code"; text: string }
  | { type: "quote"; children: Block[] }
  | { type: "list"; ordered: boolean; items: Inline[][] };

/** A link target worth following, or null: no `javascript:`, `data:` or relative tricks. */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const INLINE =
  /`([^`\n]+)`|\*\*(.+?)\*\*|__(.+?)__|\*([^*\s](?:[^*]*[^*\s])?)\*|_([^_\s](?:[^_]*[^_\s])?)_|\[([^\]\n]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])|(\n)/g;

export function parseInline(text: string): Inline[] {
  const result: Inline[] = [];
  let last = 0;
  const pushText = (value: string) => {
    if (value === "") return;
    const previous = result.at(-1);
    if (previous?.type === "text") previous.text += value;
    else result.push({ type: "text", text: value });
  };
  for (const match of text.matchAll(INLINE)) {
    const [whole, code, strong, strong2, em, em2, linkText, linkHref, bareUrl, newline] = match;
    pushText(text.slice(last, match.index));
    last = match.index + whole.length;
    if (code !== undefined) result.push({ type: "code", text: code });
    else if (strong !== undefined || strong2 !== undefined) {
      result.push({ type: "strong", children: parseInline(strong ?? strong2!) });
    } else if (em !== undefined || em2 !== undefined) {
      result.push({ type: "em", children: parseInline(em ?? em2!) });
    } else if (linkText !== undefined) {
      const href = safeHref(linkHref!);
      if (href === null) pushText(whole);
      else result.push({ type: "link", href, children: parseInline(linkText) });
    } else if (bareUrl !== undefined) {
      const href = safeHref(bareUrl);
      if (href === null) pushText(whole);
      else result.push({ type: "link", href, children: [{ type: "text", text: bareUrl }] });
    } else if (newline !== undefined) result.push({ type: "break" });
  }
  pushText(text.slice(last));
  return result;
}

const LIST_ITEM = /^\s{0,3}([-*+]|\d{1,9}[.)])\s+(.*)$/;
const HEADING = /^\s{0,3}(#{1,3})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s{0,3}(```|~~~)/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (line.trim() === "") {
      index += 1;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const code: string[] = [];
      index += 1;
      while (index < lines.length && !lines[index]!.trimStart().startsWith(fence[1]!)) {
        code.push(lines[index]!);
        index += 1;
      }
      index += 1;
      blocks.push({ type: "code", text: code.join("\n") });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length as 1 | 2 | 3;
      blocks.push({ type: "heading", level, children: parseInline(heading[2]!) });
      index += 1;
      continue;
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = [];
      while (index < lines.length && QUOTE.test(lines[index]!)) {
        quoted.push(QUOTE.exec(lines[index]!)![1]!);
        index += 1;
      }
      blocks.push({ type: "quote", children: parseMarkdown(quoted.join("\n")) });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = /\d/.test(item[1]!);
      const items: Inline[][] = [];
      while (index < lines.length) {
        const next = LIST_ITEM.exec(lines[index]!);
        if (next === null || /\d/.test(next[1]!) !== ordered) break;
        items.push(parseInline(next[2]!));
        index += 1;
      }
      blocks.push({ type: "list", ordered, items });
      continue;
    }
    const paragraph: string[] = [];
    while (
      index < lines.length &&
      lines[index]!.trim() !== "" &&
      !FENCE.test(lines[index]!) &&
      !HEADING.test(lines[index]!) &&
      !QUOTE.test(lines[index]!) &&
      !LIST_ITEM.test(lines[index]!)
    ) {
      paragraph.push(lines[index]!);
      index += 1;
    }
    blocks.push({ type: "paragraph", children: parseInline(paragraph.join("\n")) });
  }
  return blocks;
}
