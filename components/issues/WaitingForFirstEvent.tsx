import { KeyRound } from "lucide-react";
import Link from "next/link";
import { DsnSnippet } from "@/components/projects/DsnSnippet";
import { PlatformIcon } from "@/components/projects/PlatformIcon";

type WaitingForFirstEventProps = {
  orgSlug: string;
  project: { slug: string; name: string; platform: string | null; dsn: string | null };
  /** Other projects exist: say which one the instructions are for. */
  isOneOfMany: boolean;
};

/** The empty issue stream: how to send the first event, while we poll for it to arrive. */
export function WaitingForFirstEvent({ orgSlug, project, isOneOfMany }: WaitingForFirstEventProps) {
  return (
    <section
      className="overflow-hidden rounded-xl border border-line bg-panel shadow-card"
      aria-labelledby="waiting-title"
    >
      <header className="relative border-b border-line bg-gradient-to-b from-accent-tint/70 to-transparent px-6 pt-6 pb-5">
        <div className="flex items-center gap-2 text-xs font-medium text-accent-fg">
          <span className="relative flex size-2">
            <span className="absolute inline-flex size-full animate-ping rounded-full bg-violet-500 opacity-60" />
            <span className="relative inline-flex size-2 rounded-full bg-violet-500" />
          </span>
          Listening for events
        </div>
        <h2 id="waiting-title" className="mt-2 text-lg font-semibold tracking-tight text-fg">
          Waiting for your first event
        </h2>
        <p className="mt-1 max-w-2xl text-[13px] leading-5 text-fg-muted">
          Point any Sentry SDK at this DSN. Errors show up here within seconds, grouped into issues.
          Nothing else to change in your code.
        </p>
        {isOneOfMany ? (
          <p className="mt-3 inline-flex items-center gap-2 rounded-md border border-line bg-panel px-2 py-1 text-xs text-fg-muted">
            <PlatformIcon platform={project.platform} />
            Set-up for <span className="font-medium text-fg">{project.name}</span>, pick another
            project above
          </p>
        ) : null}
      </header>
      <div className="px-6 py-6">
        {project.dsn ? (
          <DsnSnippet dsn={project.dsn} platform={project.platform} withTestEvent />
        ) : (
          <div className="flex items-start gap-3 rounded-lg border border-amber-200 bg-amber-50 p-4 text-[13px] text-amber-900 dark:border-amber-500/25 dark:bg-amber-500/10 dark:text-amber-200">
            <KeyRound size={16} className="mt-0.5 shrink-0" />
            <p>
              {project.name} has no active client key, so it cannot receive events.{" "}
              <Link
                href={`/${orgSlug}/settings/projects/${project.slug}`}
                className="font-medium underline underline-offset-2"
              >
                Enable or create a key
              </Link>{" "}
              in the project&apos;s settings.
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
