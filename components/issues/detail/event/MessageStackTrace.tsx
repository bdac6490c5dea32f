"use client";

import { useState } from "react";
import type { FrameView } from "@/server/services/issueDetail/eventView";
import { FullStackSwitch } from "./ExceptionChain";
import { EventSection } from "./EventSection";
import { StackTrace } from "./StackTrace";

/** A message event's own stack trace (`attachStacktrace`), as an exception's would show. */
export function MessageStackTrace({ frames }: { frames: FrameView[] }) {
  const hasInApp = frames.some((frame) => frame.inApp);
  const [fullStack, setFullStack] = useState(false);
  return (
    <EventSection
      title="Stack trace"
      actions={
        hasInApp && frames.some((frame) => !frame.inApp) ? (
          <FullStackSwitch checked={fullStack} onChange={setFullStack} />
        ) : null
      }
    >
      <StackTrace frames={frames} fullStack={fullStack || !hasInApp} />
    </EventSection>
  );
}
