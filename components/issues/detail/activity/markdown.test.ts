import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown, safeHref } from "./markdown";

describe("comment Markdown", () => {
  it("parses emphasis, code and links inline", () => {
    expect(parseInline("**Fixed** in `v2`, see [PR](https://example.com/pr/1) or *later*")).toEqual(
      [
        { type: "strong", children: [{ type: "text", text: "Fixed" }] },
        { type: "text", text: " in " },
        { type: "code", text: "v2" },
        { type: "text", text: ", see " },
        {
          type: "link",
          href: "https://example.com/pr/1",
          children: [{ type: "text", text: "PR" }],
        },
        { type: "text", text: " or " },
        { type: "em", children: [{ type: "text", text: "later" }] },
      ],
    );
  });

  it("keeps HTML and script URLs as plain text", () => {
    expect(parseInline("<img src=x onerror=alert(1)>")).toEqual([
      { type: "text", text: "<img src=x onerror=alert(1)>" },
    ]);
    expect(parseInline("[click](javascript:alert(1))")).toEqual([
      { type: "text", text: "[click](javascript:alert(1))" },
    ]);
    expect(safeHref("data:text/html,hi")).toBeNull();
    expect(safeHref("mailto:a@b.test")).toBe("mailto:a@b.test");
  });

  it("autolinks bare URLs without the sentence's final punctuation", () => {
    expect(parseInline("see https://x.test/a.")).toEqual([
      { type: "text", text: "see " },
      {
        type: "link",
        href: "https://x.test/a",
        children: [{ type: "text", text: "https://x.test/a" }],
      },
      { type: "text", text: "." },
    ]);
  });

  it("parses blocks: headings, lists, quotes, fenced code and paragraphs with line breaks", () => {
    const blocks = parseMarkdown(
      "# Cause\nline one\nline two\n\n- a\n- b\n\n1. first\n\n> quoted\n\n```\n<b>raw</b>\n```",
    );
    expect(blocks.map((block) => block.type)).toEqual([
      "heading",
      "paragraph",
      "list",
      "list",
      "quote",
      "code",
    ]);
    expect(blocks[1]).toEqual({
      type: "paragraph",
      children: [
        { type: "text", text: "line one" },
        { type: "break" },
        { type: "text", text: "line two" },
      ],
    });
    expect(blocks[2]).toMatchObject({ ordered: false, items: [[{ text: "a" }], [{ text: "b" }]] });
    expect(blocks[3]).toMatchObject({ ordered: true });
    expect(blocks[5]).toEqual({ type: "code", text: "<b>raw</b>" });
  });
});
