import type { ReactNode } from "react";
import { parseMarkdown, type Block, type Inline } from "./markdown";

/** A comment's Markdown as React elements: text stays text, links open safely in a new tab. */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="flex flex-col gap-2 text-[13px] leading-5 break-words text-fg">
      {parseMarkdown(source).map((block, index) => renderBlock(block, index))}
    </div>
  );
}

function renderBlock(block: Block, key: number): ReactNode {
  switch (block.type) {
    case "paragraph":
      return <p key={key}>{renderInline(block.children)}</p>;
    case "heading": {
      const size = { 1: "text-base", 2: "text-[15px]", 3: "text-[13px]" }[block.level];
      return (
        <p
          key={key}
          role="heading"
          aria-level={block.level + 3}
          className={`${size} font-semibold`}
        >
          {renderInline(block.children)}
        </p>
      );
    }
    case "code":
      return (
        <pre
          key={key}
          className="overflow-x-auto rounded-md border border-line bg-subtle px-3 py-2 font-mono text-[12px] leading-5"
        >
          <code>{block.text}</code>
        </pre>
      );
    case "quote":
      return (
        <blockquote
          key={key}
          className="flex flex-col gap-2 border-l-2 border-line-strong pl-3 text-fg-muted"
        >
          {block.children.map((child, index) => renderBlock(child, index))}
        </blockquote>
      );
    case "list": {
      const items = block.items.map((item, index) => <li key={index}>{renderInline(item)}</li>);
      return block.ordered ? (
        <ol key={key} className="list-decimal pl-5">
          {items}
        </ol>
      ) : (
        <ul key={key} className="list-disc pl-5">
          {items}
        </ul>
      );
    }
  }
}

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case "text":
        return node.text;
      case "break":
        return <br key={index} />;
      case "code":
        return (
          <code key={index} className="rounded bg-hover px-1 py-px font-mono text-[12px]">
            {node.text}
          </code>
        );
      case "strong":
        return <strong key={index}>{renderInline(node.children)}</strong>;
      case "em":
        return <em key={index}>{renderInline(node.children)}</em>;
      case "link":
        return (
          <a
            key={index}
            href={node.href}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="text-accent-fg underline underline-offset-2 hover:no-underline"
          >
            {renderInline(node.children)}
          </a>
        );
    }
  });
}
