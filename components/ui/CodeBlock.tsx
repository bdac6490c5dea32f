import { CopyButton } from "./CopyButton";
import { highlightCode } from "./highlightCode";

type CodeBlockProps = { code: string; copyLabel?: string; caption?: string };

/** Monospace code on a dark slab with a copy button; the copied text is exactly what is shown. */
export function CodeBlock({ code, copyLabel = "Copy code", caption }: CodeBlockProps) {
  return (
    <div className="group relative overflow-hidden rounded-lg border border-zinc-800 bg-code-bg">
      {caption ? (
        <div className="border-b border-white/5 px-4 py-1.5 font-mono text-2xs text-zinc-500">
          {caption}
        </div>
      ) : null}
      <pre className="overflow-x-auto px-4 py-3.5 pr-12 text-[12.5px] leading-[1.65] text-code-fg">
        <code>{highlightCode(code)}</code>
      </pre>
      <CopyButton
        value={code}
        label={copyLabel}
        appearance="on-dark"
        className="absolute top-2 right-2"
      />
    </div>
  );
}
