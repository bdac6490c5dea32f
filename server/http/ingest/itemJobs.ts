import type { EnvelopeHeaders } from "@/server/ingest/envelope";
import { normalizeEventId } from "@/server/ingest/itemPayload";
import type { ClassifiedItem } from "@/server/ingest/items";
import type { SessionAggregates, SessionUpdate } from "@/server/ingest/sessionItems";
import type { ItemsJobPayload } from "@/server/queue/events";

/**
 * Attachments above this are dropped (counted as an outcome): they would sit in Redis until
 * processed, and the edge already refuses items above MAX_ATTACHMENT_BYTES.
 */
export const MAX_STORED_ATTACHMENT_BYTES = 1024 * 1024;

type SessionRow = ItemsJobPayload["sessions"][number];

function hourOf(date: Date): string {
  const hour = new Date(date.getTime());
  hour.setUTCMinutes(0, 0, 0);
  return hour.toISOString();
}

/**
 * Release-health rows for one session update. `started` counts the update with `init`; a final
 * status counts once as the SDK sends it once; `errored` includes crashed and abnormal sessions
 * (Sentry's convention: crashed ⊂ errored), and updates that report errors.
 */
function sessionRow(session: SessionUpdate): SessionRow {
  const { status } = session;
  const failed = status === "crashed" || status === "abnormal" || status === "unhandled";
  return {
    release: session.release,
    environment: session.environment ?? "production",
    hour: hourOf(session.startedAt),
    started: session.init ? 1 : 0,
    exited: status === "exited" ? 1 : 0,
    errored: failed || status === "errored" || (status !== "ok" && session.errors > 0) ? 1 : 0,
    crashed: status === "crashed" ? 1 : 0,
    abnormal: status === "abnormal" ? 1 : 0,
    distinctId: session.distinctId ?? null,
  };
}

function aggregateRows(aggregates: SessionAggregates): SessionRow[] {
  return aggregates.buckets.map((bucket) => ({
    release: aggregates.release,
    environment: aggregates.environment ?? "production",
    hour: hourOf(bucket.startedAt),
    started: bucket.exited + bucket.errored + bucket.abnormal + bucket.crashed + bucket.unhandled,
    exited: bucket.exited,
    errored: bucket.errored + bucket.abnormal + bucket.crashed + bucket.unhandled,
    crashed: bucket.crashed,
    abnormal: bucket.abnormal,
    distinctId: bucket.distinctId ?? null,
  }));
}

/** The non-event items of one envelope as one job, or null when there is nothing to keep. */
export function itemsJob(
  projectId: number,
  items: readonly ClassifiedItem[],
  envelopeHeaders: EnvelopeHeaders,
  receivedAt: Date,
): ItemsJobPayload | null {
  const job: ItemsJobPayload = {
    projectId,
    sessions: [],
    outcomes: [],
    attachments: [],
    feedback: [],
  };
  const envelopeEventId = normalizeEventId(envelopeHeaders.event_id);
  for (const item of items) {
    switch (item.kind) {
      case "session":
        job.sessions.push(sessionRow(item.session));
        break;
      case "sessions":
        job.sessions.push(...aggregateRows(item.aggregates));
        break;
      case "client_report": {
        const hour = hourOf(item.report.timestamp ?? receivedAt);
        for (const discarded of item.report.discarded) {
          job.outcomes.push({ hour, outcome: "client_discard", ...discarded });
        }
        break;
      }
      case "attachment": {
        const { attachment } = item;
        if (envelopeEventId === undefined) break;
        if (attachment.bytes.length > MAX_STORED_ATTACHMENT_BYTES) {
          job.outcomes.push({
            hour: hourOf(receivedAt),
            category: "attachment",
            outcome: "invalid",
            reason: "too_large",
            quantity: 1,
          });
          break;
        }
        job.attachments.push({
          eventId: envelopeEventId,
          name: attachment.filename,
          contentType: attachment.contentType ?? "application/octet-stream",
          type: attachment.attachmentType,
          base64: attachment.bytes.toString("base64"),
        });
        break;
      }
      case "feedback": {
        const { feedback } = item;
        job.feedback.push({
          comments: feedback.comments,
          name: feedback.name ?? "",
          email: feedback.email ?? "",
          url: feedback.url ?? null,
          associatedEventId: feedback.associatedEventId ?? null,
        });
        break;
      }
      default:
        break;
    }
  }
  const empty =
    job.sessions.length + job.outcomes.length + job.attachments.length + job.feedback.length === 0;
  return empty ? null : job;
}
