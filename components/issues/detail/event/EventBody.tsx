import type { IssueEventDetail } from "@/server/services/issueDetail/events";
import { Breadcrumbs } from "./Breadcrumbs";
import { ContextCards } from "./ContextCards";
import { EventAttachments } from "./EventAttachments";
import { EventSection } from "./EventSection";
import { EventTags } from "./EventTags";
import { ExceptionChain } from "./ExceptionChain";
import { KeyValueTable } from "./KeyValueTable";
import { RawJson } from "./RawJson";
import { RequestSection } from "./RequestSection";
import { MessageStackTrace } from "./MessageStackTrace";

/** The event's interfaces in Sentry's order: message, exception, breadcrumbs, request, tags… */
export function EventBody({ orgSlug, event }: { orgSlug: string; event: IssueEventDetail }) {
  const { view } = event;
  // A synthetic exception (captureMessage with a stack trace) repeats the message as its value.
  const showMessage =
    view.message !== null &&
    view.message !== "" &&
    !view.exceptions.some((exception) => exception.value === view.message);
  const sdk = view.sdk;
  return (
    <div>
      {showMessage ? (
        <EventSection title="Message">
          <p className="font-mono text-[13px] break-words whitespace-pre-wrap text-fg">
            {view.message}
          </p>
        </EventSection>
      ) : null}
      {view.exceptions.length > 0 ? <ExceptionChain exceptions={view.exceptions} /> : null}
      {view.stacktrace.length > 0 ? <MessageStackTrace frames={view.stacktrace} /> : null}
      {view.breadcrumbs.length > 0 ? <Breadcrumbs breadcrumbs={view.breadcrumbs} /> : null}
      {view.request !== null ? <RequestSection request={view.request} /> : null}
      <EventTags orgSlug={orgSlug} tags={event.tags} />
      <ContextCards user={view.user} contexts={view.contexts} />
      {view.extra.length > 0 ? (
        <EventSection title="Additional data">
          <KeyValueTable pairs={view.extra} label="Additional data" />
        </EventSection>
      ) : null}
      <EventSection title="Event">
        <KeyValueTable
          label="Event"
          pairs={[
            ["event id", event.id],
            ["received", event.receivedAt.toISOString()],
            ["occurred", event.timestamp.toISOString()],
            ["platform", event.platform ?? ""],
            ["release", event.release ?? ""],
            ["environment", event.environment ?? ""],
            ...(view.dist ? ([["dist", view.dist]] as [string, string][]) : []),
            ...(view.serverName ? ([["server name", view.serverName]] as [string, string][]) : []),
            ...(view.transaction
              ? ([["transaction", view.transaction]] as [string, string][])
              : []),
            ...(view.fingerprint.length > 0
              ? ([["fingerprint", view.fingerprint.join(", ")]] as [string, string][])
              : []),
            ...(sdk
              ? ([["sdk", [sdk.name, sdk.version].filter(Boolean).join(" ")]] as [string, string][])
              : []),
            ...(sdk && sdk.integrations.length > 0
              ? ([["sdk integrations", sdk.integrations.join(", ")]] as [string, string][])
              : []),
          ]}
        />
      </EventSection>
      <EventAttachments issueId={event.issueId} attachments={event.attachments} />
      <RawJson eventId={event.id} raw={event.raw} />
    </div>
  );
}
