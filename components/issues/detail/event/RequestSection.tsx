import type { RequestView } from "@/server/services/issueDetail/eventView";
import { EventSection } from "./EventSection";
import { KeyValueTable } from "./KeyValueTable";

/** The HTTP request the error happened in, as stored: already scrubbed of secrets at ingest. */
export function RequestSection({ request }: { request: RequestView }) {
  return (
    <EventSection title="Request">
      <p className="mb-3 font-mono text-[13px] break-all text-fg">
        {request.method ? <span className="mr-2 font-semibold">{request.method}</span> : null}
        {request.url ?? <span className="text-fg-subtle">(no URL)</span>}
      </p>
      <div className="flex flex-col gap-4">
        <Part title="Query string" pairs={request.query} />
        {request.data !== null ? (
          <div>
            <PartTitle>Body</PartTitle>
            <pre className="overflow-x-auto rounded-lg border border-line bg-subtle px-3 py-2 font-mono text-[12px] break-words whitespace-pre-wrap text-fg">
              {request.data}
            </pre>
          </div>
        ) : null}
        <Part title="Headers" pairs={request.headers} />
        <Part title="Cookies" pairs={request.cookies} />
        <Part title="Environment" pairs={request.env} />
      </div>
    </EventSection>
  );
}

function PartTitle({ children }: { children: string }) {
  return (
    <h4 className="mb-1.5 text-2xs font-medium tracking-wide text-fg-muted uppercase">
      {children}
    </h4>
  );
}

function Part({ title, pairs }: { title: string; pairs: RequestView["headers"] }) {
  if (pairs.length === 0) return null;
  return (
    <div>
      <PartTitle>{title}</PartTitle>
      <KeyValueTable pairs={pairs} label={title} />
    </div>
  );
}
