import type { ContextView, Pair } from "@/server/services/issueDetail/eventView";
import { EventSection } from "./EventSection";

const TITLES: Record<string, string> = {
  os: "Operating System",
  browser: "Browser",
  runtime: "Runtime",
  device: "Device",
  app: "App",
  culture: "Culture",
  trace: "Trace",
  cloud_resource: "Cloud Resource",
  gpu: "GPU",
  user: "User",
};

/** The headline of a card: name and version where the context has them (`Chrome 120`). */
function headline(entries: Pair[]): string | null {
  const find = (key: string) => entries.find(([name]) => name === key)?.[1];
  const name = find("name");
  if (!name) return null;
  const version = find("version");
  return version ? `${name} ${version}` : name;
}

type ContextCardsProps = { user: Pair[]; contexts: ContextView[] };

/** User first, then os, browser, runtime, device…: one card each, their fields as a list. */
export function ContextCards({ user, contexts }: ContextCardsProps) {
  const cards = [
    ...(user.length > 0 ? [{ key: "user", type: "user", entries: user }] : []),
    ...contexts.filter((context) => context.entries.length > 0),
  ];
  if (cards.length === 0) return null;
  return (
    <EventSection title="Contexts">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2 2xl:grid-cols-3">
        {cards.map((card) => {
          const title = TITLES[card.type] ?? TITLES[card.key] ?? card.key;
          const top = headline(card.entries);
          return (
            <article
              key={card.key}
              aria-label={title}
              className="min-w-0 rounded-lg border border-line bg-panel"
            >
              <header className="border-b border-line px-3 py-2">
                <h4 className="text-xs font-semibold text-fg">{title}</h4>
                {top ? (
                  <p className="truncate text-xs text-fg-muted" title={top}>
                    {top}
                  </p>
                ) : null}
              </header>
              <dl className="divide-y divide-line text-[12px]">
                {card.entries.map(([key, value], index) => (
                  <div
                    key={index}
                    className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-2 px-3 py-1"
                  >
                    <dt className="truncate font-mono text-fg-muted" title={key}>
                      {key}
                    </dt>
                    <dd className="font-mono break-words whitespace-pre-wrap text-fg">{value}</dd>
                  </div>
                ))}
              </dl>
            </article>
          );
        })}
      </div>
    </EventSection>
  );
}
