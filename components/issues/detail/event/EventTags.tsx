import Link from "next/link";
import type { Pair } from "@/server/services/issueDetail/eventView";
import { EventSection } from "./EventSection";

/** `key:"value"` for the stream's search, quotes and backslashes escaped. */
export function tagQuery(key: string, value: string): string {
  return `${key}:"${value.replace(/["\\]/g, (char) => `\\${char}`)}"`;
}

/** The event's tags as chips; each opens the stream filtered to issues with that tag value. */
export function EventTags({ orgSlug, tags }: { orgSlug: string; tags: Pair[] }) {
  if (tags.length === 0) return null;
  return (
    <EventSection title="Tags">
      <ul aria-label="Tags" className="flex flex-wrap gap-1.5">
        {tags.map(([key, value], index) => (
          <li key={index} className="min-w-0">
            <Link
              href={`/${orgSlug}/issues?query=${encodeURIComponent(tagQuery(key, value))}`}
              title={`Issues with ${key} = ${value}`}
              className="inline-flex max-w-full items-center overflow-hidden rounded-md border border-line text-xs transition-colors hover:border-line-strong hover:bg-hover"
            >
              <span className="truncate border-r border-line bg-subtle px-2 py-1 font-mono text-fg-muted">
                {key}
              </span>
              <span className="truncate px-2 py-1 font-mono text-fg">{value}</span>
            </Link>
          </li>
        ))}
      </ul>
    </EventSection>
  );
}
