"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/Badge";
import { Switch } from "@/components/ui/Switch";
import type { ExceptionView, FrameView } from "@/server/services/issueDetail/eventView";
import { EventSection } from "./EventSection";
import { StackTrace } from "./StackTrace";

/**
 * The exception that was thrown, then the ones that caused it; each with its stack trace, most
 * recent call first. Only the application's frames show until "Full stack" is switched on.
 */
export function ExceptionChain({ exceptions }: { exceptions: ExceptionView[] }) {
  const hasSystemFrames = exceptions.some((exception) => hasHiddenFrames(exception.frames));
  const [fullStack, setFullStack] = useState(false);
  return (
    <EventSection
      title={exceptions.length > 1 ? "Exceptions" : "Exception"}
      actions={
        hasSystemFrames ? <FullStackSwitch checked={fullStack} onChange={setFullStack} /> : null
      }
    >
      <div className="flex flex-col gap-6">
        {exceptions.map((exception, index) => (
          <article key={index} aria-label={exception.type ?? "Exception"} className="min-w-0">
            {index > 0 ? (
              <p className="mb-2 text-2xs font-medium tracking-wide text-fg-subtle uppercase">
                Caused by
              </p>
            ) : null}
            <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <h4 className="font-mono text-[14px] font-semibold break-all text-fg">
                {exception.type ?? "Error"}
              </h4>
              {exception.mechanism ? <MechanismBadges mechanism={exception.mechanism} /> : null}
            </div>
            {exception.value ? (
              <p className="mt-1 font-mono text-[13px] break-words whitespace-pre-wrap text-fg-muted">
                {exception.value}
              </p>
            ) : null}
            {exception.frames.length > 0 ? (
              <StackTrace
                frames={exception.frames}
                fullStack={fullStack || !hasInAppFrames(exception.frames)}
                openFirstFrame={index === 0}
              />
            ) : null}
          </article>
        ))}
      </div>
    </EventSection>
  );
}

export function FullStackSwitch({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <label className="inline-flex cursor-pointer items-center gap-2 text-xs text-fg-muted">
      Full stack
      <Switch checked={checked} onChange={onChange} label="Full stack" />
    </label>
  );
}

function hasInAppFrames(frames: FrameView[]): boolean {
  return frames.some((frame) => frame.inApp);
}

function hasHiddenFrames(frames: FrameView[]): boolean {
  return hasInAppFrames(frames) && frames.some((frame) => !frame.inApp);
}

function MechanismBadges({ mechanism }: { mechanism: NonNullable<ExceptionView["mechanism"]> }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {mechanism.type ? <Badge>mechanism: {mechanism.type}</Badge> : null}
      {mechanism.handled === false ? (
        <Badge tone="danger">unhandled</Badge>
      ) : mechanism.handled === true ? (
        <Badge tone="success">handled</Badge>
      ) : null}
    </span>
  );
}
