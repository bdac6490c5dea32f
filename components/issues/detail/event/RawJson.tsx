"use client";

import { Braces, Download } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { CodeBlock } from "@/components/ui/CodeBlock";
import { EventSection } from "./EventSection";

/** Saves the event's JSON as `<event id>.json`, made in the browser from what it already has. */
function downloadJson(eventId: string, json: string) {
  const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `${eventId}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The stored (scrubbed) payload, pretty-printed on demand, and as a download. */
export function RawJson({ eventId, raw }: { eventId: string; raw: unknown }) {
  const [open, setOpen] = useState(false);
  const json = JSON.stringify(raw, null, 2);
  return (
    <EventSection
      title="Raw JSON"
      actions={
        <>
          <Button size="sm" icon={<Braces size={14} />} onClick={() => setOpen(!open)}>
            {open ? "Hide JSON" : "Show JSON"}
          </Button>
          <Button
            size="sm"
            icon={<Download size={14} />}
            onClick={() => downloadJson(eventId, json)}
          >
            Download
          </Button>
        </>
      }
    >
      {open ? (
        <div className="max-h-[600px] overflow-auto rounded-lg">
          <CodeBlock code={json} copyLabel="Copy JSON" caption={`${eventId}.json`} />
        </div>
      ) : (
        <p className="text-[13px] text-fg-muted">
          The event as stored, after scrubbing: {(json.length / 1024).toFixed(1)} KB.
        </p>
      )}
    </EventSection>
  );
}
