import { parseClientReport, type ClientReport } from "./clientReportItem";
import type { Envelope, EnvelopeHeaders, EnvelopeItem } from "./envelope";
import { parseFeedbackItem, parseUserReportItem, type Feedback } from "./feedbackItems";
import { jsonObjectPayload, jsonObjectText, normalizeEventId } from "./itemPayload";
import {
  parseSessionAggregates,
  parseSessionUpdate,
  type SessionAggregates,
  type SessionUpdate,
} from "./sessionItems";

export interface Attachment {
  filename: string;
  contentType?: string;
  /** `event.attachment` unless the SDK says otherwise (`event.minidump`, `event.view_hierarchy`, …). */
  attachmentType: string;
  bytes: Buffer;
}

/** What the pipeline does with each envelope item (protocol doc §6). */
export type ClassifiedItem =
  | {
      kind: "event";
      itemType: "event";
      eventId?: string;
      event: Record<string, unknown>;
      /** The text `event` was parsed from, so the job can carry it without serializing again. */
      json: string;
    }
  | { kind: "transaction"; itemType: "transaction"; eventId?: string; spanCount: number }
  | { kind: "span"; itemType: "span"; spanCount: number }
  | { kind: "session"; itemType: "session"; session: SessionUpdate }
  | { kind: "sessions"; itemType: "sessions"; aggregates: SessionAggregates }
  | { kind: "attachment"; itemType: "attachment"; attachment: Attachment }
  | { kind: "feedback"; itemType: "feedback" | "user_report"; feedback: Feedback }
  | { kind: "client_report"; itemType: "client_report"; report: ClientReport }
  | { kind: "skipped"; itemType: string }
  /** A broken item is dropped on its own; the rest of the envelope is still accepted. */
  | { kind: "invalid"; itemType: string; reason: string };

export type ClassifiedEnvelope =
  { ok: true; items: ClassifiedItem[] } | { ok: false; status: 400; reason: string };

/**
 * Classifies every item. Only a broken `event` item fails the whole envelope (400): the event is
 * what the SDK sent the envelope for, and answering 200 would tell it the error was recorded.
 * Anything else that is broken is reported per item and dropped; SDKs count a 4xx as lost data.
 */
export function classifyEnvelopeItems(envelope: Envelope): ClassifiedEnvelope {
  const items: ClassifiedItem[] = [];
  for (const item of envelope.items) {
    const classified = classifyItem(item, envelope.headers);
    if (classified.kind === "invalid" && classified.itemType === "event") {
      return { ok: false, status: 400, reason: `event item: ${classified.reason}` };
    }
    items.push(classified);
  }
  return { ok: true, items };
}

export function classifyItem(item: EnvelopeItem, envelopeHeaders: EnvelopeHeaders): ClassifiedItem {
  const { type } = item.headers;
  switch (type) {
    case "event":
      return eventItem(item, envelopeHeaders);
    case "transaction":
      return transactionItem(item, envelopeHeaders);
    case "span":
      return spanItem(item);
    case "session": {
      const parsed = parseSessionUpdate(item.payload);
      return parsed.ok
        ? { kind: "session", itemType: type, session: parsed.value }
        : invalid(type, parsed.reason);
    }
    case "sessions": {
      const parsed = parseSessionAggregates(item.payload);
      return parsed.ok
        ? { kind: "sessions", itemType: type, aggregates: parsed.value }
        : invalid(type, parsed.reason);
    }
    case "attachment":
      return { kind: "attachment", itemType: type, attachment: attachment(item) };
    case "feedback": {
      const parsed = parseFeedbackItem(item.payload, envelopeHeaders.event_id);
      return parsed.ok
        ? { kind: "feedback", itemType: type, feedback: parsed.value }
        : invalid(type, parsed.reason);
    }
    case "user_report": {
      const parsed = parseUserReportItem(item.payload);
      return parsed.ok
        ? { kind: "feedback", itemType: type, feedback: parsed.value }
        : invalid(type, parsed.reason);
    }
    case "client_report": {
      const parsed = parseClientReport(item.payload);
      return parsed.ok
        ? { kind: "client_report", itemType: type, report: parsed.value }
        : invalid(type, parsed.reason);
    }
    default:
      return { kind: "skipped", itemType: type };
  }
}

function eventItem(item: EnvelopeItem, envelopeHeaders: EnvelopeHeaders): ClassifiedItem {
  const text = item.payload.toString("utf8");
  const json = jsonObjectText(text);
  if (!json.ok) return invalid("event", json.reason);
  const eventId =
    normalizeEventId(json.value.event_id) ?? normalizeEventId(envelopeHeaders.event_id);
  return { kind: "event", itemType: "event", eventId, event: json.value, json: text };
}

/** Counted, not stored: a transaction is its own segment span plus `spans[]`, as Relay counts it. */
function transactionItem(item: EnvelopeItem, envelopeHeaders: EnvelopeHeaders): ClassifiedItem {
  const json = jsonObjectPayload(item.payload);
  if (!json.ok) return invalid("transaction", json.reason);
  const spans = Array.isArray(json.value.spans) ? json.value.spans.length : 0;
  const eventId =
    normalizeEventId(json.value.event_id) ?? normalizeEventId(envelopeHeaders.event_id);
  return { kind: "transaction", itemType: "transaction", eventId, spanCount: spans + 1 };
}

/** JS 11 sends spans as a v2 container whose header says how many it holds (`item_count`). */
function spanItem(item: EnvelopeItem): ClassifiedItem {
  const declared = item.headers.item_count;
  if (typeof declared === "number" && Number.isSafeInteger(declared) && declared >= 0) {
    return { kind: "span", itemType: "span", spanCount: declared };
  }
  const json = jsonObjectPayload(item.payload);
  if (!json.ok) return invalid("span", json.reason);
  const contained = json.value.items;
  return {
    kind: "span",
    itemType: "span",
    spanCount: Array.isArray(contained) ? contained.length : 1,
  };
}

function attachment(item: EnvelopeItem): Attachment {
  const { filename, content_type: contentType, attachment_type: attachmentType } = item.headers;
  return {
    filename: typeof filename === "string" && filename !== "" ? filename : "attachment",
    contentType: typeof contentType === "string" && contentType !== "" ? contentType : undefined,
    attachmentType:
      typeof attachmentType === "string" && attachmentType !== ""
        ? attachmentType
        : "event.attachment",
    bytes: item.payload,
  };
}

function invalid(itemType: string, reason: string): ClassifiedItem {
  return { kind: "invalid", itemType, reason };
}
