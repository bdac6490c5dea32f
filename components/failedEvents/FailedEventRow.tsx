"use client";

import { ChevronDown, ChevronRight, RotateCcw, Trash2 } from "lucide-react";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { CodeBlock } from "@/components/ui/CodeBlock";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { TableCell, TableRow } from "@/components/ui/Table";
import type { FailedEventView } from "@/server/services/failedEvents";

/** One failed event: what failed and when, its stored JSON on demand, and what to do with it. */
export function FailedEventRow({
  event,
  expanded,
  onToggle,
  onReplay,
  onDiscard,
  busy,
}: {
  event: FailedEventView;
  expanded: boolean;
  onToggle: () => void;
  onReplay: () => void;
  onDiscard: () => void;
  busy: boolean;
}) {
  const previewId = `failed-event-json-${event.id}`;
  return (
    <>
      <TableRow>
        <TableCell className="max-w-md">
          <button
            type="button"
            onClick={onToggle}
            aria-expanded={expanded}
            aria-controls={previewId}
            className="flex items-start gap-1.5 text-left"
          >
            {expanded ? (
              <ChevronDown size={14} className="mt-0.5 shrink-0 text-fg-subtle" aria-hidden />
            ) : (
              <ChevronRight size={14} className="mt-0.5 shrink-0 text-fg-subtle" aria-hidden />
            )}
            <span className="line-clamp-2 font-medium break-words text-fg">{event.error}</span>
          </button>
          <div className="mt-1 pl-5 font-mono text-xs text-fg-subtle">
            {event.eventId ?? "no event id"}
          </div>
        </TableCell>
        <TableCell className="text-fg-muted">{event.project.name}</TableCell>
        <TableCell>
          <Badge tone="neutral">
            {event.attempts} {event.attempts === 1 ? "attempt" : "attempts"}
          </Badge>
        </TableCell>
        <TableCell className="text-fg-muted">
          <RelativeTime date={event.createdAt} />
        </TableCell>
        <TableCell className="text-right">
          <div className="flex justify-end gap-1">
            <Button
              size="sm"
              icon={<RotateCcw size={13} />}
              onClick={onReplay}
              disabled={busy}
              aria-label={`Replay ${event.eventId ?? `failed event ${event.id}`}`}
            >
              Replay
            </Button>
            <Button
              size="sm"
              variant="ghost"
              icon={<Trash2 size={13} />}
              onClick={onDiscard}
              disabled={busy}
              aria-label={`Discard ${event.eventId ?? `failed event ${event.id}`}`}
            >
              Discard
            </Button>
          </div>
        </TableCell>
      </TableRow>
      {expanded ? (
        <TableRow>
          <TableCell colSpan={5} id={previewId}>
            <div className="max-h-[28rem] overflow-y-auto rounded-lg">
              <CodeBlock
                code={event.preview}
                copyLabel="Copy JSON"
                caption={
                  event.previewTruncated
                    ? "Stored job payload (cut short for display)"
                    : "Stored job payload"
                }
              />
            </div>
          </TableCell>
        </TableRow>
      ) : null}
    </>
  );
}
