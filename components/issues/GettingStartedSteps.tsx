import { FolderPlus, Layers, Plug } from "lucide-react";

const steps = [
  {
    icon: FolderPlus,
    title: "Create a project",
    text: "One per application or service. It gets its own DSN.",
  },
  {
    icon: Plug,
    title: "Point your SDK at it",
    text: "Any official Sentry SDK works; only the DSN changes.",
  },
  {
    icon: Layers,
    title: "Triage issues",
    text: "Errors arrive in seconds, grouped by their stack trace.",
  },
];

/** The three steps from nothing to a working issue stream, shown before the first project. */
export function GettingStartedSteps() {
  return (
    <ol className="grid gap-3 sm:grid-cols-3">
      {steps.map(({ icon: Icon, title, text }, index) => (
        <li key={title} className="rounded-lg border border-line bg-panel p-4">
          <div className="flex items-center gap-2 text-[13px] font-medium text-fg">
            <span className="flex size-5 items-center justify-center rounded-full bg-accent-tint text-2xs font-semibold text-accent-fg">
              {index + 1}
            </span>
            {title}
            <Icon size={14} className="ml-auto text-fg-subtle" />
          </div>
          <p className="mt-1.5 text-xs leading-5 text-fg-muted">{text}</p>
        </li>
      ))}
    </ol>
  );
}
