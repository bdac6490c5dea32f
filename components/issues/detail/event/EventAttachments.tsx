import { Download, Paperclip } from "lucide-react";
import type { EventAttachmentRef } from "@/server/services/issueDetail/events";
import { EventSection } from "./EventSection";

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

type EventAttachmentsProps = { issueId: number; attachments: EventAttachmentRef[] };

/** Files the SDK sent with the event; they download, the browser never opens them as pages. */
export function EventAttachments({ issueId, attachments }: EventAttachmentsProps) {
  if (attachments.length === 0) return null;
  return (
    <EventSection title="Attachments">
      <ul className="divide-y divide-line overflow-hidden rounded-lg border border-line">
        {attachments.map((attachment) => (
          <li key={attachment.id} className="flex items-center gap-3 px-3 py-2 text-[13px]">
            <Paperclip size={14} className="shrink-0 text-fg-subtle" aria-hidden />
            <span className="min-w-0 flex-1 truncate font-mono text-fg" title={attachment.name}>
              {attachment.name}
            </span>
            <span className="hidden text-xs text-fg-muted sm:inline">{attachment.contentType}</span>
            <span className="text-xs text-fg-muted tabular-nums">{size(attachment.size)}</span>
            <a
              href={`/api/0/issues/${issueId}/attachments/${attachment.id}/`}
              download={attachment.name}
              aria-label={`Download ${attachment.name}`}
              className="inline-flex size-7 items-center justify-center rounded-md text-fg-muted hover:bg-hover hover:text-fg"
            >
              <Download size={14} />
            </a>
          </li>
        ))}
      </ul>
    </EventSection>
  );
}
