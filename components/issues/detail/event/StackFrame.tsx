"use client";

import { ChevronRight } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/Badge";
import type { FrameView } from "@/server/services/issueDetail/eventView";
import { KeyValueTable } from "./KeyValueTable";

/**
 * One frame: where (file, function, line) on one line; opened, the source around the line with
 * the failing one highlighted, and the local variables. Everything is the SDK's text, shown as is.
 */
export function StackFrame({ frame, defaultOpen }: { frame: FrameView; defaultOpen: boolean }) {
  const hasDetails = frame.contextLine !== null || frame.vars.length > 0;
  const [open, setOpen] = useState(defaultOpen && hasDetails);
  const file = frame.filename ?? frame.absPath ?? frame.module ?? frame.package ?? "<unknown>";
  const summary = (
    <>
      <span className="min-w-0 font-mono text-[12.5px] break-all">
        <span className={frame.inApp ? "font-semibold text-fg" : "text-fg-muted"}>{file}</span>
        {frame.function ? (
          <>
            <span className="text-fg-subtle"> in </span>
            <span className={frame.inApp ? "text-fg" : "text-fg-muted"}>{frame.function}</span>
          </>
        ) : null}
        {frame.lineno !== null ? (
          <>
            <span className="text-fg-subtle"> at line </span>
            <span className="text-fg">
              {frame.lineno}
              {frame.colno !== null ? `:${frame.colno}` : ""}
            </span>
          </>
        ) : null}
      </span>
      <span className="ml-auto flex shrink-0 items-center gap-1.5">
        {frame.inApp ? <Badge tone="accent">In App</Badge> : null}
      </span>
    </>
  );
  return (
    <li className={frame.inApp ? "" : "bg-subtle/60"}>
      {hasDetails ? (
        <button
          type="button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          className="flex w-full items-center gap-2 px-3 py-2 text-left hover:bg-hover"
        >
          <ChevronRight
            size={14}
            aria-hidden
            className={`shrink-0 text-fg-subtle transition-transform ${open ? "rotate-90" : ""}`}
          />
          {summary}
        </button>
      ) : (
        <div className="flex w-full items-center gap-2 py-2 pr-3 pl-[34px]">{summary}</div>
      )}
      {open ? <FrameDetails frame={frame} /> : null}
    </li>
  );
}

function FrameDetails({ frame }: { frame: FrameView }) {
  const first = (frame.lineno ?? frame.preContext.length + 1) - frame.preContext.length;
  const lines =
    frame.contextLine === null
      ? []
      : [
          ...frame.preContext.map((text) => ({ text, current: false })),
          { text: frame.contextLine, current: true },
          ...frame.postContext.map((text) => ({ text, current: false })),
        ];
  return (
    <div className="flex flex-col gap-3 border-t border-line bg-subtle/40 px-3 py-3">
      {lines.length > 0 ? (
        <pre
          aria-label="Source"
          className="overflow-x-auto rounded-md border border-zinc-800 bg-code-bg py-2 text-[12px] leading-5 text-code-fg"
        >
          {lines.map((line, index) => (
            <div
              key={index}
              aria-current={line.current ? "true" : undefined}
              className={`flex min-w-max pr-4 ${line.current ? "bg-violet-500/25 text-white" : ""}`}
            >
              <span className="w-12 shrink-0 pr-3 text-right text-zinc-500 select-none">
                {first + index}
              </span>
              <code className="whitespace-pre">{line.text}</code>
            </div>
          ))}
        </pre>
      ) : null}
      {frame.vars.length > 0 ? (
        <div>
          <h5 className="mb-1.5 text-2xs font-medium tracking-wide text-fg-muted uppercase">
            Local variables
          </h5>
          <KeyValueTable pairs={frame.vars} label="Local variables" />
        </div>
      ) : null}
    </div>
  );
}
