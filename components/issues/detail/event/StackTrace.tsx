"use client";

import type { FrameView } from "@/server/services/issueDetail/eventView";
import { StackFrame } from "./StackFrame";

type StackTraceProps = {
  frames: FrameView[];
  fullStack: boolean;
  /** The thrown exception's top frame opens; its causes' stay closed, as in Sentry. */
  openFirstFrame?: boolean;
};

/** Frames most recent call first; the first one shown can open with its source and variables. */
export function StackTrace({ frames, fullStack, openFirstFrame = true }: StackTraceProps) {
  const shown = fullStack ? frames : frames.filter((frame) => frame.inApp);
  const hidden = frames.length - shown.length;
  return (
    <div className="mt-3">
      <ol
        aria-label="Stack trace"
        className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-panel"
      >
        {shown.map((frame, index) => (
          <StackFrame key={index} frame={frame} defaultOpen={openFirstFrame && index === 0} />
        ))}
      </ol>
      {hidden > 0 ? (
        <p className="mt-1.5 text-xs text-fg-subtle">
          {hidden} library {hidden === 1 ? "frame" : "frames"} hidden. Switch on Full stack to see
          them.
        </p>
      ) : null}
    </div>
  );
}
